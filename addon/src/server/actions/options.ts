/**
 * The options every menu action takes: the clock and, for tests, the backend's retry policy and
 * jitter. Passed down from app.ts; no action reads a clock of its own.
 */
import type { EvaluateRemoteOptions } from '../backend/client.ts';

export interface ActionOptions {
  now?: () => Date;
  retry?: { attempts: number; baseDelayMs: number; maxDelayMs: number };
  random?: () => number;
}

/** The backend part of an action's options. */
export function remoteOptions(options: ActionOptions): EvaluateRemoteOptions {
  return {
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.random ? { random: options.random } : {}),
  };
}
