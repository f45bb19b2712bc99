/**
 * The kinds of finding of one compact answer (CompactKindSchema): each distinct rule, template,
 * severity, field, parameter count, date and deadline state gets an index, in the order first
 * reported, and a finding is then written as that index followed by its parameters (and date).
 * A unit's tens of thousands of findings fall into a few dozen kinds.
 */
import type { Rule } from '../rules/rule.ts';
import type { Severity } from '../schemas/primitives.ts';
import type { CompactKind } from '../schemas/response.ts';

type Deadline = CompactKind['deadline'];

interface Entry {
  text: string;
  severity: Severity;
  field: string | undefined;
  params: number;
  dated: boolean;
  deadline: Deadline;
  index: number;
}

export class KindTable {
  /** in index order: the answer's `kinds` */
  readonly kinds: CompactKind[] = [];
  /** per rule, its kinds so far: a rule has a handful, found by comparing a few constants */
  private readonly byRule = new Map<Rule, Entry[]>();

  indexOf(
    rule: Rule,
    text: string,
    severity: Severity,
    field: string | undefined,
    params: number,
    dated: boolean,
    deadline: Deadline,
  ): number {
    let entries = this.byRule.get(rule);
    if (entries === undefined) {
      entries = [];
      this.byRule.set(rule, entries);
    }
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (
        e.text === text &&
        e.severity === severity &&
        e.field === field &&
        e.params === params &&
        e.dated === dated &&
        e.deadline === deadline
      ) {
        return e.index;
      }
    }
    const index = this.kinds.length;
    entries.push({ text, severity, field, params, dated, deadline, index });
    this.kinds.push(kindOf(rule.id, text, severity, field, params, dated, deadline));
    return index;
  }
}

/** Only the fields a kind has, in the schema's order (an undefined value would be written as absent anyway). */
function kindOf(
  rule: string,
  text: string,
  severity: Severity,
  field: string | undefined,
  params: number,
  dated: boolean,
  deadline: Deadline,
): CompactKind {
  const kind: CompactKind =
    field === undefined ? { rule, text, severity, params } : { rule, text, severity, field, params };
  if (dated) kind.dated = true;
  if (deadline !== undefined) kind.deadline = deadline;
  return kind;
}
