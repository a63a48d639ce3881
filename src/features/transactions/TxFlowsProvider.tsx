import { useQueryClient } from '@tanstack/react-query'
import { type ReactNode, useEffect, useRef, useState } from 'react'
import { useConfig, useConnection } from 'wagmi'
import { createLazyTxFlow } from './createLazyTxFlow.ts'
import { type TxFlowMeta, type TxFlows, TxFlowsContext } from './TxFlowsContext.ts'
import type { TxFlowController } from './txFlowRunner.ts'

/**
 * Keeps every transaction flow (keyed by id) above the routes, so navigating away from the page that
 * started one never stops it: a queued step still runs and its watch keeps going. Mounted in App inside
 * the wagmi and query providers and the router. The runner itself loads when a page first asks for a
 * flow (createLazyTxFlow), not with the app.
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
          controller = createLazyTxFlow(async () =>
            (await import('./createAppTxFlow.ts')).createAppTxFlow({
              config: () => configRef.current,
              walletChainId: () => walletChainRef.current,
              onDone: () => queryClient.invalidateQueries(),
            }),
          )
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
