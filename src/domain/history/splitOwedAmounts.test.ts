import { describe, expect, it } from 'vitest'
import { splitCollects, splitOwedAmounts } from './splitOwedAmounts.ts'

const withdraw = (a0: bigint, a1: bigint) => ({ kind: 'withdraw' as const, amount0Wei: a0, amount1Wei: a1 })
const collect = (a0: bigint, a1: bigint) => ({ kind: 'collect' as const, amount0Wei: a0, amount1Wei: a1 })
const deposit = (a0: bigint, a1: bigint) => ({ kind: 'deposit' as const, amount0Wei: a0, amount1Wei: a1 })

describe('#splitOwedAmounts', () => {
  it('a partial decrease not collected: the owed amount is principal + fees, not all fees', () => {
    // Withdrew 10,000 USDC-wei-units of principal; collect(max) would pay 10,003: 3 are fees.
    const split = splitOwedAmounts({
      entries: [deposit(50_000n, 9n), withdraw(10_000n, 4n)],
      owed0Wei: 10_003n,
      owed1Wei: 5n,
    })
    expect(split).toEqual({
      withdrawnUncollected0Wei: 10_000n,
      withdrawnUncollected1Wei: 4n,
      uncollectedFees0Wei: 3n,
      uncollectedFees1Wei: 1n,
      collectedFees0Wei: 0n,
      collectedFees1Wei: 0n,
    })
  })

  it('a partial collect pays principal first, then fees', () => {
    // 100 withdrawn; collect 30 (all principal); later collect 80 (70 principal + 10 fees).
    const first = splitOwedAmounts({
      entries: [withdraw(100n, 0n), collect(30n, 0n)],
      owed0Wei: 75n,
      owed1Wei: 0n,
    })
    expect([first.withdrawnUncollected0Wei, first.uncollectedFees0Wei, first.collectedFees0Wei]).toEqual([
      70n,
      5n,
      0n,
    ])
    const second = splitOwedAmounts({
      entries: [withdraw(100n, 0n), collect(30n, 0n), collect(80n, 0n)],
      owed0Wei: 2n,
      owed1Wei: 0n,
    })
    expect([second.withdrawnUncollected0Wei, second.uncollectedFees0Wei, second.collectedFees0Wei]).toEqual([
      0n,
      2n,
      10n,
    ])
  })

  it('order matters: fees collected before a decrease stay fees', () => {
    const split = splitOwedAmounts({
      entries: [collect(40n, 0n), withdraw(100n, 0n)],
      owed0Wei: 100n,
      owed1Wei: 0n,
    })
    expect([split.withdrawnUncollected0Wei, split.uncollectedFees0Wei, split.collectedFees0Wei]).toEqual([
      100n,
      0n,
      40n,
    ])
  })

  it('never reports more principal than is owed (incomplete history)', () => {
    const split = splitOwedAmounts({ entries: [withdraw(100n, 0n)], owed0Wei: 60n, owed1Wei: 0n })
    expect([split.withdrawnUncollected0Wei, split.uncollectedFees0Wei]).toEqual([60n, 0n])
  })
})

describe('#splitCollects', () => {
  it('each Collect pays outstanding principal first, the rest is fees; totals agree with splitOwedAmounts', () => {
    const entries = [
      deposit(50n, 50n),
      collect(3n, 1n),
      withdraw(100n, 10n),
      collect(60n, 12n),
      collect(45n, 0n),
    ]
    expect(splitCollects(entries)).toEqual([
      { index: 1, principal: [0n, 0n], fees: [3n, 1n] },
      { index: 3, principal: [60n, 10n], fees: [0n, 2n] },
      { index: 4, principal: [40n, 0n], fees: [5n, 0n] },
    ])
    const totals = splitOwedAmounts({ entries, owed0Wei: 0n, owed1Wei: 0n })
    expect([totals.collectedFees0Wei, totals.collectedFees1Wei]).toEqual([8n, 3n])
  })
})
