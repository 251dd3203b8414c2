// The domain's tests: `npx vitest run` here, or as a project of the root config (`npm test`).
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'domain',
    include: ['src/**/*.test.ts'],
  },
});
