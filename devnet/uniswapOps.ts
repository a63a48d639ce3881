import type { Address, TransactionReceipt } from 'viem'
import { rawPrice, sqrtPriceX96FromRawPrice, toRawAmount } from './ammMath.ts'
import type { V2PairSpec, V3PoolSpec } from './markets.ts'
import { TICK_SPACING_BY_FEE } from './markets.ts'
import {
  ABIS,
  DEADLINE,
  MAX_UINT128,
  type SeedContext,
  type SeededV2Pair,
  type SeededV3Pool,
  tokenAddress,
  tokenDecimals,
} from './seedContext.ts'
import type { TokenKey } from './tokenSpecs.ts'

const ERC721_TRANSFER_TOPIC = '0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef'

function sortTokens(ctx: SeedContext, a: TokenKey, b: TokenKey): [TokenKey, TokenKey] {
  return BigInt(tokenAddress(ctx, a)) < BigInt(tokenAddress(ctx, b)) ? [a, b] : [b, a]
}

/** Market price of the pool as raw token1 per raw token0. */
export function marketRawPrice(ctx: SeedContext, token0: TokenKey, token1: TokenKey): number {
  return rawPrice(
    ctx.pricesUsd[token0],
    ctx.pricesUsd[token1],
    tokenDecimals(ctx, token0),
    tokenDecimals(ctx, token1),
  )
}

/** Whole-token amount worth `valueUsd` at the current market price, in raw units. */
export function rawAmountForUsd(ctx: SeedContext, key: TokenKey, valueUsd: number): bigint {
  return toRawAmount(valueUsd / ctx.pricesUsd[key], tokenDecimals(ctx, key))
}

/** Creates and initialises a V3 pool at the current market price via the NPM. */
export async function createV3Pool(ctx: SeedContext, from: Address, spec: V3PoolSpec): Promise<SeededV3Pool> {
  const [token0, token1] = sortTokens(ctx, spec.tokenA, spec.tokenB)
  const sqrtPriceX96 = sqrtPriceX96FromRawPrice(marketRawPrice(ctx, token0, token1))
  const { nonfungiblePositionManager, v3Factory } = ctx.core.contracts
  const [address0, address1] = [tokenAddress(ctx, token0), tokenAddress(ctx, token1)]
  await ctx.writer.write({
    from,
    address: nonfungiblePositionManager,
    abi: ABIS.npm,
    functionName: 'createAndInitializePoolIfNecessary',
    args: [address0, address1, spec.fee, sqrtPriceX96],
  })
  const address = await ctx.writer.read<Address>(v3Factory, ABIS.v3Factory, 'getPool', [
    address0,
    address1,
    spec.fee,
  ])
  const tickSpacing = TICK_SPACING_BY_FEE[spec.fee]
  if (tickSpacing === undefined) throw new Error(`unknown fee tier ${spec.fee}`)
  return { spec, address, token0, token1, fee: spec.fee, tickSpacing }
}

/** slot0 of a V3 pool: current sqrt price and tick. */
export async function readSlot0(
  ctx: SeedContext,
  pool: SeededV3Pool,
): Promise<{ sqrtPriceX96: bigint; tick: number }> {
  const slot0 = await ctx.writer.read<readonly [bigint, number]>(pool.address, ABIS.v3Pool, 'slot0')
  return { sqrtPriceX96: slot0[0], tick: slot0[1] }
}

export interface MintedPosition {
  tokenId: bigint
  liquidity: bigint
  receipt: TransactionReceipt
}

/**
 * Mints an NPM position worth about `valueUsdPerSide` of each token (the contract uses what the range
 * needs). The token id is read from the ERC721 Transfer log of the mint.
 */
export async function mintV3Position(
  ctx: SeedContext,
  owner: Address,
  pool: SeededV3Pool,
  tickLower: number,
  tickUpper: number,
  valueUsdPerSide: number,
): Promise<MintedPosition> {
  const npm = ctx.core.contracts.nonfungiblePositionManager
  const receipt = await ctx.writer.write({
    from: owner,
    address: npm,
    abi: ABIS.npm,
    functionName: 'mint',
    args: [
      {
        token0: tokenAddress(ctx, pool.token0),
        token1: tokenAddress(ctx, pool.token1),
        fee: pool.fee,
        tickLower,
        tickUpper,
        amount0Desired: rawAmountForUsd(ctx, pool.token0, valueUsdPerSide),
        amount1Desired: rawAmountForUsd(ctx, pool.token1, valueUsdPerSide),
        amount0Min: 0n,
        amount1Min: 0n,
        recipient: owner,
        deadline: DEADLINE,
      },
    ],
  })
  const transfer = receipt.logs.find(
    (log) => log.address.toLowerCase() === npm.toLowerCase() && log.topics[0] === ERC721_TRANSFER_TOPIC,
  )
  const tokenIdTopic = transfer?.topics[3]
  if (!tokenIdTopic) throw new Error('NPM mint emitted no Transfer')
  const tokenId = BigInt(tokenIdTopic)
  return { tokenId, liquidity: await positionLiquidity(ctx, tokenId), receipt }
}

