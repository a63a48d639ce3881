import { use, useEffect, useReducer } from 'react'
import { Banner } from '../../ui/Banner.tsx'
import { Button } from '../../ui/Button.tsx'
import { ButtonLink } from '../layout/ButtonLink.tsx'
import { STEP_STATUS_TEXT } from './stepStatusText.ts'
import { TxFlowsContext } from './TxFlowsContext.ts'
import type { TxFlowPhase, TxFlowState } from './txFlowRunner.ts'

const PHASE_TEXT: Record<TxFlowPhase, string> = {
  idle: '',
  running: 'in progress',
  done: 'done',
  rejected: 'paused: the wallet rejected a request',
  failed: 'stopped',
  'wrong-chain': 'paused: wrong network in your wallet',
  confirm: 'paused: waiting for your confirmation',
}

/** The step the flow is at: the first not confirmed. */
function currentStep(state: TxFlowState) {
  const index = state.steps.findIndex((step) => step.status !== 'confirmed')
  return index === -1 ? undefined : { index, step: state.steps[index] }
}

const unfinished = (state: TxFlowState) => state.phase !== 'idle' && state.phase !== 'done'

/**
 * On every page (and tab) that does not show it, one line per unfinished flow: what it is, which step, a link
 * back, and Continue (when paused) / Dismiss.
 */
export function FlowResumeBanner() {
  const flows = use(TxFlowsContext)
  // Re-render on any flow change; the list is read fresh below.
  const [, rerender] = useReducer((n: number) => n + 1, 0)
  useEffect(() => flows?.subscribe(rerender), [flows])
  if (!flows) return null
  const open = flows
    .list()
    .filter(({ meta, controller }) => unfinished(controller.getState()) && !flows.isShown(meta.id))
  if (open.length === 0) return null
  return (
    <div className="mb-4 flex flex-col gap-2">
      {open.map(({ meta, controller }) => {
        const state = controller.getState()
        const at = currentStep(state)
        const paused =
          state.phase === 'rejected' || state.phase === 'wrong-chain' || state.phase === 'confirm'
        return (
          <Banner
            key={meta.id}
            tone={state.phase === 'failed' ? 'error' : state.phase === 'running' ? 'info' : 'warning'}
            title={`${meta.label}: ${PHASE_TEXT[state.phase]}`}
            data-testid="flow-resume"
            data-flow={meta.id}
            data-phase={state.phase}
            actions={
              <>
                <ButtonLink href={meta.path}>Back to the page</ButtonLink>
                {paused && (
                  <Button size="sm" onClick={() => void controller.continue()}>
                    {state.phase === 'confirm' ? 'Send anyway' : 'Continue'}
                  </Button>
                )}
                <Button size="sm" variant="secondary" onClick={() => controller.reset()}>
                  Dismiss
                </Button>
              </>
            }
          >
            {at?.step
              ? `Step ${at.index + 1} of ${state.steps.length}: ${at.step.request.label} — ${STEP_STATUS_TEXT[at.step.status]}.`
              : ''}
            {state.message ? ` ${state.message}` : ''}
          </Banner>
        )
      })}
    </div>
  )
}
