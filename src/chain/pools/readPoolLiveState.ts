import type { Address, Client } from 'viem'
import { getBalance, getBlock, multicall } from 'viem/actions'
import type { PoolLiveState } from '../../domain/actions/poolLiveState.ts'
import type { PoolChoice } from '../../domain/catalogue/poolChoice.ts'
import { getTickAtSqrtRatio } from '../../math/index.ts'
import { uniswapV3PoolAbi } from '../abi/uniswapV3PoolAbi.ts'
import { readV2PairState } from '../readV2PairState.ts'
import { erc20WriteAbi } from '../write/writeAbis.ts'

/** One multicall for the pool's price and the account's balances and allowances. */
export async function readPoolLiveState(
  client: Client,
  parameters: { pool: PoolChoice; account: Address | undefined; spender: Address },
): Promise<PoolLiveState> {
  const { pool, spender } = parameters
  const account = parameters.account ?? '0x0000000000000000000000000000000000000000'
  const block = await getBlock(client, { blockTag: 'latest' })
  const blockNumber = block.number
  const tokenCalls = [pool.token0.address, pool.token1.address].flatMap((token) => [
    { address: token, abi: erc20WriteAbi, functionName: 'balanceOf', args: [account] } as const,
    { address: token, abi: erc20WriteAbi, functionName: 'allowance', args: [account, spender] } as const,
  ])
  const [balance0, allowance0, balance1, allowance1] = await multicall(client, {
    contracts: tokenCalls,
    allowFailure: false,
    blockNumber,
  })
  const ethBalanceWei = await getBalance(client, { address: account, blockNumber })
  const base = {
    blockNumber,
    blockTimestamp: block.timestamp,
    balance0Wei: balance0 as bigint,
    balance1Wei: balance1 as bigint,
    allowance0Wei: allowance0 as bigint,
    allowance1Wei: allowance1 as bigint,
    ethBalanceWei,
  }
  // A pool to create has no code yet: its state is the starting price, tick derived from it.
  if (pool.create)
    return {
      ...base,
      v3: { sqrtPriceX96: pool.create.sqrtPriceX96, tick: getTickAtSqrtRatio(pool.create.sqrtPriceX96) },
    }
  if (pool.protocol === 'v3') {
    const [slot0] = await multicall(client, {
      contracts: [{ address: pool.address, abi: uniswapV3PoolAbi, functionName: 'slot0' }],
      allowFailure: false,
      blockNumber,
    })
    return { ...base, v3: { sqrtPriceX96: slot0[0], tick: slot0[1] } }
  }
  const pair = await readV2PairState(client, {
    pair: pool.address,
    token0: pool.token0.address,
    token1: pool.token1.address,
    blockNumber,
  })
  const { reserve0, reserve1, totalSupply, feeOn, kLast } = pair
  return { ...base, v2: { reserve0, reserve1, totalSupply, feeOn, kLast } }
}
