import { createPublicClient, http, type PublicClient, parseAbiItem } from 'viem'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { swapToTick } from '../helpers/alertSwaps.ts'
import { devnetRpc } from '../helpers/devnetRpc.ts'
import { type AppSession, openApp } from './harness.ts'

const deployments = inject('browserDeployments')
const rpcUrl = inject('browserRpcUrl')
const client = createPublicClient({ transport: http(rpcUrl), cacheTime: 0 }) as PublicClient
const initializeEvent = parseAbiItem('event Initialize(uint160 sqrtPriceX96, int24 tick)')
const swapEvent = parseAbiItem(
  'event Swap(address indexed sender, address indexed recipient, int256 amount0, int256 amount1, uint160 sqrtPriceX96, uint128 liquidity, int24 tick)',
)

const rpc = (method: string, params: unknown[] = []) => devnetRpc(rpcUrl, method, params)
let session: AppSession | undefined
let snapshotId: string | undefined
beforeEach(async () => {
  snapshotId = (await rpc('evm_snapshot')) as string
})
afterEach(async () => {
  await session?.close()
  session = undefined
  if (snapshotId) await rpc('evm_revert', [snapshotId])
})

/**
 * The oracle: seconds the pool's tick spent in [tickLower, tickUpper) from the position's opening to the
 * page's block, from the tick before it opened, every later Swap log's tick, and each
 * swap block's own timestamp (eth_getBlockByNumber): none of the app's readers or domain code.
 */
async function inRangeSecondsOracle(
  position: {
    pool: `0x${string}`
    tickLower: number
    tickUpper: number
    openedBlock: number
    openedTimestamp: number
  },
  toBlock: bigint,
) {
  // A devnet restored from a state dump keeps no state at past blocks: the tick before the opening is the
  // last Swap's (or the pool's Initialize) before that block.
  const [swaps, initialized] = await Promise.all([
    client.getLogs({ address: position.pool, event: swapEvent, fromBlock: 0n, toBlock }),
    client.getLogs({ address: position.pool, event: initializeEvent, fromBlock: 0n, toBlock }),
  ])
  const opened = BigInt(position.openedBlock)
  const before = swaps.filter((log) => log.blockNumber < opened).at(-1)
  const startTick = before ? (before.args.tick as number) : (initialized[0]?.args.tick as number)
  const end = Number((await client.getBlock({ blockNumber: toBlock })).timestamp)
  const path: { at: number; tick: number }[] = [{ at: position.openedTimestamp, tick: startTick }]
  for (const log of swaps.filter((log) => log.blockNumber >= opened)) {
    const at = Number((await client.getBlock({ blockNumber: log.blockNumber })).timestamp)
    path.push({ at, tick: log.args.tick as number })
  }
  let inRange = 0
  for (let i = 0; i < path.length; i++) {
    const point = path[i] as { at: number; tick: number }
    const until = path[i + 1]?.at ?? end
    if (point.tick >= position.tickLower && point.tick < position.tickUpper) inRange += until - point.at
  }
  return { inRange, total: end - position.openedTimestamp }
}

/** Opens a position's page and checks its time in range against the oracle; returns the seconds shown. */
async function checkPage(position: (typeof deployments.seed.demoPositions)[number]) {
  session = await openApp({ path: `/positions/31337/${position.tokenId}` })
  const { page } = session
  const share = page.getByTestId('time-in-range-share').locator('span[data-in-range-seconds]')
  await share.waitFor({ timeout: 60_000 })
  const block = BigInt((await page.getByTestId('position-detail').first().getAttribute('data-block')) ?? '0')
  const oracle = await inRangeSecondsOracle(position, block)
  expect(Number(await share.getAttribute('data-in-range-seconds'))).toBe(oracle.inRange)
  expect(Number(await share.getAttribute('data-covered-seconds'))).toBe(oracle.total)
  // Shown to 2 decimals.
  const percent = (100 * oracle.inRange) / oracle.total
  expect(Math.abs(Number.parseFloat((await share.textContent()) ?? 'NaN') - percent)).toBeLessThanOrEqual(
    0.005,
  )
  expect(session.errors).toEqual([])
  return oracle
}

describe('time in range', () => {
  it('a position pushed out of its range for 2 days and back: part of its time, to the second', async () => {
    const position = deployments.seed.demoPositions.find((p) => p.label === 'in-range')
    if (!position) throw new Error('no in-range demo position')
    const accounts = {
      trader: deployments.seed.traders[1] as `0x${string}`,
      swapRouter: deployments.contracts.swapRouter,
    }
    await swapToTick(client, rpcUrl, accounts, position.pool, position.tickUpper + 10)
    await rpc('evm_increaseTime', [2 * 86_400])
    await rpc('evm_mine')
    await swapToTick(
      client,
      rpcUrl,
      accounts,
      position.pool,
      Math.floor((position.tickLower + position.tickUpper) / 2),
    )
    await rpc('evm_increaseTime', [3_600])
    await rpc('evm_mine')
    const oracle = await checkPage(position)
    // Neither all nor nothing: out for two days of its time.
    expect(oracle.total - oracle.inRange).toBeGreaterThanOrEqual(2 * 86_400)
    expect(oracle.inRange).toBeGreaterThan(0)
  })

  for (const label of ['in-range', 'out-of-range', 'uncollected-fees'] as const) {
    it(`${label} as seeded: the position page's time in range equals the Swap logs' to the second`, async () => {
      const position = deployments.seed.demoPositions.find((p) => p.label === label)
      if (!position) throw new Error(`no ${label} demo position`)
      await checkPage(position)
    })
  }
})
