import type { Address, Client } from 'viem'
import type { StakingRewardsInfo, V2PairInfo, V3IncentiveInfo } from '../domain/catalogue/types.ts'
import { computeV3PoolAddress } from '../domain/pools/computeV3PoolAddress.ts'
import type { TokenMeta } from '../domain/positions/model.ts'
import type { PricingConfig } from '../domain/pricing/pricingTypes.ts'
import { erc20Abi } from './abi/erc20Abi.ts'
import { multicall3Abi } from './abi/multicall3Abi.ts'
import { nonfungiblePositionManagerAbi } from './abi/nonfungiblePositionManagerAbi.ts'
import { stakingRewardsAbi } from './abi/stakingRewardsAbi.ts'
import { uniswapV2FactoryAbi } from './abi/uniswapV2FactoryAbi.ts'
import { uniswapV2PairAbi } from './abi/uniswapV2PairAbi.ts'
import { uniswapV3PoolAbi } from './abi/uniswapV3PoolAbi.ts'
import { uniswapV3StakerAbi } from './abi/uniswapV3StakerAbi.ts'
import { aggregateCalls, type BatchCall, type BatchResult, contractCall } from './aggregateCalls.ts'
import { tokenMetadataCalls, toTokenMeta } from './readTokenMetadata.ts'

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
  /** Token ids the account may have deposited in the V3 staker (from DepositTransferred events). */
  stakerTokenIdCandidates: readonly bigint[]
  pricing: PricingConfig | undefined
}

/** Raw NPM positions() tuple. */
export interface NpmPosition {
  token0: Address
  token1: Address
  fee: number
  tickLower: number
  tickUpper: number
  liquidity: bigint
  feeGrowthInside0LastX128: bigint
  feeGrowthInside1LastX128: bigint
  tokensOwed0: bigint
  tokensOwed1: bigint
}

export interface V3PoolRawState {
  sqrtPriceX96: bigint
  tick: number
  liquidity: bigint
  feeGrowthGlobal0X128: bigint
  feeGrowthGlobal1X128: bigint
}

export interface TickRawState {
  feeGrowthOutside0X128: bigint
  feeGrowthOutside1X128: bigint
  initialized: boolean
}

/** A stake of a deposited position in one incentive, with the state the reward math needs. */
export interface V3StakeRawState {
  incentive: V3IncentiveInfo
  secondsPerLiquidityInsideInitialX128: bigint
  liquidity: bigint
  totalRewardUnclaimed: BatchResult<bigint>
  totalSecondsClaimedX128: BatchResult<bigint>
  secondsPerLiquidityInsideX128: BatchResult<bigint>
}

export interface V3PositionRawState {
  tokenId: bigint
  location: 'wallet' | 'v3-staker'
  position: BatchResult<NpmPosition>
  /** Computed pool address (undefined while `position` failed). */
  pool: Address | undefined
  stakes: readonly V3StakeRawState[]
  /** Incentives whose stakes()/incentives() read failed: the position's rewards are unknown. */
  stakeErrors: readonly string[]
}

export interface V2PairRawState {
  pair: V2PairInfo
  walletBalance: BatchResult<bigint>
  reserves: BatchResult<readonly [bigint, bigint, number]>
  totalSupply: BatchResult<bigint>
  kLast: BatchResult<bigint>
  balance0: BatchResult<bigint>
  balance1: BatchResult<bigint>
}

export interface FarmRawState {
  farm: StakingRewardsInfo
  balance: BatchResult<bigint>
  userRewardPerTokenPaid: BatchResult<bigint>
  rewards: BatchResult<bigint>
  rewardRate: BatchResult<bigint>
  rewardPerTokenStored: BatchResult<bigint>
  lastUpdateTime: BatchResult<bigint>
  periodFinish: BatchResult<bigint>
  totalSupply: BatchResult<bigint>
}

export type PricingPoolRawState =
  | { kind: 'v3'; address: Address; token0: Address; token1: Address; slot0: BatchResult<V3PoolRawState> }
  | {
      kind: 'v2'
      address: Address
      token0: Address
      token1: Address
      reserves: BatchResult<readonly [bigint, bigint]>
    }

