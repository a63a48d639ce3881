import type { Address, Client } from 'viem'
import type { PoolsState } from '../../domain/pools/poolState.ts'
import type { PoolsListConfig } from '../../domain/pools/poolsListTypes.ts'
import { erc20Abi } from '../abi/erc20Abi.ts'
import { multicall3Abi } from '../abi/multicall3Abi.ts'
import { stakingRewardsAbi } from '../abi/stakingRewardsAbi.ts'
import { uniswapV2PairAbi } from '../abi/uniswapV2PairAbi.ts'
import { uniswapV3PoolAbi } from '../abi/uniswapV3PoolAbi.ts'
import { uniswapV3StakerAbi } from '../abi/uniswapV3StakerAbi.ts'
import { aggregateCalls, type BatchCall, type BatchResult, contractCall } from '../aggregateCalls.ts'

const lower = (address: string) => address.toLowerCase()

/**
 * Reads every pool, pair, farm and incentive of the config in ONE eth_call (Multicall3.aggregate3,
 * per-call failure), with the block number and timestamp from the same call so all figures are "as
 * of" one block. The number of JSON-RPC requests does not grow with the number of pools.
 */
export async function readPoolsState(client: Client, config: PoolsListConfig): Promise<PoolsState> {
  const calls: BatchCall<unknown>[] = []
  const add = <value>(call: BatchCall<value>) => calls.push(call as BatchCall<unknown>) - 1
  const meta = {
    blockNumber: add(contractCall(config.multicall3, multicall3Abi, 'getBlockNumber', [])),
    timestamp: add(contractCall(config.multicall3, multicall3Abi, 'getCurrentBlockTimestamp', [])),
  }
  const v3 = config.v3Pools.map((pool) => ({
    pool,
    slot0: add(contractCall(pool.address, uniswapV3PoolAbi, 'slot0', [])),
    liquidity: add(contractCall(pool.address, uniswapV3PoolAbi, 'liquidity', [])),
    balance0: add(contractCall(pool.token0, erc20Abi, 'balanceOf', [pool.address])),
    balance1: add(contractCall(pool.token1, erc20Abi, 'balanceOf', [pool.address])),
  }))
  const v2 = config.v2Pairs.map((pair) => ({
    pair,
    reserves: add(contractCall(pair.address, uniswapV2PairAbi, 'getReserves', [])),
    totalSupply: add(contractCall(pair.address, uniswapV2PairAbi, 'totalSupply', [])),
  }))
  const farms = config.stakingRewards.map((farm) => ({
    farm,
    rewardRate: add(contractCall(farm.address, stakingRewardsAbi, 'rewardRate', [])),
    periodFinish: add(contractCall(farm.address, stakingRewardsAbi, 'periodFinish', [])),
    totalSupply: add(contractCall(farm.address, stakingRewardsAbi, 'totalSupply', [])),
  }))
  const incentives = config.v3Incentives.map((incentive) => ({
    incentive,
    state: add(contractCall(config.v3Staker, uniswapV3StakerAbi, 'incentives', [incentive.incentiveId])),
  }))
  const results = (await aggregateCalls(client, {
    multicall3: config.multicall3,
    calls,
  })) as BatchResult<unknown>[]
  const value = <result>(index: number): result | undefined => {
    const result = results[index]
    return result?.ok ? (result.value as result) : undefined
  }
  const blockNumber = value<bigint>(meta.blockNumber)
  const timestamp = value<bigint>(meta.timestamp)
  if (blockNumber === undefined || timestamp === undefined) throw new Error('Multicall3 block helpers failed')

  const state: PoolsState = {
    blockNumber,
    timestamp: Number(timestamp),
    v3: new Map(),
    v2: new Map(),
    farms: new Map(),
    incentives: new Map(),
  }
  for (const entry of v3) {
    const slot0 = value<readonly [bigint, number, ...unknown[]]>(entry.slot0)
    const liquidity = value<bigint>(entry.liquidity)
    const balance0 = value<bigint>(entry.balance0)
    const balance1 = value<bigint>(entry.balance1)
    state.v3.set(
      lower(entry.pool.address),
      slot0 && liquidity !== undefined && balance0 !== undefined && balance1 !== undefined && slot0[0] > 0n
        ? { sqrtPriceX96: slot0[0], tick: slot0[1], liquidity, balance0Wei: balance0, balance1Wei: balance1 }
        : null,
    )
  }
  for (const entry of v2) {
    const reserves = value<readonly [bigint, bigint, number]>(entry.reserves)
    const totalSupply = value<bigint>(entry.totalSupply)
    state.v2.set(
      lower(entry.pair.address),
      reserves && totalSupply !== undefined
        ? { reserve0Wei: reserves[0], reserve1Wei: reserves[1], totalSupplyWei: totalSupply }
        : null,
    )
  }
  for (const entry of farms) {
    const rewardRate = value<bigint>(entry.rewardRate)
    const periodFinish = value<bigint>(entry.periodFinish)
    const totalSupply = value<bigint>(entry.totalSupply)
    state.farms.set(
      lower(entry.farm.address),
      rewardRate !== undefined && periodFinish !== undefined && totalSupply !== undefined
        ? {
            rewardRateWeiPerSecond: rewardRate,
            periodFinish: Number(periodFinish),
            totalStakedWei: totalSupply,
          }
        : null,
    )
  }
  for (const entry of incentives) {
    const result = value<readonly [bigint, bigint, bigint]>(entry.state)
    state.incentives.set(
      lower(entry.incentive.incentiveId),
      result ? { totalRewardUnclaimedWei: result[0], numberOfStakes: result[2] } : null,
    )
  }
  return state
}

/** Addresses of every listed pool (V3 and V2), for log filters. */
export function listedPoolAddresses(config: PoolsListConfig): Address[] {
  return [...config.v3Pools.map((pool) => pool.address), ...config.v2Pairs.map((pair) => pair.address)]
}
