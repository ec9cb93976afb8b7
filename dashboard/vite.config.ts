import { defineConfig } from 'vitest/config';

// The build writes straight into the Maven module's classes, under META-INF/resources, so the jar this module makes
// is served by the gateway at `/` (Quarkus serves META-INF/resources of every dependency). Nothing comes from a CDN.
export default defineConfig({
  base: '/',
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 400,
  },
  server: {
    // `npm run dev` against a local suite: the gateway answers /api.
    proxy: { '/api': 'http://localhost:8080' },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
