/** The longest token symbol shown in full; longer ones are cut and end with "…". */
export const SYMBOL_MAX_LENGTH = 12

/**
 * A token symbol for layout: trimmed, at most 12 characters (by code point), then "…". Escaping is
 * React's job. The positions model's `displaySymbol` follows the same rule (src/chain/readTokenMetadata.ts).
 * @example formatSymbol('SUPERLONGTOKENNAME') // 'SUPERLONGTOK…'
 */
export function formatSymbol(symbol: string): string {
  const chars = Array.from(symbol.trim())
  return chars.length > SYMBOL_MAX_LENGTH ? `${chars.slice(0, SYMBOL_MAX_LENGTH).join('')}…` : chars.join('')
}
