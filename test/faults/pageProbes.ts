import type { Page } from 'playwright-core'
import type { PublicClient } from 'viem'
import type { Deployments } from '../../src/domain/catalogue/types.ts'
import type { FaultEnvironment } from './faultEnvironment.ts'
import {
  displayedJudge,
  type Expectation,
  exactJudge,
  type FigureCheck,
  isUnavailableMark,
  type Judge,
  judgeFigures,
  neverJudge,
  type ShownFigures,
} from './figureVerdicts.ts'
import type { PoolsOracle, PoolsTruth, PoolTruth } from './poolsOracle.ts'
import { readExpectedPositionFigures } from './positionsOracle.ts'

export type { FigureCheck, ShownFigures } from './figureVerdicts.ts'

/** What a probe checks figures with: direct lines to the devnet, never the app's own screen. */
export interface OracleContext {
  env: FaultEnvironment
  client: PublicClient
  pools: PoolsOracle
  /** Head when the scenario started: a page that names no block is checked against every block since. */
  sinceBlock: bigint
}

/** How a fault scenario drives and checks one of the main pages. */
export interface PageProbe {
  name: 'positions' | 'pools' | 'pool-detail' | 'simulator' | 'add-liquidity'
  path(env: FaultEnvironment): string
  /** The user's steps after the page loads (e.g. filling the form up to review). */
  prepare?(page: Page, env: FaultEnvironment, timeoutMs: number): Promise<void>
  read(page: Page, env: FaultEnvironment): Promise<ShownFigures>
  /** Each figure right against the oracle, or marked unavailable; anything else is wrong. */
  check(shown: ShownFigures, oracle: OracleContext): Promise<FigureCheck>
}

const lower = (address: string) => address.toLowerCase()

/** The oracle's truth at the block the page names; a page naming no block, or one the chain cannot answer for, is wrong. */
async function truthAtNamedBlock(
  shown: ShownFigures,
  oracle: OracleContext,
  expectedCount: number,
): Promise<PoolsTruth | FigureCheck> {
  const shownCount = shown.values.size
  if (shown.blockNumber === undefined) {
    if (shownCount === 0 && shown.pageUnavailable)
      return { checked: 0, unavailable: expectedCount, wrong: [] }
    return {
      checked: expectedCount,
      unavailable: 0,
      wrong: [`${shownCount} figures shown without the block they are from (${expectedCount} expected)`],
    }
  }
  try {
    return await oracle.pools.at(shown.blockNumber)
  } catch (error) {
    return {
      checked: expectedCount,
      unavailable: 0,
      wrong: [`the page names block ${shown.blockNumber}, which the chain cannot answer for: ${error}`],
    }
  }
}

const isCheck = (value: PoolsTruth | FigureCheck): value is FigureCheck => 'wrong' in value

// ---------------------------------------------------------------------------------------------- positions

const NO_POSITIONS_KEY = 'portfolio|no-positions'

const cardKey = (id: string) => `${id}|card`