/** Current liquidity of an NPM position. */
export async function positionLiquidity(ctx: SeedContext, tokenId: bigint): Promise<bigint> {
  const position = await ctx.writer.read<readonly unknown[]>(
    ctx.core.contracts.nonfungiblePositionManager,
    ABIS.npm,
    'positions',
    [tokenId],
  )
  return position[7] as bigint
}

/** Removes all liquidity of a position and collects everything owed: the position is closed. */
export async function closeV3Position(ctx: SeedContext, owner: Address, tokenId: bigint): Promise<void> {
  const npm = ctx.core.contracts.nonfungiblePositionManager
  const liquidity = await positionLiquidity(ctx, tokenId)
  await ctx.writer.write({
    from: owner,
    address: npm,
    abi: ABIS.npm,
    functionName: 'decreaseLiquidity',
    args: [{ tokenId, liquidity, amount0Min: 0n, amount1Min: 0n, deadline: DEADLINE }],
  })
  await ctx.writer.write({
    from: owner,
    address: npm,
    abi: ABIS.npm,
    functionName: 'collect',
    args: [{ tokenId, recipient: owner, amount0Max: MAX_UINT128, amount1Max: MAX_UINT128 }],
  })
}

/** exactInputSingle through SwapRouter, optionally stopping at a price limit. */
export async function swapV3(
  ctx: SeedContext,
  trader: Address,
  pool: SeededV3Pool,
  zeroForOne: boolean,
  amountInRaw: bigint,
  sqrtPriceLimitX96 = 0n,
): Promise<void> {
  const [tokenIn, tokenOut] = zeroForOne ? [pool.token0, pool.token1] : [pool.token1, pool.token0]
  await ctx.writer.write({
    from: trader,
    address: ctx.core.contracts.swapRouter,
    abi: ABIS.swapRouter,
    functionName: 'exactInputSingle',
    args: [
      {
        tokenIn: tokenAddress(ctx, tokenIn),
        tokenOut: tokenAddress(ctx, tokenOut),
        fee: pool.fee,
        recipient: trader,
        deadline: DEADLINE,
        amountIn: amountInRaw,
        amountOutMinimum: 0n,
        sqrtPriceLimitX96,
      },
    ],
  })
}

/** Adds liquidity through Router02 (creating the pair on first use) worth about `valueUsdPerSide` per token. */
export async function addV2Liquidity(
  ctx: SeedContext,
  owner: Address,
  spec: V2PairSpec,
  valueUsdPerSide: number,
): Promise<SeededV2Pair> {
  const [token0, token1] = sortTokens(ctx, spec.tokenA, spec.tokenB)
  const [address0, address1] = [tokenAddress(ctx, token0), tokenAddress(ctx, token1)]
  await ctx.writer.write({
    from: owner,
    address: ctx.core.contracts.v2Router02,
    abi: ABIS.v2Router02,
    functionName: 'addLiquidity',
    args: [
      address0,
      address1,
      rawAmountForUsd(ctx, token0, valueUsdPerSide),
      rawAmountForUsd(ctx, token1, valueUsdPerSide),
      0n,
      0n,
      owner,
      DEADLINE,
    ],
  })
  const address = await ctx.writer.read<Address>(ctx.core.contracts.v2Factory, ABIS.v2Factory, 'getPair', [
    address0,
    address1,
  ])
  return { spec, address, token0, token1 }
}

export async function readV2Reserves(ctx: SeedContext, pair: SeededV2Pair): Promise<[bigint, bigint]> {
  const reserves = await ctx.writer.read<readonly [bigint, bigint, number]>(
    pair.address,
    ABIS.v2Pair,
    'getReserves',
  )
  return [reserves[0], reserves[1]]
}

/** swapExactTokensForTokens through Router02 along the single pair. */
export async function swapV2(
  ctx: SeedContext,
  trader: Address,
  pair: SeededV2Pair,
  zeroForOne: boolean,
  amountInRaw: bigint,
): Promise<void> {
  const path = zeroForOne
    ? [tokenAddress(ctx, pair.token0), tokenAddress(ctx, pair.token1)]
    : [tokenAddress(ctx, pair.token1), tokenAddress(ctx, pair.token0)]
  await ctx.writer.write({
    from: trader,
    address: ctx.core.contracts.v2Router02,
    abi: ABIS.v2Router02,
    functionName: 'swapExactTokensForTokens',
    args: [amountInRaw, 0n, path, trader, DEADLINE],
  })
}
