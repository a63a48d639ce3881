import { createPublicClient, http, type PublicClient, parseAbiItem } from 'viem'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { usdPriceAt } from '../helpers/rawLogPriceOracle.ts'
import { type AppSession, openApp } from './harness.ts'

const deployments = inject('browserDeployments')
const rpcUrl = inject('browserRpcUrl')
const client = createPublicClient({ transport: http(rpcUrl), cacheTime: 0 }) as PublicClient
const increaseEvent = parseAbiItem(
  'event IncreaseLiquidity(uint256 indexed tokenId, uint128 liquidity, uint256 amount0, uint256 amount1)',
)
let session: AppSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

/** WETH's USD price at a block, by the shared raw-log oracle (test/helpers/rawLogPriceOracle.ts). */
const wethUsdAt = (block: bigint, _usdc: `0x${string}`, weth: `0x${string}`) =>
  usdPriceAt(client, deployments, block, weth)

describe('a position’s PnL', () => {
  it('values every deposit at its own block’s price (raw-log oracle) and shows the waterfall to the total', async () => {
    const position = deployments.seed.demoPositions.find((p) => p.label === 'uncollected-fees')
    if (!position) throw new Error('no uncollected-fees demo position')
    const usdc = deployments.usdToken
    const weth = deployments.contracts.weth9
    session = await openApp({ path: `/positions/31337/${position.tokenId}` })
    const { page } = session
    const pnl = page.getByTestId('pnl')
    await pnl.waitFor({ timeout: 120_000 })
    const usd = async (testId: string) => Number(await page.getByTestId(testId).getAttribute('data-usd'))

    // Deposits: each IncreaseLiquidity of the token id, its WETH at that block's price, its USDC at $1.
    const increases = await client.getLogs({
      address: deployments.contracts.nonfungiblePositionManager,
      event: increaseEvent,
      args: { tokenId: BigInt(position.tokenId) },
      fromBlock: 0n,
    })
    expect(increases.length).toBeGreaterThan(0)
    let deposits = 0
    let depositsInWeth = 0
    for (const log of increases) {
      const price = await wethUsdAt(log.blockNumber, usdc, weth)
      deposits += (Number(log.args.amount0) / 1e18) * price + Number(log.args.amount1) / 1e6
      depositsInWeth += Number(log.args.amount0) / 1e18 + Number(log.args.amount1) / 1e6 / price
    }
    expect((await usd('pnl-deposits')) / deposits).toBeCloseTo(1, 9)

    // The waterfall runs to the total, with every term present (this position has all the parts priced).
    const total = Number(await pnl.getAttribute('data-total-usd'))
    expect(await pnl.getAttribute('data-partial')).toBe('false')
    const totalCents = Number(await page.getByTestId('pnl-waterfall-total').getAttribute('data-units'))
    expect(totalCents).toBe(Math.round(total * 100))
    const bars = ['priceEffect', 'divergenceLoss', 'fees', 'rewards', 'gas', 'rounding']
    let sum = 0
    for (const id of bars) {
      const bar = page.getByTestId(`pnl-waterfall-${id}`)
      if ((await bar.count()) > 0) sum += Number(await bar.getAttribute('data-units'))
    }
    expect(sum).toBe(totalCents)
    // This position has uncollected fees, and its mint paid gas.
    expect(Number(await page.getByTestId('pnl-waterfall-fees').getAttribute('data-units'))).toBeGreaterThan(0)
    expect(Number(await page.getByTestId('pnl-waterfall-gas').getAttribute('data-units'))).toBeLessThan(0)

    // In WETH terms (WETH is token0 here): each deposit's USDC at that block's WETH price, its WETH as is.
    const position0 = await page.getByTestId('pnl-unit-token0').textContent()
    expect(position0).toBe('WETH')
    await page.getByTestId('pnl-unit-token0').click()
    await page.locator('[data-testid="pnl"][data-unit="token0"]').waitFor()
    const inWeth = Number(await page.getByTestId('pnl-deposits').getAttribute('data-value'))
    expect(inWeth / depositsInWeth).toBeCloseTo(1, 9)
    expect(await page.getByTestId('pnl-deposits').textContent()).toMatch(/ WETH$/)
    const totalWeth = Number(await pnl.getAttribute('data-total'))
    const micro = Number(await page.getByTestId('pnl-waterfall-total').getAttribute('data-units'))
    expect(micro).toBe(Math.round(totalWeth * 1e6))
    let microSum = 0
    for (const id of bars) {
      const bar = page.getByTestId(`pnl-waterfall-${id}`)
      if ((await bar.count()) > 0) microSum += Number(await bar.getAttribute('data-units'))
    }
    expect(microSum).toBe(micro)
    expect(session.errors).toEqual([])
  })
})
