import { describe, expect, it } from 'vitest'
import {
  historyProgressKey,
  historyProgressOf,
  reportHistoryProgress,
  subscribeHistoryProgress,
} from './historyProgress.ts'

describe('history progress', () => {
  it('sums the scanned blocks of every scan of a key, and is stable between reports', () => {
    const key = historyProgressKey(1, '0xAbC')
    expect(key).toBe('1:0xabc')
    expect(historyProgressOf(key)).toBeUndefined()
    let notified = 0
    const unsubscribe = subscribeHistoryProgress(() => notified++)
    // Scan a: blocks 101–200 (100 blocks), 50 scanned. Scan b: blocks 1–300, none scanned yet.
    reportHistoryProgress(key, 'a', { fromBlock: 101n, toBlock: 200n, scannedTo: 150n })
    reportHistoryProgress(key, 'b', { fromBlock: 1n, toBlock: 300n, scannedTo: 0n })
    expect(notified).toBe(2)
    const summary = historyProgressOf(key)
    expect(summary).toEqual({ fraction: 50 / 400, scannedBlocks: 50n, totalBlocks: 400n, done: false })
    expect(historyProgressOf(key)).toBe(summary)
    reportHistoryProgress(key, 'a', { fromBlock: 101n, toBlock: 200n, scannedTo: 200n })
    reportHistoryProgress(key, 'b', { fromBlock: 1n, toBlock: 300n, scannedTo: 300n })
    expect(historyProgressOf(key)).toMatchObject({ fraction: 1, done: true, scannedBlocks: 400n })
    unsubscribe()
    reportHistoryProgress(key, 'a', { fromBlock: 101n, toBlock: 201n, scannedTo: 201n })
    expect(notified).toBe(4)
  })
})
