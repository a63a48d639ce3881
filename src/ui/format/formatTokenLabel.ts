import { formatSymbol } from './formatSymbol.ts'

/**
 * A token's symbol for a list or a select, with " (unlisted)" when the user imported it from a pasted
 * address (tag 'imported'): wherever the token shows, it shows as not vetted.
 * @example formatTokenLabel({ symbol: 'PSTD', tags: ['imported'] }) // 'PSTD (unlisted)'
 */
export function formatTokenLabel(token: { symbol: string; tags?: readonly string[] | undefined }): string {
  return token.tags?.includes('imported')
    ? `${formatSymbol(token.symbol)} (unlisted)`
    : formatSymbol(token.symbol)
}
