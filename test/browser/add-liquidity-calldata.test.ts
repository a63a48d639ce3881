import { createPublicClient, decodeFunctionData, type Hex, http, type PublicClient } from 'viem'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { npmWriteAbi } from '../../src/chain/write/writeAbis.ts'
import {
  bps,
  expectedDeadlines,
  expectedMintMinimums,
  readV3PoolState,
} from '../helpers/decodeSentCalldata.ts'
import { devnetRpc } from '../helpers/devnetRpc.ts'
import { type AppSession, openApp } from './harness.ts'

// The mint the app actually sends, decoded from the mined transaction, against minimums and a deadline worked
// out from raw chain state at the block it was mined on (amm-reference §9 via the v3-sdk; chain time).
function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`)
  return value
}

const deployments = inject('browserDeployments')
const rpcUrl = inject('browserRpcUrl')
const npm = deployments.contracts.nonfungiblePositionManager
const rpc = (method: string, params: unknown[] = []) => devnetRpc(rpcUrl, method, params)
const decimalsOf = (address: string) =>
  must(deployments.tokens.find((t) => t.address.toLowerCase() === address.toLowerCase())).decimals

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

type MintParams = {
  token0: `0x${string}`
  token1: `0x${string}`
  fee: number
  tickLower: number
  tickUpper: number
  amount0Desired: bigint
  amount1Desired: bigint
  amount0Min: bigint
  amount1Min: bigint
  deadline: bigint
}

/** Mints sent to the NPM since `fromBlock`, decoded from the mined calldata, with the block they landed in. */
async function minedMints(fromBlock: bigint) {
  const latest = await client.getBlockNumber()
  const mints: { params: MintParams; blockNumber: bigint }[] = []
  for (let n = fromBlock + 1n; n <= latest; n++) {
    const block = await client.getBlock({ blockNumber: n, includeTransactions: true })
    for (const tx of block.transactions) {
      if (tx.to?.toLowerCase() !== npm.toLowerCase()) continue
      const outer = decodeFunctionData({ abi: npmWriteAbi, data: tx.input })
      const calls =
        outer.functionName === 'multicall'
          ? (must(outer.args)[0] as Hex[]).map((data) => decodeFunctionData({ abi: npmWriteAbi, data }))
          : [outer]
      for (const call of calls)
        if (call.functionName === 'mint')
          mints.push({ params: must(call.args)[0] as MintParams, blockNumber: n })
    }
  }
  return mints
}

describe('Add liquidity: the signed mint', () => {
  for (const pick of [
    { fee: 3000, slippage: '0.5', bps: 50, preset: 'range-preset-10' },
    { fee: 500, slippage: '2', bps: 200, preset: 'range-preset-5' },
  ]) {
    it(`carries the §9 minimums at ${pick.slippage} % and a chain-time deadline (fee ${pick.fee})`, async () => {
      const pool = must(
        deployments.v3Pools.find(
          (p) =>
            p.fee === pick.fee &&
            p.token0 === deployments.contracts.weth9 &&
            p.token1 === deployments.usdToken,
        ),
        `WETH/USDC ${pick.fee}`,
      )
      session = await openApp({ path: '/add' })
      const { page } = session
      await page.getByTestId('account-button').click()
      await page.getByTestId('connector-poolscopeDevWallet').click()
      await page.locator('[data-testid="account-button"][data-account-source="wallet"]').waitFor()
      await page.getByTestId('pool-select').selectOption(pool.address)
      await page.getByTestId('current-price').waitFor()
      await page.getByTestId(pick.preset).click()
      await page.getByTestId('amount-token0').fill('0.75')
      await page.getByTestId('slippage-input').fill(pick.slippage)
      await page.locator('[data-testid="simulation"][data-status="ok"]').waitFor({ timeout: 30_000 })
      const startBlock = await client.getBlockNumber()
      await page.getByTestId('submit-add').click()
      await page.locator('[data-testid="tx-stepper"][data-phase="done"]').waitFor({ timeout: 60_000 })

      const mints = await minedMints(startBlock)
      expect(mints).toHaveLength(1)
      const { params, blockNumber } = must(mints[0])
      // The state the mint met: the pool as it was at the end of the block before.
      const state = await readV3PoolState(client, pool.address, blockNumber - 1n)
      const expected = expectedMintMinimums(
        state,
        {
          token0: params.token0,
          token1: params.token1,
          decimals0: decimalsOf(params.token0),
          decimals1: decimalsOf(params.token1),
          fee: params.fee,
          tickLower: params.tickLower,
          tickUpper: params.tickUpper,
          amount0Desired: params.amount0Desired,
          amount1Desired: params.amount1Desired,
        },
        bps(pick.bps),
      )
      expect({ amount0Min: params.amount0Min, amount1Min: params.amount1Min }).toEqual({
        amount0Min: expected.amount0Min,
        amount1Min: expected.amount1Min,
      })
      // Both sides protected (this range is wider than the tolerance band), and what was shown is what was signed.
      expect(params.amount0Min > 0n && params.amount1Min > 0n).toBe(true)
      const deadlines = await expectedDeadlines(client, 20 * 60, startBlock - 5n, blockNumber - 1n)
      expect(deadlines.has(params.deadline)).toBe(true)
      expect(session.errors).toEqual([])
    })
  }
})
