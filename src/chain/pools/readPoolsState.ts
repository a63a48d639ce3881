import type { Address, Client } from 'viem'
import type { PoolsState } from '../../domain/pools/poolState.ts'
import type { PoolsListConfig } from '../../domain/pools/poolsListTypes.ts'
import { zipResults } from '../batch/batchResult.ts'
import { readBatch } from '../batch/readBatch.ts'
import { erc20BalanceCall } from '../readers/readBalances.ts'
import { blockCalls, toBlock } from '../readers/readBlock.ts'
import { stakingRewardsStateCalls, toStakingRewardsState } from '../readers/readFarmStates.ts'
import {
  toV2PairState,
  toV3PoolState,
  v2PairStateCalls,
  v3PoolStateCalls,
} from '../readers/readPoolStates.ts'
import { stakerIncentiveCall } from '../readers/readPositionStates.ts'

const lower = (address: string) => address.toLowerCase()

/**
 * Reads every pool, pair, farm and incentive of the config in ONE eth_call (Multicall3.aggregate3,
 * per-call failure), with the block number and timestamp from the same call so all figures are "as
 * of" one block. The number of JSON-RPC requests does not grow with the number of pools.
 */
export async function readPoolsState(
  client: Client,
  config: PoolsListConfig,
  options: { signal?: AbortSignal | undefined } = {},
): Promise<PoolsState> {
  const results = await readBatch(client, {
    multicall3: config.multicall3,
    signal: options.signal,
    calls: {
      block: blockCalls(config.multicall3),
      v3: config.v3Pools.map((pool) => ({
        state: v3PoolStateCalls(pool.address),
        balance0: erc20BalanceCall(pool.token0, pool.address),
        balance1: erc20BalanceCall(pool.token1, pool.address),
      })),
      v2: config.v2Pairs.map((pair) => v2PairStateCalls(pair.address)),
      farms: config.stakingRewards.map((farm) => stakingRewardsStateCalls(farm.address)),
      incentives: config.v3Incentives.map((incentive) =>
        // poolsListConfigOf / discoverPoolsListConfig list incentives only with a staker.
        stakerIncentiveCall(config.v3Staker as Address, incentive.incentiveId),
      ),
    },
  })
  const { blockNumber, timestamp } = toBlock(results.block)
  const state: PoolsState = {
    blockNumber,
    timestamp: Number(timestamp),
    v3: new Map(),
    v2: new Map(),
    farms: new Map(),
    incentives: new Map(),
  }
  for (const [pool, entry] of zipResults(config.v3Pools, results.v3)) {
    const poolState = toV3PoolState(entry.state)
    state.v3.set(
      lower(pool.address),
      poolState.ok && poolState.value.sqrtPriceX96 > 0n && entry.balance0.ok && entry.balance1.ok
        ? {
            sqrtPriceX96: poolState.value.sqrtPriceX96,
            tick: poolState.value.tick,
            liquidity: poolState.value.liquidity,
            balance0Wei: entry.balance0.value,
            balance1Wei: entry.balance1.value,
          }
        : null,
    )
  }
  for (const [pair, entry] of zipResults(config.v2Pairs, results.v2)) {
    const pairState = toV2PairState(entry)
    state.v2.set(
      lower(pair.address),
      pairState.ok
        ? {
            reserve0Wei: pairState.value.reserve0,
            reserve1Wei: pairState.value.reserve1,
            totalSupplyWei: pairState.value.totalSupply,
          }
        : null,
    )
  }
  for (const [farm, entry] of zipResults(config.stakingRewards, results.farms)) {
    const farmState = toStakingRewardsState(entry)
    state.farms.set(
      lower(farm.address),
      farmState.ok
        ? {
            rewardRateWeiPerSecond: farmState.value.rewardRate,
            periodFinish: Number(farmState.value.periodFinish),
            totalStakedWei: farmState.value.totalSupply,
          }
        : null,
    )
  }
  for (const [incentive, entry] of zipResults(config.v3Incentives, results.incentives))
    state.incentives.set(
      lower(incentive.incentiveId),
      entry.ok
        ? {
            totalRewardUnclaimedWei: entry.value.totalRewardUnclaimed,
            totalSecondsClaimedX128: entry.value.totalSecondsClaimedX128,
            numberOfStakes: entry.value.numberOfStakes,
          }
        : null,
    )
  return state
}

/** Addresses of every listed pool (V3 and V2), for log filters. */
export function listedPoolAddresses(config: PoolsListConfig): Address[] {
  return [...config.v3Pools.map((pool) => pool.address), ...config.v2Pairs.map((pair) => pair.address)]
}
