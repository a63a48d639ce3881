import fc from 'fast-check'
import { formatUnits, parseUnits } from 'viem'
import { describe, expect, it } from 'vitest'
import { parseAmount } from '../../src/domain/actions/parseAmount.ts'
import { startingSqrtPrice } from '../../src/domain/actions/startingSqrtPrice.ts'
import { MAX_SQRT_RATIO, MIN_SQRT_RATIO } from '../../src/math/index.ts'

const RUNS = 5_000
/** Characters people actually paste into number boxes, plus a few hostile ones. */
const NUMERIC_JUNK = fc
  .array(fc.constantFrom(...'0123456789.,-+eE _x$%١\u200b'.split(''), ' ', 'NaN', 'Infinity'), {
    maxLength: 24,
  })
  .map((parts) => parts.join(''))
const ANY_TEXT = fc.oneof(fc.string({ maxLength: 40 }), NUMERIC_JUNK)
const DECIMALS = fc.integer({ min: 0, max: 36 })

/** A plain decimal string with at most `decimals` fraction digits, and its exact wei value. */
const validAmount = DECIMALS.chain((decimals) =>
  fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.bigInt({ min: 0n, max: 10n ** BigInt(decimals) - 1n }))
    .map(([whole, fraction]) => {
      const fractionText = decimals === 0 ? '' : fraction.toString().padStart(decimals, '0')
      return {
        decimals,
        text: fractionText ? `${whole}.${fractionText}` : `${whole}`,
        wei: whole * 10n ** BigInt(decimals) + (decimals === 0 ? 0n : fraction),
      }
    }),
)

describe('parseAmount fuzzing', () => {
  it('never throws: either an exact wei amount that round-trips, or a message', () => {
    fc.assert(
      fc.property(ANY_TEXT, DECIMALS, (text, decimals) => {
        const result = parseAmount(text, { decimals, symbol: 'TKN', allowZero: true })
        if (result.ok) {
          expect(result.amountWei).toBeGreaterThanOrEqual(0n)
          expect(parseUnits(formatUnits(result.amountWei, decimals), decimals)).toBe(result.amountWei)
          // What was typed, without separators, denotes exactly this amount.
          const typed = text.trim().replace(/_/g, '')
          expect(parseUnits(typed.startsWith('.') ? `0${typed}` : typed, decimals)).toBe(result.amountWei)
        } else {
          expect(result.message.length).toBeGreaterThan(5)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('accepts every plain decimal within the token decimals, to the exact wei', () => {
    fc.assert(
      fc.property(validAmount, ({ decimals, text, wei }) => {
        const result = parseAmount(text, { decimals, symbol: 'TKN', allowZero: true })
        expect(result).toEqual({ ok: true, amountWei: wei })
      }),
      { numRuns: RUNS },
    )
  })

  it('refuses one fraction digit more than the token has', () => {
    fc.assert(
      fc.property(validAmount, ({ decimals, text }) => {
        const longer = text.includes('.') ? `${text}1` : `${text}.${'1'.repeat(decimals + 1)}`
        const result = parseAmount(longer, { decimals, symbol: 'TKN' })
        expect(result).toMatchObject({ ok: false, code: 'TOO_MANY_DECIMALS' })
      }),
      { numRuns: RUNS },
    )
  })
})

describe('startingSqrtPrice fuzzing', () => {
  it('never throws: either a sqrtPriceX96 inside the protocol range, or a message', () => {
    fc.assert(
      fc.property(ANY_TEXT, DECIMALS, DECIMALS, fc.boolean(), (text, decimals0, decimals1, inverted) => {
        const result = startingSqrtPrice(
          text,
          decimals0,
          decimals1,
          inverted ? 'token0PerToken1' : 'token1PerToken0',
        )
        if (result.ok) {
          expect(result.sqrtPriceX96).toBeGreaterThanOrEqual(MIN_SQRT_RATIO)
          expect(result.sqrtPriceX96).toBeLessThan(MAX_SQRT_RATIO)
        } else expect(result.message.length).toBeGreaterThan(5)
      }),
      { numRuns: RUNS },
    )
  })

  it('accepts plain prices within 10^±12 for 6/18-decimal pairs, and the square of the result brackets the price', () => {
    const price = fc
      .tuple(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.integer({ min: 0, max: 12 }))
      .map(([digits, scale]) => ({ digits, scale }))
    fc.assert(
      fc.property(
        price,
        fc.constantFrom<[number, number]>([18, 6], [6, 18], [18, 18], [6, 6]),
        ({ digits, scale }, [d0, d1]) => {
          const text =
            scale === 0
              ? digits.toString()
              : `${digits / 10n ** BigInt(scale)}.${(digits % 10n ** BigInt(scale)).toString().padStart(scale, '0')}`
          const result = startingSqrtPrice(text, d0, d1)
          expect(result.ok).toBe(true)
          if (!result.ok) return
          // sqrtP² / 2^192 = price·10^d1 / (10^scale·10^d0) within the floor of the square root.
          const lhs = result.sqrtPriceX96 ** 2n * 10n ** BigInt(scale + d0)
          const rhs = digits * 10n ** BigInt(d1) * 2n ** 192n
          expect(lhs <= rhs).toBe(true)
          expect((result.sqrtPriceX96 + 1n) ** 2n * 10n ** BigInt(scale + d0) > rhs).toBe(true)
        },
      ),
      { numRuns: RUNS },
    )
  })
})
