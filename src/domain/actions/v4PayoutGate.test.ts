import { describe, expect, it } from 'vitest'
import { v4PayoutVerdict } from './v4PayoutGate.ts'

const reviewedWei = [1_000n, 2_000n]

describe('#v4PayoutVerdict', () => {
  it('a return-delta hook: signs only when the simulation pays exactly the reviewed amounts', () => {
    const ok = v4PayoutVerdict({
      reviewedWei,
      simulated: { status: 'ok', amountsWei: [1_000n, 2_000n] },
      hookMayAlterAmounts: true,
    })
    expect(ok).toEqual({ sign: true, matches: true })
    const off = v4PayoutVerdict({
      reviewedWei,
      simulated: { status: 'ok', amountsWei: [1_000n, 1_999n] },
      hookMayAlterAmounts: true,
    })
    expect(off.sign).toBe(false)
    const unknown = v4PayoutVerdict({
      reviewedWei,
      simulated: { status: 'unsupported', message: 'no eth_simulateV1' },
      hookMayAlterAmounts: true,
    })
    expect(unknown.sign).toBe(false)
    expect(!unknown.sign && unknown.message).toContain('no eth_simulateV1')
  })

  it('no return-delta hook: a different payout warns but may be signed (the minimums bound it)', () => {
    const off = v4PayoutVerdict({
      reviewedWei,
      simulated: { status: 'ok', amountsWei: [1_001n, 2_000n] },
      hookMayAlterAmounts: false,
    })
    expect(off).toMatchObject({ sign: true, matches: false })
    expect(
      v4PayoutVerdict({
        reviewedWei,
        simulated: { status: 'ok', amountsWei: [1_000n, 2_000n] },
        hookMayAlterAmounts: false,
      }),
    ).toEqual({ sign: true, matches: true })
  })
})
