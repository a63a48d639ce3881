import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// Three layers of the test pyramid, each a project so `vitest run --project X` runs one layer.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.{ts,tsx}',
            'devnet/**/*.test.ts',
            'scripts/**/*.test.ts',
            'test/badInputs/**/*.test.ts',
            'test/faults/**/*.test.ts',
          ],
          environment: 'jsdom',
          setupFiles: ['test/setup/unit.setup.ts'],
          // The 10,000-case oracle and property tests take a few seconds alone; a shared 2-core machine can
          // stretch that past the 5 s default. This bounds hangs, not speed (speed is measured by the bench).
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/setup/devnet.global.ts'],
          setupFiles: ['test/setup/snapshot.setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/setup/browser.global.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
