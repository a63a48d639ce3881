import type { Address, Client } from 'viem'
import type { StakingRewardsInfo, V2PairInfo, V3IncentiveInfo } from '../domain/catalogue/types.ts'
import { computeV3PoolAddress } from '../domain/pools/computeV3PoolAddress.ts'
import type { TokenMeta } from '../domain/positions/model.ts'
import type { NpmPosition } from '../domain/positions/positionChainState.ts'
import {
  type FarmRawState,
  type PositionsRawState,
  type PricingPoolRawState,
  type TickRawState,
  tickKey,
  type V2PairRawState,
  type V3PoolRawState,
  type V3PositionRawState,
  type V3StakeRawState,
  type V4PositionManagerState,
  type V4PositionRawState,
} from '../domain/positions/positionsRawState.ts'
import type { PricingConfig } from '../domain/pricing/pricingTypes.ts'
import { toPoolId } from '../math/poolId.ts'
import { decodePositionInfo } from '../math/positionInfo.ts'
import { type BatchCall, type BatchResult, isBatchCall } from './batch/batchCall.ts'
import { mapResult, zipResults } from './batch/batchResult.ts'
import { readBatch } from './batch/readBatch.ts'
import { erc20BalanceCall } from './readers/readBalances.ts'
import { blockCalls, toBlock } from './readers/readBlock.ts'
import { stakingRewardsStateCalls } from './readers/readFarmStates.ts'
import { toV3PoolState, v2FeeOnCall, v2PairStateCalls, v3PoolStateCalls } from './readers/readPoolStates.ts'
import {
  farmAccountCalls,
  npmBalanceCall,
  npmPositionCall,
  npmTokenIdCall,
  secondsPerLiquidityInsideCall,
  stakerDepositCall,
  stakerIncentiveCall,
  stakerRewardsOwedCall,
  stakerStakeCall,
} from './readers/readPositionStates.ts'
import { tickCall } from './readers/readTicks.ts'
import { tokenMetadataCalls, toTokenMeta } from './readers/readTokenMetadata.ts'
import {
  toV4PoolPositionState,
  toV4PositionManagerState,
  v4PoolPositionCalls,
  v4PositionCalls,
} from './readers/readV4PositionStates.ts'

export type {
  FarmRawState,
  NpmPosition,
  PositionsRawState,
  PricingPoolRawState,
  TickRawState,
  V2PairRawState,
  V3PoolRawState,
  V3PositionRawState,
  V3StakeRawState,
}
export { tickKey }

/** Contracts the positions reader talks to on one chain. */
export interface PositionsContracts {
  multicall3: Address
  nonfungiblePositionManager: Address
  v3Factory: Address
  v2Factory: Address
  v3Staker: Address | undefined
}

export interface ReadPositionsStateParameters {
  account: Address
  contracts: PositionsContracts
  /** Tracked V2 pairs (token list pairs, farm pairs, user-imported pairs). */
  v2Pairs: readonly V2PairInfo[]
  farms: readonly StakingRewardsInfo[]
  incentives: readonly V3IncentiveInfo[]
  /**
   * Extra token ids the account may have deposited in the V3 staker. Not needed: the staker's NFTs
   * are enumerated on chain (NPM.balanceOf / tokenOfOwnerByIndex of the staker + deposits()).
   */
  stakerTokenIdCandidates?: readonly bigint[]
  pricing: PricingConfig | undefined
  /** Every round is read at this block (the head the load pinned); round 1's block when omitted. */
  blockNumber?: bigint | undefined
  /** Checked between rounds. */
  signal?: AbortSignal | undefined
  /**
   * Read at most this many V3 positions (wallet and staked together), newest first (highest token id):
   * the ids of all of them are enumerated, only this page is read. Every position when omitted.
   */
  v3Limit?: number | undefined
  /** Told of every multicall sent (its round and number of calls), chunks included: for tests and the bench. */
  onMulticall?: ((multicall: { round: string; calls: number }) => void) | undefined
  /**
   * The account's V4 positions to read (their ids found beforehand from PositionManager Transfer logs):
   * read in rounds 1 (PositionManager) and 5 (StateView), so V4 adds no request. Absent = no V4.
   */
  v4?: V4ReadParameters | undefined
}

/** What readPositionsState needs to read the account's V4 positions. */
export interface V4ReadParameters {
  positionManager: Address
  stateView: Address
  /** Native ETH is priced as this token (WETH). */
  wrappedNative: Address
  /** The account's PositionManager token ids; or why they could not be found. */
  tokenIds: { ok: true; value: readonly bigint[] } | { ok: false; error: string }
}

