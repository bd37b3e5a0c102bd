import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    // Loading the division data and spawning the CLI take seconds on a busy 2-core machine.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup/components.ts'],
        },
      },
      // Real builds, one at a time: each test starts, stops or kills `npm run build`.
      { extends: true, test: { name: 'faults', include: ['tests/faults/**/*.test.ts'], environment: 'node', fileParallelism: false } },
      // Runs against the static export in out/, after `npm run build`.
      { extends: true, test: { name: 'export', include: ['tests/export/**/*.test.ts'], environment: 'node' } },
    ],
  },
});
