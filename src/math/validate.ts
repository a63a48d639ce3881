import { MAX_TICK, MIN_TICK, TWO_POW_256 } from './constants.ts'
import { MathError, type MathErrorCode } from './errors.ts'

// Input guards shared by the math files. Each throws a MathError with a short code.

const TWO_POW_128 = 1n << 128n
const TWO_POW_160 = 1n << 160n

/** Requires an integer tick in [MIN_TICK, MAX_TICK]. */
export function assertTick(tick: number, name = 'tick'): void {
  if (!Number.isInteger(tick) || tick < MIN_TICK || tick > MAX_TICK)
    throw new MathError('TICK', `${name} must be an integer in [${MIN_TICK}, ${MAX_TICK}], got ${tick}`)
}

/** Requires 0 < value < 2^160 (a uint160 sqrt price the contracts accept). */
export function assertSqrtPrice(value: bigint, name = 'sqrtPriceX96'): void {
  if (typeof value !== 'bigint' || value <= 0n || value >= TWO_POW_160)
    throw new MathError('SQRT_RATIO', `${name} must be a bigint in (0, 2^160), got ${String(value)}`)
}

/** Requires 0 <= value < 2^128 (uint128 liquidity). */
export function assertLiquidity(value: bigint, name = 'liquidity'): void {
  if (typeof value !== 'bigint' || value < 0n || value >= TWO_POW_128)
    throw new MathError('LIQUIDITY', `${name} must be a bigint in [0, 2^128), got ${String(value)}`)
}

/** Requires 0 <= value < 2^256 (a uint256 amount). */
export function assertUint256(value: bigint, name: string, code: MathErrorCode = 'AMOUNT'): void {
  if (typeof value !== 'bigint' || value < 0n || value >= TWO_POW_256)
    throw new MathError(code, `${name} must be a bigint in [0, 2^256), got ${String(value)}`)
}

/** Requires a finite number > 0. */
export function assertPositiveNumber(value: number, name: string, code: MathErrorCode): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
    throw new MathError(code, `${name} must be a finite number > 0, got ${value}`)
}

/** Requires a finite number >= 0. */
export function assertNonNegativeNumber(value: number, name: string, code: MathErrorCode): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new MathError(code, `${name} must be a finite number >= 0, got ${value}`)
}

/** Requires a finite number (any sign). */
export function assertFiniteNumber(value: number, name: string, code: MathErrorCode): void {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new MathError(code, `${name} must be a finite number, got ${value}`)
}
