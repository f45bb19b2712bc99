import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      // Worker tests run inside workerd (@cloudflare/vitest-plugin); see that file.
      'tests/worker/vitest.config.ts',
      // LibreOffice round trip of the documents (.docx → PDF): seconds, not milliseconds.
      {
        test: {
          name: 'docs',
          include: ['tests/docs/**/*.test.ts'],
          environment: 'node',
          testTimeout: 150_000,
          hookTimeout: 150_000,
        },
      },
      // The Sheets add-on against the in-memory Apps Script fake, and its built bundle in a vm.
      {
        test: {
          name: 'addon',
          include: ['tests/addon/**/*.test.ts'],
          // the stand-in backend's answers must follow the API contract (tests/addon/contract.ts)
          setupFiles: ['tests/addon/contractSetup.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      // The sidebar and /preview in Chromium (playwright-core + Debian's chromium).
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // one `npm start` for every file (stack.ts), the files one after another
          globalSetup: ['tests/browser/stack.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
