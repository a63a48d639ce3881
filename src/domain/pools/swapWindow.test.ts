import { describe, expect, it } from 'vitest'
import { blockAtTime, logRangeCount, sampleBlockNumber, WINDOW_SAMPLE_BLOCKS } from './swapWindow.ts'

describe('#blockAtTime', () => {
  it('interpolates between two blocks and rounds towards the older block', () => {
    // 2 s per block: 1,000 s before the newer block is 500 blocks back.
    const older = { number: 1_000n, timestamp: 10_000 }
    const newer = { number: 2_000n, timestamp: 12_000 }
    expect(blockAtTime(11_000, older, newer, 0n)).toBe(1_500n)
    // 1,001 s back = 500.5 blocks: rounded to 501 blocks back (earlier).
    expect(blockAtTime(10_999, older, newer, 0n)).toBe(1_499n)
  })

  it('extrapolates beyond the older block, with the margin on the blocks back', () => {
    // 0.25 s per block (Arbitrum): 24 h = 345,600 blocks, +1 % margin = 349,056.
    const head = { number: 250_000_000n, timestamp: 1_700_000_000 }
    const sample = { number: head.number - 100_000n, timestamp: head.timestamp - 25_000 }
    expect(blockAtTime(head.timestamp - 86_400, sample, head, 0n)).toBe(head.number - 345_600n)
    expect(blockAtTime(head.timestamp - 86_400, sample, head, 0n, 0.01)).toBe(head.number - 349_056n)
  })

  it('clamps to the floor and to the newer block', () => {
    const older = { number: 100n, timestamp: 1_000 }
    const newer = { number: 200n, timestamp: 2_000 }
    expect(blockAtTime(0, older, newer, 150n)).toBe(150n)
    expect(blockAtTime(0, older, newer, 0n)).toBe(0n)
    expect(blockAtTime(5_000, older, newer, 0n)).toBe(200n)
    // No time between the blocks: no slope, the older block (or the floor).
    expect(blockAtTime(0, { number: 100n, timestamp: 2_000 }, newer, 0n)).toBe(100n)
  })
})

describe('#sampleBlockNumber and #logRangeCount', () => {
  it('samples a fixed distance back, never below the floor', () => {
    expect(sampleBlockNumber(250_000_000n, 0n)).toBe(250_000_000n - WINDOW_SAMPLE_BLOCKS)
    expect(sampleBlockNumber(800n, 1n)).toBe(1n)
  })

  it('24 h on Arbitrum at 10,000 blocks per range is 35 ranges, with the 1 % margin too', () => {
    const head = 250_000_000n
    expect(logRangeCount(head - 345_600n, head, 10_000n)).toBe(35)
    expect(logRangeCount(head - 349_056n, head, 10_000n)).toBe(35)
    // The strict 2,000 profile: 173 (175 with the margin).
    expect(logRangeCount(head - 345_600n, head, 2_000n)).toBe(173)
    expect(logRangeCount(head - 349_056n, head, 2_000n)).toBe(175)
    expect(logRangeCount(10n, 10n, 10_000n)).toBe(1)
    expect(logRangeCount(11n, 10n, 10_000n)).toBe(0)
  })
})
