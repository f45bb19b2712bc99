/** The routes without sign-in: `GET /v1/health` and `GET /v1/rules`. */
import { z } from 'zod';

export const HealthSchema = z
  .object({ status: z.literal('ok'), service: z.string(), time: z.string() })
  .meta({ id: 'Health' });

/**
 * The rule catalogue: rulesets, rule ids, their citations per ruleset, and the message templates
 * and phrases that render a compact evaluate answer (`?form=compact`) into the default's text.
 */
export const RulesCatalogueSchema = z
  .object({
    /** the version of the texts below (templates, phrases, citations); also the ETag */
    textsVersion: z.string(),
    rulesets: z.array(
      z.object({
        id: z.string(),
        effectiveFrom: z.string(),
        effectiveTo: z.string().optional(),
        label: z.string(),
        texts: z.array(z.string()),
      }),
    ),
    rules: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        severity: z.enum(['error', 'warning', 'info']),
        phase: z.string(),
        citations: z.record(z.string(), z.string()),
        /** message templates by name: `{n}` is the n-th parameter, `{n|day}`, `{n|age}`, `{n|lower}` format it */
        messages: z.record(z.string(), z.string()),
        unconfirmed: z.array(z.string()).optional(),
      }),
    ),
    /** phrases a message names as a parameter (`["ref.asOf", "2026-03-15"]`) */
    phrases: z.record(z.string(), z.string()),
  })
  .meta({ id: 'RulesCatalogue' });

export type RulesCatalogue = z.infer<typeof RulesCatalogueSchema>;
