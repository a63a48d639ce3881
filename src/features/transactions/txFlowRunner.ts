import {
  type Address,
  type Client,
  type Hex,
  keccak256,
  TransactionNotFoundError,
  type TransactionReceipt,
} from 'viem'
import { getBlock, getTransaction, getTransactionCount } from 'viem/actions'
import { applyClassification } from '../../chain/write/classifyStoredTx.ts'
import { type DecodedTxError, decodeTxError } from '../../chain/write/decodeTxError.ts'
import { prepareTx } from '../../chain/write/prepareTx.ts'
import type { TxRequest } from '../../chain/write/txRequest.ts'
import { watchStoredTx } from '../../chain/write/watchStoredTx.ts'
import type { StoredBlockRef, StoredTx } from '../../domain/transactions/storedTx.ts'
import { checkWriteGate, type WriteGate } from '../chain-status/writeGate.ts'
import { describeTxOutcome } from './describeTxOutcome.ts'
import { upsertStoredTx } from './pendingTxStore.ts'

export type TxStepStatus =
  | 'queued'
  | 'simulating'
  | 'waiting-wallet'
  | 'pending'
  | 'confirmed'
  | 'failed'
  | 'replaced'
  | 'cancelled'
  | 'dropped'

export type TxStep = {
  request: TxRequest
  status: TxStepStatus
  hash?: Hex
  gasLimit?: bigint
  error?: DecodedTxError
  receipt?: TransactionReceipt
  /** The RPC dropped while waiting; the watch keeps retrying. */
  reconnecting?: boolean
  /** Set when replaced, cancelled or sped up: the transaction that took its place. */
  replacedBy?: Hex
  /** The write gate's warning the user acknowledged with "Send anyway" for this step. */
  acknowledged?: string
}

/**
 * idle → running → done; 'rejected' (user said no: back to review, nothing lost), 'failed' (write gate,
 * simulation or on-chain revert, replaced/cancelled/dropped, with the reason), 'wrong-chain' (the
 * wallet moved: paused until it is back), 'confirm' (the write gate asks for an explicit "Send anyway").
 */
export type TxFlowPhase = 'idle' | 'running' | 'done' | 'rejected' | 'failed' | 'wrong-chain' | 'confirm'

export type TxFlowState = {
  phase: TxFlowPhase
  steps: TxStep[]
  message?: string
  /** Set when a transaction could not be saved: it is tracked in this tab only. */
  storageWarning?: string
}

/** Everything the runner needs from the app (injected, so the integration tests drive it on the devnet). */
export type TxFlowDeps = {
  /** The app's client for the selected chain (its RPC, not the wallet's). */
  getClient: (chainId: number) => Client
  /** Asks the wallet to sign and send exactly this request; resolves to the hash. */
  send: (parameters: { chainId: number; account: Address; request: TxRequest; gas: bigint }) => Promise<Hex>
  /** The wallet's current chain id. */
  walletChainId: () => number | undefined
  /** Where submitted transactions are remembered; undefined keeps them in memory only. */
  storage: () => Pick<Storage, 'getItem' | 'setItem'> | undefined
  /** Called once the whole flow is done (e.g. invalidate queries). */
  onDone?: () => unknown
  writeGate?: (client: Client, chainId: number) => Promise<WriteGate>
  pollingInterval?: number
}

export type TxFlowController = {
  getState(): TxFlowState
  subscribe(listener: () => void): () => void
  /** The chain and account the next start/continue uses (a running flow keeps its own). */
  configure(parameters: { chainId: number; account: Address | undefined }): void
  start(requests: readonly TxRequest[]): Promise<void>
  /** Resumes at the first unfinished step; in 'confirm', this is the "Send anyway" acknowledgement. */
  continue(): Promise<void>
  reset(): void
  /** The chain the flow runs on (for the wrong-chain auto-resume). */
  chainId(): number | undefined
}

export const STORAGE_WARNING =
  'This transaction could not be saved in this browser (storage full or private mode). It is tracked in this tab only and will not survive a reload: keep this tab open until it is confirmed.'
const WRONG_CHAIN = 'Your wallet switched network. Switch back to continue.'

async function headBlock(client: Client): Promise<StoredBlockRef | undefined> {
  try {
    const block = await getBlock(client, { blockTag: 'latest' })
    return block.hash ? { number: block.number.toString(), hash: block.hash } : undefined
  } catch {
    return undefined
  }
}

/** The nonce the wallet used: read from the node, else the pending count read before sending. */
async function nonceOf(client: Client, hash: Hex, fallback: number | undefined): Promise<number | undefined> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return (await getTransaction(client, { hash })).nonce
    } catch (error) {
      if (!(error instanceof TransactionNotFoundError)) break
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  return fallback
}

/**
 * Runs a list of transactions one by one, outside any page (the flows provider keeps it across
 * navigation): chain check → write gate → simulate the exact request → wallet → pending (stored with
 * sender, nonce and head block, for reload) → watched until confirmed / failed / replaced / cancelled /
 * dropped. continue() resumes at the first unfinished step, so a rejection or a chain switch loses
 * nothing. Never rejects: every failure ends in a phase with a message.
 */