export const positionsProbe: PageProbe = {
  name: 'positions',
  path: (env) => `/?watch=${env.deployments.demoAccount}`,
  async read(page) {
    const raw = await page.evaluate(() => {
      const block = document.querySelector('[data-testid="figures-block"]')?.getAttribute('data-block')
      const values: [string, string][] = []
      const cards: [string, string][] = []
      for (const card of document.querySelectorAll('[data-testid="position-card"]')) {
        const id = card.getAttribute('data-position-id') ?? ''
        cards.push([id, card.getAttribute('data-status') ?? ''])
        if (card.getAttribute('data-status') !== 'ok') continue
        for (const name of ['amount0', 'amount1', 'fees0', 'fees1']) {
          const wei = card.querySelector(`[data-testid="${name}"]`)?.getAttribute('data-wei')
          if (wei != null) values.push([`${id}|${name}`, wei])
        }
        card.querySelectorAll('[data-testid="reward"]').forEach((reward, index) => {
          values.push([`${id}|reward:${index}`, reward.getAttribute('data-wei') ?? 'missing'])
        })
      }
      const state = document.querySelector(
        '[data-testid="positions-error"], [data-testid="positions-loading"]',
      )
      // "No positions" is a figure too (a count of 0): it must never stand in for "could not read".
      const claimsEmpty =
        document.body.textContent?.includes('No liquidity positions for this account') ?? false
      return { block, values, cards, claimsEmpty, state: state?.getAttribute('data-testid') ?? null }
    })
    const values = new Map(raw.values)
    for (const [id, status] of raw.cards) values.set(cardKey(id), status)
    if (raw.claimsEmpty) values.set(NO_POSITIONS_KEY, '0')
    return {
      ...(raw.block ? { blockNumber: BigInt(raw.block) } : {}),
      ...(raw.state ? { pageUnavailable: raw.state } : {}),
      values,
    }
  },
  async check(shown, { env, client }) {
    const result: FigureCheck = { checked: 0, unavailable: 0, wrong: [] }
    if (shown.values.has(NO_POSITIONS_KEY)) {
      // The demo account always holds the seeded book.
      result.checked++
      result.wrong.push('the page says the account has no positions')
    }
    const cards = [...shown.values].filter(([key]) => key.endsWith('|card'))
    // A card shown as unavailable is an explicit mark for its figures.
    result.unavailable += cards.filter(([, status]) => status !== 'ok').length
    const amounts = [...shown.values].filter(([key]) => key !== NO_POSITIONS_KEY && !key.endsWith('|card'))
    const block = shown.blockNumber ?? (await client.getBlockNumber({ cacheTime: 0 }))
    if (amounts.length > 0 && shown.blockNumber === undefined) {
      result.checked += amounts.length
      result.wrong.push(`${amounts.length} figures shown without the block they are from`)
      return result
    }
    const expected = await readExpectedPositionFigures(
      client,
      env.deployments,
      env.deployments.demoAccount,
      block,
    )
    // Every open position the chain holds must be on the page, as figures or as an unavailable card
    // (closed ones are hidden by default); a position silently left out is a wrong figure.
    for (const [id, figures] of expected) {
      const open =
        id.startsWith('v2:') || (figures.get('amount0') ?? 0n) + (figures.get('amount1') ?? 0n) > 0n
      if (!open || shown.values.has(cardKey(id))) continue
      if (shown.pageUnavailable) result.unavailable++
      else {
        result.checked++
        result.wrong.push(`${id}: position neither shown nor marked unavailable`)
      }
    }
    for (const [key, wei] of amounts) {
      result.checked++
      const [id = '', name = ''] = key.split('|')
      // V2 fees compound into the LP amounts: the card shows 0 uncollected fees.
      const want =
        expected.get(id)?.get(name) ?? (id.startsWith('v2:') && name.startsWith('fees') ? 0n : undefined)
      if (want === undefined || wei !== want.toString())
        result.wrong.push(`${key} at block ${block}: shows ${wei} wei, chain says ${want}`)
    }
    return result
  },
}

// -------------------------------------------------------------------------------------------- pools list

const pair = (values: readonly [bigint, bigint]) => `${values[0]},${values[1]}`
const percent = (fraction: number | null) => (fraction === null ? null : fraction * 100)

/** The figures the pools table must show for one pool (keys `<pool>|<figure>`, lowercase pool address). */
export function poolRowExpectations(pool: PoolTruth): Expectation[] {
  const key = (figure: string) => `${lower(pool.address)}|${figure}`
  return [
    { key: key('price'), judge: displayedJudge(pool.price, 'unavailable') },
    {
      key: key('price:exact'),
      judge: exactJudge(pool.kind === 'v3' ? String(pool.sqrtPriceX96) : pair(pool.tvlWei)),
    },
    { key: key('tvl'), judge: displayedJudge(pool.tvlUsd) },
    { key: key('tvl:exact'), judge: exactJudge(pair(pool.tvlWei)) },
    { key: key('volume24h'), judge: displayedJudge(pool.volumeUsd24h) },
    { key: key('volume24h:exact'), judge: exactJudge(pair(pool.in24hWei)) },
    { key: key('volume7d'), judge: displayedJudge(pool.volumeUsd7d) },
    { key: key('volume7d:exact'), judge: exactJudge(pair(pool.in7dWei)) },
    { key: key('fees24h'), judge: displayedJudge(pool.feesUsd24h) },
    { key: key('fees7d'), judge: displayedJudge(pool.feesUsd7d) },
    { key: key('fee-apr'), judge: displayedJudge(percent(pool.feeApr)) },
    { key: key('active-liquidity'), judge: displayedJudge(pool.activeLiquidityUsd) },
    { key: key('active-liquidity:exact'), judge: exactJudge(String(pool.activeLiquidity)) },
    { key: key('farm'), judge: farmJudge(pool.farm) },
  ]
}

/** The farm cell: "no" without a program, "ended", or "yes · <reward APR>" ("no price" when unpriced). */
function farmJudge(farm: PoolTruth['farm']): Judge {
  const apr = farm ? displayedJudge(percent(farm.rewardApr)) : null
  return (text) => {
    if (isUnavailableMark(text)) return { kind: 'unavailable' }
    const want = !farm ? 'no' : !farm.active ? 'ended' : null
    if (want !== null)
      return text === want ? { kind: 'right' } : { kind: 'wrong', why: `shows "${text}", oracle: ${want}` }
    const [yes, value = ''] = text.split(' · ')
    if (yes !== 'yes') return { kind: 'wrong', why: `shows "${text}", oracle: an active farm` }
    return apr ? apr(value) : { kind: 'wrong', why: 'no oracle' }
  }
}

