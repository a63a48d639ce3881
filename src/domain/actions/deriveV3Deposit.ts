import {
  getAmount0Delta,
  getAmount1Delta,
  getLiquidityForAmount0,
  getLiquidityForAmount1,
  getLiquidityForAmounts,
  getSqrtRatioAtTick,
} from '../../math/index.ts'

/** Where the current price sits relative to the range: decides which tokens a deposit takes. */
export type RangePosition = 'below' | 'in' | 'above'

/** The deposit a V3 mint will make, exactly as NonfungiblePositionManager computes it. */
export type V3Deposit = {
  /** 'below': price under the range → token0 only; 'above' → token1 only. */
  rangePosition: RangePosition
  liquidity: bigint
  /** Desired amounts sent as mint params. */
  amount0DesiredWei: bigint
  amount1DesiredWei: bigint
  /** What the pool takes for `liquidity` (rounded up, as pool.mint does). */
  amount0Wei: bigint
  amount1Wei: bigint
}

export type DeriveV3DepositParameters = {
  sqrtPriceX96: bigint
  tickLower: number
  tickUpper: number
  /** The side the user typed. */
  independent: 'token0' | 'token1'
  amountWei: bigint
}

/** Which side(s) of the pair a range takes at the current price. */
export function rangePositionOf(sqrtPriceX96: bigint, tickLower: number, tickUpper: number): RangePosition {
  if (sqrtPriceX96 <= getSqrtRatioAtTick(tickLower)) return 'below'
  if (sqrtPriceX96 >= getSqrtRatioAtTick(tickUpper)) return 'above'
  return 'in'
}

/**
 * From the side the user typed, the other side and the liquidity: liquidity from the typed amount
 * (floored, like LiquidityAmounts), the dependent amount rounded UP (what pool.mint charges), so the
 * mint's own getLiquidityForAmounts gives back the same liquidity.
 * @throws Error('WRONG_SIDE') when the typed side is not deposited at all in this range (one-sided)
 */
export function deriveV3Deposit(parameters: DeriveV3DepositParameters): V3Deposit {
  const { sqrtPriceX96, tickLower, tickUpper, independent, amountWei } = parameters
  const sqrtLowerX96 = getSqrtRatioAtTick(tickLower)
  const sqrtUpperX96 = getSqrtRatioAtTick(tickUpper)
  const rangePosition = rangePositionOf(sqrtPriceX96, tickLower, tickUpper)
  if (
    (rangePosition === 'below' && independent === 'token1') ||
    (rangePosition === 'above' && independent === 'token0')
  )
    throw new Error('WRONG_SIDE')

  let amount0DesiredWei = 0n
  let amount1DesiredWei = 0n
  if (rangePosition === 'below') amount0DesiredWei = amountWei
  else if (rangePosition === 'above') amount1DesiredWei = amountWei
  else if (independent === 'token0') {
    amount0DesiredWei = amountWei
    const liquidity = getLiquidityForAmount0(sqrtPriceX96, sqrtUpperX96, amountWei)
    amount1DesiredWei = getAmount1Delta(sqrtLowerX96, sqrtPriceX96, liquidity, true)
  } else {
    amount1DesiredWei = amountWei
    const liquidity = getLiquidityForAmount1(sqrtLowerX96, sqrtPriceX96, amountWei)
    amount0DesiredWei = getAmount0Delta(sqrtPriceX96, sqrtUpperX96, liquidity, true)
  }
  return {
    rangePosition,
    amount0DesiredWei,
    amount1DesiredWei,
    ...mintOutcome(sqrtPriceX96, tickLower, tickUpper, amount0DesiredWei, amount1DesiredWei),
  }
}

/**
 * What NonfungiblePositionManager.mint does with desired amounts at a given price: the liquidity
 * (LiquidityAmounts, floored) and the amounts pool.mint takes (rounded up).
 */
export function mintOutcome(
  sqrtPriceX96: bigint,
  tickLower: number,
  tickUpper: number,
  amount0DesiredWei: bigint,
  amount1DesiredWei: bigint,
): { liquidity: bigint; amount0Wei: bigint; amount1Wei: bigint } {
  const sqrtLowerX96 = getSqrtRatioAtTick(tickLower)
  const sqrtUpperX96 = getSqrtRatioAtTick(tickUpper)
  const liquidity = getLiquidityForAmounts(
    sqrtPriceX96,
    sqrtLowerX96,
    sqrtUpperX96,
    amount0DesiredWei,
    amount1DesiredWei,
  )
  if (sqrtPriceX96 <= sqrtLowerX96)
    return {
      liquidity,
      amount0Wei: getAmount0Delta(sqrtLowerX96, sqrtUpperX96, liquidity, true),
      amount1Wei: 0n,
    }
  if (sqrtPriceX96 >= sqrtUpperX96)
    return {
      liquidity,
      amount0Wei: 0n,
      amount1Wei: getAmount1Delta(sqrtLowerX96, sqrtUpperX96, liquidity, true),
    }
  return {
    liquidity,
    amount0Wei: getAmount0Delta(sqrtPriceX96, sqrtUpperX96, liquidity, true),
    amount1Wei: getAmount1Delta(sqrtLowerX96, sqrtPriceX96, liquidity, true),
  }
}
