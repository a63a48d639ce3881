// Lighthouse on the built app: Positions (the demo account watched), Pools, Simulator and Add
// liquidity (their default pool), light theme, mobile (Lighthouse's default: simulated throttling)
// and desktop, performance + accessibility only, median of 3 runs per page by performance score.
// A private devnet (8868) and build served by `vite preview` (4296); the
// POOLSCOPE_LIGHTHOUSE_{DEVNET,APP}_PORT variables move them.
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type Flags, type Result } from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { DEMO_ACCOUNT, startDevnet } from '../devnet/index.ts'
import { replicaAppEnv } from '../devnet/replica/shape.ts'
import { rpcEnvVarName } from '../src/config/rpcUrl.ts'
import { buildAppInto, findChromium, serveBuiltApp } from './builtApp.ts'
import type { BenchMetrics } from './types.ts'

const DEVNET_PORT = Number(process.env.POOLSCOPE_LIGHTHOUSE_DEVNET_PORT ?? 8868)
const APP_PORT = Number(process.env.POOLSCOPE_LIGHTHOUSE_APP_PORT ?? 4296)
/** Where a second build (the "before" of a comparison) is served. */
const BASE_APP_PORT = Number(process.env.POOLSCOPE_LIGHTHOUSE_BASE_PORT ?? APP_PORT + 1)
const RUNS = 3
const DEVNET_CHAIN_ID = 31337

/** The pages measured: metric name → path (the light theme is the default of a fresh profile). */
export const LIGHTHOUSE_PAGES = {
  positions: `/?watch=${DEMO_ACCOUNT}`,
  pools: '/pools',
  simulator: '/simulator',
  add: '/add',
} as const
export type LighthousePage = keyof typeof LIGHTHOUSE_PAGES
const FORM_FACTORS = ['mobile', 'desktop'] as const
type FormFactor = (typeof FORM_FACTORS)[number]

/** One Lighthouse run's figures (scores 0–100). */
export interface LighthouseRun {
  performance: number
  accessibility: number
  cls: number
  lcpMs: number
  tbtMs: number
  /** Failing accessibility audits and the biggest layout shifts / main-thread costs, for the log. */
  notes: string[]
}

function score(lhr: Result, category: string): number {
  const value = lhr.categories[category]?.score
  if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${category} score`)
  return Math.round(value * 100)
}

function numeric(lhr: Result, audit: string): number {
  const value = lhr.audits[audit]?.numericValue
  if (typeof value !== 'number') throw new Error(`Lighthouse audit ${audit} has no value`)
  return value
}

interface DetailsTable {
  items?: Array<Record<string, unknown>>
}

/** What to read when a score is low: the failing a11y audits, the shifted nodes, the costly scripts. */
function notesOf(lhr: Result): string[] {
  const notes: string[] = []
  for (const ref of lhr.categories.accessibility?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id]
    if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue
    const nodes = ((audit.details as DetailsTable | undefined)?.items ?? []).map(
      (item) => (item.node as { selector?: string } | undefined)?.selector ?? '?',
    )
    notes.push(`a11y fail: ${ref.id}: ${nodes.slice(0, 3).join(' | ')}`)
  }
  for (const id of Object.keys(lhr.audits)) {
    const audit = lhr.audits[id]
    if (audit?.scoreDisplayMode === 'error') notes.push(`audit errored: ${id}: ${audit.errorMessage ?? ''}`)
  }
  const shifts = (lhr.audits['layout-shifts']?.details as DetailsTable | undefined)?.items ?? []
  for (const item of shifts.slice(0, 3)) {
    const node = item.node as { selector?: string; snippet?: string } | undefined
    notes.push(`shift ${Number(item.score).toFixed(3)}: ${node?.selector ?? node?.snippet ?? '?'}`)
  }
  const lcpElement = (lhr.audits['largest-contentful-paint-element']?.details as DetailsTable | undefined)
    ?.items?.[0] as { items?: Array<{ node?: { snippet?: string } }> } | undefined
  const lcpNode = lcpElement?.items?.[0]?.node?.snippet
  if (lcpNode) notes.push(`LCP element: ${lcpNode.slice(0, 120)}`)
  const bootup = (lhr.audits['bootup-time']?.details as DetailsTable | undefined)?.items ?? []
  for (const item of bootup.slice(0, 3))
    notes.push(
      `script ${Math.round(Number(item.scripting))} ms: ${String(item.url).replace(/^https?:\/\/[^/]+/, '')}`,
    )
  return notes
}

async function runOnce(url: string, port: number, formFactor: FormFactor): Promise<LighthouseRun> {
  const flags: Flags = {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
  }
  const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined)
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { lhr } = result
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`)
  return {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
    notes: notesOf(lhr),
  }
}

