import { describe, expect, inject, it } from 'vitest'
import { STORAGE_WARNING } from '../../src/features/transactions/txFlowRunner.ts'
import {
  cancelled,
  corruptStoredEntry,
  devnetReset,
  dropped,
  failedStorageWrite,
  reorgedReceipt,
  replaced,
  type TxLifecycleEnv,
  tabSwitchMidFlow,
} from './helpers/txLifecycle.ts'

const env: TxLifecycleEnv = { rpcUrl: inject('rpcUrl'), deployments: inject('deployments') }

describe('stored transactions classified on reload against the devnet', () => {
  it('replaced while the tab was closed: "replaced" by the hash that used the nonce', async () => {
    const result = await replaced(env)
    expect(result.truth).toBe('replaced')
    expect(result.shown).toBe('replaced')
    expect(result.facts.replacedBy).toBe(result.facts.replacement)
    expect(typeof result.facts.nonce).toBe('number')
  })

  it('cancelled (0-value self-send, same nonce): "cancelled"', async () => {
    const result = await cancelled(env)
    expect(result).toMatchObject({ truth: 'cancelled', shown: 'cancelled' })
    expect(result.facts.replacedBy).toBe(result.facts.replacement)
  })

  it('dropped by the node: pending before N blocks, "dropped" after', async () => {
    const result = await dropped(env)
    expect(result.facts.beforeNBlocks).toBe('pending')
    expect(result).toMatchObject({ truth: 'dropped', shown: 'dropped' })
    expect(result.facts.dropReason).toBe('not-found')
  })

  it('devnet reset: a confirmed transaction whose history was reverted is "dropped", not confirmed', async () => {
    const result = await devnetReset(env)
    expect(result.facts.confirmedBefore).toBe('confirmed')
    expect(result.facts.headBelow).toBe('dropped')
    expect(result).toMatchObject({ truth: 'dropped', shown: 'dropped' })
    expect(result.facts.dropReason).toBe('chain-reset')
  })

  it('a receipt removed by a reorg goes back to pending, never kept as confirmed', async () => {
    const result = await reorgedReceipt(env)
    expect(result.facts.confirmedBefore).toBe('confirmed')
    expect(result).toMatchObject({ truth: 'pending', shown: 'pending' })
  })

  it('a corrupt stored entry is dropped and counted; the real one is still classified', async () => {
    const result = await corruptStoredEntry(env)
    expect(result.facts.unreadable).toBe(1)
    expect(result).toMatchObject({ truth: 'confirmed', shown: 'confirmed' })
  })
})

describe('the flow runner (kept above the routes)', () => {
  it('keeps running when the page that started it unsubscribes: the second step is sent and mined', async () => {
    const result = await tabSwitchMidFlow(env)
    expect(result.facts).toEqual({ phase: 'done', unhandled: 0 })
    expect(result.shown).toBe('confirmed,confirmed')
    expect(result.truth).toBe('confirmed,confirmed')
  })

  it('a failed storage write after the hash: still tracked to "confirmed", with the reload warning', async () => {
    const result = await failedStorageWrite(env)
    expect(result).toMatchObject({ truth: 'confirmed', shown: 'confirmed' })
    expect(result.facts).toEqual({ phase: 'done', storageWarning: STORAGE_WARNING })
  })
})
