import {
  type Address,
  createPublicClient,
  encodeFunctionData,
  getAddress,
  type Hex,
  http,
  type PublicClient,
  parseAbi,
} from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testAddress } from '../../devnet/accounts.ts'
import { REPLICA_SPECS, type Replica, startReplica } from '../../devnet/replica/index.ts'
import { getPositionsConfig } from '../../src/chain/catalogue/positionsConfig.ts'
import { loadPositions } from '../../src/chain/readPositions.ts'
import {
  callsPerMulticall,
  ENUMERATION_BYTES,
  ENUMERATION_GAS,
  MULTICALL_GAS_BUDGET,
} from '../../src/chain/readPositionsState.ts'
import { computePortfolioTotals } from '../../src/domain/positions/computePortfolioTotals.ts'
import type { PositionsSnapshot } from '../../src/domain/positions/model.ts'
import { readExpectedPositionFigures } from '../faults/positionsOracle.ts'
import { RPC_LIMIT_PROFILES, scaleLogRange } from '../faults/rpcLimits.ts'
import { type RpcProxy, startRpcProxy } from '../faults/rpcProxy.ts'
import { npmAbi } from './helpers/abis.ts'
import { type MintManyResult, mintManyPositions } from './helpers/manyPositions.ts'

/*
 * "An address with thousands of positions on a replica: the first figures still appear within the
 * request budget, and the list pages" (issue 12). The positions are minted HERE (not in the cached
 * seed) to a fresh address on the Ethereum replica, which is read through the public-RPC limits proxy
 * (50M eth_call gas, 10 MB answers, 25 requests/s, ...). Figures are checked against the NPM read with
 * viem and against collect/decreaseLiquidity simulated on the contracts (test/faults/positionsOracle.ts).
 */

/** Ports from this run's replica block: the replica browser harness uses base..base+5. */
const PORT_BASE = Number(process.env.POOLSCOPE_REPLICA_PORT_BASE ?? 8781)
const REPLICA_PORT = PORT_BASE + 6
const PROXY_PORT = PORT_BASE + 7

/** Positions minted: more than one positions() multicall holds when every position is read. */
const POSITION_COUNT = 2_500
const PAGE = 50
/** The account with thousands of positions: anvil account 7, which has none on the replica. */
const WHALE: Address = testAddress(7)
/** The replica's liquidity provider (anvil account 1): holds every token with the NPM approved. */
const PAYER: Address = testAddress(1)

const multicall3Abi = parseAbi([
  'struct Call3 { address target; bool allowFailure; bytes callData; }',
  'struct Result { bool success; bytes returnData; }',
  'function aggregate3(Call3[] calls) payable returns (Result[] returnData)',
])
const enumerableAbi = parseAbi([
  'function balanceOf(address owner) view returns (uint256)',
  'function tokenOfOwnerByIndex(address owner, uint256 index) view returns (uint256)',
])

let replica: Replica
let proxy: RpcProxy
let direct: PublicClient
let viaProxy: PublicClient
let minted: MintManyResult

const hiddenLimitBreaks = () => proxy.stats.refusedTotal - proxy.stats.probes - proxy.stats.refused.rate

