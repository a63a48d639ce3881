import { type Address, parseEventLogs } from 'viem'
import type { Deployments, V3PoolInfo } from '../../../src/domain/catalogue/types.ts'
import { npmAbi, swapRouterAbi, v3PoolAbi } from './abis.ts'
import { DEADLINE, type DevnetClient } from './devnetClient.ts'

const MAX_UINT128 = 2n ** 128n - 1n

/** What the NPM's IncreaseLiquidity event reports for a mint. */
export type MintResult = {
  tokenId: bigint
  liquidity: bigint
  amount0: bigint
  amount1: bigint
  blockNumber: bigint
}

/** NonfungiblePositionManager.mint with no slippage limits; results from the IncreaseLiquidity event. */
export async function mintPosition(
  client: DevnetClient,
  deployments: Deployments,
  owner: Address,
  pool: V3PoolInfo,
  range: { tickLower: number; tickUpper: number; amount0Desired: bigint; amount1Desired: bigint },
): Promise<MintResult> {
  const receipt = await client.write({
    from: owner,
    address: deployments.contracts.nonfungiblePositionManager,
    abi: npmAbi,
    functionName: 'mint',
    args: [
      {
        token0: pool.token0,
        token1: pool.token1,
        fee: pool.fee,
        ...range,
        amount0Min: 0n,
        amount1Min: 0n,
        recipient: owner,
        deadline: DEADLINE,
      },
    ],
  })
  const [event] = parseEventLogs({ abi: npmAbi, eventName: 'IncreaseLiquidity', logs: receipt.logs })
  if (!event) throw new Error('mint emitted no IncreaseLiquidity')
  return { ...event.args, blockNumber: receipt.blockNumber }
}

/** NPM.positions(tokenId) as named fields. */
export async function readNpmPosition(
  client: DevnetClient,
  npm: Address,
  tokenId: bigint,
  blockNumber?: bigint,
) {
  const p = await client.publicClient.readContract({
    address: npm,
    abi: npmAbi,
    functionName: 'positions',
    args: [tokenId],
    ...(blockNumber === undefined ? {} : { blockNumber }),
  })
  return {
    tickLower: p[5],
    tickUpper: p[6],
    liquidity: p[7],
    feeGrowthInside0LastX128: p[8],
    feeGrowthInside1LastX128: p[9],
    tokensOwed0: p[10],
    tokensOwed1: p[11],
  }
}

/** NPM.collect(max, max) as a static call from the owner: what the position could collect now. */
export async function collectableNow(
  client: DevnetClient,
  npm: Address,
  owner: Address,
  tokenId: bigint,
  blockNumber: bigint,
): Promise<readonly [bigint, bigint]> {
  const { result } = await client.publicClient.simulateContract({
    account: owner,
    address: npm,
    abi: npmAbi,
    functionName: 'collect',
    args: [{ tokenId, recipient: owner, amount0Max: MAX_UINT128, amount1Max: MAX_UINT128 }],
    blockNumber,
  })
  return result
}

/** The pool's Swap event of a SwapRouter single-pool swap. */
export type PoolSwap = {
  amount0: bigint
  amount1: bigint
  sqrtPriceX96: bigint
  liquidity: bigint
  tick: number
  blockNumber: bigint
}

/**
 * SwapRouter exactInputSingle (amountSpecified > 0) or exactOutputSingle (< 0) without limits;
 * returns the pool's own Swap event.
 */
export async function routerSwap(
  client: DevnetClient,
  deployments: Deployments,
  trader: Address,
  pool: V3PoolInfo,
  zeroForOne: boolean,
  amountSpecified: bigint,
): Promise<PoolSwap> {
  const [tokenIn, tokenOut] = zeroForOne ? [pool.token0, pool.token1] : [pool.token1, pool.token0]
  const common = {
    tokenIn,
    tokenOut,
    fee: pool.fee,
    recipient: trader,
    deadline: DEADLINE,
    sqrtPriceLimitX96: 0n,
  }
  const receipt =
    amountSpecified > 0n
      ? await client.write({
          from: trader,
          address: deployments.contracts.swapRouter,
          abi: swapRouterAbi,
          functionName: 'exactInputSingle',
          args: [{ ...common, amountIn: amountSpecified, amountOutMinimum: 0n }],
        })
      : await client.write({
          from: trader,
          address: deployments.contracts.swapRouter,
          abi: swapRouterAbi,
          functionName: 'exactOutputSingle',
          args: [{ ...common, amountOut: -amountSpecified, amountInMaximum: 2n ** 255n }],
        })
  const swaps = parseEventLogs({ abi: v3PoolAbi, eventName: 'Swap', logs: receipt.logs }).filter(
    (log) => log.address.toLowerCase() === pool.address.toLowerCase(),
  )
  const [swap] = swaps
  if (!swap || swaps.length !== 1) throw new Error(`expected one Swap event, got ${swaps.length}`)
  return { ...swap.args, blockNumber: receipt.blockNumber }
}