const POOL_ROW_FIGURES = 14
const listedPoolCount = (deployments: Deployments) => deployments.v3Pools.length + deployments.v2Pairs.length

export const poolsProbe: PageProbe = {
  name: 'pools',
  path: () => '/pools',
  async read(page) {
    const raw = await page.evaluate(() => {
      const out: [string, string][] = []
      const exactFigures = new Set(['tvl', 'volume24h', 'volume7d', 'active-liquidity'])
      for (const row of document.querySelectorAll('tbody[data-pair] tr[data-pool]')) {
        const pool = row.getAttribute('data-pool')?.toLowerCase()
        const price = row.querySelector('[data-testid="price-value"]')
        if (price) {
          const text = price.textContent ?? ''
          out.push([`${pool}|price`, text])
          out.push([
            `${pool}|price:exact`,
            price.getAttribute('data-sqrt-price-x96') ?? price.getAttribute('data-reserves') ?? text,
          ])
        }
        for (const cell of row.querySelectorAll('td[data-figure]')) {
          const figure = cell.getAttribute('data-figure')
          const text = cell.textContent ?? ''
          out.push([`${pool}|${figure}`, text])
          if (exactFigures.has(figure ?? ''))
            out.push([
              `${pool}|${figure}:exact`,
              cell.getAttribute('data-wei') ?? cell.getAttribute('data-liquidity') ?? text,
            ])
        }
      }
      const marker = document.querySelector(
        '[data-testid="pools-unavailable"], [data-testid="pools-loading"]',
      )
      return {
        out,
        block: document.querySelector('[data-testid="figures-block"]')?.getAttribute('data-block') ?? null,
        unavailable: marker?.getAttribute('data-testid') ?? null,
      }
    })
    return {
      values: new Map(raw.out),
      ...(raw.block ? { blockNumber: BigInt(raw.block) } : {}),
      ...(raw.unavailable ? { pageUnavailable: raw.unavailable } : {}),
    }
  },
  async check(shown, oracle) {
    const truth = await truthAtNamedBlock(
      shown,
      oracle,
      listedPoolCount(oracle.env.deployments) * POOL_ROW_FIGURES,
    )
    if (isCheck(truth)) return truth
    return judgeFigures(
      shown,
      [[...truth.pools.values()].flatMap(poolRowExpectations)],
      `at block ${truth.blockNumber}`,
    )
  },
}

// ------------------------------------------------------------------------------------------- pool detail

/** The pool the detail, simulator and add-liquidity probes open: WETH/USDC 0.3 % (farmed by the V3 staker). */
export function wethUsdcPool(deployments: Deployments) {
  const pool = deployments.v3Pools.find(
    (p) => p.fee === 3000 && p.token0 === deployments.contracts.weth9 && p.token1 === deployments.usdToken,
  )
  if (!pool) throw new Error('no WETH/USDC 0.3 % pool on the devnet')
  return pool
}

/** The detail page's headline figures of one pool. */
export function poolDetailExpectations(pool: PoolTruth): Expectation[] {
  return [
    { key: 'detail|price', judge: displayedJudge(pool.price, 'unavailable') },
    { key: 'detail|fee-apr', judge: displayedJudge(percent(pool.feeApr)) },
    { key: 'detail|swaps-7d', judge: exactJudge(String(pool.swapCount7d)) },
  ]
}