beforeAll(async () => {
  replica = await startReplica({ chain: 'ethereum', port: REPLICA_PORT, quiet: true })
  const { deployments } = replica
  const symbol = (address: Address) => deployments.tokens.find((token) => token.address === address)?.symbol
  const pool = deployments.v3Pools.find(
    (entry) =>
      [symbol(entry.token0), symbol(entry.token1)].sort().join('/') === 'USDC/WETH' && entry.fee === 500,
  )
  if (!pool) throw new Error('the Ethereum replica has no WETH/USDC 0.05 % pool')
  const decimals = (address: Address) =>
    deployments.tokens.find((token) => token.address === address)?.decimals ?? 18
  minted = await mintManyPositions({
    rpcUrl: replica.rpcUrl,
    npm: deployments.contracts.nonfungiblePositionManager,
    pool,
    payer: PAYER,
    recipient: WHALE,
    count: POSITION_COUNT,
    // ~0.001 of a whole token a side: tiny, but every range gets liquidity > 0.
    baseAmount0: 10n ** BigInt(Math.max(0, decimals(pool.token0) - 3)),
    baseAmount1: 10n ** BigInt(Math.max(0, decimals(pool.token1) - 3)),
  })
  console.info(
    `[many positions] minted ${POSITION_COUNT} positions in ${minted.ms} ms (${minted.transactions} transactions, ${minted.gasUsed} gas)`,
  )
  const limits = scaleLogRange(RPC_LIMIT_PROFILES.standard, {
    replicaBlocksPerHour: deployments.seed.replicaBlocksPerHour,
    realBlocksPerHour: REPLICA_SPECS.ethereum.realBlocksPerHour,
  })
  proxy = await startRpcProxy({ upstream: replica.rpcUrl, port: PROXY_PORT, limits })
  direct = createPublicClient({ transport: http(replica.rpcUrl, { timeout: 120_000 }), cacheTime: 0 })
  viaProxy = createPublicClient({ transport: http(proxy.url, { timeout: 120_000 }), cacheTime: 0 })
}, 600_000)

afterAll(async () => {
  await proxy?.close()
  await replica?.stop()
})

function positionsConfig() {
  const config = getPositionsConfig(replica.chainId)
  if (!config) throw new Error('no positions config for chain 1')
  return config
}

/** The V3 figures of `snapshot`'s card for `tokenId`, named as the oracle names them. */
function shownFigures(snapshot: PositionsSnapshot, tokenId: bigint): Map<string, bigint> {
  const view = snapshot.positions.find((position) => position.id === `v3:${tokenId}`)
  if (view?.status !== 'ok') throw new Error(`v3:${tokenId} is not an ok position`)
  return new Map([
    ['amount0', view.amount0.amountWei],
    ['amount1', view.amount1.amountWei],
    // A fresh position has withdrawn nothing: what collect would return is all fees.
    ['fees0', view.owed0.amountWei],
    ['fees1', view.owed1.amountWei],
  ])
}

/** Compares the page's positions with the contracts read directly at `blockNumber`. */
async function expectPageMatchesContracts(snapshot: PositionsSnapshot, tokenIds: readonly bigint[]) {
  const { blockNumber } = snapshot
  const expected = await readExpectedPositionFigures(
    direct,
    {
      contracts: replica.deployments.contracts,
      v3Incentives: [],
      seed: { demoPositions: tokenIds.map((tokenId) => ({ tokenId: Number(tokenId) })), demoV2Holdings: [] },
    },
    WHALE,
    blockNumber,
  )
  for (const tokenId of tokenIds) {
    expect({ tokenId, figures: shownFigures(snapshot, tokenId) }).toEqual({
      tokenId,
      figures: expected.get(`v3:${tokenId}`),
    })
    const position = await direct.readContract({
      address: replica.deployments.contracts.nonfungiblePositionManager,
      abi: npmAbi,
      functionName: 'positions',
      args: [tokenId],
      blockNumber,
    })
    const view = snapshot.positions.find((entry) => entry.id === `v3:${tokenId}`)
    if (!view?.v3 || view.status !== 'ok') throw new Error(`v3:${tokenId} missing`)
    expect([view.v3.liquidity, view.v3.tickLower, view.v3.tickUpper]).toEqual([
      position[7],
      position[5],
      position[6],
    ])
    expect([getAddress(view.token0.address), getAddress(view.token1.address)]).toEqual([
      position[2],
      position[3],
    ])
  }
}

