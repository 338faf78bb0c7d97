import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const api = 'http://127.0.0.1:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: {
      '@village/ui': `${workspaceRoot}libs/web/ui/src/index.ts`,
      '@village/shared': `${workspaceRoot}libs/shared/src/index.ts`,
    },
  },
  server: {
    host: '127.0.0.1',
    port: 4200,
    proxy: {
      // `ws: true` carries graphql-ws subscriptions through the same path.
      '/graphql': { target: api, ws: true, changeOrigin: true },
      '/health': { target: api, changeOrigin: true },
    },
  },
  build: {
    outDir: `${workspaceRoot}dist/web`,
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // The shared library's entry also exports the API's helpers (recurrence with rrule, area cells
      // with h3-js): the web takes only constants from it, so nothing it does not use is bundled.
      treeshake: {
        moduleSideEffects: (id: string) =>
          !/[\\/](libs[\\/]shared|node_modules[\\/](h3-js|rrule))[\\/]/.test(id),
      },
      output: {
        // Libraries change less often than our code: a separate file stays cached across our releases,
        // which matters to people on slow or metered connections. h3-js and leaflet are left out: they
        // are loaded only when someone asks to use their rough area, or to see a map.
        codeSplitting: {
          groups: [{ name: 'vendor', test: /node_modules[\\/](?!h3-js[\\/]|leaflet[\\/])/ }],
        },
      },
    },
  },
});
