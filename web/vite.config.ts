import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './precompress.ts';

// `npm run dev:web` talks to the academy of `make dev` (or API_URL) through this proxy, so the
// app always calls its own origin, as it does when the academy serves the build.
const api = process.env.API_URL ?? 'http://localhost:8080';

export default defineConfig({
  root: import.meta.dirname,
  // The manifest (dist/.vite, never served) lets the budget check follow each route's imports.
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0, manifest: true,
    // hls.js alone is ~580 kB minified (180 kB gzip), loaded only for HLS sources; the budgets
    // script holds every chunk to 250 kB gzip instead.
    chunkSizeWarningLimit: 600 },
  server: { port: 5173, proxy: { '/api': { target: api, changeOrigin: false } } },
  plugins: [
    react(),
    tailwindcss(),
    VitePWA({
      // An external registerSW.js: the academy's CSP allows no inline script.
      injectRegister: 'script',
      registerType: 'autoUpdate',
      manifest: {
        name: 'TrendTactics Academy',
        short_name: 'Academy',
        theme_color: '#1e3a8a',
        background_color: '#f8fafc',
        display: 'standalone',
        icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        // A new worker takes over open pages at once: offline support starts on the first visit.
        clientsClaim: true,
        skipWaiting: true,
        // The shell (every route chunk, so any screen opens offline) ...
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        // ... and what a learner opened: course outlines, lesson content and progress are kept
        // (network first, so online reads are always fresh) and answered from cache when offline.
        runtimeCaching: [
          {
            urlPattern: ({ url, request }) =>
              request.method === 'GET' && /^\/api\/v1\/(courses|lessons|progress\/courses|me)\b/.test(url.pathname),
            handler: 'NetworkFirst',
            options: { cacheName: 'academy-api', networkTimeoutSeconds: 4, expiration: { maxEntries: 300 } },
          },
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/media/'),
            handler: 'CacheFirst',
            options: { cacheName: 'academy-media', expiration: { maxEntries: 20 }, rangeRequests: true },
          },
        ],
      },
    }),
    precompress(),
  ],
});
