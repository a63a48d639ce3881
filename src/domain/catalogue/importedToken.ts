import type { Address } from 'viem'
import { TICK_SPACINGS } from '../../math/index.ts'
import type { TokenAssessment } from '../actions/assessToken.ts'
import type { PoolChoice } from './poolChoice.ts'
import type { TokenInfo } from './types.ts'

/** Tag of a token the user pasted and chose to use although it is not on the token list. */
export const IMPORTED_TAG = 'imported'

/** Whether a token came from a pasted address rather than the token list (it is then badged "unlisted"). */
export function isImportedToken(token: { tags?: readonly string[] | undefined }): boolean {
  return token.tags?.includes(IMPORTED_TAG) ?? false
}

/**
 * A pasted token as the form lists it once the user chose to use it: the metadata the chain reported,
 * tagged 'imported'.
 */
export function importedToken(metadata: {
  address: TokenInfo['address']
  symbol: string
  name: string
  decimals: number
}): TokenInfo {
  const { address, symbol, name, decimals } = metadata
  return { address, symbol, name, decimals, tags: [IMPORTED_TAG] }
}

/**
 * Whether a checked token may be used in a new pool or pair: never an invalid one; an unknown token or an
 * imitation only once the user acknowledged the warning; a listed token needs no import (it is listed).
 */
export function importDecision(
  assessment: TokenAssessment,
  acknowledged: boolean,
): 'listed' | 'refused' | 'needs-ack' | 'allowed' {
  if (assessment.level === 'listed') return 'listed'
  if (assessment.level === 'invalid') return 'refused'
  return acknowledged ? 'allowed' : 'needs-ack'
}

/**
 * A pool that is not on the list, as the form lists it: one the user created here, or one the factory
 * reported for a pair being "created" (getPool / getPair non-zero). Tagged `imported`.
 * @throws 'FEE_TIER' for a V3 fee the factories do not enable
 */
export function importedPoolChoice(parameters: {
  protocol: 'v2' | 'v3'
  address: Address
  token0: TokenInfo
  token1: TokenInfo
  /** V3 fee in pips (ignored for V2: 3000). */
  fee: number
}): PoolChoice {
  const { protocol, address, token0, token1 } = parameters
  if (protocol === 'v2')
    return { protocol, address, token0, token1, fee: 3000, tickSpacing: 0, imported: true }
  const tickSpacing = TICK_SPACINGS[parameters.fee]
  if (tickSpacing === undefined) throw new Error('FEE_TIER')
  return { protocol, address, token0, token1, fee: parameters.fee, tickSpacing, imported: true }
}
