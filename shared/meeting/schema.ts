import { z } from 'zod';
import { DaySchema, KeySchema } from '../schemas/primitives.ts';
import { MAX_MEMBERS } from '../schemas/request.ts';

function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/** A short free text from the sheet (a reason for absence, a place): trimmed, one line. */
const shortText = (what: string, max: number) =>
  z
    .string({ error: `${what} phải là chuỗi ký tự.` })
    .trim()
    .max(max, { error: `${what} dài quá ${max} ký tự.` })
    .refine((s) => !hasControl(s), { error: `${what} chứa ký tự điều khiển.` });

export const AbsenceSchema = z.object({
  memberKey: KeySchema,
  /** the reason as the sheet gives it ("ốm", "đi công tác"); none = absent without a reason */
  reason: shortText('Lý do vắng', 200).optional(),
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
  place: shortText('Địa điểm họp', 200).optional(),
});

export type Absence = z.infer<typeof AbsenceSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