function describe(runs: readonly LighthouseRun[], median: Omit<LighthouseRun, 'notes'>): string {
  return `perf ${runs.map((r) => r.performance).join('/')} → ${median.performance}, a11y ${median.accessibility}, CLS ${median.cls.toFixed(3)}, LCP ${Math.round(median.lcpMs)} ms, TBT ${Math.round(median.tbtMs)} ms`
}

/** The run with the median performance score among `runs` (odd count). */
export function medianRun<T extends { performance: number }>(runs: readonly T[]): T {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance)
  const median = sorted[Math.floor(sorted.length / 2)]
  if (!median) throw new Error('no Lighthouse runs')
  return median
}

export interface LighthouseBenchOptions {
  /** Pages to measure (default: all four). */
  pages?: readonly LighthousePage[]
  /** Serve this existing build instead of building one (it must read the devnet at DEVNET_PORT). */
  distDir?: string
  /**
   * Also measure this other build (made with VITE_RPC_URL_31337 pointing at the devnet port), its runs
   * interleaved with this one's so both see the same machine load: logged side by side, not returned.
   */
  baseDistDir?: string
  /** Write each median run's figures here as JSON (with the base build's under `base.`). */
  reportFile?: string
}

/**
 * Lighthouse figures of the four main pages. `ux.lighthouse.performance`: the lowest MOBILE
 * performance score (target ≥ 90); `ux.lighthouse.accessibility`: the lowest accessibility score on
 * either form factor (target 100); `ux.lighthouse.cls`: the worst cumulative layout shift (target
 * ≤ 0.05); and per page and form factor `ux.lighthouse.<mobile|desktop>.<page>.{performance,
 * accessibility,cls,lcpMs,tbtMs}`. Each is the run with the median performance score of 3.
 */
