import type { TxFlowController, TxFlowState } from './txFlowRunner.ts'

const IDLE: TxFlowState = { phase: 'idle', steps: [] }

/** What a flow says when its code could not be loaded (offline, or the app was redeployed meanwhile). */
export const TX_CODE_LOAD_FAILED =
  'The transaction code could not be loaded (network error, or a new version of the app was deployed). Nothing was sent: reload the page and try again.'

/**
 * A flow controller whose runner (txFlowRunner.ts, viem's transaction sending, decodeTxError) is
 * loaded on first use instead of with the app: flows start on lazily loaded pages, so the initial JS
 * carries none of it. `load` starts at once (the page that asks for the flow renders it), and
 * start/continue wait for it; until then the flow is idle. A failed load ends the started flow in
 * 'failed' with `TX_CODE_LOAD_FAILED` and is retried on the next start (never an unhandled rejection).
 * @param load resolves to the real controller, created once
 */
export function createLazyTxFlow(load: () => Promise<TxFlowController>): TxFlowController {
  let inner: TxFlowController | undefined
  let loading: Promise<TxFlowController> | undefined
  let params: Parameters<TxFlowController['configure']>[0] | undefined
  let state = IDLE
  const listeners = new Set<() => void>()
  const notify = () => {
    for (const listener of listeners) listener()
  }
  const ensure = () => {
    loading ??= load().then(
      (controller) => {
        inner = controller
        if (params) controller.configure(params)
        controller.subscribe(notify)
        notify()
        return controller
      },
      (error: unknown) => {
        loading = undefined
        throw error
      },
    )
    return loading
  }
  const run = async (action: (controller: TxFlowController) => Promise<void>) => {
    let controller: TxFlowController
    try {
      controller = await ensure()
    } catch {
      state = { phase: 'failed', steps: [], message: TX_CODE_LOAD_FAILED }
      notify()
      return
    }
    await action(controller) // the runner never rejects
  }
  ensure().catch(() => undefined) // preload; a failure is reported when the flow is started

  return {
    getState: () => inner?.getState() ?? state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    configure(next) {
      params = next
      inner?.configure(next)
    },
    start: (requests) => run((controller) => controller.start(requests)),
    continue: () => run((controller) => controller.continue()),
    reset() {
      state = IDLE
      if (inner) inner.reset()
      else notify()
    },
    chainId: () => inner?.chainId(),
  }
}
