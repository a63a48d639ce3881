import { TickMath } from '@uniswap/v3-sdk'
import { describe, expect, it } from 'vitest'
import { ALERT_RULE_FIXTURE } from '../../test-utils/alertRule.ts'
import { parseNearBoundPercent } from './alertRules.ts'
import { evaluateAlert, isNearBound, rangeSide } from './evaluateAlert.ts'

const rule = ALERT_RULE_FIXTURE

/** Price ratio between two ticks from the SDK's Q64.96 sqrt prices (an oracle independent of 1.0001^t). */
function sdkRatio(tickA: number, tickB: number): number {
  const a = Number(BigInt(TickMath.getSqrtRatioAtTick(tickA).toString()))
  const b = Number(BigInt(TickMath.getSqrtRatioAtTick(tickB).toString()))
  return (a / b) ** 2
}

describe('rangeSide', () => {
  it('follows the contracts: tickLower is in range, tickUpper is not', () => {
    expect(rangeSide(-601, -600, 600)).toBe('below')
    expect(rangeSide(-600, -600, 600)).toBe('in')
    expect(rangeSide(599, -600, 600)).toBe('in')
    expect(rangeSide(600, -600, 600)).toBe('above')
  })
})

describe('isNearBound', () => {
  it('agrees with the SDK tick prices on every tick of a range, for several thresholds', () => {
    for (const percent of [0.5, 1, 5, 10]) {
      for (let tick = -700; tick <= 700; tick += 7) {
        const inRange = tick >= -600 && tick < 600
        const expected =
          inRange && (sdkRatio(tick, -600) <= 1 + percent / 100 || sdkRatio(600, tick) <= 1 + percent / 100)
        expect(isNearBound(tick, -600, 600, percent), `tick ${tick} at ${percent} %`).toBe(expected)
      }
    }
  })
  it('is never near out of range', () => {
    expect(isNearBound(-601, -600, 600, 50)).toBe(false)
    expect(isNearBound(600, -600, 600, 50)).toBe(false)
  })
})

describe('evaluateAlert', () => {
  const at = (tick: number, block: number, time = 1_000) => ({
    tick,
    blockNumber: BigInt(block),
    blockTimestamp: time,
  })
  it('fires nothing on the first observation, even out of range', () => {
    expect(evaluateAlert(rule, at(900, 10), undefined).fired).toEqual([])
  })
  it('fires once on leaving the range, at the block it saw, and not again while out', () => {
    const first = evaluateAlert(rule, at(0, 10), undefined)
    const out = evaluateAlert(rule, at(650, 11), first.observation)
    expect(out.fired).toHaveLength(1)
    expect(out.fired[0]).toMatchObject({ kind: 'left-range', blockNumber: 11n, href: rule.href })
    expect(out.fired[0]?.title).toBe('WETH/USDC 0.3 % #7 is out of range')
    expect(out.fired[0]?.body).toContain('above its range')
    expect(evaluateAlert(rule, at(700, 12), out.observation).fired).toEqual([])
    // Back in and out again (below this time): fires again.
    const back = evaluateAlert(rule, at(0, 13), out.observation)
    expect(back.fired).toEqual([])
    const below = evaluateAlert(rule, at(-601, 14), back.observation)
    expect(below.fired.map((f) => f.body)).toEqual([expect.stringContaining('below its range')])
  })
  it('ignores an older block (a lagging RPC) and keeps the newer observation', () => {
    const first = evaluateAlert(rule, at(0, 20), undefined)
    const stale = evaluateAlert(rule, at(900, 19), first.observation)
    expect(stale.fired).toEqual([])
    expect(stale.observation).toBe(first.observation)
  })
  it('fires near-bound on entering the zone, only when set', () => {
    const near = { ...rule, leavesRange: false, nearBoundPercent: 5 }
    const first = evaluateAlert(near, at(0, 1), undefined)
    // 1.0001^(600 − 120) ≈ 1.049: within 5 % of the upper bound.
    const close = evaluateAlert(near, at(120, 2), first.observation)
    expect(close.fired.map((f) => f.kind)).toEqual(['near-bound'])
    expect(evaluateAlert(near, at(130, 3), close.observation).fired).toEqual([])
    // Leaving the range fires nothing with leavesRange off.
    expect(evaluateAlert(near, at(650, 4), close.observation).fired).toEqual([])
    expect(evaluateAlert(rule, at(120, 2), first.observation).fired).toEqual([])
  })
  it('fires farm-ended once the chain time reaches the end', () => {
    const farm = { ...rule, leavesRange: false, farmEndsAt: 5_000 }
    const first = evaluateAlert(farm, at(0, 1, 4_999), undefined)
    const ended = evaluateAlert(farm, at(0, 2, 5_000), first.observation)
    expect(ended.fired.map((f) => f.kind)).toEqual(['farm-ended'])
    expect(evaluateAlert(farm, at(0, 3, 6_000), ended.observation).fired).toEqual([])
  })
})

describe('parseNearBoundPercent', () => {
  it('accepts (0, 50] and says why otherwise', () => {
    expect(parseNearBoundPercent(' 5 ')).toEqual({ ok: true, value: 5 })
    expect(parseNearBoundPercent('0.5')).toEqual({ ok: true, value: 0.5 })
    for (const bad of ['', 'abc', '-1', '0', '1e3', '51'])
      expect(parseNearBoundPercent(bad).ok, bad).toBe(false)
  })
})
