/**
 * Why a paper cannot be drafted: the fact, in Vietnamese, naming people by name token
 * (`{{ten:KEY}}`, filled in by the add-on like a document's names). `fact` is for code and tests.
 */
export type RefusalFact =
  | 'unknownStatus'
  | 'tooFewFull'
  | 'notConsidered'
  | 'voteMissing'
  | 'tooManyVotes'
  | 'belowTwoThirds'
  | 'notEligible'
  | 'noCeremony'
  | 'probationNotOver'
  | 'nobodyAdded'
  | 'nothingConsidered'
  | 'helperNotFull'
  | 'notOnMembersTab';

export interface Refusal {
  fact: RefusalFact;
  message: string;
  /** the engine's rule behind a `notEligible` refusal (e.g. "age.under18") */
  rule?: string;
}

export const refusal = (fact: RefusalFact, message: string, rule?: string): Refusal =>
  rule === undefined ? { fact, message } : { fact, message, rule };
