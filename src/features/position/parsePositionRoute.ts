import { type Address, getAddress, isAddress } from 'viem'

/** What a /positions/… URL names, or why it names nothing. */
export type PositionRoute =
  | { kind: 'v3'; chainId: number; tokenId: bigint }
  | { kind: 'v2'; chainId: number; pair: Address }
  | { kind: 'v4'; chainId: number; tokenId: bigint }
  | { kind: 'invalid'; message: string }

const DECIMAL = /^\d+$/
/** uint256 bound: a longer id cannot be an NFT id. */
const MAX_UINT256 = 2n ** 256n - 1n

/**
 * Parses the path after `/positions/`: `<chainId>/<tokenId>` (V3), `<chainId>/v4/<tokenId>` (V4) or
 * `<chainId>/v2/<pairAddress>` (V2).
 * Strict: decimal ids only (no "0x", signs or exponents), a checksummed or lower-case pair address.
 * @example parsePositionRoute('31337/12') // { kind: 'v3', chainId: 31337, tokenId: 12n }
 */
export function parsePositionRoute(rest: string): PositionRoute {
  const parts = rest.split('/').filter((part) => part !== '')
  const [chainText, second, third, ...extra] = parts
  const usage =
    'A position link reads /positions/<chain id>/<token id>, /positions/<chain id>/v4/<token id> or /positions/<chain id>/v2/<pair address>.'
  if (chainText === undefined || second === undefined) return { kind: 'invalid', message: usage }
  if (!DECIMAL.test(chainText) || chainText.length > 15 || Number(chainText) === 0)
    return { kind: 'invalid', message: `“${chainText}” is not a chain id. ${usage}` }
  const chainId = Number(chainText)
  if (second.toLowerCase() === 'v2') {
    if (third === undefined || extra.length > 0) return { kind: 'invalid', message: usage }
    if (!isAddress(third, { strict: false }))
      return { kind: 'invalid', message: `“${third}” is not a pair address (0x and 40 hex digits).` }
    return { kind: 'v2', chainId, pair: getAddress(third) }
  }
  const isTokenId = (text: string) => DECIMAL.test(text) && text.length <= 78 && BigInt(text) <= MAX_UINT256
  if (second.toLowerCase() === 'v4') {
    if (third === undefined || extra.length > 0) return { kind: 'invalid', message: usage }
    if (!isTokenId(third))
      return { kind: 'invalid', message: `“${third}” is not a V4 position id (a whole number, e.g. 3).` }
    return { kind: 'v4', chainId, tokenId: BigInt(third) }
  }
  if (third !== undefined) return { kind: 'invalid', message: usage }
  if (!isTokenId(second))
    return { kind: 'invalid', message: `“${second}” is not a position id (a whole number, e.g. 12).` }
  return { kind: 'v3', chainId, tokenId: BigInt(second) }
}
