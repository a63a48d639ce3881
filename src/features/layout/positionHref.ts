import type { Address } from 'viem'

/** The page of a position (the routes are in App.tsx; every page links to a position through this): `/positions/<chainId>/<tokenId>`, `/positions/<chainId>/v2/<pair>` or `/positions/<chainId>/v4/<tokenId>`. */
export function positionHref(
  chainId: number,
  position: { v3: { tokenId: bigint } | null; v2: { pair: Address } | null; v4?: { tokenId: bigint } },
) {
  if (position.v4) return `/positions/${chainId}/v4/${position.v4.tokenId}`
  if (position.v3) return `/positions/${chainId}/${position.v3.tokenId}`
  if (position.v2) return `/positions/${chainId}/v2/${position.v2.pair}`
  return '/'
}
