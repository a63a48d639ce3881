import type { TokenInfo } from '../catalogue/types.ts'

/** How far a pasted token can be trusted. */
export type TokenAssessment =
  | { level: 'listed'; message: string; listed: TokenInfo }
  | { level: 'unknown'; message: string }
  | { level: 'imitation'; message: string; imitates: TokenInfo }
  | { level: 'invalid'; message: string }

/** Most decimals Poolscope accepts as sane (ERC20 allows 255; nothing real uses more than ~24). */
export const MAX_SANE_DECIMALS = 36

/** Symbol as a person reads it: case, spaces, zero-width characters and common look-alikes folded. */
export function normalizeSymbol(symbol: string): string {
  const lookalikes: Record<string, string> = {
    А: 'A',
    В: 'B',
    С: 'C',
    Е: 'E',
    Н: 'H',
    К: 'K',
    М: 'M',
    О: 'O',
    Р: 'P',
    Т: 'T',
    Х: 'X',
    Ѕ: 'S',
    І: 'I',
    '0': 'O',
  }
  return [
    ...symbol
      .normalize('NFKC')
      .replace(/[\s\u200b-\u200d\ufeff.]/g, '')
      .toUpperCase(),
  ]
    .map((char) => lookalikes[char] ?? char)
    .join('')
}

/**
 * Verdict on a pasted token from what the chain answered: its ERC20 calls must succeed with sane decimals;
 * a listed address is trusted; a symbol that reads like a listed token's at another address is flagged
 * as an imitation (strong warning); anything else is unknown (warning).
 */
export function assessToken(
  token: { address: string; symbol: string; decimals: number; metadataOk: boolean },
  erc20CallsOk: boolean,
  list: readonly TokenInfo[],
): TokenAssessment {
  if (!token.metadataOk || !erc20CallsOk)
    return { level: 'invalid', message: 'This address does not behave like an ERC20 token (its calls fail).' }
  if (!Number.isInteger(token.decimals) || token.decimals > MAX_SANE_DECIMALS)
    return {
      level: 'invalid',
      message: `This token reports ${token.decimals} decimals, which no real token uses.`,
    }
  const listed = list.find((t) => t.address.toLowerCase() === token.address.toLowerCase())
  if (listed) return { level: 'listed', message: `${listed.symbol} is on the token list.`, listed }
  const imitates = list.find((t) => normalizeSymbol(t.symbol) === normalizeSymbol(token.symbol))
  if (imitates)
    return {
      level: 'imitation',
      message: `Danger: this token calls itself "${token.symbol}" but it is NOT the listed ${imitates.symbol} (${imitates.address}). It is likely a scam copy.`,
      imitates,
    }
  return {
    level: 'unknown',
    message: `"${token.symbol}" is not on the token list. Anyone can create a token: check the address before depositing.`,
  }
}
