import { createPublicClient, decodeFunctionData, type Hex, http, type PublicClient, parseAbi } from 'viem'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { npmWriteAbi } from '../../src/chain/write/writeAbis.ts'
import { devnetRpc } from '../helpers/devnetRpc.ts'
import { type AppSession, openApp } from './harness.ts'

// The Add review: typed prices are what is signed, and the slippage box means what it says.
function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`)
  return value
}

const deployments = inject('browserDeployments')
const rpcUrl = inject('browserRpcUrl')
const npm = deployments.contracts.nonfungiblePositionManager
const v3Pool = must(
  deployments.v3Pools.find(
    (p) => p.fee === 3000 && p.token0 === deployments.contracts.weth9 && p.token1 === deployments.usdToken,
  ),
)
const abi = parseAbi([
  'function slot0() view returns (uint160 sqrtPriceX96, int24 tick, uint16, uint16, uint16, uint8, bool)',
])
const rpc = (method: string, params: unknown[] = []) => devnetRpc(rpcUrl, method, params)

let session: AppSession | undefined
let snapshotId: string | undefined
let client: PublicClient
beforeEach(async () => {
  snapshotId = (await rpc('evm_snapshot')) as string
  client = createPublicClient({ transport: http(rpcUrl), cacheTime: 0, pollingInterval: 50 }) as PublicClient
})
afterEach(async () => {
  await session?.close()
  session = undefined
  if (snapshotId) await rpc('evm_revert', [snapshotId])
})

async function openConnected(path: string, viewport?: { width: number; height: number }) {
  session = await openApp({ path, ...(viewport ? { viewport } : {}) })
  const { page } = session
  await page.getByTestId('account-button').click()
  await page.getByTestId('connector-poolscopeDevWallet').click()
  await page.locator('[data-testid="account-button"][data-account-source="wallet"]').waitFor()
  await page.getByTestId('pool-select').selectOption(v3Pool.address)
  await page.getByTestId('current-price').waitFor()
  return page
}

/** The NPM mint params of the transactions the Dev wallet sent since `fromBlock` (decoded calldata). */
async function signedMints(fromBlock: bigint) {
  const latest = await client.getBlockNumber()
  const mints = []
  for (let n = fromBlock + 1n; n <= latest; n++) {
    const block = await client.getBlock({ blockNumber: n, includeTransactions: true })
    for (const tx of block.transactions) {
      if (tx.to?.toLowerCase() !== npm.toLowerCase()) continue
      const outer = decodeFunctionData({ abi: npmWriteAbi, data: tx.input })
      const calls =
        outer.functionName === 'multicall'
          ? (must(outer.args)[0] as Hex[]).map((data) => decodeFunctionData({ abi: npmWriteAbi, data }))
          : [outer]
      for (const call of calls) if (call.functionName === 'mint') mints.push(must(call.args)[0])
    }
  }
  return mints as Array<{
    tickLower: number
    tickUpper: number
    amount0Min: bigint
    amount1Min: bigint
    deadline: bigint
  }>
}

/** Independent snap of a typed WETH/USDC price to the 60-spacing tick grid (nearest usable tick). */
function snappedTick(price: number): number {
  const raw = price * 10 ** (6 - 18)
  return Math.round(Math.floor(Math.log(raw) / Math.log(1.0001)) / 60) * 60
}

describe('Add review: what you see is what you sign', () => {
  it('typed Min/Max prices apply as typed (snapped, shown); the signed mint carries those ticks', async () => {
    const page = await openConnected('/add')
    const [, tick] = await client.readContract({ address: v3Pool.address, abi, functionName: 'slot0' })
    const price = 1.0001 ** tick * 10 ** 12
    const lowerText = String(Math.round(price * 0.93))
    const upperText = String(Math.round(price * 1.04))
    await page.getByTestId('amount-token0').fill('0.5')
    await page.getByTestId('review').waitFor()
    // The boxes start with the range in use; half-typed (max cleared), the review closes instead of
    // showing the old range.
    expect(await page.getByTestId('range-min-price').inputValue()).toMatch(/^\d+(\.\d+)?$/)
    await page.getByTestId('range-max-price').fill('')
    await page.getByTestId('range-min-price').fill(lowerText)
    await page.getByTestId('range-pending').waitFor()
    expect(await page.getByTestId('submit-add').count()).toBe(0)
    // Both typed, no "Use these prices" click: they apply, snapped, and the snapping is shown.
    await page.getByTestId('range-max-price').fill(upperText)
    await page.getByTestId('range-snapped').waitFor()
    const expected = { tickLower: snappedTick(Number(lowerText)), tickUpper: snappedTick(Number(upperText)) }
    expect(await page.getByTestId('range-summary').textContent()).toContain(
      `ticks ${expected.tickLower} … ${expected.tickUpper}`,
    )
    await page.getByTestId('review').waitFor()
    const startBlock = await client.getBlockNumber()
    await page.getByTestId('submit-add').click()
    await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: 30_000 })
    const mints = await signedMints(startBlock)
    expect(mints).toHaveLength(1)
    expect({ tickLower: must(mints[0]).tickLower, tickUpper: must(mints[0]).tickUpper }).toEqual(expected)
    expect(session?.errors).toEqual([])
  })

  it('slippage: 60 % disables the action, above 5 % warns, 50 % gives zero minimums that must be acknowledged', async () => {
    const page = await openConnected('/add')
    await page.getByTestId('range-preset-10').click()
    await page.getByTestId('amount-token0').fill('0.5')
    await page.locator('[data-testid="simulation"][data-status="ok"]').waitFor({ timeout: 30_000 })
    const submit = page.getByTestId('submit-add')
    expect(await submit.isDisabled()).toBe(false)

    await page.getByTestId('slippage-input').fill('60')
    await page.getByText('at most 50').waitFor()
    expect(await submit.isDisabled()).toBe(true)
    expect(await page.getByTestId('review-min').textContent()).toMatch(/unavailable/)
    expect(await page.getByTestId('submit-blockers').textContent()).toMatch(/slippage/)

    await page.getByTestId('slippage-input').fill('6')
    await page.getByTestId('slippage-high').waitFor()
    await page.locator('[data-testid="simulation"][data-status="ok"]').waitFor({ timeout: 30_000 })
    expect(await submit.isDisabled()).toBe(false)

    await page.getByTestId('slippage-input').fill('50')
    await page.getByTestId('zero-minimum').waitFor()
    await page.locator('[data-testid="simulation"][data-status="ok"]').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('review-min').textContent()).toMatch(/^0 WETH \+ 0 USDC$/)
    expect(await submit.isDisabled()).toBe(true)
    // Screenshots of the review with its warnings (looked at by hand; never committed).
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 })
      await page.getByTestId('review-step').screenshot({ path: `/tmp/addw/review-zero-min-${width}.png` })
    }

    await page.getByTestId('zero-minimum-ack').check()
    expect(await submit.isDisabled()).toBe(false)
    const startBlock = await client.getBlockNumber()
    await submit.click()
    await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: 30_000 })
    const mints = await signedMints(startBlock)
    expect(mints.map((m) => [m.amount0Min, m.amount1Min])).toEqual([[0n, 0n]])
    expect(session?.errors).toEqual([])
  })
})
