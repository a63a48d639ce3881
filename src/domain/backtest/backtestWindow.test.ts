import { describe, expect, it } from 'vitest'
import type { V3PoolEvent } from '../pools/poolEvents.ts'
import { backtestWindow } from './backtestWindow.ts'

const DAY = 86_400
const T0 = 1_700_000_000

function swap(blockNumber: bigint, timestamp: number, sqrtPriceX96: bigint): V3PoolEvent {
  return {
    kind: 'swap',
    blockNumber,
    logIndex: 0,
    timestamp,
    amount0Wei: 1n,
    amount1Wei: -1n,
    sqrtPriceX96,
    liquidity: 1n,
    tick: 0,
  }
}

const EVENTS: V3PoolEvent[] = [
  { kind: 'initialize', blockNumber: 10n, logIndex: 0, timestamp: T0, sqrtPriceX96: 100n, tick: 0 },
  swap(20n, T0 + 2 * DAY, 200n),
  swap(30n, T0 + 10 * DAY, 300n),
  swap(40n, T0 + 12 * DAY, 400n),
]

describe('backtestWindow', () => {
  it('opens before the first event after the window start, at the price set by the event before', () => {
    // now = T0 + 14 d, 7 d window → starts at T0 + 7 d; first event after it is block 30.
    const window = backtestWindow(EVENTS, 7, { blockNumber: 50n, timestamp: T0 + 14 * DAY })
    expect(window).toEqual({
      fromBlock: 30n,
      toBlock: 50n,
      startTimestamp: T0 + 7 * DAY,
      endTimestamp: T0 + 14 * DAY,
      startSqrtPriceX96: 200n,
      startTick: 0,
    })
  })

  it('clamps a window longer than the pool life to its first event', () => {
    const window = backtestWindow(EVENTS, 30, { blockNumber: 50n, timestamp: T0 + 14 * DAY })
    expect(window?.startTimestamp).toBe(T0)
    expect(window?.fromBlock).toBe(20n)
    expect(window?.startSqrtPriceX96).toBe(100n)
  })

  it('opens at now when nothing happened inside the window', () => {
    const window = backtestWindow(EVENTS, 1, { blockNumber: 90n, timestamp: T0 + 40 * DAY })
    expect(window?.fromBlock).toBe(90n)
    expect(window?.startSqrtPriceX96).toBe(400n)
  })

  it('returns null without history or with a non-positive window', () => {
    expect(backtestWindow([], 7, { blockNumber: 1n, timestamp: T0 })).toBeNull()
    expect(backtestWindow(EVENTS, 0, { blockNumber: 50n, timestamp: T0 + DAY })).toBeNull()
  })
})
