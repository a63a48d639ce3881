import { useSyncExternalStore } from 'react'
import { useChainId } from 'wagmi'
import { getRpcTrust, type RpcTrustState, subscribeRpcTrust } from '../../config/rpcCrossCheck.ts'

/** The cross-check status of `chainId`, live (no wagmi context needed). */
export function useRpcTrustOf(chainId: number): RpcTrustState | undefined {
  return useSyncExternalStore(
    subscribeRpcTrust,
    () => getRpcTrust(chainId),
    () => getRpcTrust(chainId),
  )
}

/** The cross-check status of the selected chain, live. */
export function useRpcTrust(): RpcTrustState | undefined {
  return useRpcTrustOf(useChainId())
}