/** Every raw on-chain value the positions page needs, read at one block. */
export interface PositionsRawState {
  account: Address
  blockNumber: bigint
  blockTimestamp: bigint
  v2FeeOn: BatchResult<boolean>
  v3Positions: readonly V3PositionRawState[]
  pools: ReadonlyMap<string, BatchResult<V3PoolRawState>>
  /** key `${pool}:${tick}` (lowercase pool). */
  ticks: ReadonlyMap<string, BatchResult<TickRawState>>
  v2Pairs: readonly V2PairRawState[]
  farms: readonly FarmRawState[]
  pricingPools: readonly PricingPoolRawState[]
  usdToken: Address | undefined
  /** Metadata of every token involved, by lowercase address. */
  tokens: ReadonlyMap<string, TokenMeta>
  /** Tokens whose decimals() failed (their positions are unavailable). */
  tokensWithoutDecimals: ReadonlySet<string>
  /**
   * Staker rewards credited to the account (by unstakes) but not claimed yet: rewards(token, account)
   * per distinct incentive reward token. Empty without a staker.
   */
  stakerRewardsOwed: readonly { rewardToken: Address; amountWei: BatchResult<bigint> }[]
  /**
   * Staker deposit candidates (from the account's DepositTransferred events) whose deposits() read
   * failed: the position may still be staked by the account, so it is shown unavailable, not dropped.
   */
  stakerDepositErrors: readonly { tokenId: bigint; error: string }[]
}

const lower = (address: string) => address.toLowerCase()

export const tickKey = (pool: Address, tick: number) => `${lower(pool)}:${tick}`

function v3PoolStateCalls(pool: Address) {
  return [
    contractCall(pool, uniswapV3PoolAbi, 'slot0', []),
    contractCall(pool, uniswapV3PoolAbi, 'liquidity', []),
    contractCall(pool, uniswapV3PoolAbi, 'feeGrowthGlobal0X128', []),
    contractCall(pool, uniswapV3PoolAbi, 'feeGrowthGlobal1X128', []),
  ] as const
}

function toPoolState(
  results: readonly [
    BatchResult<readonly [bigint, number, number, number, number, number, boolean]>,
    BatchResult<bigint>,
    BatchResult<bigint>,
    BatchResult<bigint>,
  ],
): BatchResult<V3PoolRawState> {
  const [slot0, liquidity, growth0, growth1] = results
  for (const result of results) if (!result.ok) return { ok: false, error: result.error }
  if (!slot0.ok || !liquidity.ok || !growth0.ok || !growth1.ok)
    return { ok: false, error: 'pool read failed' }
  return {
    ok: true,
    value: {
      sqrtPriceX96: slot0.value[0],
      tick: slot0.value[1],
      liquidity: liquidity.value,
      feeGrowthGlobal0X128: growth0.value,
      feeGrowthGlobal1X128: growth1.value,
    },
  }
}

/**
 * Reads ALL current state of ALL positions of `account` in at most 4 eth_calls, whatever their
 * number: (1) counts, V2 pairs, farms, staker deposits, pricing pools, block; (2) NPM token ids;
 * (3) NPM positions + staker stakes; (4) pools, ticks, token metadata, reward inputs.
 * Rounds 2–4 are pinned to the block of round 1. Failing calls are kept as `{ ok: false }` so one
 * bad token or pool only affects the positions that use it.
 */
