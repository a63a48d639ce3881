import type { TokenMeta } from '../../../domain/positions/model.ts'

/**
 * A token symbol as plain text (React escapes it: HTML-like symbols stay text), trimmed for layout,
 * with the full raw symbol and name in the title.
 */
export function TokenSymbol({ token, className }: { token: TokenMeta; className?: string }) {
  const title = token.name && token.name !== token.symbol ? `${token.symbol} — ${token.name}` : token.symbol
  return (
    <span
      className={`inline-block max-w-[12ch] truncate align-bottom ${className ?? ''}`}
      title={`${title} (${token.address})`}
    >
      {token.metadataOk ? token.displaySymbol : `${token.address.slice(0, 6)}…`}
    </span>
  )
}
