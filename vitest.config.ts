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
    ],
  },
});
