import { addMonths } from '../../dates/months.ts';
import type { Stage } from '../../schemas/primitives.ts';
import type { EvaluateRequest } from '../../schemas/request.ts';

/** The cell's members at the data date, and last year's admissions, from both places they live. */
export interface Membership {
  /** undefined when the sheet has no members tab: the plan then states no member count */
  full: number | undefined;
  probationary: number | undefined;
  /**
   * candidate rows with a decision but no ceremony yet: probation (and membership) starts at the
   * ceremony, so they are named apart, never counted as members nor as quần chúng of the pool
   */
  awaitingCeremony: number;
  /** decisions dated in the year before the plan: candidate rows and the members tab */
  admittedLastYear: number;
  /** awareness certificates dated in the year before the plan (candidate rows) */
  trainedLastYear: number;
}

/** A candidate row whose dates make the person a member: probationary or full. */
function isMemberStage(stage: Stage): boolean {
  return stage === 'probationary' || stage === 'official';
}

/**
 * Members on the members tab plus candidate rows whose ceremony is held (domain.md §7: "people
 * already admitted are members, not quần chúng"). Counting only the tab understated the cell whenever a
 * person admitted last year was still kept on the candidates tab, which is the usual case until
 * the recognition is done.
 */
export function membership(request: EvaluateRequest, stages: readonly Stage[], year: number): Membership {
  const day = request.asOf;
  const prefix = `${year - 1}-`;
  let full = 0;
  let probationary = 0;
  let admittedLastYear = 0;
  for (const m of request.members ?? []) {
    if (m.decisionDate?.startsWith(prefix)) admittedLastYear++;
    if (m.joinedUnitDate !== undefined && m.joinedUnitDate > day) continue;
    const official =
      (m.officialSince !== undefined && m.officialSince <= day) ||
      (m.officialDecisionDate !== undefined && m.officialDecisionDate <= day);
    const onProbation =
      !official &&
      ((m.officialSince !== undefined && m.officialSince > day) ||
        (m.ceremonyDate !== undefined && addMonths(m.ceremonyDate, 12) > day));
    if (onProbation) probationary++;
    else full++;
  }
  let trainedLastYear = 0;
  let awaitingCeremony = 0;
  request.candidates.forEach((c, i) => {
    if (c.decisionDate?.startsWith(prefix)) admittedLastYear++;
    if (c.awarenessCertificateDate?.startsWith(prefix)) trainedLastYear++;
    const stage = stages[i];
    if (stage === 'admitted' && c.decisionDate !== undefined && c.decisionDate <= day) awaitingCeremony++;
    if (stage === undefined || !isMemberStage(stage)) return;
    if (c.ceremonyDate !== undefined && c.ceremonyDate > day) return;
    const official =
      stage === 'official' && c.officialDecisionDate !== undefined && c.officialDecisionDate <= day;
    if (official) full++;
    else probationary++;
  });
  const hasTab = request.members !== undefined && request.members.length > 0;
  return {
    full: hasTab ? full : undefined,
    probationary: hasTab ? probationary : undefined,
    awaitingCeremony,
    admittedLastYear,
    trainedLastYear,
  };
}
