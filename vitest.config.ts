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
    ],
  },
});
