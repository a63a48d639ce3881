import type { Address, Client } from 'viem'
import type { PoolLiveState } from '../../domain/actions/poolLiveState.ts'
import type { PoolChoice } from '../../domain/catalogue/poolChoice.ts'
import { getTickAtSqrtRatio } from '../../math/index.ts'
import { multicall3Of, readBatch } from '../batch/readBatch.ts'
import { accountBalancesCalls, toAccountBalances } from '../readers/readBalances.ts'
import { blockCalls, toBlock } from '../readers/readBlock.ts'
import { v3PoolStateCalls } from '../readers/readPoolStates.ts'
import { completeV2PairState, v2PairReadingCalls } from '../readV2PairState.ts'

const NO_ACCOUNT: Address = '0x0000000000000000000000000000000000000000'

/**
 * The pool's price and the account's balances and allowances, all at one block: ONE eth_call for a
 * V3 pool, two for a V2 pair (its factory's fee switch is read from the factory the pair names).
 * @throws when any read failed (the form never computes with a missing balance or price)
 */
export async function readPoolLiveState(
  client: Client,
  parameters: {
    pool: PoolChoice
    account: Address | undefined
    spender: Address
    multicall3?: Address | undefined
    signal?: AbortSignal | undefined
  },
): Promise<PoolLiveState> {
  const { pool, spender, signal } = parameters
  const account = parameters.account ?? NO_ACCOUNT
  const multicall3 = multicall3Of(client, parameters.multicall3)
  const tokens = [pool.token0.address, pool.token1.address]
  const existing = pool.create ? undefined : pool
  const round1 = await readBatch(client, {
    multicall3,
    signal,
    calls: {
      block: blockCalls(multicall3),
      balances: accountBalancesCalls({ multicall3, account, tokens, spender }),
      v3: existing?.protocol === 'v3' ? [v3PoolStateCalls(existing.address).slot0] : [],
      v2:
        existing?.protocol === 'v2'
          ? [v2PairReadingCalls(existing.address, pool.token0.address, pool.token1.address)]
          : [],
    },
  })
  const block = toBlock(round1.block)
  const balances = toAccountBalances(tokens, round1.balances)
  const key0 = pool.token0.address.toLowerCase()
  const key1 = pool.token1.address.toLowerCase()
  const base = {
    blockNumber: block.blockNumber,
    blockTimestamp: block.timestamp,
    balance0Wei: balances.balancesWei[key0] as bigint,
    balance1Wei: balances.balancesWei[key1] as bigint,
    allowance0Wei: balances.allowancesWei[key0] as bigint,
    allowance1Wei: balances.allowancesWei[key1] as bigint,
    ethBalanceWei: balances.ethBalanceWei,
  }
  // A V2 pair to create has no code yet: empty reserves, no supply (the first deposit sets the price).
  if (pool.create && pool.protocol === 'v2')
    return { ...base, v2: { reserve0: 0n, reserve1: 0n, totalSupply: 0n, feeOn: false, kLast: 0n } }
  // A pool to create has no code yet: its state is the starting price, tick derived from it.
  if (pool.create)
    return {
      ...base,
      v3: { sqrtPriceX96: pool.create.sqrtPriceX96, tick: getTickAtSqrtRatio(pool.create.sqrtPriceX96) },
    }
  const [slot0] = round1.v3
  if (slot0) {
    if (!slot0.ok) throw new Error(`pool ${pool.address} slot0 unavailable: ${slot0.error}`)
    return { ...base, v3: { sqrtPriceX96: slot0.value.sqrtPriceX96, tick: slot0.value.tick } }
  }
  const [pairResults] = round1.v2
  if (!pairResults) throw new Error(`pool ${pool.address}: unknown protocol`)
  const pair = await completeV2PairState(client, { block, results: pairResults, multicall3, signal })
  const { reserve0, reserve1, totalSupply, feeOn, kLast } = pair
  return { ...base, v2: { reserve0, reserve1, totalSupply, feeOn, kLast } }
}
