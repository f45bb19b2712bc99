import type { z } from 'zod';
import { MISSING, notOneOf, tooBig, tooSmall, wrongType } from './messages.ts';

/** One thing wrong with a request, located by its JSON path (e.g. `candidates[3].birthDate`). */
export interface Problem {
  path: string;
  message: string;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(gốc)' : out;
}

/** Vietnamese text for a zod issue, unless the schema already gave one. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // Zod carries the input only with `reportInput`; its own message says what it received.
      if ('input' in issue ? issue.input === undefined : /received undefined/.test(issue.message)) {
        return MISSING;
      }
      return wrongType(issue.expected);
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum));
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum));
    case 'invalid_value':
      return notOneOf(issue.values);
    case 'unrecognized_keys':
      return `Trường không được hỗ trợ: ${issue.keys.join(', ')}.`;
    case 'invalid_union':
      return 'Giá trị không đúng dạng nào được chấp nhận.';
    case 'not_multiple_of':
      return 'Giá trị phải là số nguyên.';
    default:
      return issue.message && !/^(Invalid|Expected)/.test(issue.message)
        ? issue.message
        : 'Giá trị không hợp lệ.';
  }
}

/**
 * Every zod issue as a Problem, with custom messages kept where the schema set one; `prefix` is
 * the path of the value that was parsed (e.g. `['candidates', 3]`).
 */
export function toProblems(error: z.ZodError, prefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => {
    const custom = issue.message !== undefined && /[À-ỹ]/.test(issue.message) ? issue.message : undefined;
    const path = prefix.length === 0 ? issue.path : [...prefix, ...issue.path];
    return { path: formatPath(path), message: custom ?? issueMessage(issue) };
  });
}

/** How many problems an answer lists at most (spec/contract.md): a huge broken request gets a short answer. */
export const MAX_PROBLEMS = 100;

/**
 * Collects problems up to a cap and counts the rest, so that a request with a million mistakes
 * costs no more to answer than one with a hundred. `full` tells callers to stop looking closely.
 */
export class ProblemCollector {
  readonly listed: Problem[] = [];
  /** problems past the cap */
  more = 0;
  /** whether `more` counts places known to be wrong rather than every problem at them */
  private atLeast = false;

  constructor(readonly cap = MAX_PROBLEMS) {}

  get full(): boolean {
    return this.listed.length >= this.cap;
  }

  get empty(): boolean {
    return this.listed.length === 0 && this.more === 0;
  }

  add(problems: readonly Problem[]): void {
    for (const p of problems) {
      if (this.listed.length < this.cap) this.listed.push(p);
      else this.more += 1;
    }
  }

  /** `n` more places known to be wrong, not looked at closely (each has one problem or more). */
  addUnexamined(n: number): void {
    if (n <= 0) return;
    this.more += n;
    this.atLeast = true;
  }

  /** The listed problems, then one line saying how many more there are. */
  problems(): Problem[] {
    if (this.more === 0) return this.listed;
    const count = this.more.toLocaleString('vi-VN');
    return [
      ...this.listed,
      {
        path: '(gốc)',
        message: `Còn ${this.atLeast ? 'ít nhất ' : ''}${count} lỗi khác chưa liệt kê (chỉ liệt kê ${this.cap} lỗi đầu tiên).`,
      },
    ];
  }
}

/** At most `cap` problems, then one line saying how many more there are. */
export function capProblems(problems: readonly Problem[], cap = MAX_PROBLEMS): Problem[] {
  if (problems.length <= cap) return [...problems];
  const collector = new ProblemCollector(cap);
  collector.add(problems);
  return collector.problems();
}
