import { type Address, encodeAbiParameters, type Hex, keccak256 } from 'viem'
import { alignTick, fullRangeTicks } from './ammMath.ts'
import { loadArtifact } from './artifacts.ts'
import { V2_PAIR_SPECS, type V2PairSpec, V3_POOL_SPECS, type V3PoolSpec } from './markets.ts'
import {
  ABIS,
  approveAll,
  fundToken,
  type SeedContext,
  type SeededV3Pool,
  setEthBalance,
} from './seedContext.ts'
import { HISTORY_START_TIMESTAMP, V3_INCENTIVE_DURATION_SEC } from './timeline.ts'
import type { TokenKey } from './tokenSpecs.ts'
import { addV2Liquidity, createV3Pool, mintV3Position, rawAmountForUsd, readSlot0 } from './uniswapOps.ts'

const ETH = 10n ** 18n

/** Every token key in deployment order. */
export function allTokenKeys(ctx: SeedContext): TokenKey[] {
  return Object.keys(ctx.core.tokens) as TokenKey[]
}

/** Gives an account `valueUsd` of every token (plus ETH to wrap) and approves the given spenders. */
export async function fundAccount(
  ctx: SeedContext,
  account: Address,
  valueUsdPerToken: number,
  spenders: readonly Address[],
  ethBalanceWei: bigint,
): Promise<void> {
  await setEthBalance(ctx, account, ethBalanceWei)
  for (const key of allTokenKeys(ctx))
    await fundToken(ctx, account, key, rawAmountForUsd(ctx, key, valueUsdPerToken))
  for (const spender of spenders) await approveAll(ctx, account, allTokenKeys(ctx), spender)
}

/** Half-widths (in ticks) of the provider's two concentrated bands: several ranges so swaps cross ticks. */
function bandHalfWidths(pool: SeededV3Pool): [number, number] {
  if (pool.fee === 100) return [50, 10]
  return [Math.max(1_000, 10 * pool.tickSpacing), Math.max(300, 3 * pool.tickSpacing)]
}

/**
 * Creates every V3 pool and V2 pair at the market price and gives each one liquidity from the provider:
 * V3 pools get a full-range position plus a wide and a narrow band around the price.
 */
export async function createMarkets(
  ctx: SeedContext,
  provider: Address,
  v3Specs: readonly V3PoolSpec[] = V3_POOL_SPECS,
  v2Specs: readonly V2PairSpec[] = V2_PAIR_SPECS,
): Promise<void> {
  for (const spec of v3Specs) {
    const pool = await createV3Pool(ctx, provider, spec)
    ctx.v3Pools.push(pool)
    const { tick } = await readSlot0(ctx, pool)
    const full = fullRangeTicks(pool.tickSpacing)
    const [wide, narrow] = bandHalfWidths(pool)
    await mintV3Position(ctx, provider, pool, full.tickLower, full.tickUpper, spec.tvlUsd * 0.25)
    for (const [halfWidth, share] of [
      [wide, 0.15],
      [narrow, 0.1],
    ] as const) {
      const tickLower = alignTick(tick - halfWidth, pool.tickSpacing, 'down')
      const tickUpper = alignTick(tick + halfWidth, pool.tickSpacing, 'up')
      await mintV3Position(ctx, provider, pool, tickLower, tickUpper, spec.tvlUsd * share)
    }
  }
  for (const spec of v2Specs) {
    ctx.v2Pairs.push(await addV2Liquidity(ctx, provider, spec, spec.tvlUsd / 2))
  }
}

/** Deploys the StakingRewards farm for `stakingToken` (rewards in FARM, distributed by `distributor`). */
export async function deployStakingRewards(ctx: SeedContext, distributor: Address, stakingToken: Address) {
  return ctx.writer.deploy(distributor, loadArtifact('StakingRewards'), [
    distributor,
    ctx.core.tokens.FARM.address,
    stakingToken,
  ])
}

/** Starts the 60-day farm: fund it with its reward token (FARM unless told) and notify (periodFinish = now + 60 days). */
export async function startStakingRewards(
  ctx: SeedContext,
  distributor: Address,
  farm: Address,
  rewardRaw: bigint,
  rewardToken: TokenKey = 'FARM',
) {
  await ctx.writer.write({
    from: distributor,
    address: ctx.core.tokens[rewardToken].address,
    abi: ABIS.erc20,
    functionName: 'transfer',
    args: [farm, rewardRaw],
  })
  await ctx.writer.write({
    from: distributor,
    address: farm,
    abi: ABIS.stakingRewards,
    functionName: 'notifyRewardAmount',
    args: [rewardRaw],
  })
}

export interface IncentiveKey {
  rewardToken: Address
  pool: Address
  startTime: bigint
  endTime: bigint
  refundee: Address
}

const INCENTIVE_KEY_ABI = [
  {
    type: 'tuple',
    components: [
      { name: 'rewardToken', type: 'address' },
      { name: 'pool', type: 'address' },
      { name: 'startTime', type: 'uint256' },
      { name: 'endTime', type: 'uint256' },
      { name: 'refundee', type: 'address' },
    ],
  },
] as const

/** abi.encode(key): the `data` of an NPM safeTransferFrom that deposits and stakes in one go. */
export function encodeIncentiveKey(key: IncentiveKey): Hex {
  return encodeAbiParameters(INCENTIVE_KEY_ABI, [key])
}

/** The staker's incentive id: keccak256(abi.encode(key)). */
export function incentiveId(key: IncentiveKey): Hex {
  return keccak256(encodeIncentiveKey(key))
}

/** Which token an incentive pays and when it starts (defaults: the devnet's FARM from its history start). */
export interface IncentiveOptions {
  rewardToken?: TokenKey
  startTime?: number
}

/**
 * Creates a V3 staker incentive on `pool` paying FARM (or `options.rewardToken`) from the start of the
 * history (or `options.startTime`) for 60 days.
 * Must run before the history starts (the staker rejects start times in the past).
 */
export async function createV3Incentive(
  ctx: SeedContext,
  funder: Address,
  pool: Address,
  rewardRaw: bigint,
  options: IncentiveOptions = {},
) {
  const { rewardToken = 'FARM', startTime = HISTORY_START_TIMESTAMP } = options
  const key: IncentiveKey = {
    rewardToken: ctx.core.tokens[rewardToken].address,
    pool,
    startTime: BigInt(startTime),
    endTime: BigInt(startTime + V3_INCENTIVE_DURATION_SEC),
    refundee: funder,
  }
  const staker = ctx.core.contracts.v3Staker
  await approveAll(ctx, funder, [rewardToken], staker)
  await ctx.writer.write({
    from: funder,
    address: staker,
    abi: ABIS.v3Staker,
    functionName: 'createIncentive',
    args: [key, rewardRaw],
  })
  return key
}

export { ETH }