describe('an address with thousands of V3 positions on the Ethereum replica, behind the limits proxy', () => {
  it('the account holds every minted position', async () => {
    const balance = await direct.readContract({
      address: replica.deployments.contracts.nonfungiblePositionManager,
      abi: enumerableAbi,
      functionName: 'balanceOf',
      args: [WHALE],
    })
    expect(balance).toBe(BigInt(POSITION_COUNT))
  })

  it('first page: the newest 50 positions, exact, in ≤ 6 JSON-RPC calls, no limit broken; totals say they are partial', async () => {
    const toBlock = await direct.getBlockNumber() // the chain-health poll's head: not counted
    proxy.resetStats()
    const multicalls: { round: string; calls: number }[] = []
    const startedAt = performance.now()
    const snapshot = await loadPositions(viaProxy, {
      account: WHALE,
      config: positionsConfig(),
      toBlock,
      v3Limit: PAGE,
      onMulticall: (multicall) => multicalls.push(multicall),
    })
    const loadMs = Math.round(performance.now() - startedAt)
    console.info(
      `[many positions] first page: ${proxy.stats.calls} calls, ${loadMs} ms, multicalls ${JSON.stringify(multicalls)}`,
    )
    expect(proxy.stats.calls).toBeLessThanOrEqual(6)
    expect(Object.keys(proxy.stats.byMethod)).toEqual(['eth_call'])
    expect(proxy.stats.byMethod.eth_call).toBe(multicalls.length)
    expect(hiddenLimitBreaks()).toBe(0)
    expect(proxy.stats.refusedTotal).toBe(0)

    // The page: the 50 highest token ids (the newest mints), from the mint receipts' Transfer logs.
    const newest = [...minted.tokenIds].sort((a, b) => (a > b ? -1 : 1)).slice(0, PAGE)
    const v3Ids = snapshot.positions.flatMap((position) => (position.v3 ? [position.v3.tokenId] : []))
    expect(v3Ids).toEqual(newest)
    expect(snapshot.v3Page).toEqual({ loaded: PAGE, total: POSITION_COUNT })
    await expectPageMatchesContracts(snapshot, newest)

    // Totals over the page only: every one says partial, and by how much.
    const totals = computePortfolioTotals(snapshot.positions, { v3Page: snapshot.v3Page })
    expect([totals.value.partial, totals.uncollectedFees.partial, totals.pendingRewards.partial]).toEqual([
      true,
      true,
      true,
    ])
    expect(totals.gaps.notLoaded).toEqual({
      notLoaded: POSITION_COUNT - PAGE,
      loaded: snapshot.positions.length,
      total: snapshot.positions.length + POSITION_COUNT - PAGE,
    })
  })

  it('first page with 100 ms added per request (a public RPC over the internet): still 4-6 sequential calls', async () => {
    const toBlock = await direct.getBlockNumber()
    await proxy.setFault({ kind: 'latency', ms: 100 })
    try {
      proxy.resetStats()
      const startedAt = performance.now()
      const snapshot = await loadPositions(viaProxy, {
        account: WHALE,
        config: positionsConfig(),
        toBlock,
        v3Limit: PAGE,
      })
      console.info(
        `[many positions] first page at +100 ms a request: ${proxy.stats.calls} calls, ${Math.round(performance.now() - startedAt)} ms`,
      )
      expect(snapshot.v3Page).toEqual({ loaded: PAGE, total: POSITION_COUNT })
      expect(proxy.stats.calls).toBeLessThanOrEqual(6)
    } finally {
      await proxy.setFault(null)
    }
  })

  it('the next page: the next 50 older positions, exact, still ≤ 6 calls', async () => {
    const toBlock = await direct.getBlockNumber()
    proxy.resetStats()
    const snapshot = await loadPositions(viaProxy, {
      account: WHALE,
      config: positionsConfig(),
      toBlock,
      v3Limit: 2 * PAGE,
    })
    expect(proxy.stats.calls).toBeLessThanOrEqual(6)
    expect(hiddenLimitBreaks()).toBe(0)
    const sorted = [...minted.tokenIds].sort((a, b) => (a > b ? -1 : 1))
    const v3Ids = snapshot.positions.flatMap((position) => (position.v3 ? [position.v3.tokenId] : []))
    expect(v3Ids).toEqual(sorted.slice(0, 2 * PAGE))
    expect(snapshot.v3Page).toEqual({ loaded: 2 * PAGE, total: POSITION_COUNT })
    await expectPageMatchesContracts(snapshot, sorted.slice(PAGE, 2 * PAGE))
  })

  it('every position read at once: the multicalls are chunked under the 50M gas cap and the 10 MB answer cap', async () => {
    // Independent measure of the real gas per call: one aggregate3 of ALL the enumeration's calls,
    // estimated by the replica itself (no cap there), divided by the number of calls.
    const npm = replica.deployments.contracts.nonfungiblePositionManager
    const estimate = async (callData: Hex[]) =>
      direct.estimateGas({
        to: replica.deployments.contracts.multicall3,
        data: encodeFunctionData({
          abi: multicall3Abi,
          functionName: 'aggregate3',
          args: [callData.map((data) => ({ target: npm, allowFailure: true, callData: data }))],
        }),
      })
    const idCalls = Array.from({ length: POSITION_COUNT }, (_, index) =>
      encodeFunctionData({
        abi: enumerableAbi,
        functionName: 'tokenOfOwnerByIndex',
        args: [WHALE, BigInt(index)],
      }),
    )
    const positionCalls = minted.tokenIds.map((tokenId) =>
      encodeFunctionData({ abi: npmAbi, functionName: 'positions', args: [tokenId] }),
    )
    const gasPerId = Number(await estimate(idCalls)) / POSITION_COUNT
    const gasPerPosition = Number(await estimate(positionCalls)) / POSITION_COUNT
    console.info(
      `[many positions] measured gas per call: tokenOfOwnerByIndex ${gasPerId.toFixed(0)}, positions ${gasPerPosition.toFixed(0)}`,
    )
    // The reader's estimates are conservative, so a chunk of its size stays under the budget.
    expect(gasPerId).toBeLessThan(ENUMERATION_GAS.tokenOfOwnerByIndex)
    expect(gasPerPosition).toBeLessThan(ENUMERATION_GAS.positions)
    // All positions() in one multicall would pass the 50M cap a real node enforces: chunking is needed.
    expect(gasPerPosition * POSITION_COUNT).toBeGreaterThan(MULTICALL_GAS_BUDGET)

    const toBlock = await direct.getBlockNumber()
    proxy.resetStats()
    const multicalls: { round: string; calls: number }[] = []
    const snapshot = await loadPositions(viaProxy, {
      account: WHALE,
      config: positionsConfig(),
      toBlock,
      onMulticall: (multicall) => multicalls.push(multicall),
    })
    console.info(
      `[many positions] all positions: ${proxy.stats.calls} calls, multicalls ${JSON.stringify(multicalls)}`,
    )
    expect(snapshot.positions.filter((position) => position.protocol === 'v3')).toHaveLength(POSITION_COUNT)
    // No gas or size refusal, and nothing else refused either.
    expect(proxy.stats.refused.gas).toBe(0)
    expect(proxy.stats.refused.size).toBe(0)
    expect(hiddenLimitBreaks()).toBe(0)
    const chunks = (round: string) => multicalls.filter((multicall) => multicall.round === round)
    const idChunkSize = callsPerMulticall(
      ENUMERATION_GAS.tokenOfOwnerByIndex,
      ENUMERATION_BYTES.tokenOfOwnerByIndex,
    )
    const positionChunkSize = callsPerMulticall(ENUMERATION_GAS.positions, ENUMERATION_BYTES.positions)
    expect(chunks('token ids').length).toBe(Math.ceil(POSITION_COUNT / idChunkSize))
    // The staker's deposits() ride in the same list, after the positions.
    const stakerNfts = Number(
      await direct.readContract({
        address: npm,
        abi: enumerableAbi,
        functionName: 'balanceOf',
        args: [replica.deployments.contracts.v3Staker as Address],
        blockNumber: toBlock,
      }),
    )
    const listed = POSITION_COUNT + stakerNfts
    expect(chunks('positions and deposits').map((chunk) => chunk.calls)).toEqual(
      Array.from({ length: Math.ceil(listed / positionChunkSize) }, (_, index) =>
        Math.min(positionChunkSize, listed - index * positionChunkSize),
      ),
    )
    expect(chunks('positions and deposits').length).toBeGreaterThan(1)
    for (const chunk of chunks('positions and deposits'))
      expect(chunk.calls * gasPerPosition).toBeLessThan(RPC_LIMIT_PROFILES.standard.ethCallGasCap)
  })
})
