import { z } from 'zod';
import { DaySchema, KeySchema, textSchema } from '../schemas/primitives.ts';
import { MAX_MEMBERS } from '../schemas/vocabulary.ts';
import { PLACE, REASON } from './lines.ts';

export const AbsenceSchema = z.object({
  memberKey: KeySchema,
  /** the reason as the sheet gives it ("ốm", "đi công tác"); none = absent without a reason */
  reason: textSchema(REASON).optional(),
});

/**
 * One row of the "Họp chi bộ" tab, as keys: who attended is computed (the members at that date
 * minus the absent ones), never typed. Guests stay in the sheet.
 */
export const MeetingSchema = z.object({
  date: DaySchema,
  chairKey: KeySchema.optional(),
  clerkKey: KeySchema.optional(),
  absent: z.array(AbsenceSchema).max(MAX_MEMBERS).optional(),
  /**
   * Members exempt from activities or attending temporarily elsewhere who nevertheless voted at
   * this meeting: they count among the full members the two thirds are taken over.
   */
  exemptVoters: z.array(KeySchema).max(MAX_MEMBERS).optional(),
  place: textSchema(PLACE).optional(),
});

export type Absence = z.infer<typeof AbsenceSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
