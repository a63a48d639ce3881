import type { Address } from 'viem'
import { useConnection } from 'wagmi'
import { useWatchAddress } from './useWatchAddress.ts'

/** Where the active account comes from. */
export type ActiveAccountSource = 'wallet' | 'watch' | null

export type ActiveAccount =
  | { address: Address; source: 'wallet' | 'watch' }
  | { address: undefined; source: null }

/**
 * The account the pages show: the connected wallet's, else the watched address, else none.
 * The one hook every page uses, so "whose positions" has a single answer.
 */
export function useActiveAccount(): ActiveAccount {
  const { address: walletAddress } = useConnection()
  const { watchAddress } = useWatchAddress()
  if (walletAddress) return { address: walletAddress, source: 'wallet' }
  if (watchAddress) return { address: watchAddress, source: 'watch' }
  return { address: undefined, source: null }
}
