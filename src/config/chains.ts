import { arbitrum, mainnet, polygon } from 'viem/chains'
import { poolscopeDevnet } from './devnetChain.ts'
import { base, optimism } from './opStackChains.ts'

/**
 * Every chain the app can read, devnet first so a fresh visitor (and the offline demo) lands on it.
 * `as const` keeps the tuple type wagmi needs for typed chain ids.
 */
export const supportedChains = [poolscopeDevnet, mainnet, arbitrum, optimism, base, polygon] as const

/** A chain id the app knows. */
export type SupportedChainId = (typeof supportedChains)[number]['id']

/** Whether the app has a configuration for `chainId`. */
export function isSupportedChainId(chainId: number | undefined): chainId is SupportedChainId {
  return supportedChains.some((chain) => chain.id === chainId)
}

/** The chain definition for `chainId`, or undefined when the app does not support it. */
export function getSupportedChain(chainId: number | undefined) {
  return supportedChains.find((chain) => chain.id === chainId)
}

/**
 * The supported chains with the build's default chain first (`VITE_DEFAULT_CHAIN_ID`, set by
 * `npm start -- --replica …`): wagmi opens a fresh visitor on the first chain. Unset or unknown: the
 * devnet first, as `supportedChains` lists them.
 */
export function chainsWithDefaultFirst(
  env: Record<string, unknown> = import.meta.env,
): typeof supportedChains {
  const wanted = Number(env.VITE_DEFAULT_CHAIN_ID)
  const first = supportedChains.find((chain) => chain.id === wanted)
  if (!first) return supportedChains
  return [first, ...supportedChains.filter((chain) => chain !== first)] as unknown as typeof supportedChains
}
