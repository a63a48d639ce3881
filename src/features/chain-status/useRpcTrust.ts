import { useSyncExternalStore } from 'react'
import { useChainId } from 'wagmi'
import { getRpcTrust, type RpcTrustState, subscribeRpcTrust } from '../../config/rpcCrossCheck.ts'

/** The cross-check status of `chainId` (the selected chain by default), live. */
export function useRpcTrust(chainId?: number): RpcTrustState | undefined {
  const selected = useChainId()
  const id = chainId ?? selected
  return useSyncExternalStore(
    subscribeRpcTrust,
    () => getRpcTrust(id),
    () => getRpcTrust(id),
  )
}
