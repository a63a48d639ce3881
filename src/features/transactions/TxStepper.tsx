import { useSwitchChain } from 'wagmi'
import { Banner } from '../../ui/Banner.tsx'
import { Button } from '../../ui/Button.tsx'
import { Spinner } from '../../ui/Spinner.tsx'
import { TxHashText } from '../../ui/TxHashText.tsx'
import { STEP_STATUS_TEXT } from './stepStatusText.ts'
import { TxStepLabel } from './TxStepLabel.tsx'
import type { TxFlowState } from './txFlowRunner.ts'

/** One line per transaction with its state and hash, and what to do when the flow stops. */
export function TxStepper(props: {
  state: TxFlowState
  chainId: number
  onContinue: () => void
  onBackToReview: () => void
}) {
  const { state, chainId, onContinue, onBackToReview } = props
  const switchChain = useSwitchChain()
  return (
    <div className="flex flex-col gap-3" data-testid="tx-stepper" data-phase={state.phase}>
      <ol className="flex flex-col gap-2">
        {state.steps.map((step, index) => (
          <li
            key={`${step.request.kind}-${step.request.to}-${step.request.data.slice(0, 74)}`}
            className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 px-3 py-2 text-sm dark:border-slate-700"
            data-testid="tx-step"
            data-kind={step.request.kind}
            data-status={step.status}
          >
            <span>
              {index + 1}. <TxStepLabel request={step.request} />
            </span>
            <span className="flex items-center gap-2">
              {(step.status === 'simulating' ||
                step.status === 'waiting-wallet' ||
                step.status === 'pending') && <Spinner />}
              <span>{STEP_STATUS_TEXT[step.status]}</span>
              {step.reconnecting && <span className="text-amber-700">RPC lost, still watching…</span>}
              {step.replacedBy && (
                <span data-testid="tx-replaced-by">
                  by <code className="text-xs">{step.replacedBy.slice(0, 10)}…</code>
                </span>
              )}
              {step.hash && <TxHashText hash={step.hash} chainId={chainId} testId="tx-hash" />}
            </span>
          </li>
        ))}
      </ol>
      {state.storageWarning && (
        <Banner tone="warning" title="Not saved in this browser" data-testid="tx-storage-warning">
          {state.storageWarning}
        </Banner>
      )}
      {state.phase === 'confirm' && (
        <Banner
          tone="warning"
          title="Check before sending"
          data-testid="tx-confirm"
          actions={
            <>
              <Button size="sm" onClick={onContinue} data-testid="tx-send-anyway">
                Send anyway
              </Button>
              <Button size="sm" variant="secondary" onClick={onBackToReview}>
                Back to review
              </Button>
            </>
          }
        >
          {state.message}
        </Banner>
      )}
      {state.phase === 'rejected' && (
        <Banner
          tone="warning"
          title="Request rejected in the wallet"
          data-testid="tx-rejected"
          actions={
            <>
              <Button size="sm" onClick={onContinue}>
                Try again
              </Button>
              <Button size="sm" variant="secondary" onClick={onBackToReview}>
                Back to review
              </Button>
            </>
          }
        >
          {state.message} Your inputs are kept.
        </Banner>
      )}
      {state.phase === 'failed' && (
        <Banner
          tone="error"
          title={
            state.steps.some(
              (s) => s.status === 'replaced' || s.status === 'cancelled' || s.status === 'dropped',
            )
              ? 'The transaction did not go through as sent'
              : 'The transaction cannot go through'
          }
          data-testid="tx-failed"
          actions={
            <Button size="sm" variant="secondary" onClick={onBackToReview}>
              Back to review
            </Button>
          }
        >
          {state.message}
        </Banner>
      )}
      {state.phase === 'wrong-chain' && (
        <Banner
          tone="warning"
          title="Paused: wrong network"
          data-testid="tx-wrong-chain"
          actions={
            <Button size="sm" onClick={() => switchChain.mutate({ chainId: chainId as never })}>
              Switch back
            </Button>
          }
        >
          {state.message}
        </Banner>
      )}
    </div>
  )
}