const lower = (address: string) => address.toLowerCase()

/**
 * Gas one multicall of an enumeration may use: under the 50M-gas eth_call cap public providers set,
 * with headroom for Multicall3's own loop and calldata.
 */
export const MULTICALL_GAS_BUDGET = 40_000_000

/**
 * ABI bytes one multicall's answer may hold: the JSON answer is hex (2 characters a byte), so 4 MB of
 * return data is ~8 MB of JSON, under the 10 MB answer cap public providers set.
 */
export const MULTICALL_RESPONSE_BUDGET_BYTES = 4_000_000

/**
 * Conservative gas per call of an enumeration, each above what it costs on the NPM and staker with
 * cold storage (measured on the Ethereum replica, one aggregate3 of 2,500 calls, Multicall3's loop
 * included: tokenOfOwnerByIndex 7,636, positions() 22,544 — it reads 7 slots: the position and its
 * pool key). About a third of headroom each, so a chunk stays under `MULTICALL_GAS_BUDGET`.
 */
export const ENUMERATION_GAS = { tokenOfOwnerByIndex: 10_000, deposits: 10_000, positions: 30_000 } as const

/**
 * ABI bytes of one call's entry in aggregate3's answer: 4 words of Result framing (offset, success,
 * bytes offset, length) plus the return data (1 word for an id, 4 for deposits(), 12 for positions()).
 */
export const ENUMERATION_BYTES = {
  tokenOfOwnerByIndex: 5 * 32,
  deposits: 8 * 32,
  positions: 16 * 32,
} as const

/**
 * Calls per multicall at `gasPerCall` (and `bytesPerCall` of answer): longer lists are split into
 * multicalls sent in parallel, each under `MULTICALL_GAS_BUDGET` and `MULTICALL_RESPONSE_BUDGET_BYTES`.
 */
export function callsPerMulticall(gasPerCall: number, bytesPerCall = 0): number {
  const byGas = Math.floor(MULTICALL_GAS_BUDGET / gasPerCall)
  const bySize = bytesPerCall > 0 ? Math.floor(MULTICALL_RESPONSE_BUDGET_BYTES / bytesPerCall) : byGas
  return Math.max(1, Math.min(byGas, bySize))
}

/** `calls` read in multicalls of at most `callsPerMulticall(gasPerCall, bytesPerCall)` calls, in parallel, results in order. */
async function readChunked<result>(
  client: Client,
  calls: readonly BatchCall<result>[],
  options: {
    multicall3: Address
    blockNumber: bigint
    signal: AbortSignal | undefined
    gasPerCall: number
    bytesPerCall: number
    round: string
    onMulticall: ReadPositionsStateParameters['onMulticall']
  },
): Promise<BatchResult<result>[]> {
  const { gasPerCall, bytesPerCall, round, onMulticall, ...read } = options
  const size = callsPerMulticall(gasPerCall, bytesPerCall)
  const chunks: BatchCall<result>[][] = []
  for (let start = 0; start < calls.length; start += size) chunks.push(calls.slice(start, start + size))
  const results = await Promise.all(
    chunks.map((chunk) => {
      onMulticall?.({ round, calls: chunk.length })
      return readBatch(client, { ...read, calls: chunk })
    }),
  )
  return results.flat() as BatchResult<result>[]
}

/** Calls in a call tree (what one readBatch of it sends). */
function countCalls(tree: unknown): number {
  if (isBatchCall(tree)) return 1
  if (Array.isArray(tree)) return tree.reduce((sum: number, entry) => sum + countCalls(entry), 0)
  if (typeof tree === 'object' && tree !== null)
    return Object.values(tree).reduce((sum: number, entry) => sum + countCalls(entry), 0)
  return 0
}

/** Highest token id first (newest mint first). */
const newestFirst = (a: bigint, b: bigint) => (a > b ? -1 : a < b ? 1 : 0)

/**
 * Reads ALL current state of ALL positions of `account` in at most 5 eth_calls (more only when an
 * enumeration would pass `MULTICALL_GAS_BUDGET` in one multicall), without any log: (1) counts (the
 * account's and the staker's NPM balances), V2 pairs, farms, pricing pools, block; (2) NPM token ids
 * of the account and of the staker; (3) wallet positions + staker deposits (owner == account);
 * (4) staked positions + stakes; (5) pools, ticks, token metadata, reward inputs. Every round is
 * read at `blockNumber` (or, without it, at round 1's block). Every result is decoded by the name its call was
 * given; failing calls are kept as `{ ok: false }` so one bad token or pool only affects the
 * positions that use it.
 */
