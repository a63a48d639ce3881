import { parseUnits } from 'viem'

/** Why a typed amount is not usable; the UI shows `message`, tests branch on `code`. */
export type AmountInputErrorCode =
  | 'EMPTY'
  | 'NOT_A_NUMBER'
  | 'NEGATIVE'
  | 'EXPONENT'
  | 'ZERO'
  | 'TOO_MANY_DECIMALS'
  | 'ABOVE_BALANCE'

export type ParseAmountResult =
  | { ok: true; amountWei: bigint }
  | { ok: false; code: AmountInputErrorCode; message: string }

export type ParseAmountOptions = {
  /** Token decimals: the most fraction digits allowed. */
  decimals: number
  symbol: string
  /** When given, an amount above it is refused. */
  balanceWei?: bigint | undefined
  /** One side of a one-sided deposit may be 0. */
  allowZero?: boolean
}

const PLAIN_DECIMAL = /^\d+(\.\d*)?$|^\.\d+$/

/**
 * Strictly parses a typed token amount into wei. Exactly the digits typed are used (no floats), and
 * every bad input has its own message.
 * @example parseAmount('1.5', { decimals: 6, symbol: 'USDC' }) // { ok: true, amountWei: 1500000n }
 */
export function parseAmount(input: string, options: ParseAmountOptions): ParseAmountResult {
  const { decimals, symbol, balanceWei, allowZero = false } = options
  const text = input.trim().replace(/_/g, '')
  if (text === '') return fail('EMPTY', `Enter an amount of ${symbol}.`)
  if (text.startsWith('-')) return fail('NEGATIVE', 'The amount cannot be negative.')
  if (/^[\d.]*[eE][+-]?\d*$/.test(text) && /\d/.test(text))
    return fail('EXPONENT', 'Write the amount in full digits (no exponent like 1e5).')
  if (!PLAIN_DECIMAL.test(text)) return fail('NOT_A_NUMBER', `"${input.trim()}" is not a number.`)
  const fraction = text.split('.')[1] ?? ''
  if (fraction.length > decimals)
    return fail(
      'TOO_MANY_DECIMALS',
      decimals === 0
        ? `${symbol} has no decimals: enter a whole number.`
        : `${symbol} has ${decimals} decimals: at most ${decimals} digits after the point.`,
    )
  const amountWei = parseUnits(text.startsWith('.') ? `0${text}` : text, decimals)
  if (amountWei === 0n && !allowZero) return fail('ZERO', 'Enter an amount greater than zero.')
  if (balanceWei !== undefined && amountWei > balanceWei)
    return fail('ABOVE_BALANCE', `Insufficient ${symbol} balance for this amount.`)
  return { ok: true, amountWei }
}

function fail(code: AmountInputErrorCode, message: string): ParseAmountResult {
  return { ok: false, code, message }
}
