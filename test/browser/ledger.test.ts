import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import Papa from 'papaparse'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { csvNetTotals, ledgerChainOracle } from '../helpers/ledgerOracle.ts'
import { type AppSession, openApp } from './harness.ts'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

let session: AppSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

const sorted = (map: Map<string, bigint>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1))

async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE })
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is a global the injected script defines
    const results = await (window as any).axe.run(document, {
      rules: { 'target-size': { enabled: true } },
      resultTypes: ['violations'],
    })
    return (results.violations as { id: string; impact: string | null; nodes: { target: string[] }[] }[])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      )
  })
}

describe('ledger page (Chromium)', () => {
  it('shows the demo account’s LP events; filters work; the CSV download parses and matches the chain', async () => {
    const deployments = inject('browserDeployments')
    session = await openApp({ path: `/ledger?watch=${deployments.demoAccount}` })
    const { page, errors } = session
    await page.getByRole('heading', { level: 1, name: 'Ledger' }).waitFor()
    await page.getByTestId('ledger-row').first().waitFor({ timeout: 90_000 })
    const all = await page.getByTestId('ledger-row').count()
    expect(all).toBeGreaterThan(5)

    await page.getByTestId('ledger-filter-kind').selectOption('mint')
    const kinds = await page
      .getByTestId('ledger-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind')))
    expect(kinds.length).toBeGreaterThan(0)
    expect(new Set(kinds)).toEqual(new Set(['mint']))
    await page.getByTestId('ledger-filter-kind').selectOption('')
    const closed = deployments.seed.demoPositions.find((p) => p.label === 'closed')
    await page.getByTestId('ledger-filter-position').selectOption(`v3:${closed?.tokenId}`)
    const closedKinds = await page
      .getByTestId('ledger-row')
      .evaluateAll((rows) =>
        rows.map((r) => `${r.getAttribute('data-position')}:${r.getAttribute('data-kind')}`),
      )
    expect(closedKinds).toEqual([
      `v3:${closed?.tokenId}:mint`,
      `v3:${closed?.tokenId}:decrease`,
      `v3:${closed?.tokenId}:collect`,
    ])
    await page.getByTestId('ledger-filter-position').selectOption('')
    expect(await page.getByTestId('ledger-row').count()).toBe(all)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('ledger-download-csv').click(),
    ])
    const path = await download.path()
    const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    })
    expect(parsed.errors).toEqual([])
    const events = new Set(
      parsed.data.filter((r) => r.kind !== 'approval').map((r) => `${r.tx_hash}:${r.log_index}`),
    )
    expect(events.size).toBe(all)
    const oracle = await ledgerChainOracle(inject('browserRpcUrl'), deployments, deployments.demoAccount)
    expect(sorted(csvNetTotals(parsed.data))).toEqual(sorted(oracle))

    const [koinly] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('ledger-download-koinly').click(),
    ])
    const koinlyParsed = Papa.parse<Record<string, string>>(readFileSync(await koinly.path(), 'utf8'), {
      header: true,
    })
    expect(koinlyParsed.meta.fields?.slice(0, 3)).toEqual(['Date', 'Sent Amount', 'Sent Currency'])
    expect(errors).toEqual([])
  })

  for (const [width, colorScheme] of [
    [390, 'light'],
    [390, 'dark'],
    [1280, 'light'],
    [1280, 'dark'],
  ] as const)
    it(`axe: no serious or critical violations, no sideways scroll (${width} px, ${colorScheme})`, async () => {
      const deployments = inject('browserDeployments')
      session = await openApp({
        path: `/ledger?watch=${deployments.demoAccount}`,
        viewport: { width, height: 900 },
        colorScheme,
        bypassCSP: true,
      })
      const { page, errors } = session
      await page.getByTestId('ledger-row').first().waitFor({ timeout: 90_000 })
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      expect(await seriousAxeViolations(page)).toEqual([])
      expect(errors).toEqual([])
    })
})
