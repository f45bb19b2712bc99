export type IntroducerField = 'letterDate' | 'officialSince' | 'togetherSince';

/**
 * "introducers[0].letterDate" and the like, written out whole: a `${}` template would put a cons
 * string into the answer, which keeps JSON.stringify off its fast path (see rules/flat.ts).
 * A request carries at most two introducers.
 */
const INTRODUCER_FIELDS: ReadonlyArray<Readonly<Record<IntroducerField, string>>> = [
  {
    letterDate: 'introducers[0].letterDate',
    officialSince: 'introducers[0].officialSince',
    togetherSince: 'introducers[0].togetherSince',
  },
  {
    letterDate: 'introducers[1].letterDate',
    officialSince: 'introducers[1].officialSince',
    togetherSince: 'introducers[1].togetherSince',
  },
];

export function introducerField(index: number, name: IntroducerField): string {
  return INTRODUCER_FIELDS[index]?.[name] ?? `introducers[${index}].${name}`;
}
