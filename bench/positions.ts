import {
  type Address,
  type Client,
  createPublicClient,
  createWalletClient,
  encodeFunctionData,
  http,
  maxUint256,
  parseAbi,
} from 'viem'
import { getBlockNumber } from 'viem/actions'
import { devnetChain, startDevnet, testAddress } from '../devnet/index.ts'
import { getPositionsConfig } from '../src/chain/catalogue/positionsConfig.ts'
import { createMemoryLogStore, type LogStore } from '../src/chain/history/logStore.ts'
import { readVersusHolding } from '../src/chain/history/readVersusHolding.ts'
import { loadPositions, readPositions } from '../src/chain/readPositions.ts'
import type { Deployments } from '../src/domain/catalogue/types.ts'
import type { BenchMetrics } from './types.ts'

const BENCH_DEVNET_PORT = 8855
/** anvil account 7: no devnet role, so it starts with no positions. */
const BENCH_ACCOUNT_INDEX = 7
/** Mints per NPM.multicall transaction (keeps each tx well under the block gas limit). */
const MINTS_PER_TX = 40
const DEADLINE = 4_102_444_800n

const faucetAbi = parseAbi([
  'function mint(address to, uint256 amount)',
  'function deposit() payable',
  'function approve(address spender, uint256 amount) returns (bool)',
])
const npmMintAbi = parseAbi([
  'struct MintParams { address token0; address token1; uint24 fee; int24 tickLower; int24 tickUpper; uint256 amount0Desired; uint256 amount1Desired; uint256 amount0Min; uint256 amount1Min; address recipient; uint256 deadline; }',
  'function mint(MintParams params) payable returns (uint256 tokenId, uint128 liquidity, uint256 amount0, uint256 amount1)',
  'function multicall(bytes[] data) payable returns (bytes[] results)',
])

/** A public client whose every HTTP request (one JSON-RPC call or one batch) is counted. */
export function createCountingClient(rpcUrl: string, options: { batch?: boolean } = {}) {
  const counter = { requests: 0 }
  const client = createPublicClient({
    chain: devnetChain,
    cacheTime: 0,
    transport: http(rpcUrl, {
      batch: options.batch ?? false,
      fetchFn: (input, init) => {
        counter.requests++
        return fetch(input, init)
      },
    }),
  })
  return { client, counter }
}

/**
 * Mints `count` small V3 positions for `owner` in the devnet's WETH/USDC 0.3 % pool, batched as
 * NPM.multicall transactions (ranges vary so positions differ). Funds and approves first.
 */
export async function mintManyPositions(
  rpcUrl: string,
  deployments: Deployments,
  owner: Address,
  count: number,
): Promise<void> {
  const transport = http(rpcUrl)
  const wallet = createWalletClient({ chain: devnetChain, transport, account: owner })
  const reader = createPublicClient({ chain: devnetChain, transport, cacheTime: 0, pollingInterval: 10 })
  const pool = deployments.v3Pools.find((p) => p.fee === 3000 && p.token1 === deployments.usdToken)
  if (!pool) throw new Error('no WETH/USDC 0.3 % pool on the devnet')
  const npm = deployments.contracts.nonfungiblePositionManager
  const send = async (to: Address, data: `0x${string}`, value = 0n) => {
    const hash = await wallet.sendTransaction({ to, data, value, gas: 29_000_000n })
    const receipt = await reader.waitForTransactionReceipt({ hash })
    if (receipt.status !== 'success') throw new Error(`bench setup tx to ${to} reverted`)
  }
  await reader.request({
    method: 'anvil_setBalance' as never,
    params: [owner, '0x33B2E3C9FD0803CE8000000'] as never,
  })
  await send(pool.token0, encodeFunctionData({ abi: faucetAbi, functionName: 'deposit' }), 10n ** 24n)
  await send(
    pool.token1,
    encodeFunctionData({ abi: faucetAbi, functionName: 'mint', args: [owner, 10n ** 18n] }),
  )
  for (const token of [pool.token0, pool.token1])
    await send(
      token,
      encodeFunctionData({ abi: faucetAbi, functionName: 'approve', args: [npm, maxUint256] }),
    )
  const slot0 = await reader.readContract({
    address: pool.address,
    abi: parseAbi(['function slot0() view returns (uint160, int24, uint16, uint16, uint16, uint8, bool)']),
    functionName: 'slot0',
  })
  const centre = Math.floor(slot0[1] / pool.tickSpacing) * pool.tickSpacing
  for (let start = 0; start < count; start += MINTS_PER_TX) {
    const calls = Array.from({ length: Math.min(MINTS_PER_TX, count - start) }, (_, offset) => {
      const width = ((start + offset) % 20) + 1
      return encodeFunctionData({
        abi: npmMintAbi,
        functionName: 'mint',
        args: [
          {
            token0: pool.token0,
            token1: pool.token1,
            fee: pool.fee,
            tickLower: centre - width * pool.tickSpacing,
            tickUpper: centre + width * pool.tickSpacing,
            amount0Desired: 10n ** 12n,
            amount1Desired: 10_000n,
            amount0Min: 0n,
            amount1Min: 0n,
            recipient: owner,
            deadline: DEADLINE,
          },
        ],
      })
    })
    await send(npm, encodeFunctionData({ abi: npmMintAbi, functionName: 'multicall', args: [calls] }))
  }
}

