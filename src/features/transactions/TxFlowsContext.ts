import { createContext } from 'react'
import type { TxFlowController } from './txFlowRunner.ts'

/** What the app knows about one flow besides its state: its name and the page that owns it. */
export type TxFlowMeta = { id: string; label: string; path: string }

/** The flows registry, provided once above the routes by TxFlowsProvider. */
export type TxFlows = {
  /** The flow with this id, created on first use; it outlives the page that uses it. */
  get(id: string): TxFlowController
  setMeta(meta: TxFlowMeta): void
  /** Every flow started so far, with its meta. */
  list(): { meta: TxFlowMeta; controller: TxFlowController }[]
  subscribe(listener: () => void): () => void
  /** Marks the flow as shown by a mounted page; returns the unmount. */
  mount(id: string): () => void
  /** Whether a mounted page shows the flow now (then no resume banner is needed). */
  isShown(id: string): boolean
}

export const TxFlowsContext = createContext<TxFlows | null>(null)