export async function readPositionsState(
  client: Client,
  parameters: ReadPositionsStateParameters,
): Promise<PositionsRawState> {
  const { account, contracts, farms, incentives, pricing, signal, onMulticall } = parameters
  const v3Limit = parameters.v3Limit ?? Number.POSITIVE_INFINITY
  if (!(v3Limit >= 0)) throw new Error(`v3Limit must be 0 or more, got ${parameters.v3Limit}`)
  /** readBatch of one round's call tree, told to `onMulticall`. */
  const readRound = <calls extends object>(round: string, batch: Parameters<typeof readBatch<calls>>[1]) => {
    if (onMulticall) {
      const calls = countCalls(batch.calls)
      if (calls > 0) onMulticall({ round, calls })
    }
    return readBatch(client, batch)
  }
  const { multicall3, nonfungiblePositionManager: npm, v3Staker } = contracts

  // Farms' staking pairs are tracked too, so a farm's LP can be valued.
  const pairs = [...parameters.v2Pairs]
  for (const farm of farms)
    if (!pairs.some((pair) => lower(pair.address) === lower(farm.stakingToken)))
      throw new Error(`farm ${farm.address} stakes ${farm.stakingToken}, which is not a tracked V2 pair`)
  const stakerCandidates = v3Staker ? (parameters.stakerTokenIdCandidates ?? []) : []
  const stakerRewardTokens = v3Staker
    ? [...new Set(incentives.map((incentive) => lower(incentive.rewardToken)))].map(
        (token) =>
          incentives.find((incentive) => lower(incentive.rewardToken) === token)?.rewardToken as Address,
      )
    : []
  const pricingPools = pricing?.pools ?? []
  const { v4 } = parameters
  const v4TokenIds = v4?.tokenIds.ok ? v4.tokenIds.value : []

  // ---- Round 1: block, counts, V2 pairs, farms, pricing pools, staker deposits and rewards owed ----
  const round1 = await readRound('counts', {
    multicall3,
    signal,
    blockNumber: parameters.blockNumber,
    calls: {
      block: blockCalls(multicall3),
      npmBalance: npmBalanceCall(npm, account),
      stakerNftBalance: v3Staker ? [npmBalanceCall(npm, v3Staker)] : [],
      v2FeeOn: v2FeeOnCall(contracts.v2Factory),
      pairs: pairs.map((pair) => ({
        walletBalance: erc20BalanceCall(pair.address, account),
        ...v2PairStateCalls(pair.address),
        balance0: erc20BalanceCall(pair.token0, pair.address),
        balance1: erc20BalanceCall(pair.token1, pair.address),
      })),
      farms: farms.map((farm) => ({
        ...farmAccountCalls(farm.address, account),
        ...stakingRewardsStateCalls(farm.address),
      })),
      pricing: pricingPools.map((pool) => ({
        v3: pool.kind === 'v3' ? [v3PoolStateCalls(pool.address)] : [],
        v2: pool.kind === 'v2' ? [v2PairStateCalls(pool.address).reserves] : [],
      })),
      owed: stakerRewardTokens.map((token) => stakerRewardsOwedCall(v3Staker as Address, token, account)),
      deposits: stakerCandidates.map((tokenId) => stakerDepositCall(v3Staker as Address, tokenId)),
      v4: v4TokenIds.map((tokenId) => v4PositionCalls((v4 as V4ReadParameters).positionManager, tokenId)),
    },
  })
  const { blockNumber, timestamp: blockTimestamp } = toBlock(round1.block)
  if (!round1.npmBalance.ok)
    throw new Error(`NonfungiblePositionManager.balanceOf failed: ${round1.npmBalance.error}`)
  const npmBalance = round1.npmBalance.value
  const [stakerNftBalance] = round1.stakerNftBalance
  if (stakerNftBalance && !stakerNftBalance.ok)
    throw new Error(`NonfungiblePositionManager.balanceOf(staker) failed: ${stakerNftBalance.error}`)
  const stakerNftCount = stakerNftBalance?.ok ? Number(stakerNftBalance.value) : 0

  const v2PairStates: V2PairRawState[] = zipResults(pairs, round1.pairs).map(([pair, read]) => ({
    pair,
    walletBalance: read.walletBalance,
    reserves: mapResult(read.reserves, ({ reserve0, reserve1 }) => [reserve0, reserve1] as const),
    totalSupply: read.totalSupply,
    kLast: read.kLast,
    balance0: read.balance0,
    balance1: read.balance1,
  }))
  const farmStates: FarmRawState[] = zipResults(farms, round1.farms).map(([farm, read]) => ({
    farm,
    ...read,
  }))
  const pricingPoolStates = zipResults(pricingPools, round1.pricing).map(
    ([pool, read]): PricingPoolRawState => {
      const [v3] = read.v3
      const [v2] = read.v2
      if (pool.kind === 'v3')
        return { ...pool, kind: 'v3', slot0: v3 ? toV3PoolState(v3) : { ok: false, error: 'not read' } }
      return {
        ...pool,
        kind: 'v2',
        reserves: v2
          ? mapResult(v2, ({ reserve0, reserve1 }) => [reserve0, reserve1] as const)
          : { ok: false, error: 'not read' },
      }
    },
  )
  const stakerRewardsOwed = zipResults(stakerRewardTokens, round1.owed).map(([rewardToken, amountWei]) => ({
    rewardToken,
    amountWei,
  }))
  const stakerDepositErrors: { tokenId: bigint; error: string }[] = []
  const stakedTokenIds: bigint[] = []
  for (const [tokenId, deposit] of zipResults(stakerCandidates, round1.deposits)) {
    if (!deposit.ok) stakerDepositErrors.push({ tokenId, error: deposit.error })
    else if (lower(deposit.value.owner) === lower(account)) stakedTokenIds.push(tokenId)
  }

  const v4Managed: { tokenId: bigint; position: BatchResult<V4PositionManagerState> }[] = zipResults(
    v4TokenIds,
    round1.v4,
  ).map(([tokenId, read]) => ({ tokenId, position: toV4PositionManagerState(read) }))

  const pinned = { multicall3, blockNumber, signal, onMulticall }
  // ---- Round 2: the NPM token ids of the account and of the staker ----
  const walletCount = Number(npmBalance)
  const tokenIdResults = await readChunked(
    client,
    [
      ...Array.from({ length: walletCount }, (_, index) => npmTokenIdCall(npm, account, index)),
      ...Array.from({ length: stakerNftCount }, (_, index) =>
        npmTokenIdCall(npm, v3Staker as Address, index),
      ),
    ],
    {
      ...pinned,
      gasPerCall: ENUMERATION_GAS.tokenOfOwnerByIndex,
      bytesPerCall: ENUMERATION_BYTES.tokenOfOwnerByIndex,
      round: 'token ids',
    },
  )
  const tokenIds = tokenIdResults.map((result, index) => {
    if (!result.ok)
      throw new Error(
        index < walletCount
          ? `tokenOfOwnerByIndex(${index}) failed: ${result.error}`
          : `tokenOfOwnerByIndex(staker, ${index - walletCount}) failed: ${result.error}`,
      )
    return result.value
  })
  const walletTokenIds = tokenIds.slice(0, walletCount)
  const candidateSet = new Set(stakerCandidates)
  const stakerNftIds = tokenIds.slice(walletCount).filter((tokenId) => !candidateSet.has(tokenId))
  // With a page limit, only the newest `v3Limit` wallet positions can be on the page: read those.
  const paged = Number.isFinite(v3Limit)
  const walletReadIds = paged ? [...walletTokenIds].sort(newestFirst).slice(0, v3Limit) : walletTokenIds

  // ---- Round 3: wallet positions + the staker's deposits (which of its NFTs the account owns) ----
  // One multicall (several in parallel only past the enumeration chunk size).
  const walletPositionCalls = walletReadIds.map((tokenId) => npmPositionCall(npm, tokenId))
  const depositCalls = stakerNftIds.map((tokenId) => stakerDepositCall(v3Staker as Address, tokenId))
  const round3Results = await readChunked<unknown>(
    client,
    [...walletPositionCalls, ...depositCalls] as BatchCall<unknown>[],
    // The mixed list is split at the costlier call's size.
    {
      ...pinned,
      gasPerCall: walletPositionCalls.length > 0 ? ENUMERATION_GAS.positions : ENUMERATION_GAS.deposits,
      bytesPerCall: walletPositionCalls.length > 0 ? ENUMERATION_BYTES.positions : ENUMERATION_BYTES.deposits,
      round: 'positions and deposits',
    },
  )
  const walletPositionReads = round3Results.slice(0, walletPositionCalls.length) as BatchResult<NpmPosition>[]
  const stakerDeposits = round3Results.slice(walletPositionCalls.length) as BatchResult<
    ReturnType<(typeof depositCalls)[number]['decode']>
  >[]
  for (const [tokenId, deposit] of zipResults(stakerNftIds, stakerDeposits)) {
    if (!deposit.ok) stakerDepositErrors.push({ tokenId, error: deposit.error })
    else if (lower(deposit.value.owner) === lower(account)) stakedTokenIds.push(tokenId)
  }
  const v3PositionsTotal = walletCount + stakedTokenIds.length

  // The page: the newest `v3Limit` of the wallet's and the staked positions together.
  const walletRead = new Map(zipResults(walletReadIds, walletPositionReads))
  let walletPageIds = walletReadIds
  let stakedPageIds = stakedTokenIds
  if (paged) {
    const stakedSet = new Set(stakedTokenIds)
    const pageIds = [...walletReadIds, ...stakedTokenIds].sort(newestFirst).slice(0, v3Limit)
    walletPageIds = pageIds.filter((tokenId) => !stakedSet.has(tokenId))
    stakedPageIds = pageIds.filter((tokenId) => stakedSet.has(tokenId))
  }
  const walletPositions = walletPageIds.map((tokenId) => walletRead.get(tokenId) as BatchResult<NpmPosition>)

  // ---- Round 4: staked positions + stakes ----
  const positionEntries = [
    ...walletPageIds.map((tokenId) => ({ tokenId, location: 'wallet' as const })),
    ...stakedPageIds.map((tokenId) => ({ tokenId, location: 'v3-staker' as const })),
  ]
  const round3 = await readRound('staked positions', {
    multicall3,
    blockNumber,
    signal,
    calls: {
      positions: stakedPageIds.map((tokenId) => npmPositionCall(npm, tokenId)),
      stakes: stakedPageIds.map((tokenId) =>
        incentives.map((incentive) => ({
          stake: stakerStakeCall(v3Staker as Address, tokenId, incentive.incentiveId),
          incentive: stakerIncentiveCall(v3Staker as Address, incentive.incentiveId),
        })),
      ),
    },
  })
  const v3Positions = zipResults(positionEntries, [...walletPositions, ...round3.positions]).map(
    ([{ tokenId, location }, position]): V3PositionRawState => ({
      tokenId,
      location,
      position,
      pool: position.ok
        ? computeV3PoolAddress(
            contracts.v3Factory,
            position.value.token0,
            position.value.token1,
            position.value.fee,
          )
        : undefined,
      stakes: [],
      stakeErrors: [],
    }),
  )
  // Attach stakes (with liquidity > 0) to the staked positions.
  const pendingStakes: {
    stake: Omit<V3StakeRawState, 'secondsPerLiquidityInsideX128'>
    position: V3PositionRawState & { position: { ok: true; value: NpmPosition }; pool: Address }
  }[] = []
  for (const [tokenId, stakes] of zipResults(stakedPageIds, round3.stakes)) {
    const position = v3Positions.find((entry) => entry.location === 'v3-staker' && entry.tokenId === tokenId)
    for (const [incentive, read] of zipResults(incentives, stakes)) {
      if (position && !read.stake.ok)
        (position.stakeErrors as string[]).push(
          `stakes(${tokenId}, ${incentive.incentiveId}): ${read.stake.error}`,
        )
      if (!position?.position.ok || !position.pool || !read.stake.ok || read.stake.value.liquidity === 0n)
        continue
      pendingStakes.push({
        position: position as (typeof pendingStakes)[number]['position'],
        stake: {
          incentive,
          ...read.stake.value,
          totalRewardUnclaimed: mapResult(read.incentive, (state) => state.totalRewardUnclaimed),
          totalSecondsClaimedX128: mapResult(read.incentive, (state) => state.totalSecondsClaimedX128),
        },
      })
    }
  }

  // ---- Round 5: pools, ticks, token metadata, staker reward inputs ----
  const poolAddresses = [...new Set(v3Positions.flatMap((entry) => (entry.pool ? [entry.pool] : [])))]
  const tickEntries = new Map<string, { pool: Address; tick: number }>()
  for (const entry of v3Positions) {
    if (!entry.pool || !entry.position.ok) continue
    const { tickLower, tickUpper } = entry.position.value
    tickEntries.set(tickKey(entry.pool, tickLower), { pool: entry.pool, tick: tickLower })
    tickEntries.set(tickKey(entry.pool, tickUpper), { pool: entry.pool, tick: tickUpper })
  }
  const tokenSet = new Set<string>()
  const addToken = (token: Address) => tokenSet.add(lower(token))
  for (const entry of v3Positions)
    if (entry.position.ok) {
      addToken(entry.position.value.token0)
      addToken(entry.position.value.token1)
    }
  for (const state of v2PairStates) {
    addToken(state.pair.token0)
    addToken(state.pair.token1)
  }
  const ZERO = '0x0000000000000000000000000000000000000000'
  const v4PoolReads = v4Managed.flatMap(({ tokenId, position }) => {
    if (!position.ok) return []
    const { poolKey, info } = position.value
    const { tickLower, tickUpper } = decodePositionInfo(info)
    return [{ tokenId, poolId: toPoolId(poolKey), tickLower, tickUpper }]
  })
  for (const { position } of v4Managed)
    if (position.ok)
      for (const currency of [position.value.poolKey.currency0, position.value.poolKey.currency1])
        addToken(lower(currency) === ZERO && v4 ? v4.wrappedNative : currency)
  for (const farm of farms) addToken(farm.rewardsToken)
  for (const incentive of incentives) addToken(incentive.rewardToken)
  if (pricing) addToken(pricing.usdToken)
  const tokenList = [...tokenSet] as Address[]
  const tickList = [...tickEntries.entries()]

  const round4 = await readRound('pools, ticks and tokens', {
    multicall3,
    blockNumber,
    signal,
    calls: {
      pools: poolAddresses.map((pool) => v3PoolStateCalls(pool)),
      ticks: tickList.map(([, { pool, tick }]) => tickCall(pool, tick)),
      tokens: tokenList.map((token) => tokenMetadataCalls(token)),
      v4Pools: v4PoolReads.map((read) =>
        v4PoolPositionCalls({
          ...read,
          stateView: (v4 as V4ReadParameters).stateView,
          positionManager: (v4 as V4ReadParameters).positionManager,
        }),
      ),
      secondsInside: pendingStakes.map(({ position }) =>
        secondsPerLiquidityInsideCall(
          position.pool,
          position.position.value.tickLower,
          position.position.value.tickUpper,
        ),
      ),
    },
  })

  const pools = new Map<string, BatchResult<V3PoolRawState>>(
    zipResults(poolAddresses, round4.pools).map(([pool, read]) => [lower(pool), toV3PoolState(read)]),
  )
  const ticks = new Map<string, BatchResult<TickRawState>>(
    zipResults(tickList, round4.ticks).map(([[key], read]) => [key, read]),
  )
  const tokens = new Map<string, TokenMeta>()
  const tokensWithoutDecimals = new Set<string>()
  for (const [token, read] of zipResults(tokenList, round4.tokens)) {
    tokens.set(token, toTokenMeta(token, read))
    if (!read.decimals.ok) tokensWithoutDecimals.add(token)
  }
  for (const [{ stake, position }, secondsPerLiquidityInsideX128] of zipResults(
    pendingStakes,
    round4.secondsInside,
  ))
    (position.stakes as V3StakeRawState[]).push({ ...stake, secondsPerLiquidityInsideX128 })

  const v4Pools = new Map(
    zipResults(v4PoolReads, round4.v4Pools).map(([{ tokenId }, read]) => [
      tokenId,
      toV4PoolPositionState(read),
    ]),
  )
  const v4Positions: V4PositionRawState[] = v4Managed.map(({ tokenId, position }) => ({
    tokenId,
    position,
    pool: v4Pools.get(tokenId) ?? { ok: false, error: 'not read: PositionManager did not answer' },
  }))

  return {
    ...(v4
      ? {
          v4Positions,
          wrappedNative: v4.wrappedNative,
          ...(v4.tokenIds.ok ? {} : { v4DiscoveryError: v4.tokenIds.error }),
        }
      : {}),
    account,
    blockNumber,
    blockTimestamp,
    v2FeeOn: round1.v2FeeOn,
    v3Positions,
    v3PositionsTotal,
    pools,
    ticks,
    v2Pairs: v2PairStates,
    farms: farmStates,
    pricingPools: pricingPoolStates,
    usdToken: pricing?.usdToken,
    tokens,
    tokensWithoutDecimals,
    stakerRewardsOwed,
    stakerDepositErrors,
  }
}