export async function readPositionsState(
  client: Client,
  parameters: ReadPositionsStateParameters,
): Promise<PositionsRawState> {
  const { account, contracts, farms, incentives, pricing } = parameters
  const { multicall3, nonfungiblePositionManager: npm, v3Staker } = contracts
  const aggregate = <const calls extends readonly BatchCall<unknown>[]>(calls: calls, blockNumber?: bigint) =>
    aggregateCalls(client, { multicall3, calls, blockNumber })

  // Farms' staking pairs are tracked too, so a farm's LP can be valued.
  const pairs = [...parameters.v2Pairs]
  for (const farm of farms)
    if (!pairs.some((pair) => lower(pair.address) === lower(farm.stakingToken)))
      throw new Error(`farm ${farm.address} stakes ${farm.stakingToken}, which is not a tracked V2 pair`)
  const stakerCandidates = v3Staker ? parameters.stakerTokenIdCandidates : []

  // ---- Round 1 ----
  const pairCalls: BatchCall<unknown>[] = pairs.flatMap((pair) => [
    contractCall(pair.address, uniswapV2PairAbi, 'balanceOf', [account]),
    contractCall(pair.address, uniswapV2PairAbi, 'getReserves', []),
    contractCall(pair.address, uniswapV2PairAbi, 'totalSupply', []),
    contractCall(pair.address, uniswapV2PairAbi, 'kLast', []),
    contractCall(pair.token0, erc20Abi, 'balanceOf', [pair.address]),
    contractCall(pair.token1, erc20Abi, 'balanceOf', [pair.address]),
  ])
  const farmCalls: BatchCall<unknown>[] = farms.flatMap((farm) => [
    contractCall(farm.address, stakingRewardsAbi, 'balanceOf', [account]),
    contractCall(farm.address, stakingRewardsAbi, 'userRewardPerTokenPaid', [account]),
    contractCall(farm.address, stakingRewardsAbi, 'rewards', [account]),
    contractCall(farm.address, stakingRewardsAbi, 'rewardRate', []),
    contractCall(farm.address, stakingRewardsAbi, 'rewardPerTokenStored', []),
    contractCall(farm.address, stakingRewardsAbi, 'lastUpdateTime', []),
    contractCall(farm.address, stakingRewardsAbi, 'periodFinish', []),
    contractCall(farm.address, stakingRewardsAbi, 'totalSupply', []),
  ])
  const pricingPools = pricing?.pools ?? []
  const pricingCalls: BatchCall<unknown>[] = pricingPools.flatMap((pool): BatchCall<unknown>[] =>
    pool.kind === 'v3'
      ? [...v3PoolStateCalls(pool.address)]
      : [contractCall(pool.address, uniswapV2PairAbi, 'getReserves', [])],
  )
  const depositCalls: BatchCall<unknown>[] = stakerCandidates.map((tokenId) =>
    contractCall(v3Staker as Address, uniswapV3StakerAbi, 'deposits', [tokenId]),
  )
  const stakerRewardTokens = v3Staker
    ? [...new Set(incentives.map((incentive) => lower(incentive.rewardToken)))].map(
        (token) =>
          incentives.find((incentive) => lower(incentive.rewardToken) === token)?.rewardToken as Address,
      )
    : []
  const owedCalls: BatchCall<unknown>[] = stakerRewardTokens.map((token) =>
    contractCall(v3Staker as Address, uniswapV3StakerAbi, 'rewards', [token, account]),
  )
  const round1 = (await aggregate([
    contractCall(multicall3, multicall3Abi, 'getBlockNumber', []),
    contractCall(multicall3, multicall3Abi, 'getCurrentBlockTimestamp', []),
    contractCall(npm, nonfungiblePositionManagerAbi, 'balanceOf', [account]),
    contractCall(contracts.v2Factory, uniswapV2FactoryAbi, 'feeTo', []),
    ...pairCalls,
    ...farmCalls,
    ...pricingCalls,
    ...owedCalls,
    ...depositCalls,
  ])) as readonly BatchResult<unknown>[]
  const [blockResult, timestampResult, npmBalanceResult, feeToResult] = round1
  if (!blockResult?.ok || !timestampResult?.ok) throw new Error('Multicall3 block helpers failed')
  if (!npmBalanceResult?.ok)
    throw new Error(`NonfungiblePositionManager.balanceOf failed: ${npmBalanceResult?.error}`)
  const blockNumber = blockResult.value as bigint
  const blockTimestamp = timestampResult.value as bigint
  const npmBalance = npmBalanceResult.value as bigint
  const v2FeeOn: BatchResult<boolean> = feeToResult?.ok
    ? { ok: true, value: lower(feeToResult.value as string) !== '0x0000000000000000000000000000000000000000' }
    : { ok: false, error: feeToResult?.error ?? 'feeTo failed' }

  let cursor = 4
  const take = <T>() => round1[cursor++] as BatchResult<T>
  const v2PairStates: V2PairRawState[] = pairs.map((pair) => ({
    pair,
    walletBalance: take(),
    reserves: take(),
    totalSupply: take(),
    kLast: take(),
    balance0: take(),
    balance1: take(),
  }))
  const farmStates: FarmRawState[] = farms.map((farm) => ({
    farm,
    balance: take(),
    userRewardPerTokenPaid: take(),
    rewards: take(),
    rewardRate: take(),
    rewardPerTokenStored: take(),
    lastUpdateTime: take(),
    periodFinish: take(),
    totalSupply: take(),
  }))
  const pricingPoolStates: PricingPoolRawState[] = pricingPools.map((pool) => {
    if (pool.kind === 'v3') {
      const results = [take(), take(), take(), take()] as unknown as Parameters<typeof toPoolState>[0]
      return { ...pool, kind: 'v3', slot0: toPoolState(results) }
    }
    const reserves = take<readonly [bigint, bigint, number]>()
    return {
      ...pool,
      kind: 'v2',
      reserves: reserves.ok ? { ok: true, value: [reserves.value[0], reserves.value[1]] as const } : reserves,
    }
  })
  const stakerRewardsOwed = stakerRewardTokens.map((rewardToken) => ({
    rewardToken,
    amountWei: take<bigint>(),
  }))
  const stakerDepositErrors: { tokenId: bigint; error: string }[] = []
  const stakedTokenIds = stakerCandidates.filter((tokenId, index) => {
    const deposit = round1[cursor + index] as BatchResult<readonly [Address, number, number, number]>
    if (!deposit.ok) stakerDepositErrors.push({ tokenId, error: deposit.error })
    return deposit.ok && lower(deposit.value[0]) === lower(account)
  })

  // ---- Round 2: the account's NPM token ids ----
  const indexCalls = Array.from({ length: Number(npmBalance) }, (_, index) =>
    contractCall(npm, nonfungiblePositionManagerAbi, 'tokenOfOwnerByIndex', [account, BigInt(index)]),
  )
  const walletTokenIds = (await aggregate(indexCalls, blockNumber)).map((result, index) => {
    if (!result.ok) throw new Error(`tokenOfOwnerByIndex(${index}) failed: ${result.error}`)
    return result.value
  })

  // ---- Round 3: positions + stakes ----
  const positionEntries = [
    ...walletTokenIds.map((tokenId) => ({ tokenId, location: 'wallet' as const })),
    ...stakedTokenIds.map((tokenId) => ({ tokenId, location: 'v3-staker' as const })),
  ]
  const stakeCalls = stakedTokenIds.flatMap((tokenId) =>
    incentives.flatMap((incentive) => [
      contractCall(v3Staker as Address, uniswapV3StakerAbi, 'stakes', [tokenId, incentive.incentiveId]),
      contractCall(v3Staker as Address, uniswapV3StakerAbi, 'incentives', [incentive.incentiveId]),
    ]),
  )
  const round3 = (await aggregate(
    [
      ...positionEntries.map(({ tokenId }) =>
        contractCall(npm, nonfungiblePositionManagerAbi, 'positions', [tokenId]),
      ),
      ...stakeCalls,
    ],
    blockNumber,
  )) as readonly BatchResult<unknown>[]

  type PositionsTuple = readonly [
    bigint,
    Address,
    Address,
    Address,
    number,
    number,
    number,
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
  ]
  const v3Positions = positionEntries.map(({ tokenId, location }, index): V3PositionRawState => {
    const raw = round3[index] as BatchResult<PositionsTuple>
    if (!raw.ok) return { tokenId, location, position: raw, pool: undefined, stakes: [], stakeErrors: [] }
    const [, , token0, token1, fee, tickLower, tickUpper, liquidity, growth0, growth1, owed0, owed1] =
      raw.value
    const position: NpmPosition = {
      token0,
      token1,
      fee,
      tickLower,
      tickUpper,
      liquidity,
      feeGrowthInside0LastX128: growth0,
      feeGrowthInside1LastX128: growth1,
      tokensOwed0: owed0,
      tokensOwed1: owed1,
    }
    const pool = computeV3PoolAddress(contracts.v3Factory, token0, token1, fee)
    return { tokenId, location, position: { ok: true, value: position }, pool, stakes: [], stakeErrors: [] }
  })
  // Attach stakes (with liquidity > 0) to the staked positions.
  let stakeCursor = positionEntries.length
  const pendingStakes: {
    stake: Omit<V3StakeRawState, 'secondsPerLiquidityInsideX128'>
    position: V3PositionRawState
  }[] = []
  for (const tokenId of stakedTokenIds) {
    const position = v3Positions.find((entry) => entry.location === 'v3-staker' && entry.tokenId === tokenId)
    for (const incentive of incentives) {
      const stake = round3[stakeCursor++] as BatchResult<readonly [bigint, bigint]>
      const incentiveState = round3[stakeCursor++] as BatchResult<readonly [bigint, bigint, bigint]>
      if (position && !stake.ok)
        (position.stakeErrors as string[]).push(
          `stakes(${tokenId}, ${incentive.incentiveId}): ${stake.error}`,
        )
      if (!position || !stake.ok || stake.value[1] === 0n) continue
      pendingStakes.push({
        position,
        stake: {
          incentive,
          secondsPerLiquidityInsideInitialX128: stake.value[0],
          liquidity: stake.value[1],
          totalRewardUnclaimed: incentiveState.ok
            ? { ok: true, value: incentiveState.value[0] }
            : incentiveState,
          totalSecondsClaimedX128: incentiveState.ok
            ? { ok: true, value: incentiveState.value[1] }
            : incentiveState,
        },
      })
    }
  }

  // ---- Round 4: pools, ticks, token metadata, staker reward inputs ----
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
  for (const farm of farms) addToken(farm.rewardsToken)
  for (const incentive of incentives) addToken(incentive.rewardToken)
  if (pricing) addToken(pricing.usdToken)
  const tokenList = [...tokenSet] as Address[]

  const round4 = (await aggregate(
    [
      ...poolAddresses.flatMap((pool) => v3PoolStateCalls(pool)),
      ...[...tickEntries.values()].map(({ pool, tick }) =>
        contractCall(pool, uniswapV3PoolAbi, 'ticks', [tick]),
      ),
      ...tokenList.flatMap((token) => tokenMetadataCalls(token)),
      ...pendingStakes.map(({ position }) => {
        const { tickLower, tickUpper } = (position.position as { ok: true; value: NpmPosition }).value
        return contractCall(position.pool as Address, uniswapV3PoolAbi, 'snapshotCumulativesInside', [
          tickLower,
          tickUpper,
        ])
      }),
    ],
    blockNumber,
  )) as readonly BatchResult<unknown>[]

  let cursor4 = 0
  const next = <T>() => round4[cursor4++] as BatchResult<T>
  const pools = new Map<string, BatchResult<V3PoolRawState>>()
  for (const pool of poolAddresses) {
    const results = [next(), next(), next(), next()] as unknown as Parameters<typeof toPoolState>[0]
    pools.set(lower(pool), toPoolState(results))
  }
  const ticks = new Map<string, BatchResult<TickRawState>>()
  for (const key of tickEntries.keys()) {
    const result = next<readonly [bigint, bigint, bigint, bigint, bigint, bigint, number, boolean]>()
    ticks.set(
      key,
      result.ok
        ? {
            ok: true,
            value: {
              feeGrowthOutside0X128: result.value[2],
              feeGrowthOutside1X128: result.value[3],
              initialized: result.value[7],
            },
          }
        : result,
    )
  }
  const tokens = new Map<string, TokenMeta>()
  const tokensWithoutDecimals = new Set<string>()
  for (const token of tokenList) {
    const symbol = next<string>()
    const name = next<string>()
    const decimals = next<number>()
    tokens.set(token, toTokenMeta(token, symbol, name, decimals))
    if (!decimals.ok) tokensWithoutDecimals.add(token)
  }
  for (const { stake, position } of pendingStakes) {
    const snapshot = next<readonly [bigint, bigint, number]>()
    const secondsPerLiquidityInsideX128: BatchResult<bigint> = snapshot.ok
      ? { ok: true, value: snapshot.value[1] }
      : snapshot
    ;(position.stakes as V3StakeRawState[]).push({ ...stake, secondsPerLiquidityInsideX128 })
  }

  return {
    account,
    blockNumber,
    blockTimestamp,
    v2FeeOn,
    v3Positions,
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
