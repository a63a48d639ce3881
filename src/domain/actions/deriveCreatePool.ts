import type { Address } from 'viem'
import type { PoolChoice } from '../catalogue/poolChoice.ts'
import type { TokenInfo } from '../catalogue/types.ts'
import type { PoolCreationCheck } from './poolCreationCheck.ts'
import { type ReferencePrice, worstDeviation } from './priceDeviation.ts'
import { type PriceDirection, startingSqrtPrice } from './startingSqrtPrice.ts'
import { sortTokens, virtualPoolChoice } from './virtualPool.ts'

/** User input of "create a pool", kept apart from what is derived from it. */
export type CreatePoolInput = {
  tokenA: Address | ''
  tokenB: Address | ''
  /** V3 fee in pips. */
  fee: number
  priceText: string
  direction: PriceDirection
  /** The user confirmed a starting price far (> 5 %) from the pair's other pools. */
  acknowledgedDeviation: boolean
}

export type Deviation = { reference: ReferencePrice; deviationBps: bigint; strong: boolean }

export type CreatePoolDerivation =
  | { status: 'incomplete'; message: string }
  | { status: 'checking'; token0: TokenInfo; token1: TokenInfo }
  | { status: 'exists'; token0: TokenInfo; token1: TokenInfo; poolAddress: Address; listed: boolean }
  | { status: 'invalid-price'; token0: TokenInfo; token1: TokenInfo; message: string }
  | {
      status: 'needs-ack' | 'ready'
      token0: TokenInfo
      token1: TokenInfo
      sqrtPriceX96: bigint
      deviation: Deviation | undefined
      /** The pool the mint will create ("virtual" until then); set only when ready. */
      pool: PoolChoice | undefined
    }

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/**
 * From the create-pool input and what the chain says: whether the form can proceed to a virtual pool
 * at the typed starting price, or why not (pair incomplete, pool exists, price invalid, strong
 * deviation from the pair's other pools not yet acknowledged).
 */
export function deriveCreatePool(parameters: {
  input: CreatePoolInput
  tokens: readonly TokenInfo[]
  choices: readonly PoolChoice[]
  factory: Address
  check: PoolCreationCheck | undefined
}): CreatePoolDerivation {
  const { input, tokens, choices, factory, check } = parameters
  const tokenA = tokens.find((t) => input.tokenA !== '' && same(t.address, input.tokenA))
  const tokenB = tokens.find((t) => input.tokenB !== '' && same(t.address, input.tokenB))
  if (!tokenA || !tokenB) return { status: 'incomplete', message: 'Choose both tokens of the new pool.' }
  if (same(tokenA.address, tokenB.address))
    return { status: 'incomplete', message: 'A pool needs two different tokens.' }
  const [token0, token1] = sortTokens(tokenA, tokenB)
  const listed = choices.find(
    (c) =>
      c.protocol === 'v3' &&
      c.fee === input.fee &&
      same(c.token0.address, token0.address) &&
      same(c.token1.address, token1.address),
  )
  if (listed) return { status: 'exists', token0, token1, poolAddress: listed.address, listed: true }
  if (!check) return { status: 'checking', token0, token1 }
  if (check.existingPool)
    return { status: 'exists', token0, token1, poolAddress: check.existingPool, listed: false }
  const start = startingSqrtPrice(input.priceText, token0.decimals, token1.decimals, input.direction)
  if (!start.ok) return { status: 'invalid-price', token0, token1, message: start.message }
  const deviation = worstDeviation(start.sqrtPriceX96, check.references)
  if (deviation?.strong && !input.acknowledgedDeviation)
    return {
      status: 'needs-ack',
      token0,
      token1,
      sqrtPriceX96: start.sqrtPriceX96,
      deviation,
      pool: undefined,
    }
  const pool = virtualPoolChoice({
    factory,
    target: { tokenA, tokenB, fee: input.fee },
    sqrtPriceX96: start.sqrtPriceX96,
  })
  return { status: 'ready', token0, token1, sqrtPriceX96: start.sqrtPriceX96, deviation, pool }
}
