import { encodeFunctionData } from 'viem'
import { describe, expect, it } from 'vitest'
import { multicall3Abi } from '../chain/abi/multicall3Abi.ts'
import { callKind, SAMPLE_EVERY, shouldSample } from './rpcCrossCheck.ts'

const aggregate = (calls: { target: `0x${string}`; callData: `0x${string}` }[]) =>
  encodeFunctionData({
    abi: multicall3Abi,
    functionName: 'aggregate3',
    args: [calls.map((call) => ({ ...call, allowFailure: true }))],
  })
const T = '0x00000000000000000000000000000000000000a1'

describe('#callKind', () => {
  it('is target + selector for a plain call', () => {
    expect(callKind(T, '0x70a08231000000')).toBe(`${T}:0x70a08231`)
  })
  it('is the sorted set of inner selectors for a Multicall3 aggregate3, whatever the targets', () => {
    const kind = callKind(
      T,
      aggregate([
        { target: T, callData: '0x3850c7bd' },
        { target: '0x00000000000000000000000000000000000000b2', callData: '0x70a08231aabb' },
        { target: T, callData: '0x3850c7bd' },
      ]),
    )
    expect(kind).toBe('aggregate3:3850c7bd,70a08231')
  })
})

describe('#shouldSample', () => {
  it('checks the first read of each kind, then one in SAMPLE_EVERY', () => {
    const picks = Array.from({ length: SAMPLE_EVERY * 2 + 1 }, () => shouldSample(424242, 'k'))
    expect(picks.filter(Boolean)).toHaveLength(3)
    expect(picks[0]).toBe(true)
    expect(shouldSample(424242, 'another')).toBe(true)
  })
})

describe('critical reads', () => {
  it('are on while any enterCriticalReads is held, and for two minutes after a write gate', async () => {
    const { enterCriticalReads, extendCriticalReads, isCriticalNow, resetRpcTrust, CRITICAL_AFTER_GATE_MS } =
      await import('./rpcCrossCheck.ts')
    resetRpcTrust()
    expect(isCriticalNow(0)).toBe(false)
    const release = enterCriticalReads()
    expect(isCriticalNow(0)).toBe(true)
    release()
    release()
    expect(isCriticalNow(0)).toBe(false)
    extendCriticalReads(1_000)
    expect(isCriticalNow(1_000 + CRITICAL_AFTER_GATE_MS - 1)).toBe(true)
    expect(isCriticalNow(1_000 + CRITICAL_AFTER_GATE_MS)).toBe(false)
  })
})
