import type { TxStepStatus } from './txFlowRunner.ts'

/** The stepper's (and the resume banner's) words for each step status. */
export const STEP_STATUS_TEXT: Record<TxStepStatus, string> = {
  queued: 'Waiting',
  simulating: 'Simulating…',
  'waiting-wallet': 'Confirm in your wallet',
  pending: 'Pending',
  confirmed: 'Confirmed',
  failed: 'Failed',
  replaced: 'Replaced',
  cancelled: 'Cancelled',
  dropped: 'Dropped',
}
