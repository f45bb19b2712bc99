/** The addon project's setup: a test fails when the stand-in backend answered outside the API contract. */
import { afterEach } from 'vitest';
import { expectNoContractViolation } from './contract.ts';

afterEach(() => {
  expectNoContractViolation();
});
