import { z } from 'zod';
import { CountSchema, DayOrMonthSchema, DaySchema, KeySchema, YearSchema } from './primitives.ts';

export const MAX_CANDIDATES = 100_000;
export const MAX_MEMBERS = 5_000;

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

export const CATEGORIES = [
  'student',
  'higherEducationStudent',
  'teacher',
  'staff',
  'worker',
  'farmer',
  'armedForces',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const EDUCATION_LEVELS = ['none', 'primary', 'lowerSecondary', 'upperSecondary', 'higher'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const CandidateSchema = z.object({
  key: KeySchema,
  birthDate: DayOrMonthSchema,
  gender: z.enum(['male', 'female']).optional(),
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
  introducers: z.array(IntroducerSchema).max(2, { error: 'Nhiều nhất 2 người giới thiệu.' }).optional(),
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
  .number({ error: 'Ngày họp định kỳ phải là số (ngày trong tháng).' })
  .int({ error: 'Ngày họp định kỳ phải là số nguyên.' })
  .min(1, { error: 'Ngày họp định kỳ phải từ 1 đến 31.' })
  .max(31, { error: 'Ngày họp định kỳ phải từ 1 đến 31.' });

/** "Cấu hình" overrides of the projection's lead-time defaults (domain.md §5). */
export const LeadTimesSchema = z.object({
  nextClassDate: DaySchema.optional(),
  meetingDay: MeetingDaySchema.optional(),
});

export const UnitSchema = z.object({
  hasYouthUnion: z.boolean({ error: 'Cần cho biết đơn vị có tổ chức Đoàn hay không (true/false).' }),
  hasTradeUnion: z.boolean().optional(),
});

export const EvaluateRequestSchema = z.object({
  asOf: DaySchema,
  unit: UnitSchema,
  members: z.array(MemberSchema).max(MAX_MEMBERS).optional(),
  candidates: z.array(CandidateSchema).max(MAX_CANDIDATES, {
    error: `Nhiều nhất ${MAX_CANDIDATES} quần chúng trong một lần kiểm tra.`,
  }),
  holidays: z.array(DaySchema).max(1000).optional(),
  /** Official make-up working days (e.g. a Saturday worked in exchange for a bridge day). */
  workdays: z.array(DaySchema).max(1000).optional(),
  year: YearSchema.optional(),
  targets: TargetsSchema.optional(),
  leadTimes: LeadTimesSchema.optional(),
});

export type Member = z.infer<typeof MemberSchema>;
/** What a client sends: the same shapes with plain strings for dates (parsing brands them). */
export type MemberInput = z.input<typeof MemberSchema>;
export type CandidateInput = z.input<typeof CandidateSchema>;
export type EvaluateRequestInput = z.input<typeof EvaluateRequestSchema>;
export type Introducer = z.infer<typeof IntroducerSchema>;
export type Candidate = z.infer<typeof CandidateSchema>;
export type Targets = z.infer<typeof TargetsSchema>;
export type LeadTimes = z.infer<typeof LeadTimesSchema>;
export type EvaluateRequest = z.infer<typeof EvaluateRequestSchema>;