export const poolDetailProbe: PageProbe = {
  name: 'pool-detail',
  path: (env) => `/pools/${wethUsdcPool(env.deployments).address}`,
  async read(page) {
    const raw = await page.evaluate(() => {
      const out: [string, string][] = []
      for (const [key, id] of [
        ['detail|price', 'detail-price'],
        ['detail|fee-apr', 'detail-fee-apr'],
        ['detail|swaps-7d', 'detail-swaps-7d'],
      ] as const) {
        const element = document.querySelector(`[data-testid="${id}"]`)
        if (element) out.push([key, element.textContent ?? ''])
      }
      const marker = document.querySelector(
        '[data-testid="pools-unavailable"], [data-testid="pools-loading"]',
      )
      return {
        out,
        block: document.querySelector('[data-testid="figures-block"]')?.getAttribute('data-block') ?? null,
        unavailable: marker?.getAttribute('data-testid') ?? null,
        // A listed pool must never be called "not a listed pool" (an outage is not an answer).
        notListed: document.body.textContent?.includes('Not a listed pool') ?? false,
      }
    })
    const values = new Map(raw.out)
    if (raw.notListed) values.set('detail|not-listed', 'Not a listed pool')
    return {
      values,
      ...(raw.block ? { blockNumber: BigInt(raw.block) } : {}),
      ...(raw.unavailable ? { pageUnavailable: raw.unavailable } : {}),
    }
  },
  async check(shown, oracle) {
    const address = lower(wethUsdcPool(oracle.env.deployments).address)
    const truth = await truthAtNamedBlock(shown, oracle, 3)
    if (isCheck(truth)) return truth
    const pool = truth.pools.get(address)
    if (!pool) throw new Error(`the oracle has no pool ${address}`)
    const expectations = poolDetailExpectations(pool)
    if (shown.values.has('detail|not-listed'))
      expectations.push({
        key: 'detail|not-listed',
        judge: neverJudge('a listed pool is called "not listed"'),
      })
    return judgeFigures(shown, [expectations], `at block ${truth.blockNumber}`)
  },
}

// --------------------------------------------------------------------------------------------- simulator

/** The simulator's pool state line: price, tick and active liquidity at the snapshot's block. */
export function simulatorExpectations(pool: PoolTruth): Expectation[] {
  return [
    { key: 'sim|sqrt-price', judge: exactJudge(String(pool.sqrtPriceX96)) },
    { key: 'sim|tick', judge: exactJudge(String(pool.tick)) },
    { key: 'sim|liquidity', judge: exactJudge(String(pool.activeLiquidity)) },
    { key: 'sim|price', judge: displayedJudge(pool.price, 'unavailable') },
  ]
}

export const simulatorProbe: PageProbe = {
  name: 'simulator',
  path: (env) => `/simulator?pool=${wethUsdcPool(env.deployments).address}&amount=25000&horizon=45`,
  async read(page) {
    const raw = await page.evaluate(() => {
      const state = document.querySelector('[data-testid="sim-pool-state"]')
      const out: [string, string][] = []
      if (state) {
        out.push(['sim|sqrt-price', state.getAttribute('data-sqrt-price-x96') ?? ''])
        out.push(['sim|tick', state.getAttribute('data-tick') ?? ''])
        out.push(['sim|liquidity', state.getAttribute('data-liquidity') ?? ''])
        out.push(['sim|price', document.querySelector('[data-testid="sim-price"]')?.textContent ?? ''])
      }
      const error = document.querySelector('[data-testid="sim-pool-error"]')?.textContent ?? null
      const loading = document.querySelector('[data-testid="sim-loading"]') !== null
      return { out, block: state?.getAttribute('data-block') ?? null, error, loading }
    })
    const values = new Map(raw.out)
    // "Not a pool" for a listed pool is a wrong answer, not an unavailable state.
    if (raw.error?.startsWith('Not a pool')) values.set('sim|not-a-pool', raw.error)
    const unavailable = raw.loading
      ? 'sim-loading'
      : raw.error !== null && !values.has('sim|not-a-pool')
        ? raw.error
        : null
    return {
      values,
      ...(raw.block ? { blockNumber: BigInt(raw.block) } : {}),
      ...(unavailable ? { pageUnavailable: unavailable } : {}),
    }
  },
  async check(shown, oracle) {
    const address = lower(wethUsdcPool(oracle.env.deployments).address)
    const truth = await truthAtNamedBlock(shown, oracle, 4)
    if (isCheck(truth)) return truth
    const pool = truth.pools.get(address)
    if (!pool) throw new Error(`the oracle has no pool ${address}`)
    const expectations = simulatorExpectations(pool)
    if (shown.values.has('sim|not-a-pool'))
      expectations.push({ key: 'sim|not-a-pool', judge: neverJudge('a listed pool is called "not a pool"') })
    return judgeFigures(shown, [expectations], `at block ${truth.blockNumber}`)
  },
}

// ---------------------------------------------------------------------------------------- add liquidity

/** Whole token1 per whole token0 at a tick: 1.0001^tick scaled by the decimals (float, display only). */
export function priceAtTick(tick: number, decimals0: number, decimals1: number): number {
  return 1.0001 ** tick * 10 ** (decimals0 - decimals1)
}

/**
 * Add liquidity's figures for the WETH/USDC 0.3 % pool: the current price line (tick exact, its price
 * rounded), and the TVL and fee APR of every fee tier and protocol of the pair in the choice table.
 */
