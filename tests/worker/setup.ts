import { applyD1Migrations, env } from 'cloudflare:test';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeGoogleFetch } from './helpers.ts';

// Runs before each test file: applies the migrations not yet applied to this file's database.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);

// No test may reach the network (see fakeGoogleFetch); tests that need other answers spy again.
beforeEach(() => {
  vi.spyOn(globalThis, 'fetch').mockImplementation(fakeGoogleFetch());
});
afterEach(() => {
  vi.restoreAllMocks();
});
