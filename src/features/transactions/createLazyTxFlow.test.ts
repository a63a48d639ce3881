import { describe, expect, it, vi } from 'vitest'
import { createLazyTxFlow, TX_CODE_LOAD_FAILED } from './createLazyTxFlow.ts'
import type { TxFlowController, TxFlowState } from './txFlowRunner.ts'

/** A stand-in runner that records what it was asked and lets the test set its state. */
function fakeController() {
  let state: TxFlowState = { phase: 'idle', steps: [] }
  const listeners = new Set<() => void>()
  const calls: string[] = []
  const controller: TxFlowController = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    configure: (params) => calls.push(`configure ${params.chainId} ${params.account}`),
    async start(requests) {
      calls.push(`start ${requests.length}`)
      state = { phase: 'running', steps: [] }
      for (const listener of listeners) listener()
    },
    async continue() {
      calls.push('continue')
    },
    reset: () => calls.push('reset'),
    chainId: () => 31337,
  }
  return { controller, calls }
}

/** Lets the preload started at creation settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

const ACCOUNT = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'

describe('createLazyTxFlow', () => {
  it('loads the runner at once, is idle until then, and hands it the latest configuration', async () => {
    const { controller, calls } = fakeController()
    let resolve!: (value: TxFlowController) => void
    const load = vi.fn(() => new Promise<TxFlowController>((r) => (resolve = r)))
    const flow = createLazyTxFlow(load)
    expect(load).toHaveBeenCalledTimes(1)
    expect(flow.getState()).toEqual({ phase: 'idle', steps: [] })
    expect(flow.chainId()).toBeUndefined()
    flow.configure({ chainId: 1, account: undefined })
    flow.configure({ chainId: 31337, account: ACCOUNT })
    const listener = vi.fn()
    flow.subscribe(listener)
    const started = flow.start([])
    resolve(controller)
    await started
    expect(calls).toEqual([`configure 31337 ${ACCOUNT}`, 'start 0'])
    expect(flow.getState().phase).toBe('running')
    expect(flow.chainId()).toBe(31337)
    expect(listener).toHaveBeenCalled()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('ends a started flow in failed with a plain message when the code cannot load, and retries on the next start', async () => {
    const { controller, calls } = fakeController()
    const load = vi
      .fn<() => Promise<TxFlowController>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(controller)
    const flow = createLazyTxFlow(load)
    await settle()
    flow.configure({ chainId: 31337, account: ACCOUNT })
    await flow.start([])
    expect(flow.getState()).toEqual({ phase: 'failed', steps: [], message: TX_CODE_LOAD_FAILED })
    expect(load).toHaveBeenCalledTimes(2)
    await flow.continue()
    expect(load).toHaveBeenCalledTimes(3)
    expect(calls).toEqual([`configure 31337 ${ACCOUNT}`, 'continue'])
    expect(flow.getState().phase).toBe('idle')
  })

  it('forwards reset once loaded, and resets a failed load to idle', async () => {
    const { controller, calls } = fakeController()
    const load = vi
      .fn<() => Promise<TxFlowController>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(controller)
    const flow = createLazyTxFlow(load)
    await settle()
    await flow.start([])
    expect(flow.getState().phase).toBe('failed')
    flow.reset()
    expect(flow.getState().phase).toBe('idle')
    await flow.start([])
    flow.reset()
    expect(calls).toEqual(['start 0', 'reset'])
  })
})
