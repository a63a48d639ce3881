import type { Page } from 'playwright-core'
import { createPublicClient, http, type PublicClient, parseAbi, parseAbiItem } from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { type AppSession, openApp, revertDevnetAfterEach } from './harness.ts'

/** The value, or a test failure naming what was missing (instead of a non-null assertion). */
function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`)
  return value
}

const deployments = inject('browserDeployments')
const rpcUrl = inject('browserRpcUrl')
const swapEvent = parseAbiItem(
  'event Swap(address indexed sender, address indexed recipient, int256 amount0, int256 amount1, uint160 sqrtPriceX96, uint128 liquidity, int24 tick)',
)
const initializeEvent = parseAbiItem('event Initialize(uint160 sqrtPriceX96, int24 tick)')
const slot0Abi = parseAbi([
  'function slot0() view returns (uint160 sqrtPriceX96, int24 tick, uint16, uint16, uint16, uint8, bool)',
])
const tokenOf = (address: string) =>
  must(
    deployments.tokens.find((token) => token.address.toLowerCase() === address.toLowerCase()),
    address,
  )
const wethUsdc = must(
  deployments.v3Pools.find(
    (p) => p.fee === 3000 && p.token0 === deployments.contracts.weth9 && p.token1 === deployments.usdToken,
  ),
  'WETH/USDC 0.3 %',
)
const symbolOf = (address: string) => tokenOf(address).symbol
// Independent checks on other pools: USDC/WBTC (USDC is token0, so the default quote flips to USDC per
// WBTC) and DAI/USDC at 0.01 % (tick spacing 1).
const others = [
  must(
    deployments.v3Pools.find((p) => symbolOf(p.token0) === 'USDC' && symbolOf(p.token1) === 'WBTC'),
    'USDC/WBTC',
  ),
  must(
    deployments.v3Pools.find((p) => p.fee === 100),
    'a 0.01 % pool',
  ),
]
const SPACING: Record<number, number> = { 100: 1, 500: 10, 3000: 60, 10000: 200 }

let session: AppSession | undefined
const client = createPublicClient({ transport: http(rpcUrl), cacheTime: 0 }) as PublicClient
revertDevnetAfterEach(rpcUrl, async () => {
  await session?.close()
  session = undefined
})

/** Independent snap: nearest multiple of the spacing (the v3-sdk's nearestUsableTick inside the limits). */
const snap = (tick: number, spacing: number) => Math.round(tick / spacing) * spacing || 0
/** Independent price of a tick in whole tokens: token1 per token0, or its inverse when flipped. */
const priceOf = (tick: number, decimals0: number, decimals1: number, inverted: boolean) => {
  const price = 1.0001 ** tick * 10 ** (decimals0 - decimals1)
  return inverted ? 1 / price : price
}

async function ticks(page: Page) {
  return {
    lower: Number(await page.getByTestId('tick-lower').inputValue()),
    upper: Number(await page.getByTestId('tick-upper').inputValue()),
  }
}

/** Track geometry and its tick axis, read from the page. */
async function track(page: Page, chart = 'range-chart') {
  const element = page.getByTestId(`${chart}-track`)
  const box = must(await element.boundingBox(), 'track box')
  return {
    box,
    fromTick: Number(await element.getAttribute('data-from-tick')),
    toTick: Number(await element.getAttribute('data-to-tick')),
    inverted: (await element.getAttribute('data-inverted')) === 'true',
  }
}

/** Drags a handle with the mouse to a fraction of the track; returns the raw tick under the pointer. */
async function dragHandle(page: Page, bound: 'min' | 'max', fraction: number, chart = 'range-chart') {
  await page.getByTestId(`${chart}-track`).scrollIntoViewIfNeeded()
  const geometry = await track(page, chart)
  const handle = must(await page.getByTestId(`${chart}-handle-${bound}`).boundingBox(), 'handle')
  const y = handle.y + handle.height / 2
  await page.mouse.move(handle.x + handle.width / 2, y)
  await page.mouse.down()
  const x = geometry.box.x + geometry.box.width * fraction
  await page.mouse.move((handle.x + x) / 2, y, { steps: 4 })
  await page.mouse.move(x, y, { steps: 4 })
  await page.mouse.up()
  const along = geometry.inverted ? 1 - fraction : fraction
  return geometry.fromTick + along * (geometry.toTick - geometry.fromTick)
}

async function openAdd(pool: { address: string }, viewport?: { width: number; height: number }) {
  session = await openApp({ path: '/add', ...(viewport ? { viewport } : {}) })
  const { page } = session
  await page.getByTestId('account-button').click()
  await page.getByTestId('connector-poolscopeDevWallet').click()
  await page.locator('[data-testid="account-button"][data-account-source="wallet"]').waitFor()
  await page.getByTestId('pool-select').selectOption(pool.address)
  await page.getByTestId('current-price').waitFor()
  await page.getByTestId('range-chart-handle-min').waitFor({ timeout: 30_000 })
  return page
}

describe('the range chart on Add liquidity', () => {
  it('drag, keys, steppers and the flip move the range on the tick grid; the review shows those ticks', async () => {
    const page = await openAdd(wethUsdc)
    const spacing = SPACING[wethUsdc.fee] as number
    const weth = tokenOf(wethUsdc.token0)
    const usdc = tokenOf(wethUsdc.token1)
    const [, currentTick] = await client.readContract({
      address: wethUsdc.address,
      abi: slot0Abi,
      functionName: 'slot0',
    })
    // Pre-filled with the default range (±10 % around the chain's current tick), in USDC per WETH.
    const start = await ticks(page)
    expect(start.lower).toBeLessThan(currentTick)
    expect(start.upper).toBeGreaterThan(currentTick)
    expect(await page.getByTestId('range-direction').textContent()).toContain('USDC per WETH')
    const minText = Number(await page.getByTestId('range-min-price').inputValue())
    expect(minText / priceOf(start.lower, weth.decimals, usdc.decimals, false)).toBeCloseTo(1, 4)

    // Drag the lower handle to 20 % of the track and the upper one to 85 %.
    const rawLower = await dragHandle(page, 'min', 0.2)
    await expect.poll(async () => (await ticks(page)).lower).not.toBe(start.lower)
    const afterLower = await ticks(page)
    expect(Math.abs(afterLower.lower % spacing)).toBe(0)
    expect(Math.abs(afterLower.lower - snap(rawLower, spacing))).toBeLessThanOrEqual(spacing)
    const rawUpper = await dragHandle(page, 'max', 0.85)
    await expect.poll(async () => (await ticks(page)).upper).not.toBe(start.upper)
    const dragged = await ticks(page)
    expect(Math.abs(dragged.upper % spacing)).toBe(0)
    expect(Math.abs(dragged.upper - snap(rawUpper, spacing))).toBeLessThanOrEqual(spacing)
    expect(dragged.lower).toBe(afterLower.lower)
    // The boxes show the prices of those ticks, and the review shows those ticks.
    expect(
      Number(await page.getByTestId('range-min-price').inputValue()) /
        priceOf(dragged.lower, weth.decimals, usdc.decimals, false),
    ).toBeCloseTo(1, 4)
    expect(
      Number(await page.getByTestId('range-max-price').inputValue()) /
        priceOf(dragged.upper, weth.decimals, usdc.decimals, false),
    ).toBeCloseTo(1, 4)
    await page.getByTestId('amount-token0').fill('0.2')
    const review = page.getByTestId('review-range')
    await review.waitFor({ timeout: 30_000 })
    expect(await review.getAttribute('data-tick-lower')).toBe(String(dragged.lower))
    expect(await review.getAttribute('data-tick-upper')).toBe(String(dragged.upper))

    // Keyboard: ArrowRight on the min handle moves exactly one spacing; PageDown on max ten down.
    const minHandle = page.getByTestId('range-chart-handle-min')
    await minHandle.focus()
    expect(await minHandle.getAttribute('role')).toBe('slider')
    await page.keyboard.press('ArrowRight')
    await expect.poll(async () => (await ticks(page)).lower).toBe(dragged.lower + spacing)
    expect(await minHandle.getAttribute('aria-valuetext')).toMatch(/USDC per WETH$/)
    expect(await minHandle.getAttribute('aria-valuenow')).toBe(String(dragged.lower + spacing))
    await page.getByTestId('range-chart-handle-max').focus()
    await page.keyboard.press('PageDown')
    await expect.poll(async () => (await ticks(page)).upper).toBe(dragged.upper - 10 * spacing)

    // Steppers: − on min, + on max, one spacing each.
    const beforeSteps = await ticks(page)
    await page.getByTestId('range-min-dec').click()
    await page.getByTestId('range-max-inc').click()
    await expect
      .poll(() => ticks(page))
      .toEqual({ lower: beforeSteps.lower - spacing, upper: beforeSteps.upper + spacing })

    // Flip: USDC per WETH becomes WETH per USDC; min = 1/upper, max = 1/lower; ticks unchanged.
    const kept = await ticks(page)
    await page.getByTestId('range-flip').click()
    await expect.poll(() => page.getByTestId('range-direction').textContent()).toContain('WETH per USDC')
    expect(await ticks(page)).toEqual(kept)
    const flippedMin = Number(await page.getByTestId('range-min-price').inputValue())
    const flippedMax = Number(await page.getByTestId('range-max-price').inputValue())
    expect(flippedMin / priceOf(kept.upper, weth.decimals, usdc.decimals, true)).toBeCloseTo(1, 4)
    expect(flippedMax / priceOf(kept.lower, weth.decimals, usdc.decimals, true)).toBeCloseTo(1, 4)
    // Flipped, + on the displayed min lowers tickUpper by one spacing (1/price rises as the tick falls).
    await page.getByTestId('range-min-inc').click()
    await expect.poll(() => ticks(page)).toEqual({ lower: kept.lower, upper: kept.upper - spacing })
    expect(await review.getAttribute('data-tick-upper')).toBe(String(kept.upper - spacing))

    // Full range reads 0 – ∞.
    await page.getByTestId('range-preset-full').click()
    await expect.poll(() => page.getByTestId('range-summary').textContent()).toMatch(/^0 – ∞ WETH per USDC/)
    expect(session?.errors).toEqual([])
  })

  it.each([wethUsdc, ...others])(
    'pool $address: "30-day range" spans every tick of the last 30 days of Swap logs',
    async (pool) => {
      const page = await openAdd(pool)
      const spacing = SPACING[pool.fee] as number
      const head = await client.getBlock({ blockTag: 'latest' })
      const shownBefore = await ticks(page)
      await page.getByTestId('range-preset-30d').click()
      await expect
        .poll(() => page.getByTestId('range-preset-30d').getAttribute('aria-pressed'), { timeout: 60_000 })
        .toBe('true')
      // The oracle: the raw Swap (and Initialize) logs, each dated by its own block, none of the app's code.
      const start = Number(head.timestamp) - 30 * 86_400
      const [swaps, initialized] = await Promise.all([
        client.getLogs({ address: pool.address, event: swapEvent, fromBlock: 0n, toBlock: head.number }),
        client.getLogs({
          address: pool.address,
          event: initializeEvent,
          fromBlock: 0n,
          toBlock: head.number,
        }),
      ])
      const dated = await Promise.all(
        swaps.map(async (log) => ({
          at: Number((await client.getBlock({ blockNumber: log.blockNumber })).timestamp),
          tick: log.args.tick as number,
        })),
      )
      const before = dated.filter((swap) => swap.at <= start).at(-1)
      const seen = [
        before ? before.tick : (initialized[0]?.args.tick as number),
        ...dated.filter((swap) => swap.at > start).map((swap) => swap.tick),
      ]
      expect(seen.length).toBeGreaterThan(5)
      const expected = {
        lower: Math.floor(Math.min(...seen) / spacing) * spacing,
        upper: Math.ceil((Math.max(...seen) + 1) / spacing) * spacing,
      }
      expect(expected).not.toEqual(shownBefore)
      expect(await ticks(page)).toEqual(expected)
      expect(session?.errors).toEqual([])
    },
  )

  it.each(others)(
    'pool $address: the default quote rule, ±1 % and a key press stay on its tick grid',
    async (other) => {
      const page = await openAdd(other)
      const spacing = SPACING[other.fee] as number
      const token0 = tokenOf(other.token0)
      const token1 = tokenOf(other.token1)
      await page.getByTestId('range-preset-1').click()
      const [, currentTick] = await client.readContract({
        address: other.address,
        abi: slot0Abi,
        functionName: 'slot0',
      })
      // ±1 %: the bounds are the nearest multiples of the spacing to tick ± ln(1.01)/ln(1.0001) (≈ 99.5).
      const range = await ticks(page)
      const expectLower = snap(currentTick + Math.log(0.99) / Math.log(1.0001), spacing)
      const expectUpper = snap(currentTick + Math.log(1.01) / Math.log(1.0001), spacing)
      if (expectLower < expectUpper) expect(range).toEqual({ lower: expectLower, upper: expectUpper })
      else expect(range.upper - range.lower).toBe(2 * spacing)
      const direction = must(await page.getByTestId('range-direction').textContent())
      const inverted = direction.includes(`${token0.symbol} per ${token1.symbol}`)
      // The quote rule: a stablecoin quotes the other token (USDC per WBTC); between two stablecoins the
      // direction whose price is at least 1.
      expect(inverted).toBe(
        token1.symbol === 'WBTC' || priceOf(currentTick, token0.decimals, token1.decimals, false) < 1,
      )
      const minHandle = page.getByTestId('range-chart-handle-min')
      await minHandle.focus()
      await page.keyboard.press('ArrowRight')
      const moved = await ticks(page)
      // ArrowRight raises the displayed min by one spacing: tickLower up, or tickUpper down when flipped.
      if (inverted) expect(moved).toEqual({ lower: range.lower, upper: range.upper - spacing })
      else expect(moved).toEqual({ lower: range.lower + spacing, upper: range.upper })
      const minPrice = Number(await page.getByTestId('range-min-price').inputValue())
      const minTick = inverted ? moved.upper : moved.lower
      expect(minPrice / priceOf(minTick, token0.decimals, token1.decimals, inverted)).toBeCloseTo(1, 4)
      expect(session?.errors).toEqual([])
    },
  )
})

/** Ticks of the simulator's snapped range, from its summary ("Snapped to ticks A … B: …"). */
async function simTicks(page: Page) {
  const text = must(await page.getByTestId('sim-range-summary').textContent())
  const match = must(/ticks (-?\d+) … (-?\d+)/.exec(text), `ticks in "${text}"`)
  return { lower: Number(match[1]), upper: Number(match[2]) }
}

describe('the same range chart in the Simulator', () => {
  it('a drag lands in the URL (snapped prices) and moves the projection; keys, steppers, flip and 30 days', async () => {
    session = await openApp({ path: `/simulator?pool=${wethUsdc.address}&preset=10&paths=500` })
    const { page } = session
    const spacing = SPACING[wethUsdc.fee] as number
    const weth = tokenOf(wethUsdc.token0)
    const usdc = tokenOf(wethUsdc.token1)
    await page.getByTestId('sim-range-chart-handle-max').waitFor({ timeout: 60_000 })
    await page.locator('[data-testid="sim-mc"][data-status="done"]').waitFor({ timeout: 60_000 })
    const lvrBefore = await page.getByTestId('sim-lvr').textContent()
    const start = await simTicks(page)

    const raw = await dragHandle(page, 'max', 0.9, 'sim-range-chart')
    await expect.poll(() => new URL(page.url()).searchParams.get('preset'), { timeout: 10_000 }).toBe('price')
    const dragged = await simTicks(page)
    expect(dragged.lower).toBe(start.lower)
    expect(Math.abs(dragged.upper % spacing)).toBe(0)
    expect(Math.abs(dragged.upper - snap(raw, spacing))).toBeLessThanOrEqual(spacing)
    // The URL's upper price is the snapped tick's price (it resolves back to that tick).
    const upperUrl = Number(new URL(page.url()).searchParams.get('upper'))
    expect(upperUrl / priceOf(dragged.upper, weth.decimals, usdc.decimals, false)).toBeCloseTo(1, 4)
    await page.locator('[data-testid="sim-mc"][data-status="done"]').waitFor({ timeout: 60_000 })
    await expect.poll(() => page.getByTestId('sim-lvr').textContent()).not.toBe(lvrBefore)

    // Keyboard and steppers: exactly one spacing per press.
    await page.getByTestId('sim-range-chart-handle-min').focus()
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => simTicks(page)).toEqual({ lower: dragged.lower - spacing, upper: dragged.upper })
    await page.getByTestId('sim-range-max-dec').click()
    await expect
      .poll(() => simTicks(page))
      .toEqual({ lower: dragged.lower - spacing, upper: dragged.upper - spacing })

    // Flip: the boxes invert and swap, the ticks (and the URL's bounds) stay; the URL keeps the direction.
    const kept = await simTicks(page)
    const before = new URL(page.url()).searchParams
    expect(before.get('invert')).toBeNull()
    await page.getByTestId('sim-range-flip').click()
    await expect.poll(() => page.getByTestId('sim-range-direction').textContent()).toContain('WETH per USDC')
    expect(await simTicks(page)).toEqual(kept)
    // The URL is written after the render that flips the boxes: wait for it, then read it.
    await expect.poll(() => new URL(page.url()).searchParams.get('invert')).toBe('1')
    const after = new URL(page.url()).searchParams
    for (const name of ['pool', 'preset', 'lower', 'upper'])
      expect(after.get(name), name).toBe(before.get(name))
    const flippedMin = Number(await page.getByTestId('sim-range-min-price').inputValue())
    expect(flippedMin / priceOf(kept.upper, weth.decimals, usdc.decimals, true)).toBeCloseTo(1, 4)
    // A reload (or the shared link) keeps the direction and the range.
    await page.reload()
    await page.getByTestId('sim-range-summary').waitFor({ timeout: 60_000 })
    expect(await page.getByTestId('sim-range-direction').textContent()).toBe('Prices in WETH per USDC')
    expect(await simTicks(page)).toEqual(kept)
    expect(Number(await page.getByTestId('sim-range-min-price').inputValue())).toBe(flippedMin)
    // Flipped back: invert=0 (USDC per WETH), the same ticks.
    await page.getByTestId('sim-range-flip').click()
    await expect.poll(() => new URL(page.url()).searchParams.get('invert')).toBe('0')
    expect(await page.getByTestId('sim-range-direction').textContent()).toBe('Prices in USDC per WETH')
    expect(await simTicks(page)).toEqual(kept)

    // ±1 % is a URL preset now; the 30-day preset needs the 30-day backtest, then covers its prices.
    await page.getByTestId('sim-preset-1').click()
    await expect.poll(() => new URL(page.url()).searchParams.get('preset')).toBe('1')
    expect(await page.getByTestId('sim-preset-30d').isDisabled()).toBe(true)
    await page.getByTestId('sim-bt-window-30').click()
    await page.locator('[data-testid="sim-backtest"] [data-status="done"]').waitFor({ timeout: 60_000 })
    await expect.poll(() => page.getByTestId('sim-preset-30d').isDisabled(), { timeout: 30_000 }).toBe(false)
    await page.getByTestId('sim-preset-30d').click()
    await expect.poll(() => new URL(page.url()).searchParams.get('preset')).toBe('30d')
    const thirty = await simTicks(page)
    expect(thirty.upper - thirty.lower).toBeGreaterThan(2 * spacing)
    // Reloading the URL reproduces the 30-day range exactly.
    await page.reload()
    await page.getByTestId('sim-range-summary').waitFor({ timeout: 60_000 })
    expect(await simTicks(page)).toEqual(thirty)
    expect(session.errors).toEqual([])
  })
})

/** "$6.47M" → 6_470_000 (the table's TVL text). */
function usd(text: string): number {
  const match = must(/\$([\d.,]+)([KMB]?)/.exec(text), `USD in "${text}"`)
  const scale = { '': 1, K: 1e3, M: 1e6, B: 1e9 }[match[2] as '' | 'K' | 'M' | 'B']
  return Number(must(match[1]).replaceAll(',', '')) * scale
}

describe("each fee tier's share of its pair", () => {
  it("Add: every tier of WETH/USDC with its share of the pair's TVL (matching the TVL column) and volume", async () => {
    const page = await openAdd(wethUsdc)
    const rows = page.locator('[data-testid="pool-choice-row"]')
    await page
      .locator('[data-testid="pool-choice-share"][data-tvl-share]')
      .first()
      .waitFor({ timeout: 90_000 })
    const count = await rows.count()
    expect(count).toBeGreaterThanOrEqual(2)
    const tvls: number[] = []
    const shares: number[] = []
    let volumeSum = 0
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i)
      tvls.push(usd(must(await row.getByTestId('pool-choice-tvl').textContent())))
      const cell = row.getByTestId('pool-choice-share')
      shares.push(Number(await cell.getAttribute('data-tvl-share')))
      volumeSum += Number((await cell.getAttribute('data-volume-share')) ?? 0)
      expect(await cell.textContent()).toMatch(/%.*·.*(%|unavailable)/)
    }
    const total = tvls.reduce((sum, value) => sum + value, 0)
    // Independent oracle: the TVL column as displayed (3 significant digits) over its sum.
    for (let i = 0; i < count; i++)
      expect(Math.abs((shares[i] as number) - (tvls[i] as number) / total)).toBeLessThan(0.01)
    expect(shares.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 9)
    expect(volumeSum).toBeCloseTo(1, 9)
    expect(session?.errors).toEqual([])
  })

  it('Simulator: the pool picker lists the pair tiers with shares summing to 100 %', async () => {
    session = await openApp({ path: `/simulator?pool=${wethUsdc.address}&paths=500` })
    const { page } = session
    const items = page.locator('[data-testid="sim-tier-share"]')
    await items.first().waitFor({ timeout: 90_000 })
    const count = await items.count()
    expect(count).toBeGreaterThanOrEqual(2)
    let tvlSum = 0
    for (let i = 0; i < count; i++) tvlSum += Number(await items.nth(i).getAttribute('data-tvl-share'))
    expect(tvlSum).toBeCloseTo(1, 9)
    expect(await items.first().textContent()).toMatch(/share of the pair's TVL \d/)
    expect(session.errors).toEqual([])
  })
})
