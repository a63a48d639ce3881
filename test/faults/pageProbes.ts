import type { Page } from 'playwright-core'
import type { PublicClient } from 'viem'
import type { FaultEnvironment } from './faultEnvironment.ts'
import { readExpectedPositionFigures } from './positionsOracle.ts'

/** Figures a page shows right now: figure key → shown value (wei for positions, text elsewhere). */
export interface ShownFigures {
  /** "Figures as of block N", where the page says it. */
  blockNumber?: bigint
  values: Map<string, string>
}

export interface FigureCheck {
  /** Figures compared with the truth (marked-unavailable ones are not). */
  checked: number
  /** One line per figure shown as right but wrong. */
  wrong: string[]
}

/** How a fault scenario drives and checks one of the main pages. */
export interface PageProbe {
  name: 'positions' | 'pools' | 'simulator' | 'add-liquidity'
  path(env: FaultEnvironment): string
  /** The user's steps after the page loads (e.g. filling the form up to review). */
  prepare?(page: Page, env: FaultEnvironment, timeoutMs: number): Promise<void>
  read(page: Page): Promise<ShownFigures>
  /** Figures shown as right that differ from the truth (the chain, or the healthy baseline for derived text). */
  check(
    shown: ShownFigures,
    baseline: ShownFigures,
    env: FaultEnvironment,
    client: PublicClient,
  ): Promise<FigureCheck>
}

/** Text that says a figure is not known right now: such a figure is never counted as wrong. */
const UNAVAILABLE_MARK = /unavailable|stale|error|failed|no price|cannot|retry|loading|n\/a|—|…/i

/**
 * Text figures: each one shown unmarked must equal what the healthy page showed for the same chain state.
 * @returns figures compared, and one line per wrong one
 */
export function checkAgainstBaseline(shown: ShownFigures, baseline: ShownFigures): FigureCheck {
  const result: FigureCheck = { checked: 0, wrong: [] }
  for (const [key, text] of shown.values) {
    if (UNAVAILABLE_MARK.test(text) || !/\d/.test(text)) continue
    result.checked++
    const want = baseline.values.get(key)
    if (want !== text) result.wrong.push(`${key}: shows "${text}", healthy page showed "${want}"`)
  }
  return result
}

const NO_POSITIONS_KEY = 'portfolio|no-positions'

export const positionsProbe: PageProbe = {
  name: 'positions',
  path: (env) => `/?watch=${env.deployments.demoAccount}`,
  async read(page) {
    const raw = await page.evaluate(() => {
      const block = document.querySelector('[data-testid="figures-block"]')?.getAttribute('data-block')
      const values: [string, string][] = []
      for (const card of document.querySelectorAll('[data-testid="position-card"][data-status="ok"]')) {
        const id = card.getAttribute('data-position-id')
        for (const name of ['amount0', 'amount1', 'fees0', 'fees1']) {
          const wei = card.querySelector(`[data-testid="${name}"]`)?.getAttribute('data-wei')
          if (wei != null) values.push([`${id}|${name}`, wei])
        }
        card.querySelectorAll('[data-testid="reward"]').forEach((reward, index) => {
          values.push([`${id}|reward:${index}`, reward.getAttribute('data-wei') ?? 'missing'])
        })
      }
      // "No positions" is a figure too (a count of 0): it must never stand in for "could not read".
      const claimsEmpty =
        document.body.textContent?.includes('No liquidity positions for this account') ?? false
      return { block, values, claimsEmpty }
    })
    const values = new Map(raw.values)
    if (raw.claimsEmpty) values.set(NO_POSITIONS_KEY, '0')
    return { ...(raw.block ? { blockNumber: BigInt(raw.block) } : {}), values }
  },
  async check(shown, _baseline, env, client) {
    const result: FigureCheck = { checked: 0, wrong: [] }
    if (shown.values.has(NO_POSITIONS_KEY)) {
      // The demo account always holds the seeded book.
      result.checked++
      result.wrong.push('the page says the account has no positions')
    }
    const amounts = [...shown.values].filter(([key]) => key !== NO_POSITIONS_KEY)
    if (amounts.length === 0) return result
    if (shown.blockNumber === undefined) {
      result.checked += amounts.length
      result.wrong.push(`${amounts.length} figures shown without the block they are from`)
      return result
    }
    const expected = await readExpectedPositionFigures(
      client,
      env.deployments,
      env.deployments.demoAccount,
      shown.blockNumber,
    )
    for (const [key, wei] of amounts) {
      result.checked++
      const [id = '', name = ''] = key.split('|')
      // V2 fees compound into the LP amounts: the card shows 0 uncollected fees.
      const want =
        expected.get(id)?.get(name) ?? (id.startsWith('v2:') && name.startsWith('fees') ? 0n : undefined)
      if (want === undefined || wei !== want.toString())
        result.wrong.push(`${key} at block ${shown.blockNumber}: shows ${wei} wei, chain says ${want}`)
    }
    return result
  },
}

