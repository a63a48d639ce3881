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
