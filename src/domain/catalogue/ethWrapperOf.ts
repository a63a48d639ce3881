import type { Address } from 'viem'
import type { ChainCatalogue } from './types.ts'

/**
 * The chain's WETH when its native coin is ETH, for the forms' "pay in ETH" / "receive ETH" options (they
 * label the native side "ETH"). Undefined where the wrapped native token is another coin (Polygon's WMATIC)
 * or has no metadata in the catalogue.
 */
export function ethWrapperOf(catalogue: ChainCatalogue): Address | undefined {
  const wrapped = catalogue.anchors.wrappedNative.toLowerCase()
  const token = catalogue.tokens.find((t) => t.address.toLowerCase() === wrapped)
  return token?.symbol === 'WETH' ? token.address : undefined
}
