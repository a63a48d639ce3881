import { MAX_SQRT_RATIO, MAX_TICK, MAX_UINT256, MIN_SQRT_RATIO, MIN_TICK } from './constants.ts'
import { MathError } from './errors.ts'
import { assertTick } from './validate.ts'

// TickMath.sol multiplies a Q128 ratio by one constant per set bit of |tick|, bit 0 first,
// truncating after each step. Because the chain runs from the lowest bit up, the truncated
// partial ratio after bits 0..LOW_BITS-1 depends only on those bits: we precompute it once
// for every pattern and run the chain only for the high bits. Same steps, same result.

/** 1/sqrt(1.0001)^(2^i) in Q128 for bits i = 0..19, from TickMath.sol. */
const BIT_FACTORS_X128: readonly bigint[] = [
  0xfffcb933bd6fad37aa2d162d1a594001n,
  0xfff97272373d413259a46990580e213an,
  0xfff2e50f5f656932ef12357cf3c7fdccn,
  0xffe5caca7e10e4e61c3624eaa0941cd0n,
  0xffcb9843d60f6159c9db58835c926644n,
  0xff973b41fa98c081472e6896dfb254c0n,
  0xff2ea16466c96a3843ec78b326b52861n,
  0xfe5dee046a99a2a811c461f1969c3053n,
  0xfcbe86c7900a88aedcffc83b479aa3a4n,
  0xf987a7253ac413176f2b074cf7815e54n,
  0xf3392b0822b70005940c7a398e4b70f3n,
  0xe7159475a2c29b7443b29c7fa6e889d9n,
  0xd097f3bdfd2022b8845ad8f792aa5825n,
  0xa9f746462d870fdf8a65dc1f90e061e5n,
  0x70d869a156d2a1b890bb3df62baf32f7n,
  0x31be135f97d08fd981231505542fcfa6n,
  0x9aa508b5b7a84e1c677de54f3e99bc9n,
  0x5d6af8dedb81196699c329225ee604n,
  0x2216e584f5fa1ea926041bedfe98n,
  0x48a170391f7dc42444e8fa2n,
]

const LOW_BITS = 12
const LOW_MASK = (1 << LOW_BITS) - 1
const ONE_X128 = 1n << 128n
const LOW_32_MASK = (1n << 32n) - 1n

let lowTable: bigint[] | undefined

/** Partial Q128 ratios for every pattern of the low bits, built on first use (4096 multiplications). */
function getLowTable(): bigint[] {
  if (lowTable) return lowTable
  const table = new Array<bigint>(1 << LOW_BITS)
  table[0] = ONE_X128
  table[1] = BIT_FACTORS_X128[0] as bigint
  for (let bit = 1; bit < LOW_BITS; bit++) {
    const factor = BIT_FACTORS_X128[bit] as bigint
    const start = 1 << bit
    // The highest set bit is applied last, so each entry extends the entry without it.
    for (let rest = 0; rest < start; rest++) table[start | rest] = ((table[rest] as bigint) * factor) >> 128n
  }
  lowTable = table
  return table
}

/**
 * TickMath.getSqrtRatioAtTick: sqrt(1.0001^tick) · 2^96, rounded up exactly as the contract does.
 * @param tick integer in [MIN_TICK, MAX_TICK]
 * @returns sqrtPriceX96 (Q64.96, uint160)
 * @example getSqrtRatioAtTick(0) // 79228162514264337593543950336n
 */
export function getSqrtRatioAtTick(tick: number): bigint {
  assertTick(tick)
  const absTick = tick < 0 ? -tick : tick
  let ratio = getLowTable()[absTick & LOW_MASK] as bigint
  for (let bit = LOW_BITS, rest = absTick >> LOW_BITS; rest !== 0; bit++, rest >>= 1) {
    if (rest & 1) ratio = (ratio * (BIT_FACTORS_X128[bit] as bigint)) >> 128n
  }
  if (tick > 0) ratio = MAX_UINT256 / ratio
  // Q128.128 → Q64.96, rounding up so that getTickAtSqrtRatio(getSqrtRatioAtTick(t)) === t.
  return (ratio & LOW_32_MASK) === 0n ? ratio >> 32n : (ratio >> 32n) + 1n
}

/** 2 / ln(1.0001): ticks per unit of ln(sqrtPrice). */
const TICKS_PER_LN_SQRT = 2 / Math.log(1.0001)
const LN_Q96 = 96 * Math.LN2
/**
 * Half-width of the band around an integer where the float estimate may be on the wrong side.
 * The estimate's error is below ~1e-9 tick (53-bit conversion, ~1 ulp log, |ln| < 112, × 20001);
 * 1e-4 leaves five orders of magnitude of margin, and inside the band we decide exactly.
 */
const AMBIGUITY_TICKS = 1e-4

/**
 * TickMath.getTickAtSqrtRatio: the greatest tick whose sqrt price is <= sqrtPriceX96.
 * A float log estimate picks the tick; when it lies within 1e-4 tick of a boundary the
 * boundary is decided exactly with getSqrtRatioAtTick.
 * @param sqrtPriceX96 Q64.96 in [MIN_SQRT_RATIO, MAX_SQRT_RATIO)
 * @returns tick in [MIN_TICK, MAX_TICK - 1]
 * @example getTickAtSqrtRatio(2n ** 96n) // 0
 */
export function getTickAtSqrtRatio(sqrtPriceX96: bigint): number {
  if (typeof sqrtPriceX96 !== 'bigint' || sqrtPriceX96 < MIN_SQRT_RATIO || sqrtPriceX96 >= MAX_SQRT_RATIO)
    throw new MathError(
      'SQRT_RATIO',
      `sqrtPriceX96 must be in [${MIN_SQRT_RATIO}, ${MAX_SQRT_RATIO}), got ${String(sqrtPriceX96)}`,
    )
  const estimate = (Math.log(Number(sqrtPriceX96)) - LN_Q96) * TICKS_PER_LN_SQRT
  const low = Math.floor(estimate - AMBIGUITY_TICKS)
  const high = Math.floor(estimate + AMBIGUITY_TICKS)
  let tick: number
  if (low === high) tick = low
  else tick = high <= MAX_TICK && getSqrtRatioAtTick(high) <= sqrtPriceX96 ? high : low
  // Clamp guards the two ends of the domain, where the band can reach past them.
  if (tick < MIN_TICK) return MIN_TICK
  if (tick > MAX_TICK - 1) return MAX_TICK - 1
  return tick
}