export function addLiquidityExpectations(truth: PoolsTruth, selected: string): Expectation[] {
  const pool = truth.pools.get(lower(selected))
  if (!pool || pool.tick === undefined) throw new Error(`the oracle has no V3 pool ${selected}`)
  const sameTokens = (p: PoolTruth) =>
    lower(p.token0.address) === lower(pool.token0.address) &&
    lower(p.token1.address) === lower(pool.token1.address)
  return [
    { key: 'add|tick', judge: exactJudge(String(pool.tick)) },
    {
      key: 'add|price',
      judge: displayedJudge(
        priceAtTick(pool.tick, pool.token0.decimals, pool.token1.decimals),
        'unavailable',
      ),
    },
    ...[...truth.pools.values()].filter(sameTokens).flatMap((tier): Expectation[] => [
      { key: `${lower(tier.address)}|choice-tvl`, judge: displayedJudge(tier.tvlUsd) },
      { key: `${lower(tier.address)}|choice-fee-apr`, judge: displayedJudge(percent(tier.feeApr)) },
    ]),
  ]
}

const ADD_LIQUIDITY_FIGURES = 2 + 2 * 3

export const addLiquidityProbe: PageProbe = {
  name: 'add-liquidity',
  path: (env) => `/add?watch=${env.deployments.demoAccount}`,
  async prepare(page, env, timeoutMs) {
    const pool = wethUsdcPool(env.deployments)
    await page.getByTestId('pool-select').selectOption(pool.address, { timeout: timeoutMs })
    await page.getByTestId('current-price').waitFor({ timeout: timeoutMs })
    await page.getByTestId('range-preset-10').click({ timeout: timeoutMs })
    if ((await page.getByTestId('amount-token0').inputValue({ timeout: timeoutMs })) !== '1.5')
      await page.getByTestId('amount-token0').fill('1.5', { timeout: timeoutMs })
    await page.getByTestId('review').waitFor({ timeout: timeoutMs })
  },
  async read(page) {
    const raw = await page.evaluate(() => {
      const rows: [string, string, string][] = []
      for (const row of document.querySelectorAll('[data-testid="pool-choice-row"]')) {
        const pool = row.getAttribute('data-pool')?.toLowerCase() ?? ''
        rows.push([
          pool,
          row.querySelector('[data-testid="pool-choice-tvl"]')?.textContent ?? '',
          row.querySelector('[data-testid="pool-choice-fee-apr"]')?.textContent ?? '',
        ])
      }
      return {
        rows,
        currentPrice: document.querySelector('[data-testid="current-price"]')?.textContent ?? null,
        currentPriceUnavailable: document.querySelector('[data-testid="current-price-unavailable"]') !== null,
        // The form has no test id on its read error; its title is the explicit "unavailable" state.
        readError: document.body.textContent?.includes('Could not read the pool') ?? false,
      }
    })
    const values = new Map<string, string>()
    for (const [pool, tvl, apr] of raw.rows) {
      values.set(`${pool}|choice-tvl`, tvl)
      values.set(`${pool}|choice-fee-apr`, apr)
    }
    if (raw.currentPriceUnavailable) {
      // The range step marks its price (and tick) unavailable while the pool read is pending or retrying.
      values.set('add|price', 'unavailable')
      values.set('add|tick', 'unavailable')
    } else if (raw.currentPrice !== null) {
      const match = /Current price:\s*(\S+)\s.*\(tick (-?\d+)\)/.exec(raw.currentPrice.replace(/\s+/g, ' '))
      values.set('add|price', match?.[1] ?? raw.currentPrice)
      values.set('add|tick', match?.[2] ?? raw.currentPrice)
    }
    return { values, ...(raw.readError ? { pageUnavailable: 'Could not read the pool' } : {}) }
  },
  async check(shown, oracle) {
    // The form does not say which block its figures are from: accept the truth at any block of the scenario.
    const head = await oracle.client.getBlockNumber({ cacheTime: 0 })
    const selected = wethUsdcPool(oracle.env.deployments).address
    const alternatives: Expectation[][] = []
    for (let block = head; block >= oracle.sinceBlock && alternatives.length < 8; block--)
      alternatives.push(addLiquidityExpectations(await oracle.pools.at(block), selected))
    if (alternatives.length === 0)
      return { checked: ADD_LIQUIDITY_FIGURES, unavailable: 0, wrong: ['no block to check against'] }
    return judgeFigures(shown, alternatives, `at blocks ${oracle.sinceBlock}…${head} (the form names none)`)
  },
}

export const PAGE_PROBES = [
  positionsProbe,
  poolsProbe,
  poolDetailProbe,
  simulatorProbe,
  addLiquidityProbe,
] as const
