/**
 * A finding's message as data: a template of its rule and the parameters that fill it. The engine
 * renders it into the default answer's `message`; the compact answer carries the template's name
 * and the parameters only, and a client renders the same text from the templates `GET /v1/rules`
 * publishes. One renderer for both (this file), so the two texts cannot drift apart.
 *
 * A template is plain text with placeholders `{n}` (the n-th parameter) or `{n|format}`:
 *   - `day`: a `YYYY-MM-DD` (or `YYYY-MM`) day written the Vietnamese way, `dd/mm/yyyy`;
 *   - `age`: a number of months written as an age, "18 tuổi 3 tháng";
 *   - `lower`: the parameter's text in lower case.
 * A parameter is a string, a number, or a phrase: `[phraseName, ...parameters]`, rendered from the
 * shared phrases (e.g. "ngày chi bộ họp xét (05/01/2026)") with its own parameters. Pure; no zod.
 */
import { isDay } from '../dates/day.ts';
import { formatDay } from '../dates/format.ts';
import { isMonth } from '../dates/months.ts';

/** A phrase with its own parameters: `["ref.planned", "2026-01-05"]`. */
export type Phrase = readonly [name: string, ...params: MessageParam[]];
export type MessageParam = string | number | Phrase;

type Part = string | { index: number; format: 'day' | 'age' | 'lower' | '' };

const compiled = new Map<string, readonly Part[]>();

function compile(template: string): readonly Part[] {
  let parts = compiled.get(template);
  if (parts !== undefined) return parts;
  const out: Part[] = [];
  const pattern = /\{(\d+)(?:\|(day|age|lower))?\}/g;
  let last = 0;
  for (let m = pattern.exec(template); m !== null; m = pattern.exec(template)) {
    if (m.index > last) out.push(template.slice(last, m.index));
    out.push({ index: Number(m[1]), format: (m[2] ?? '') as 'day' | 'age' | 'lower' | '' });
    last = m.index + m[0].length;
  }
  if (last < template.length) out.push(template.slice(last));
  parts = out;
  compiled.set(template, parts);
  return parts;
}

/** "18 tuổi", "18 tuổi 3 tháng" from a number of months. */
export function ageText(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  return m === 0 ? `${y} tuổi` : `${y} tuổi ${m} tháng`;
}

/** Where phrase names are looked up: the shared phrases of the catalogue. */
export type PhraseBook = Readonly<Record<string, string>>;

function paramText(value: MessageParam | undefined, phrases: PhraseBook): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const [name, ...params] = value as Phrase;
    const template = phrases[name];
    if (template === undefined) throw new Error(`unknown phrase ${name}`);
    return renderTemplate(template, params, phrases);
  }
  throw new Error('missing message parameter');
}

/**
 * Fills a template with its parameters. Throws on a template that names a parameter or a phrase
 * it was not given: a client treats that as an answer it cannot read (and checks locally).
 */
export function renderTemplate(
  template: string,
  params: ReadonlyArray<MessageParam | undefined>,
  phrases: PhraseBook,
): string {
  let text = '';
  for (const part of compile(template)) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    const value = params[part.index];
    if (part.format === 'day') {
      // A parameter may come from JSON (a compact answer): check it before it is read as a date.
      if (!isDay(value) && !isMonth(value)) throw new Error(`parameter ${part.index} is not a day`);
      text += formatDay(value);
    } else if (part.format === 'age') {
      if (typeof value !== 'number') throw new Error(`parameter ${part.index} is not a number`);
      text += ageText(value);
    } else if (part.format === 'lower') {
      text += paramText(value, phrases).toLowerCase();
    } else {
      text += paramText(value, phrases);
    }
  }
  return text;
}
