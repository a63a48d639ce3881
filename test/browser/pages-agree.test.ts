import type { Page } from 'playwright-core'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { type AppSession, openApp } from './harness.ts'

let session: AppSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

/** The pool-level figures every page shows, by their `data-figure` names. */
const FIGURES = ['price', 'tvl', 'volume24h', 'fee-apr', 'reward-apr'] as const
type Figure = (typeof FIGURES)[number]
type Figures = Record<Figure, string>

/**
 * The Pools table's farm cell says "no" where the other pages say "no farm" (the cell reads
 * "yes · 12.3%" / "no" / "ended"); the same fact, so both read as "no farm". Whitespace is collapsed.
 */
function normalise(figure: Figure, text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim()
  return figure === 'reward-apr' && collapsed === 'no' ? 'no farm' : collapsed
}

/** Reads every figure inside `scope` (a CSS selector) by its data-figure attribute, for one pool. */
async function readFigures(page: Page, scope: string): Promise<Figures> {
  const figures = {} as Figures
  for (const figure of FIGURES) {
    const element = page.locator(`${scope} [data-figure="${figure}"]`)
    expect(await element.count(), `${scope}: one ${figure}`).toBe(1)
    figures[figure] = normalise(figure, (await element.textContent()) ?? '')
  }
  return figures
}

/** Waits until no figure inside `scope` still shows the loading mark. */
async function settled(page: Page, scope: string): Promise<void> {
  await page.locator(`${scope} [data-figure="tvl"]`).first().waitFor({ timeout: 60_000 })
  await expect
    .poll(
      () =>
        page
          .locator(`${scope} [data-figure]`)
          .evaluateAll((elements) => elements.some((element) => element.textContent?.trim() === '…')),
      { timeout: 60_000 },
    )
    .toBe(false)
}

describe('the pages agree on every pool figure (devnet, Chromium)', () => {
  it('Pools, Pool detail, Simulator and Add liquidity show the same price, TVL, 24 h volume, 24 h fee APR and farm reward APR for every pool', async () => {
    const deployments = inject('browserDeployments')
    session = await openApp({ path: '/pools' })
    const { page, errors } = session

    // Every pool, discovered from the app's own pools table (not a list kept here).
    await page.getByTestId('pools-table').waitFor({ timeout: 60_000 })
    await settled(page, '[data-testid="pools-table"]')
    const pools = await page.locator('[data-testid="pools-table"] tr[data-pool]').evaluateAll((rows) =>
      rows.map((row) => ({
        address: row.getAttribute('data-pool') ?? '',
        label: row.querySelector('td')?.textContent?.trim() ?? '',
      })),
    )
    // Both protocols are in it (the V2 pairs too), and every pool is a real row.
    expect(pools.some((pool) => / V2 /.test(` ${pool.label} `))).toBe(true)
    expect(pools.some((pool) => / V3 /.test(` ${pool.label} `))).toBe(true)
    expect(pools.length).toBeGreaterThan(1)
    expect(new Set(pools.map((pool) => pool.address.toLowerCase())).size).toBe(pools.length)

    const onPools = new Map<string, Figures>()
    for (const pool of pools)
      onPools.set(
        pool.address.toLowerCase(),
        await readFigures(page, `[data-testid="pools-table"] tr[data-pool="${pool.address}"]`),
      )
    // At least one pool has a priced, active farm: the reward APR comparison compares numbers.
    expect([...onPools.values()].some((figures) => /%$/.test(figures['reward-apr']))).toBe(true)

    // Add liquidity: with no pool chosen, the choice table lists every pool.
    await page.goto(`${inject('appUrl')}/add?watch=${deployments.demoAccount}`)
    await page.getByTestId('pool-choice-table').waitFor({ timeout: 60_000 })
    await settled(page, '[data-testid="pool-choice-table"]')
    const onAdd = new Map<string, Figures>()
    for (const pool of pools)
      onAdd.set(
        pool.address.toLowerCase(),
        await readFigures(page, `[data-testid="pool-choice-row"][data-pool="${pool.address}"]`),
      )

    const mismatches: string[] = []
    const compare = (address: string, page: string, figures: Figures) => {
      const reference = onPools.get(address) as Figures
      for (const figure of FIGURES)
        if (figures[figure] !== reference[figure])
          mismatches.push(`${address} ${figure}: Pools "${reference[figure]}", ${page} "${figures[figure]}"`)
    }
    for (const pool of pools) {
      const address = pool.address.toLowerCase()
      compare(address, 'Add liquidity', onAdd.get(address) as Figures)

      await page.goto(`${inject('appUrl')}/pools/${pool.address}`)
      await page.getByTestId('pool-detail').waitFor({ timeout: 60_000 })
      await settled(page, '[data-testid="pool-detail"]')
      compare(address, 'Pool detail', await readFigures(page, '[data-testid="pool-detail"]'))

      await page.goto(`${inject('appUrl')}/simulator?pool=${pool.address}`)
      await page.getByTestId('sim-pool-figures').waitFor({ timeout: 60_000 })
      await settled(page, '[data-testid="sim-pool-figures"]')
      const onSimulator = await readFigures(page, '[data-testid="sim-pool-figures"]')
      compare(address, 'Simulator', onSimulator)
      // The simulator's own pool read (its snapshot) shows the same price as the pools list.
      const snapshotPrice = normalise('price', (await page.getByTestId('sim-price').textContent()) ?? '')
      if (snapshotPrice !== onPools.get(address)?.price)
        mismatches.push(
          `${address} price: Pools "${onPools.get(address)?.price}", Simulator snapshot "${snapshotPrice}"`,
        )
      // Each figure states its basis; the range-specific APRs say they are the range's own.
      expect(await page.locator('[data-testid="sim-pool-figures"] [data-basis]').count()).toBe(FIGURES.length)
      expect(
        await page.locator('[aria-label="Basis of Fee APR (your range, now)"]').getAttribute('data-basis'),
      ).toMatch(/not the pool’s/)
    }
    console.info(
      'pages-agree figures (Pools):',
      JSON.stringify(Object.fromEntries([...onPools].map(([address, figures]) => [address, figures]))),
    )
    expect(mismatches).toEqual([])
    expect(errors).toEqual([])
  }, 900_000)
})
