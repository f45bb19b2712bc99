/**
 * A meeting row without zod (the add-on's bundle leaves zod out): the text rule schema.ts builds
 * its zod schema from, and a hand reader of the same shape, held to MeetingSchema by
 * tests/unit/documents/fields.test.ts.
 */
import type { Problem } from '../schemas/problems.ts';
import { array, BAD, day, key, object, optionals, type Read, text } from '../schemas/readers.ts';
import { MAX_MEMBERS } from '../schemas/vocabulary.ts';
import { PLACE, REASON } from './lines.ts';
import type { Meeting } from './schema.ts';

let read: Read | undefined;

/** `meeting` as MeetingSchema reads it (JSON paths under `path`), built on first use. */
export function readMeeting(
  input: unknown,
  path = '',
): { ok: true; value: Meeting } | { ok: false; problems: Problem[] } {
  read ??= object({
    date: day,
    ...optionals({
      chairKey: key,
      clerkKey: key,
      absent: array(object({ memberKey: key, ...optionals({ reason: text(REASON) }) }), MAX_MEMBERS),
      exemptVoters: array(key, MAX_MEMBERS),
      place: text(PLACE),
    }),
  });
  const problems: Problem[] = [];
  const value = read(input, path, problems);
  return value === BAD ? { ok: false, problems } : { ok: true, value: value as Meeting };
}
