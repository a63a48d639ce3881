/** Smallest tick a V3 pool can use (TickMath.MIN_TICK). */
export const MIN_TICK = -887272
/** Largest tick a V3 pool can use (TickMath.MAX_TICK). */
export const MAX_TICK = 887272
/** getSqrtRatioAtTick(MIN_TICK), Q64.96. */
export const MIN_SQRT_RATIO = 4295128739n
/** getSqrtRatioAtTick(MAX_TICK), Q64.96; valid sqrt prices are strictly below it. */
export const MAX_SQRT_RATIO = 1461446703485210103287273052203988822378723970342n

/** 2^96: the scale of Q64.96 sqrt prices. */
export const Q96 = 1n << 96n
/** 2^128: the scale of X128 fee growth and seconds-per-liquidity. */
export const Q128 = 1n << 128n
/** 2^192: Q96 squared, the scale of a price derived from a sqrt price. */
export const Q192 = 1n << 192n

export const MAX_UINT128 = (1n << 128n) - 1n
export const MAX_UINT160 = (1n << 160n) - 1n
export const MAX_UINT256 = (1n << 256n) - 1n
/** 2^256: a result must be strictly below this to fit a uint256. */
export const TWO_POW_256 = 1n << 256n
export const MIN_INT256 = -(1n << 255n)
export const MAX_INT256 = (1n << 255n) - 1n

/** Fee denominator of V3 pools: fees are in pips (1e-6). */
export const FEE_PIPS_DENOMINATOR = 1_000_000
/** Fee tier (pips) → tick spacing of the canonical V3 factory. */
export const TICK_SPACINGS: Readonly<Record<number, number>> = { 100: 1, 500: 10, 3000: 60, 10000: 200 }

/** V2 liquidity locked forever at address(0) on the first mint. */
export const V2_MINIMUM_LIQUIDITY = 1000n

/** Seconds in a 365-day year, used to annualise rates. */
export const SECONDS_PER_YEAR = 31_536_000
