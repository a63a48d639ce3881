import { useQueryClient } from '@tanstack/react-query'
import { type ReactNode, useEffect, useRef, useState } from 'react'
import type { WalletClient } from 'viem'
import { sendTransaction } from 'viem/actions'
import { useConfig, useConnection } from 'wagmi'
import { getClient, getConnectorClient } from 'wagmi/actions'
import { browserStorage } from './browserStorage.ts'
import { type TxFlowMeta, type TxFlows, TxFlowsContext } from './TxFlowsContext.ts'
import { createTxFlow, type TxFlowController } from './txFlowRunner.ts'

/**
 * Keeps every transaction flow (keyed by id) above the routes, so navigating away from the page that
 * started one never stops it: a queued step still runs and its watch keeps going. Mounted in App inside
 * the wagmi and query providers and the router.
 */
export function TxFlowsProvider({ children }: { children: ReactNode }) {
  const config = useConfig()
  const queryClient = useQueryClient()
  const { chainId: walletChainId } = useConnection()
  const configRef = useRef(config)
  configRef.current = config
  const walletChainRef = useRef(walletChainId)
  walletChainRef.current = walletChainId

  const [flows] = useState<TxFlows>(() => {
    const controllers = new Map<string, TxFlowController>()
    const metas = new Map<string, TxFlowMeta>()
    const shown = new Map<string, number>()
    const listeners = new Set<() => void>()
    const notify = () => {
      for (const listener of listeners) listener()
    }
    return {
      get(id) {
        let controller = controllers.get(id)
        if (!controller) {
          controller = createTxFlow({
            getClient: (chainId) => getClient(configRef.current, { chainId: chainId as never }),
            async send({ chainId, account, request, gas }) {
              // Typed loosely: the app's config spans several chains; the request itself is chain-agnostic.
              const walletClient = (await getConnectorClient(configRef.current, {
                chainId: chainId as never,
                account,
              })) as unknown as WalletClient
              return sendTransaction(walletClient, {
                account,
                chain: walletClient.chain,
                to: request.to,
                data: request.data,
                value: request.valueWei,
                gas,
              })
            },
            walletChainId: () => walletChainRef.current,
            storage: browserStorage,
            onDone: () => queryClient.invalidateQueries(),
          })
          controller.subscribe(notify)
          controllers.set(id, controller)
        }
        return controller
      },
      setMeta(meta) {
        metas.set(meta.id, meta)
        notify()
      },
      list: () =>
        [...controllers.entries()].flatMap(([id, controller]) => {
          const meta = metas.get(id)
          return meta ? [{ meta, controller }] : []
        }),
      subscribe(listener) {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
      mount(id) {
        shown.set(id, (shown.get(id) ?? 0) + 1)
        notify()
        return () => {
          shown.set(id, (shown.get(id) ?? 1) - 1)
          notify()
        }
      },
      isShown: (id) => (shown.get(id) ?? 0) > 0,
    }
  })

  // Back on the right chain after a pause: every paused flow resumes by itself.
  useEffect(() => {
    for (const { controller } of flows.list())
      if (controller.getState().phase === 'wrong-chain' && controller.chainId() === walletChainId)
        void controller.continue()
  }, [walletChainId, flows])

  return <TxFlowsContext value={flows}>{children}</TxFlowsContext>
}
