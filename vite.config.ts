import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { buildContentSecurityPolicy } from './src/config/csp.ts'
import { PAGE_HEADINGS } from './src/features/layout/pageHeadings.ts'

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

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * A static first paint in index.html's #root: the header bar (brand only) and the main pages' headings
 * (src/features/layout/pageHeadings.ts), laid out exactly as AppLayout, AppHeader and PageHeading lay them
 * out. public/theme-init.js marks <html data-shell-route="…"> from the path and index.css shows that
 * route's heading only. The heading, often the largest text, then paints before any script has loaded
 * (mobile LCP), and React's first render replaces the shell with the same text in the same place.
 */
function staticShell(): Plugin {
  const headings = Object.entries(PAGE_HEADINGS)
    .map(
      ([route, { title, description }]) =>
        `<div class="mb-6" data-shell-heading="${route}"><h1 class="text-2xl font-bold tracking-tight sm:text-3xl">${escapeHtml(title)}</h1><p class="mt-1 max-w-prose text-sm text-slate-600 dark:text-slate-300">${escapeHtml(description)}</p></div>`,
    )
    .join('')
  const shell = [
    '<div class="flex min-h-dvh flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">',
    '<header class="sticky top-0 z-20 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">',
    '<div class="relative mx-auto flex max-w-7xl items-center gap-x-4 px-3 py-2 sm:px-6">',
    '<a href="/" aria-label="Poolscope home" class="flex shrink-0 items-center gap-2 rounded-lg text-teal-700 dark:text-teal-400">',
    '<svg viewBox="0 0 32 32" aria-hidden="true" class="size-7"><circle cx="14" cy="14" r="10.5" fill="none" stroke="currentColor" stroke-width="3"></circle><path d="M7.5 15.5c2-2 4.5-2 6.5 0s4.5 2 6.5 0" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"></path><path d="M21.5 21.5L28 28" stroke="currentColor" stroke-width="3.5" stroke-linecap="round"></path></svg>',
    '<span class="hidden text-lg font-bold tracking-tight text-slate-900 min-[400px]:inline dark:text-white">Poolscope</span>',
    '</a>',
    // The header's controls are 36 px tall (h-9): the bar keeps its height when they arrive.
    '<div class="ml-auto h-9"></div>',
    '</div></header>',
    `<main class="mx-auto min-h-dvh w-full max-w-6xl flex-1 px-3 py-6 sm:px-6">${headings}</main>`,
    '</div>',
  ].join('')
  return {
    name: 'poolscope-static-shell',
    transformIndexHtml: (html) => html.replace('<div id="root"></div>', `<div id="root">${shell}</div>`),
  }
}

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), staticShell()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
})
