import { getSupportedChain } from '../config/chains.ts'

/**
 * The block explorer page of a transaction or an address on `chainId` (the chain definition's default
 * explorer, e.g. https://etherscan.io/tx/0x…), or undefined on a chain without one (the devnet): the
 * hash or address is then shown as plain text.
 * @example explorerUrl(1, 'address', '0xA0b8…') // 'https://etherscan.io/address/0xA0b8…'
 */
export function explorerUrl(
  chainId: number | undefined,
  kind: 'tx' | 'address',
  value: string,
): string | undefined {
  const base = getSupportedChain(chainId)?.blockExplorers?.default.url
  if (!base) return undefined
  return `${base.replace(/\/+$/, '')}/${kind}/${value}`
}
