import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/lib/**/*.test.ts', 'test/data/**/*.test.ts', 'test/features/**/*.test.ts', 'test/scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      { test: { name: 'site', include: ['test/site/**/*.test.ts'] } },
    ],
  },
});
