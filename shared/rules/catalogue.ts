import { ageOver60, ageUnder18, birthDateIncomplete } from './age.ts';
import { applicationAfterBackground, applicationMissing } from './application.ts';
import { awarenessExpired, awarenessExpiresSoon, awarenessMissing } from './awareness.ts';
import { backgroundMissing, backgroundUnverified } from './background.ts';
import { cellTooSmall, voteInsufficient, voteWithoutResolution } from './cell.ts';
import {
  deadlineCeremony,
  deadlineDecision,
  deadlineMemberRecord,
  deadlineOfficialReview,
  probationEnds,
} from './deadlines.ts';
import { dossierStale, dossierTooEarly } from './dossier.ts';
import { educationInsufficient } from './education.ts';
import { feedbackMissing } from './feedback.ts';
import {
  introducersInsufficient,
  introducersNotOfficial,
  introducersTooShort,
  youthUnionRequired,
} from './introducers.ts';
import { leaveBeforeEligible } from './leave.ts';
import { orderDates } from './order.ts';
import { citationText, citationUnconfirmed, type Rule } from './rule.ts';
import { RULESETS } from './rulesets.ts';

/** Every rule, in the order findings are listed for a candidate. */
export const RULES: readonly Rule[] = [
  orderDates,
  ageUnder18,
  ageOver60,
  birthDateIncomplete,
  educationInsufficient,
  awarenessMissing,
  awarenessExpired,
  awarenessExpiresSoon,
  applicationMissing,
  applicationAfterBackground,
  backgroundMissing,
  backgroundUnverified,
  youthUnionRequired,
  introducersInsufficient,
  introducersNotOfficial,
  introducersTooShort,
  feedbackMissing,
  dossierStale,
  dossierTooEarly,
  leaveBeforeEligible,
  cellTooSmall,
  voteInsufficient,
  voteWithoutResolution,
  deadlineDecision,
  deadlineCeremony,
  deadlineMemberRecord,
  probationEnds,
  deadlineOfficialReview,
];

export const PRE_ADMISSION_RULES = RULES.filter((r) => r.phase === 'preAdmission');
export const ADMISSION_RULES = RULES.filter((r) => r.phase === 'admission');
export const ALWAYS_RULES = RULES.filter((r) => r.phase === 'always');

export interface CatalogueEntry {
  id: string;
  title: string;
  severity: Rule['severity'];
  phase: Rule['phase'];
  /** citation text per ruleset id */
  citations: Record<string, string>;
  /** ruleset ids whose citation rests on a secondary source (for developers; not shown to users) */
  unconfirmed?: string[];
}

export interface Catalogue {
  rulesets: Array<{
    id: string;
    effectiveFrom: string;
    effectiveTo?: string;
    label: string;
    texts: string[];
  }>;
  rules: CatalogueEntry[];
}

/** The rule catalogue: served by the worker, printed in docs/rules.md. */
export function rulesCatalogue(): Catalogue {
  return {
    rulesets: RULESETS.map((rs) => ({
      id: rs.id,
      effectiveFrom: rs.effectiveFrom,
      ...(rs.effectiveTo ? { effectiveTo: rs.effectiveTo } : {}),
      label: rs.label,
      texts: [
        rs.texts.charter.title,
        rs.texts.regulation.title,
        rs.texts.guidance.title,
        rs.texts.procedure.title,
      ],
    })),
    rules: RULES.map((r) => ({
      id: r.id,
      title: r.title,
      severity: r.severity,
      phase: r.phase,
      citations: Object.fromEntries(RULESETS.map((rs) => [rs.id, citationText(r.citation, rs)])),
      ...unconfirmed(r),
    })),
  };
}

function unconfirmed(r: Rule): { unconfirmed?: string[] } {
  const ids = RULESETS.filter((rs) => citationUnconfirmed(r.citation, rs)).map((rs) => rs.id);
  return ids.length > 0 ? { unconfirmed: ids } : {};
}
