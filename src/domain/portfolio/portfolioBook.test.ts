import { describe, expect, it } from 'vitest'
import type { PortfolioTotals } from '../positions/model.ts'
import {
  addToPortfolio,
  PORTFOLIO_MAX_ADDRESSES,
  type PortfolioEntry,
  removeFromPortfolio,
  renameInPortfolio,
  sumPortfolio,
} from './portfolioBook.ts'

const address = (n: number) => `0x${n.toString(16).padStart(40, '0')}` as const

function filled(count: number): PortfolioEntry[] {
  return Array.from({ length: count }, (_, i) => ({ address: address(i + 1), name: `A${i + 1}` }))
}

describe('the portfolio book', () => {
  it('adds up to the limit and refuses the next, a duplicate (any case) and a bad name', () => {
    const nine = filled(PORTFOLIO_MAX_ADDRESSES - 1)
    const ten = addToPortfolio(nine, address(99), '  Cold wallet ')
    expect(ten).toEqual({ ok: true, entries: [...nine, { address: address(99), name: 'Cold wallet' }] })
    if (!ten.ok) throw new Error('unreachable')
    expect(addToPortfolio(ten.entries, address(100), 'Eleventh')).toMatchObject({ ok: false })
    expect(addToPortfolio(nine, address(1).toUpperCase().replace('0X', '0x') as `0x${string}`, 'x')).toEqual({
      ok: false,
      message: 'This address is already in the portfolio as "A1".',
    })
    expect(addToPortfolio(nine, address(50), '   ')).toMatchObject({ ok: false })
    expect(addToPortfolio(nine, address(50), 'a1')).toMatchObject({ ok: false })
    expect(addToPortfolio(nine, address(50), 'x'.repeat(33))).toMatchObject({ ok: false })
    expect(addToPortfolio(nine, address(50), 'x'.repeat(32))).toMatchObject({ ok: true })
  })

  it('renames (keeping its own name is fine) and removes', () => {
    const book = filled(3)
    expect(renameInPortfolio(book, address(2), 'A2')).toMatchObject({ ok: true })
    expect(renameInPortfolio(book, address(2), 'A3')).toMatchObject({ ok: false })
    expect(renameInPortfolio(book, address(7), 'New')).toMatchObject({ ok: false })
    const renamed = renameInPortfolio(book, address(2), 'Hot')
    expect(renamed.ok && renamed.entries[1]).toEqual({ address: address(2), name: 'Hot' })
    expect(removeFromPortfolio(book, address(2)).map((e) => e.name)).toEqual(['A1', 'A3'])
  })
})

describe('sumPortfolio', () => {
  const totals = (value: number, fees: number, rewards: number, partial = false) =>
    ({
      value: { valueUsd: value, partial },
      uncollectedFees: { valueUsd: fees, partial: false },
      pendingRewards: { valueUsd: rewards, partial: false },
    }) as PortfolioTotals

  it('adds the parts read and marks every total partial while a part is missing', () => {
    const done = sumPortfolio([
      { status: 'ok', totals: totals(100, 2, 1), positions: 3 },
      { status: 'ok', totals: totals(50.5, 0.25, 0, true), positions: 1 },
    ])
    expect(done.value).toEqual({ valueUsd: 150.5, partial: true })
    expect(done.uncollectedFees).toEqual({ valueUsd: 2.25, partial: false })
    expect(done.positions).toBe(4)
    expect(done.missing).toBe(0)
    const pending = sumPortfolio([
      { status: 'ok', totals: totals(100, 2, 1), positions: 3 },
      { status: 'loading' },
      { status: 'error', message: 'rpc down' },
    ])
    expect(pending.value).toEqual({ valueUsd: 100, partial: true })
    expect(pending.pendingRewards).toEqual({ valueUsd: 1, partial: true })
    expect(pending.missing).toBe(2)
  })
})
