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
import { PHRASES } from './phrases.ts';
import type { RulesTexts } from './render.ts';
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

if (RULES.length > 30) throw new Error('ruleBit: more rules than bits in a small integer');
const BITS = new Map<Rule, number>(RULES.map((r, i) => [r, 1 << i]));

/** The rule's bit in a set of rules written as one small integer (CandidateContext.errorRules). */
export function ruleBit(rule: Rule): number {
  const bit = BITS.get(rule);
  if (bit === undefined) throw new Error(`${rule.id} is not in the catalogue`);
  return bit;
}

/** The set of these rules as bits (see ruleBit). */
export function ruleBits(ids: readonly string[]): number {
  let bits = 0;
  for (const id of ids) {
    const rule = RULES.find((r) => r.id === id);
    if (rule === undefined) throw new Error(`no rule ${id}`);
    bits |= ruleBit(rule);
  }
  return bits;
}

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
  /** message templates by name (texts.ts): what the compact answer's findings render with */
  messages: Record<string, string>;
  /** ruleset ids whose citation rests on a secondary source (for developers; not shown to users) */
  unconfirmed?: string[];
}

export interface Catalogue extends RulesTexts {
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
  const texts = {
    phrases: PHRASES,
    rules: RULES.map((r) => ({
      id: r.id,
      citations: Object.fromEntries(RULESETS.map((rs) => [rs.id, citationText(r.citation, rs)])),
      messages: r.messages,
    })),
  };
  return {
    textsVersion: versionOf(texts),
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
      messages: r.messages,
      ...unconfirmed(r),
    })),
    phrases: PHRASES,
  };
}

/**
 * A short fingerprint of the texts a client renders with (templates, phrases, citations): the
 * compact answer carries it, `GET /v1/rules` serves it as its ETag, and a client caches the
 * texts under it. Two FNV-1a hashes (32 bits each) over the JSON, so a change of any text shows.
 */
function versionOf(texts: unknown): string {
  const json = JSON.stringify(texts);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ json.length;
  for (let i = 0; i < json.length; i++) {
    const ch = json.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

let version: string | undefined;

/** The version of the texts this code publishes (`rulesCatalogue().textsVersion`), computed once. */
export function textsVersion(): string {
  version ??= rulesCatalogue().textsVersion;
  return version;
}

function unconfirmed(r: Rule): { unconfirmed?: string[] } {
  const ids = RULESETS.filter((rs) => citationUnconfirmed(r.citation, rs)).map((rs) => rs.id);
  return ids.length > 0 ? { unconfirmed: ids } : {};
}
