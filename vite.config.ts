import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { buildContentSecurityPolicy } from './src/config/csp.ts'

/**
 * Build only: puts the app's Content-Security-Policy (src/config/csp.ts) first in <head>, so it
 * applies before any script or stylesheet loads. Dev keeps no CSP (Vite's HMR injects inline code).
 */
function contentSecurityPolicy(): Plugin {
  let policy = ''
  return {
    name: 'poolscope-csp',
    apply: 'build',
    configResolved(config) {
      // config.env holds the VITE_* variables the bundle is built with, incl. VITE_RPC_URL_<chainId>.
      policy = buildContentSecurityPolicy(config.env)
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          injectTo: 'head-prepend',
        },
      ],
    },
  }
}

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
})
