import { z } from 'zod';
import { HAS_YOUTH_UNION, MEETING_DAY, TOO_MANY_CANDIDATES, TOO_MANY_INTRODUCERS } from './messages.ts';
import { CountSchema, DayOrMonthSchema, DaySchema, KeySchema, YearSchema } from './primitives.ts';
import {
  CATEGORIES,
  EDUCATION_LEVELS,
  GENDER_CODES,
  MAX_CANDIDATES,
  MAX_DAYS,
  MAX_INTRODUCERS,
  MAX_MEMBERS,
} from './vocabulary.ts';

export {
  CATEGORIES,
  type Category,
  EDUCATION_LEVELS,
  type EducationLevel,
  MAX_CANDIDATES,
  MAX_MEMBERS,
} from './vocabulary.ts';

export const MemberSchema = z.object({
  key: KeySchema,
  joinedUnitDate: DaySchema.optional(),
  decisionDate: DaySchema.optional(),
  ceremonyDate: DaySchema.optional(),
  officialSince: DaySchema.optional(),
  exempt: z.boolean().optional(),
  temporarilyAway: z.boolean().optional(),
  /** A probationary member's recognition (form 13-KNĐ): the cell's resolution, its votes, the decision. */
  officialResolutionDate: DaySchema.optional(),
  officialVotesFor: CountSchema.optional(),
  officialDecisionDate: DaySchema.optional(),
});

export const IntroducerSchema = z.object({
  memberKey: KeySchema.optional(),
  officialSince: DaySchema.optional(),
  togetherSince: DaySchema.optional(),
  letterDate: DaySchema.optional(),
});

export const CandidateSchema = z.object({
  key: KeySchema,
  birthDate: DayOrMonthSchema,
  gender: z.enum(GENDER_CODES).optional(),
  ethnicMinority: z.boolean().optional(),
  religion: z.boolean().optional(),
  category: z.enum(CATEGORIES).optional(),
  education: z.enum(EDUCATION_LEVELS).optional(),
  specialArea: z.boolean().optional(),
  literacyApproval: z.boolean().optional(),
  over60Approved: z.boolean().optional(),
  joinedUnitDate: DaySchema.optional(),
  expectedLeaveDate: DaySchema.optional(),
  youthUnionMember: z.boolean().optional(),
  youthUnionResolutionDate: DaySchema.optional(),
  tradeUnionResolutionDate: DaySchema.optional(),
  sympathizerListDate: DaySchema.optional(),
  awarenessCertificateDate: DaySchema.optional(),
  applicationDate: DaySchema.optional(),
  backgroundDeclaredDate: DaySchema.optional(),
  backgroundVerifiedDate: DaySchema.optional(),
  backgroundCheckExempt: z.boolean().optional(),
  introducers: z.array(IntroducerSchema).max(MAX_INTRODUCERS, { error: TOO_MANY_INTRODUCERS }).optional(),
  /** The helping member ("Đảng viên giúp đỡ"): a member key; the name stays in the sheet. */
  helperKey: KeySchema.optional(),
  feedbackSummaryDate: DaySchema.optional(),
  plannedMeetingDate: DaySchema.optional(),
  cellResolutionDate: DaySchema.optional(),
  votesFor: CountSchema.optional(),
  decisionDate: DaySchema.optional(),
  decisionReceivedDate: DaySchema.optional(),
  ceremonyDate: DaySchema.optional(),
  officialResolutionDate: DaySchema.optional(),
  officialDecisionDate: DaySchema.optional(),
  removedDate: DaySchema.optional(),
});

export const TargetsSchema = z.object({
  admitted: CountSchema.optional(),
  students: CountSchema.optional(),
  women: CountSchema.optional(),
  awarenessClass: CountSchema.optional(),
});

/** Day of the month of the cell's regular meeting (1–31; a short month meets on its last day). */
export const MeetingDaySchema = z
  .number({ error: MEETING_DAY.notNumber })
  .int({ error: MEETING_DAY.notInt })
  .min(1, { error: MEETING_DAY.range })
  .max(31, { error: MEETING_DAY.range });

/** "Cấu hình" overrides of the projection's lead-time defaults (domain.md §5). */
export const LeadTimesSchema = z.object({
  nextClassDate: DaySchema.optional(),
  meetingDay: MeetingDaySchema.optional(),
});

export const UnitSchema = z.object({
  hasYouthUnion: z.boolean({ error: HAS_YOUTH_UNION }),
  hasTradeUnion: z.boolean().optional(),
});

export const EvaluateRequestSchema = z.object({
  asOf: DaySchema,
  unit: UnitSchema,
  members: z.array(MemberSchema).max(MAX_MEMBERS).optional(),
  candidates: z.array(CandidateSchema).max(MAX_CANDIDATES, { error: TOO_MANY_CANDIDATES }),
  holidays: z.array(DaySchema).max(MAX_DAYS).optional(),
  /** Official make-up working days (e.g. a Saturday worked in exchange for a bridge day). */
  workdays: z.array(DaySchema).max(MAX_DAYS).optional(),
  year: YearSchema.optional(),
  targets: TargetsSchema.optional(),
  leadTimes: LeadTimesSchema.optional(),
});

export type Member = z.infer<typeof MemberSchema>;
/** What a client sends: the same shapes with plain strings for dates (parsing brands them). */
export type MemberInput = z.input<typeof MemberSchema>;
export type CandidateInput = z.input<typeof CandidateSchema>;
export type IntroducerInput = z.input<typeof IntroducerSchema>;
export type EvaluateRequestInput = z.input<typeof EvaluateRequestSchema>;
export type Introducer = z.infer<typeof IntroducerSchema>;
export type Candidate = z.infer<typeof CandidateSchema>;
export type Targets = z.infer<typeof TargetsSchema>;
export type LeadTimes = z.infer<typeof LeadTimesSchema>;
export type EvaluateRequest = z.infer<typeof EvaluateRequestSchema>;