export async function runLighthouseBench(options: LighthouseBenchOptions = {}): Promise<BenchMetrics> {
  // Also from the environment, so `npm run bench -- lighthouse` can compare and report.
  const baseDistDir = options.baseDistDir ?? process.env.LIGHTHOUSE_BASE_DIST
  const reportFile = options.reportFile ?? process.env.LIGHTHOUSE_REPORT
  const chromePath = findChromium()
  const pages = options.pages ?? (Object.keys(LIGHTHOUSE_PAGES) as LighthousePage[])
  const rpcUrl = `http://127.0.0.1:${DEVNET_PORT}`
  const outDir = options.distDir ?? join(tmpdir(), `poolscope-lighthouse-dist-${APP_PORT}`)
  // Built like `npm test` builds it (the replica chains' env), plus the devnet RPC: Lighthouse starts
  // each run with cleared storage, so the RPC must be the build's, not a setting.
  if (!options.distDir) buildAppInto(outDir, { ...replicaAppEnv(), [rpcEnvVarName(DEVNET_CHAIN_ID)]: rpcUrl })
  const devnet = await startDevnet({ port: DEVNET_PORT, quiet: true, writeDeploymentsFile: false })
  const server = await serveBuiltApp(outDir, APP_PORT)
  const baseServer = baseDistDir ? await serveBuiltApp(baseDistDir, BASE_APP_PORT) : null
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  })
  const metrics: BenchMetrics = {}
  const report: Record<string, Omit<LighthouseRun, 'notes'>> = {}
  try {
    for (const formFactor of FORM_FACTORS) {
      for (const page of pages) {
        const url = `http://127.0.0.1:${APP_PORT}${LIGHTHOUSE_PAGES[page]}`
        const runs: LighthouseRun[] = []
        const baseRuns: LighthouseRun[] = []
        for (let i = 0; i < RUNS; i++) {
          if (baseServer)
            baseRuns.push(
              await runOnce(
                `http://127.0.0.1:${BASE_APP_PORT}${LIGHTHOUSE_PAGES[page]}`,
                chrome.port,
                formFactor,
              ),
            )
          runs.push(await runOnce(url, chrome.port, formFactor))
        }
        if (baseServer) {
          const { notes: _, ...base } = medianRun(baseRuns)
          report[`base.${formFactor}.${page}`] = base
          console.log(`[lighthouse] ${formFactor} ${page} BEFORE: ${describe(baseRuns, base)}`)
        }
        const { notes, ...median } = medianRun(runs)
        console.log(`[lighthouse] ${formFactor} ${page}: ${describe(runs, median)}`)
        for (const note of new Set(runs.flatMap((r) => r.notes))) console.log(`[lighthouse]     ${note}`)
        const prefix = `ux.lighthouse.${formFactor}.${page}`
        report[`${formFactor}.${page}`] = median
        metrics[`${prefix}.performance`] = { value: median.performance, unit: 'score' }
        metrics[`${prefix}.accessibility`] = { value: median.accessibility, unit: 'score' }
        metrics[`${prefix}.cls`] = { value: Number(median.cls.toFixed(3)), unit: 'ratio' }
        metrics[`${prefix}.lcpMs`] = { value: Math.round(median.lcpMs), unit: 'ms' }
        metrics[`${prefix}.tbtMs`] = { value: Math.round(median.tbtMs), unit: 'ms' }
      }
    }
  } finally {
    await chrome.kill()
    await baseServer?.close()
    await server.close()
    await devnet.stop()
  }
  const medians = Object.entries(report).filter(([key]) => !key.startsWith('base.'))
  const mobile = medians.filter(([key]) => key.startsWith('mobile.')).map(([, run]) => run)
  metrics['ux.lighthouse.performance'] = {
    value: Math.min(...mobile.map((r) => r.performance)),
    unit: 'score',
  }
  metrics['ux.lighthouse.accessibility'] = {
    value: Math.min(...medians.map(([, r]) => r.accessibility)),
    unit: 'score',
  }
  metrics['ux.lighthouse.cls'] = {
    value: Number(Math.max(...medians.map(([, r]) => r.cls)).toFixed(3)),
    unit: 'ratio',
  }
  if (reportFile) {
    mkdirSync(join(reportFile, '..'), { recursive: true })
    writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`)
  }
  return metrics
}

// `npx tsx bench/lighthouse.ts [page ...]`: run directly and print the figures. LIGHTHOUSE_DIST serves
// an existing build (made with VITE_RPC_URL_31337 pointing at the devnet port). With either entry point,
// LIGHTHOUSE_BASE_DIST measures a second build alongside (before/after) and LIGHTHOUSE_REPORT writes
// the medians to a JSON file.
if (import.meta.url === `file://${process.argv[1]}`) {
  const pages = process.argv.slice(2) as LighthousePage[]
  console.log(
    await runLighthouseBench({
      ...(pages.length > 0 ? { pages } : {}),
      ...(process.env.LIGHTHOUSE_DIST ? { distDir: process.env.LIGHTHOUSE_DIST } : {}),
    }),
  )
}
