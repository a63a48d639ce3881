import { type Address, type Client, erc20Abi, zeroAddress } from 'viem'
import { getBlock, multicall } from 'viem/actions'
import { uniswapV2FactoryAbi } from './abi/uniswapV2FactoryAbi.ts'
import { uniswapV2PairAbi } from './abi/uniswapV2PairAbi.ts'

/** A V2 pair's state at one block: what a mint or burn through the router computes with. */
export type V2PairState = {
  blockNumber: bigint
  /** Chain time of that block, unix seconds. */
  blockTimestamp: bigint
  reserve0: bigint
  reserve1: bigint
  /** The pair's token balances (a burn pays from these; they exceed the reserves only by unsynced donations). */
  balance0: bigint
  balance1: bigint
  totalSupply: bigint
  /** pair.kLast(): reserve0·reserve1 after the last mint/burn while the fee was on; 0 otherwise. */
  kLast: bigint
  /** The pair's factory has a non-zero feeTo: the protocol fee (1/6 of fee growth) is minted on mint/burn. */
  feeOn: boolean
}

/**
 * Reads a V2 pair's reserves, balances, supply, kLast and its factory's feeTo at the latest block (or `blockNumber`; the
 * factory comes from the pair itself, so it holds for any V2 fork).
 */
export async function readV2PairState(
  client: Client,
  parameters: { pair: Address; token0: Address; token1: Address; blockNumber?: bigint },
): Promise<V2PairState> {
  const { pair, token0, token1 } = parameters
  const block = await getBlock(
    client,
    parameters.blockNumber === undefined ? { blockTag: 'latest' } : { blockNumber: parameters.blockNumber },
  )
  const blockNumber = block.number
  const [reserves, totalSupply, kLast, factory, balance0, balance1] = await multicall(client, {
    contracts: [
      { address: pair, abi: uniswapV2PairAbi, functionName: 'getReserves' },
      { address: pair, abi: uniswapV2PairAbi, functionName: 'totalSupply' },
      { address: pair, abi: uniswapV2PairAbi, functionName: 'kLast' },
      { address: pair, abi: uniswapV2PairAbi, functionName: 'factory' },
      { address: token0, abi: erc20Abi, functionName: 'balanceOf', args: [pair] },
      { address: token1, abi: erc20Abi, functionName: 'balanceOf', args: [pair] },
    ],
    allowFailure: false,
    blockNumber,
  })
  const [feeTo] = await multicall(client, {
    contracts: [{ address: factory, abi: uniswapV2FactoryAbi, functionName: 'feeTo' }],
    allowFailure: false,
    blockNumber,
  })
  return {
    blockNumber,
    blockTimestamp: block.timestamp,
    reserve0: reserves[0],
    reserve1: reserves[1],
    balance0,
    balance1,
    totalSupply,
    kLast,
    feeOn: feeTo.toLowerCase() !== zeroAddress,
  }
}
