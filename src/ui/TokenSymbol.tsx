/** What a symbol needs of a token (the positions model's TokenMeta has it). */
export interface SymbolToken {
  address: string
  /** Raw symbol as the contract returns it. NOT escaped: React does that. */
  symbol: string
  /** Symbol trimmed for layout; still raw text. */
  displaySymbol: string
  name: string
  /** False when symbol or decimals could not be read (the token is shown by address). */
  metadataOk: boolean
}

/**
 * A token symbol as plain text (React escapes it: HTML-like symbols stay text), trimmed for layout,
 * with the full raw symbol and name in the title.
 */
export function TokenSymbol({ token, className }: { token: SymbolToken; className?: string }) {
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
