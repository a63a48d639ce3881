/** Inputs of depositLiquidity: a USD deposit into a range at the pool's current price. */
export type DepositLiquidityParameters = {
  depositUsd: number
  sqrtPriceX96: bigint
  tickLower: number
  tickUpper: number
  decimals0: number
  decimals1: number
  /** USD per whole token; one of the two is enough. */
  price0Usd: number | null
  price1Usd: number | null
}

/** The liquidity a deposit buys and the token amounts it is split into. */
export type DepositLiquidity = {
  /** Raw liquidity L (float: statistics only; round down before any on-chain use). */
  liquidity: number
  /** Whole tokens deposited. */
  amount0: number
  amount1: number
}

const HALF_LN_1_0001 = Math.log(1.0001) / 2

/** √(1.0001^tick) as a float. */
function sqrtPriceAtTick(tick: number): number {
  return Math.exp(tick * HALF_LN_1_0001)
}

/**
 * Liquidity bought with `depositUsd` in [tickLower, tickUpper] at the current price, from
 * value per unit L in raw token1 = x·P + y with x = 1/√P − 1/√Pb and y = √P − √Pa (P clamped to the range).
 * @returns liquidity and amounts; null when neither token has a USD price
 * @example depositLiquidity({ depositUsd: 100, sqrtPriceX96: 2n ** 96n, tickLower: -887220, tickUpper: 887220, decimals0: 18, decimals1: 18, price0Usd: 1, price1Usd: 1 }) // { liquidity ≈ 5e19, amount0 ≈ 50, amount1 ≈ 50 }
 */
export function depositLiquidity(parameters: DepositLiquidityParameters): DepositLiquidity | null {
  const { depositUsd, sqrtPriceX96, tickLower, tickUpper, decimals0, decimals1, price0Usd, price1Usd } =
    parameters
  const sqrtPriceRaw = Number(sqrtPriceX96) / 2 ** 96
  const priceRaw = sqrtPriceRaw * sqrtPriceRaw
  // USD per raw unit of token1, from token1's price or from token0's through the pool price.
  const usdPerRaw1 =
    price1Usd !== null
      ? price1Usd / 10 ** decimals1
      : price0Usd !== null
        ? price0Usd / 10 ** decimals0 / priceRaw
        : Number.NaN
  if (!(usdPerRaw1 > 0) || !Number.isFinite(usdPerRaw1)) return null
  const sqrtLower = sqrtPriceAtTick(tickLower)
  const sqrtUpper = sqrtPriceAtTick(tickUpper)
  const sqrtClamped = Math.min(Math.max(sqrtPriceRaw, sqrtLower), sqrtUpper)
  const amount0PerLiquidity = 1 / sqrtClamped - 1 / sqrtUpper
  const amount1PerLiquidity = sqrtClamped - sqrtLower
  const valueRaw1PerLiquidity = amount0PerLiquidity * priceRaw + amount1PerLiquidity
  const liquidity = depositUsd / (usdPerRaw1 * valueRaw1PerLiquidity)
  if (!Number.isFinite(liquidity) || liquidity < 0) return null
  return {
    liquidity,
    amount0: (liquidity * amount0PerLiquidity) / 10 ** decimals0,
    amount1: (liquidity * amount1PerLiquidity) / 10 ** decimals1,
  }
}