/** Loads current state once; returns HTTP requests used, ms taken and positions found. */
export async function measurePositionsLoad(client: Client, counter: { requests: number }, account: Address) {
  const config = getPositionsConfig(devnetChain.id)
  if (!config) throw new Error('no devnet positions config')
  const before = counter.requests
  const startedAt = performance.now()
  const snapshot = await readPositions(client, { account, config })
  return {
    requests: counter.requests - before,
    ms: performance.now() - startedAt,
    positions: snapshot.positions.length,
  }
}

/**
 * A page load: staker discovery + current state + versus holding (event history), with `store` as
 * the log cache. The latest block comes from the app's chain-health poll, so it is not counted.
 */
export async function measureFullLoad(
  client: Client,
  counter: { requests: number },
  account: Address,
  store: LogStore,
) {
  const config = getPositionsConfig(devnetChain.id)
  if (!config) throw new Error('no devnet positions config')
  const toBlock = await getBlockNumber(client, { cacheTime: 0 })
  const before = counter.requests
  const snapshot = await loadPositions(client, { account, config, store, toBlock })
  const versus = await readVersusHolding(client, { config, store, snapshot })
  if (versus.size !== snapshot.positions.length) throw new Error('history missing for some positions')
  return { requests: counter.requests - before }
}

/**
 * positions.rpcRequests.n1/.n10/.n100/.n500 and positions.loadMs.n100/.n500 on a fresh devnet:
 * one fresh account gets 1, 10, 100 then 500 V3 positions (minted incrementally); then
 * positions.historyRequests.reload: requests beyond current state on a second load (warm cache).
 */
export async function runPositionsBench(): Promise<BenchMetrics> {
  const devnet = await startDevnet({ port: BENCH_DEVNET_PORT, quiet: true, writeDeploymentsFile: false })
  const metrics: BenchMetrics = {}
  try {
    const account = testAddress(BENCH_ACCOUNT_INDEX)
    const { client, counter } = createCountingClient(devnet.rpcUrl)
    let minted = 0
    for (const size of [1, 10, 100, 500]) {
      await mintManyPositions(devnet.rpcUrl, devnet.deployments, account, size - minted)
      minted = size
      await measurePositionsLoad(client, counter, account) // warm-up (JIT, code paths)
      const run = await measurePositionsLoad(client, counter, account)
      if (run.positions !== size) throw new Error(`expected ${size} positions, read ${run.positions}`)
      metrics[`positions.rpcRequests.n${size}`] = { value: run.requests, unit: 'requests' }
      if (size >= 100) metrics[`positions.loadMs.n${size}`] = { value: Math.round(run.ms), unit: 'ms' }
      if (size === 500) {
        const store = createMemoryLogStore()
        await measureFullLoad(client, counter, account, store) // cold: fills the cache
        // A reload happens later: new blocks exist, so the cache must be extended, not just reused.
        await client.request({ method: 'anvil_mine' as never, params: ['0x2'] as never })
        const reload = await measureFullLoad(client, counter, account, store)
        metrics['positions.historyRequests.reload'] = {
          value: reload.requests - run.requests,
          unit: 'requests',
        }
      }
    }
  } finally {
    await devnet.stop()
  }
  return metrics
}
