import { defineConfig } from 'vitest/config';

// Two projects so that `npm test -- tests/unit` (CI's second run, under another time zone) never
// starts the JVM, while `npm test` runs both against one set of stand-ins. Both compile the CLI
// first when its sources changed, since some tests run it as users do.
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          globalSetup: ['tests/build-cli.setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/build-cli.setup.ts', 'tests/integration/global-setup.ts'],
          setupFiles: ['tests/integration/stand-in-env.setup.ts'],
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
