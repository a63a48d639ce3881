import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Address, Hex, TransactionReceipt, WalletClient } from 'viem'
import { sendTransaction } from 'viem/actions'
import { useConfig, useConnection } from 'wagmi'
import { getClient, getConnectorClient } from 'wagmi/actions'
import { type DecodedTxError, decodeTxError } from '../../chain/write/decodeTxError.ts'
import { prepareTx } from '../../chain/write/prepareTx.ts'
import type { TxRequest } from '../../chain/write/txRequest.ts'
import { upsertStoredTx } from './pendingTxStore.ts'
import { watchTransaction } from './watchTransaction.ts'

export type TxStepStatus =
  | 'queued'
  | 'simulating'
  | 'waiting-wallet'
  | 'pending'
  | 'confirmed'
  | 'failed'
  | 'replaced'
  | 'cancelled'

export type TxStep = {
  request: TxRequest
  status: TxStepStatus
  hash?: Hex
  gasLimit?: bigint
  error?: DecodedTxError
  receipt?: TransactionReceipt
  /** The RPC dropped while waiting; the watch keeps retrying. */
  reconnecting?: boolean
}

/**
 * idle → running → done; 'rejected' (user said no: back to review, nothing lost), 'failed' (simulation or
 * on-chain revert, with the reason), 'wrong-chain' (the wallet moved: paused until it is back).
 */
export type TxFlowPhase = 'idle' | 'running' | 'done' | 'rejected' | 'failed' | 'wrong-chain'

export type TxFlowState = { phase: TxFlowPhase; steps: TxStep[]; message?: string }

/** Storage for the pending list; window.localStorage in the app. */
const storage = () => (typeof window === 'undefined' ? undefined : window.localStorage)

/**
 * Runs a list of transactions one by one: chain check → simulate the exact request → wallet → pending
 * (stored for reload) → confirmed/failed/replaced. Continue() resumes at the first unfinished step, so a
 * rejection or a chain switch loses nothing. On success the positions queries are invalidated.
 */
export function useTxFlow(parameters: { chainId: number; account: Address | undefined }) {
  const { chainId, account } = parameters
  const config = useConfig()
  const queryClient = useQueryClient()
  const { chainId: walletChainId } = useConnection()
  const [state, setState] = useState<TxFlowState>({ phase: 'idle', steps: [] })
  const stepsRef = useRef<TxStep[]>([])
  const walletChainRef = useRef(walletChainId)
  walletChainRef.current = walletChainId
  const abort = useRef<AbortController | null>(null)
  useEffect(() => () => abort.current?.abort(), [])

  const update = useCallback(
    (index: number, patch: Partial<TxStep>, phase?: TxFlowPhase, message?: string) => {
      stepsRef.current = stepsRef.current.map((step, i) => (i === index ? { ...step, ...patch } : step))
      setState((previous) => ({
        phase: phase ?? previous.phase,
        steps: stepsRef.current,
        ...(message === undefined ? {} : { message }),
      }))
    },
    [],
  )

  const runFrom = useCallback(async () => {
    if (!account) return
    abort.current?.abort()
    const controller = new AbortController()
    abort.current = controller
    setState({ phase: 'running', steps: stepsRef.current })
    const client = getClient(config, { chainId: chainId as never })
    for (let index = 0; index < stepsRef.current.length; index++) {
      const step = stepsRef.current[index] as TxStep
      if (step.status === 'confirmed') continue
      if (walletChainRef.current !== chainId) {
        update(
          index,
          { status: 'queued' },
          'wrong-chain',
          'Your wallet switched network. Switch back to continue.',
        )
        return
      }
      update(index, { status: 'simulating', reconnecting: false }, 'running', '')
      const prepared = await prepareTx(client, account, step.request)
      if (controller.signal.aborted) return
      if (!prepared.ok) {
        update(index, { status: 'failed', error: prepared.error }, 'failed', prepared.error.message)
        return
      }
      update(index, { status: 'waiting-wallet', gasLimit: prepared.gasLimit })
      let hash: Hex
      try {
        // Typed loosely: the app's config spans several chains; the request itself is chain-agnostic.
        const walletClient = (await getConnectorClient(config, {
          chainId: chainId as never,
          account,
        })) as unknown as WalletClient
        hash = await sendTransaction(walletClient, {
          account,
          chain: walletClient.chain,
          to: step.request.to,
          data: step.request.data,
          value: step.request.valueWei,
          gas: prepared.gasLimit,
        })
      } catch (error) {
        const decoded = decodeTxError(error)
        const wrongChain = decoded.kind === 'chain-mismatch' || walletChainRef.current !== chainId
        update(
          index,
          { status: 'queued' },
          decoded.kind === 'rejected' ? 'rejected' : wrongChain ? 'wrong-chain' : 'failed',
          wrongChain ? 'Your wallet switched network. Switch back to continue.' : decoded.message,
        )
        return
      }
      const submittedAt = Date.now()
      const stored = {
        hash,
        chainId,
        from: account,
        label: step.request.label,
        kind: step.request.kind,
        submittedAt,
      }
      const store = storage()
      if (store) upsertStoredTx(store, { ...stored, status: 'pending' })
      update(index, { status: 'pending', hash })
      const outcome = await watchTransaction(client, hash, {
        signal: controller.signal,
        onConnectionError: () => update(index, { reconnecting: true }),
      })
      if (store)
        upsertStoredTx(store, {
          ...stored,
          status: outcome.status,
          ...(outcome.replacedBy ? { replacedBy: outcome.replacedBy } : {}),
        })
      if (outcome.status !== 'confirmed') {
        const message =
          outcome.status === 'failed'
            ? 'The transaction was mined but reverted.'
            : `The transaction was ${outcome.status} in your wallet${outcome.replacedBy ? ` by ${outcome.replacedBy}` : ''}.`
        update(
          index,
          { status: outcome.status, receipt: outcome.receipt, reconnecting: false },
          'failed',
          message,
        )
        return
      }
      update(index, { status: 'confirmed', receipt: outcome.receipt, reconnecting: false })
    }
    setState({ phase: 'done', steps: stepsRef.current })
    await queryClient.invalidateQueries()
  }, [account, chainId, config, queryClient, update])

  const start = useCallback(
    (requests: readonly TxRequest[]) => {
      stepsRef.current = requests.map((request) => ({ request, status: 'queued' }))
      void runFrom()
    },
    [runFrom],
  )

  const reset = useCallback(() => {
    abort.current?.abort()
    stepsRef.current = []
    setState({ phase: 'idle', steps: [] })
  }, [])

  // Back on the right chain after a pause: resume by itself.
  useEffect(() => {
    if (state.phase === 'wrong-chain' && walletChainId === chainId) void runFrom()
  }, [state.phase, walletChainId, chainId, runFrom])

  return { state, start, continue: runFrom, reset }
}