/** Reads the text (or input value) of each element with one of `testIds`, keyed by test id. */
async function readTexts(page: Page, testIds: readonly string[]): Promise<ShownFigures> {
  const entries = await page.evaluate((ids) => {
    const out: [string, string][] = []
    for (const id of ids) {
      const element = document.querySelector(`[data-testid="${id}"]`)
      if (!element) continue
      out.push([id, element instanceof HTMLInputElement ? element.value : (element.textContent ?? '')])
    }
    return out
  }, testIds)
  return { values: new Map(entries) }
}

export const poolsProbe: PageProbe = {
  name: 'pools',
  path: () => '/pools',
  async read(page) {
    const entries = await page.evaluate(() => {
      const out: [string, string][] = []
      for (const row of document.querySelectorAll('tbody[data-pair] tr[data-pool]')) {
        const pool = row.getAttribute('data-pool')
        row.querySelectorAll('td').forEach((cell, index) => {
          out.push([`${pool}|${index}`, cell.textContent ?? ''])
        })
      }
      return out
    })
    return { values: new Map(entries) }
  },
  check: async (shown, baseline) => checkAgainstBaseline(shown, baseline),
}

const SIMULATOR_FIGURES = [
  'sim-fee-apr',
  'sim-reward-apr',
  'sim-combined-apr',
  'sim-lvr',
  'sim-break-even',
  'sim-expected-il',
  'sim-mc-p5',
  'sim-mc-p50',
  'sim-mc-p95',
  'sim-mc-in-range',
  'sim-mc-time-in-range',
] as const

export const simulatorProbe: PageProbe = {
  name: 'simulator',
  path: (env) => {
    const farmed = env.deployments.v3Incentives[0]?.pool ?? env.deployments.v3Pools[0]?.address
    return `/simulator?pool=${farmed}&amount=25000&horizon=45`
  },
  async read(page) {
    // Monte Carlo figures only count once the run for the current inputs is done.
    const done = await page.locator('[data-testid="sim-mc"][data-status="done"]').count()
    const shown = await readTexts(page, SIMULATOR_FIGURES)
    if (done === 0) for (const id of SIMULATOR_FIGURES) if (id.startsWith('sim-mc')) shown.values.delete(id)
    return shown
  },
  check: async (shown, baseline) => checkAgainstBaseline(shown, baseline),
}

const ADD_LIQUIDITY_FIGURES = [
  'current-price',
  'amount-token1',
  'review-deposit',
  'review-min',
  'review-liquidity',
  'review-value',
  'review-apr',
  'review-il',
] as const

export const addLiquidityProbe: PageProbe = {
  name: 'add-liquidity',
  path: (env) => `/add?watch=${env.deployments.demoAccount}`,
  async prepare(page, env, timeoutMs) {
    const pool = env.deployments.v3Pools.find(
      (p) =>
        p.fee === 3000 &&
        p.token0 === env.deployments.contracts.weth9 &&
        p.token1 === env.deployments.usdToken,
    )
    if (!pool) throw new Error('no WETH/USDC 0.3 % pool on the devnet')
    await page.getByTestId('pool-select').selectOption(pool.address, { timeout: timeoutMs })
    await page.getByTestId('current-price').waitFor({ timeout: timeoutMs })
    await page.getByTestId('range-preset-10').click({ timeout: timeoutMs })
    if ((await page.getByTestId('amount-token0').inputValue({ timeout: timeoutMs })) !== '1.5')
      await page.getByTestId('amount-token0').fill('1.5', { timeout: timeoutMs })
    await page.getByTestId('review').waitFor({ timeout: timeoutMs })
  },
  read: (page) => readTexts(page, ADD_LIQUIDITY_FIGURES),
  check: async (shown, baseline) => checkAgainstBaseline(shown, baseline),
}

export const PAGE_PROBES = [positionsProbe, poolsProbe, simulatorProbe, addLiquidityProbe] as const
