import { use, useCallback, useEffect, useSyncExternalStore } from 'react'
import type { Address } from 'viem'
import { useLocation, useSearch } from 'wouter'
import type { TxRequest } from '../../chain/write/txRequest.ts'
import { TxFlowsContext } from './TxFlowsContext.ts'

export type { TxFlowPhase, TxFlowState, TxStep, TxStepStatus } from './txFlowRunner.ts'

/**
 * The transaction flow `id`, kept by TxFlowsProvider above the routes: it keeps running when this page
 * unmounts, and the page finds it again (same id) when it comes back. See txFlowRunner.ts for the steps.
 * @param parameters.id one id per flow kind, e.g. 'add-liquidity'
 * @param parameters.label plain words for the resume banner, e.g. "Add liquidity"
 */
export function useTxFlow(parameters: {
  id: string
  label: string
  chainId: number
  account: Address | undefined
}) {
  const { id, label, chainId, account } = parameters
  const flows = use(TxFlowsContext)
  if (!flows) throw new Error('useTxFlow needs TxFlowsProvider (mounted in App)')
  const controller = flows.get(id)
  const [pathname] = useLocation()
  const search = useSearch()
  const path = search ? `${pathname}?${search}` : pathname
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState)
  controller.configure({ chainId, account })
  useEffect(() => controller.configure({ chainId, account }), [controller, chainId, account])
  useEffect(() => flows.mount(id), [flows, id])

  const start = useCallback(
    (requests: readonly TxRequest[]) => {
      flows.setMeta({ id, label, path })
      void controller.start(requests)
    },
    [flows, controller, id, label, path],
  )
  const resume = useCallback(() => void controller.continue(), [controller])
  const reset = useCallback(() => controller.reset(), [controller])
  return { state, start, continue: resume, reset }
}
