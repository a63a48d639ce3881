import { createClient, custom, numberToHex } from 'viem'
import { describe, expect, it } from 'vitest'
import { findSwapWindow } from './findSwapWindow.ts'

const DAY = 86_400

/**
 * A node whose block `n` has the time `timeOf(n)` (undefined: no such block, as below a replica's
 * genesis), counting header requests.
 */
function chain(timeOf: (n: bigint) => number | undefined) {
  const asked: bigint[] = []
  const client = createClient({
    transport: custom({
      async request({ method, params }) {
        if (method !== 'eth_getBlockByNumber') throw new Error(`unexpected ${method}`)
        const n = BigInt((params as [string])[0])
        asked.push(n)
        const timestamp = timeOf(n)
        if (timestamp === undefined) return null
        return {
          number: numberToHex(n),
          timestamp: numberToHex(timestamp),
          hash: `0x${n.toString(16).padStart(64, '0')}`,
          transactions: [],
        }
      },
    }),
  })
  return { client, asked }
}

/** The first block whose time is after `target`, by a linear search of the model (independent). */
function firstBlockAfter(timeOf: (n: bigint) => number, target: number, from: bigint, to: bigint) {
  let low = from
  let high = to
  while (low < high) {
    const mid = (low + high) / 2n
    if (timeOf(mid) > target) high = mid
    else low = mid + 1n
  }
  return low
}

describe('#findSwapWindow', () => {
  it('Arbitrum-like (0.25 s blocks, slower lately): covers 24 h in ≤ 3 header reads and 35 ranges', async () => {
    const head = 250_000_000n
    const headTime = 1_760_000_000
    // The last 20,000 blocks at 0.5 s, older ones at 0.25 s: the sample's average is off.
    const timeOf = (n: bigint) => {
      const back = Number(head - n)
      return back <= 20_000 ? headTime - back * 0.5 : headTime - 10_000 - (back - 20_000) * 0.25
    }
    const floorTime = (n: bigint) => Math.floor(timeOf(n))
    const { client, asked } = chain(floorTime)
    const window = await findSwapWindow(client, {
      head: { number: head, timestamp: headTime },
      seconds: DAY,
      floor: 0n,
    })
    const exactStart = firstBlockAfter(floorTime, headTime - DAY, 0n, head)
    expect(window.fromBlock).toBeLessThan(exactStart)
    expect(floorTime(window.fromBlock)).toBeLessThanOrEqual(headTime - DAY)
    expect(window.coveredSeconds).toBe(DAY)
    expect(window.requests).toBe(asked.length)
    expect(asked.length).toBeLessThanOrEqual(3)
    // Not more ranges than the exact window needs, at 10,000 blocks each.
    const ranges = (from: bigint) => Math.ceil(Number(head - from + 1n) / 10_000)
    expect(ranges(window.fromBlock)).toBeLessThanOrEqual(ranges(exactStart) + 1)
    expect(ranges(window.fromBlock)).toBeLessThanOrEqual(35)
  })

  it('a late estimate is redone from the checked block (bursty block times)', async () => {
    const head = 1_000_000n
    const headTime = 2_000_000_000
    // Blocks 12 s apart, except a burst of 50,000 blocks 1 s apart far back.
    const timeOf = (n: bigint) => {
      const back = Number(head - n)
      if (back <= 5_000) return headTime - back * 12
      if (back <= 55_000) return headTime - 60_000 - (back - 5_000)
      return headTime - 110_000 - (back - 55_000) * 12
    }
    const { client, asked } = chain(timeOf)
    const window = await findSwapWindow(client, {
      head: { number: head, timestamp: headTime },
      seconds: DAY,
      floor: 0n,
    })
    expect(timeOf(window.fromBlock)).toBeLessThanOrEqual(headTime - DAY)
    expect(window.coveredSeconds).toBe(DAY)
    expect(asked.length).toBeLessThanOrEqual(4)
  })

  it('a chain younger than the window starts at the floor and says how much it covers', async () => {
    // Devnet-like: 800 blocks of 60 s from block 1; a 7-day window is longer than the chain.
    const timeOf = (n: bigint) => 1_000_000 + Number(n) * 60
    const { client } = chain(timeOf)
    const head = { number: 800n, timestamp: timeOf(800n) }
    const window = await findSwapWindow(client, { head, seconds: 7 * DAY, floor: 1n })
    expect(window.fromBlock).toBe(1n)
    expect(window.coveredSeconds).toBe(799 * 60)
    expect(window.requests).toBe(1)
  })

  it('a replica without blocks below its genesis: samples closer, never fails', async () => {
    const genesis = 21_000_000n
    const head = genesis + 50_000n
    const timeOf = (n: bigint) => (n < genesis ? undefined : 1_000_000 + Number(n - genesis) * 12)
    const { client } = chain(timeOf)
    const headTime = timeOf(head) as number
    const window = await findSwapWindow(client, {
      head: { number: head, timestamp: headTime },
      seconds: DAY,
      floor: 0n,
    })
    // 24 h at 12 s = 7,200 blocks.
    expect(window.fromBlock).toBeLessThanOrEqual(head - 7_200n)
    expect(timeOf(window.fromBlock)).toBeLessThanOrEqual(headTime - DAY)
    expect(window.coveredSeconds).toBe(DAY)
  })
})
