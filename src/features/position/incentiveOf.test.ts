import type { Address, Hex } from 'viem'
import { describe, expect, it } from 'vitest'
import type { V3IncentiveInfo } from '../../domain/catalogue/types.ts'
import { incentiveOf } from './incentiveOf.ts'

const POOL = '0xC6962004f452bE9203591991D15f6b388e09E8D0' as Address
const OTHER_POOL = '0xC31E54c7a869B9FcBEcc14363CF510d1c41fa443' as Address
const incentive = (id: string, pool: Address, startTime: number, endTime: number): V3IncentiveInfo => ({
  rewardToken: '0x82aF49447D8a07e3bd95BD0d56f35241523fBab1',
  pool,
  startTime,
  endTime,
  refundee: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
  incentiveId: `0x${id.padStart(64, '0')}` as Hex,
})
const ended = incentive('a1', POOL, 100, 200)
const running = incentive('b2', POOL, 100, 10_000)
const elsewhere = incentive('c3', OTHER_POOL, 100, 10_000)
const all = [elsewhere, ended, running]

describe('incentiveOf (manage: which incentive a V3 action stakes in or unstakes from)', () => {
  it('a staked position uses the incentive it earns in (its pending reward), even after it ended', () => {
    const staked = {
      v3: { pool: POOL.toLowerCase() },
      pendingRewards: [{ source: ended.incentiveId.toUpperCase() }],
    }
    expect(incentiveOf(all, staked, 5_000n)).toBe(ended)
  })

  it('a wallet position gets the first incentive of its pool that runs at chain time', () => {
    expect(incentiveOf(all, { v3: { pool: POOL }, pendingRewards: [] }, 5_000n)).toBe(running)
    // Before any started (or without chain time): the pool's first, which the Stake button then checks.
    expect(incentiveOf(all, { v3: { pool: POOL }, pendingRewards: [] }, 50n)).toBe(ended)
    expect(incentiveOf(all, { v3: { pool: POOL }, pendingRewards: [] }, undefined)).toBe(ended)
  })

  it('no incentive for a pool without one, or for a V2 position', () => {
    const pool = '0x0000000000000000000000000000000000000001'
    expect(incentiveOf(all, { v3: { pool }, pendingRewards: [] }, 5_000n)).toBeUndefined()
    expect(incentiveOf(all, { v3: null, pendingRewards: [] }, 5_000n)).toBeUndefined()
  })
})