export function createTxFlow(deps: TxFlowDeps): TxFlowController {
  let state: TxFlowState = { phase: 'idle', steps: [] }
  let params: { chainId: number; account: Address | undefined } | undefined
  let runChainId: number | undefined
  let abort: AbortController | null = null
  const listeners = new Set<() => void>()
  const emit = (next: TxFlowState) => {
    state = next
    for (const listener of listeners) listener()
  }
  const update = (index: number, patch: Partial<TxStep>, phase?: TxFlowPhase, message?: string) => {
    emit({
      ...state,
      phase: phase ?? state.phase,
      steps: state.steps.map((step, i) => (i === index ? { ...step, ...patch } : step)),
      ...(message === undefined ? {} : { message }),
    })
  }
  const persist = (tx: StoredTx) => {
    const store = deps.storage()
    if (!store) return
    try {
      upsertStoredTx(store, tx)
    } catch {
      if (!state.storageWarning) emit({ ...state, storageWarning: STORAGE_WARNING })
    }
  }

  async function run(controller: AbortController, chainId: number, account: Address) {
    const client = deps.getClient(chainId)
    const gate = deps.writeGate ?? checkWriteGate
    emit({ ...state, phase: 'running', message: '' })
    for (let index = 0; index < state.steps.length; index++) {
      const step = state.steps[index] as TxStep
      if (step.status === 'confirmed') continue
      if (deps.walletChainId() !== chainId) {
        update(index, { status: 'queued' }, 'wrong-chain', WRONG_CHAIN)
        return
      }
      update(index, { status: 'simulating', reconnecting: false }, 'running', '')
      const checked = await gate(client, chainId)
      if (controller.signal.aborted) return
      if (checked.blocked) {
        update(index, { status: 'failed' }, 'failed', checked.blocked)
        return
      }
      if (checked.confirm && step.acknowledged !== checked.confirm) {
        update(index, { status: 'queued' }, 'confirm', checked.confirm)
        return
      }
      const prepared = await prepareTx(client, account, step.request)
      if (controller.signal.aborted) return
      if (!prepared.ok) {
        update(index, { status: 'failed', error: prepared.error }, 'failed', prepared.error.message)
        return
      }
      update(index, { status: 'waiting-wallet', gasLimit: prepared.gasLimit })
      const submittedBlock = await headBlock(client)
      let pendingNonce: number | undefined
      try {
        pendingNonce = await getTransactionCount(client, { address: account, blockTag: 'pending' })
      } catch {
        pendingNonce = undefined
      }
      let hash: Hex
      try {
        hash = await deps.send({ chainId, account, request: step.request, gas: prepared.gasLimit })
      } catch (error) {
        const decoded = decodeTxError(error)
        const wrongChain = decoded.kind === 'chain-mismatch' || deps.walletChainId() !== chainId
        update(
          index,
          { status: 'queued' },
          decoded.kind === 'rejected' ? 'rejected' : wrongChain ? 'wrong-chain' : 'failed',
          wrongChain ? WRONG_CHAIN : decoded.message,
        )
        return
      }
      // From here on the transaction exists: it is tracked in memory whatever storage does.
      update(index, { status: 'pending', hash })
      const nonce = await nonceOf(client, hash, pendingNonce)
      let stored: StoredTx = {
        hash,
        chainId,
        from: account,
        ...(nonce === undefined ? {} : { nonce }),
        to: step.request.to,
        dataHash: keccak256(step.request.data),
        valueWei: step.request.valueWei.toString(),
        ...(submittedBlock ? { submittedBlock } : {}),
        label: step.request.label,
        kind: step.request.kind,
        submittedAt: Date.now(),
        status: 'pending',
      }
      persist(stored)
      const outcome = await watchStoredTx(client, stored, {
        signal: controller.signal,
        ...(deps.pollingInterval === undefined ? {} : { pollingInterval: deps.pollingInterval }),
        onConnectionError: () => update(index, { reconnecting: true }),
        onConnectionRestored: () => update(index, { reconnecting: false }),
      })
      if (!outcome) return // reset
      stored = applyClassification(stored, outcome)
      persist(stored)
      const replacedBy = 'replacedBy' in outcome ? outcome.replacedBy : undefined
      if (outcome.status !== 'confirmed') {
        const text = describeTxOutcome(stored)
        update(
          index,
          {
            status: outcome.status,
            reconnecting: false,
            ...('receipt' in outcome ? { receipt: outcome.receipt } : {}),
            ...(replacedBy ? { replacedBy } : {}),
          },
          'failed',
          `The transaction was ${text.status}. ${text.next}`,
        )
        return
      }
      update(index, {
        status: 'confirmed',
        receipt: outcome.receipt,
        reconnecting: false,
        ...(replacedBy ? { replacedBy } : {}),
      })
    }
    emit({ ...state, phase: 'done' })
    await deps.onDone?.()
  }

  async function runFrom() {
    const account = params?.account
    const chainId = state.phase === 'idle' ? params?.chainId : (runChainId ?? params?.chainId)
    if (!account || chainId === undefined) return
    abort?.abort()
    const controller = new AbortController()
    abort = controller
    runChainId = chainId
    try {
      await run(controller, chainId, account)
    } catch (error) {
      // Never an unhandled rejection: an unexpected error stops the flow with its message.
      if (!controller.signal.aborted)
        emit({ ...state, phase: 'failed', message: decodeTxError(error).message })
    }
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    configure(next) {
      params = next
    },
    start(requests) {
      emit({ phase: 'idle', steps: requests.map((request) => ({ request, status: 'queued' })) })
      runChainId = undefined
      return runFrom()
    },
    continue() {
      if (state.phase === 'confirm') {
        const index = state.steps.findIndex((step) => step.status !== 'confirmed')
        const message = state.message
        if (index !== -1 && message) update(index, { acknowledged: message })
      }
      return runFrom()
    },
    reset() {
      abort?.abort()
      abort = null
      runChainId = undefined
      emit({ phase: 'idle', steps: [] })
    },
    chainId: () => runChainId,
  }
}
