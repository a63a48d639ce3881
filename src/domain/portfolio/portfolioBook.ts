import type { Address } from 'viem'
import type { PartialTotal, PortfolioTotals } from '../positions/model.ts'

/** How many addresses a portfolio holds at most. */
export const PORTFOLIO_MAX_ADDRESSES = 10
/** Longest name of an address in the portfolio (characters, after trimming). */
export const PORTFOLIO_NAME_MAX = 32

/** One address of the portfolio, with the name the user gave it. */
export interface PortfolioEntry {
  /** EIP-55 checksummed. */
  address: Address
  name: string
}

export type PortfolioEdit = { ok: true; entries: PortfolioEntry[] } | { ok: false; message: string }

function checkName(name: string, others: readonly PortfolioEntry[]): string | { message: string } {
  const trimmed = name.trim()
  if (trimmed === '') return { message: 'Give the address a name (for example "Cold wallet").' }
  if ([...trimmed].length > PORTFOLIO_NAME_MAX)
    return { message: `A name has at most ${PORTFOLIO_NAME_MAX} characters.` }
  if (others.some((entry) => entry.name.toLowerCase() === trimmed.toLowerCase()))
    return { message: `"${trimmed}" already names another address.` }
  return trimmed
}

const same = (a: Address, b: Address) => a.toLowerCase() === b.toLowerCase()

/**
 * Adds an address (already validated and checksummed) under a name: refused, with the reason, when
 * the portfolio is full, the address is already in it, or the name is empty, too long or taken.
 */
export function addToPortfolio(
  entries: readonly PortfolioEntry[],
  address: Address,
  name: string,
): PortfolioEdit {
  const existing = entries.find((entry) => same(entry.address, address))
  if (existing)
    return { ok: false, message: `This address is already in the portfolio as "${existing.name}".` }
  if (entries.length >= PORTFOLIO_MAX_ADDRESSES)
    return {
      ok: false,
      message: `A portfolio holds at most ${PORTFOLIO_MAX_ADDRESSES} addresses: remove one to add another.`,
    }
  const checked = checkName(name, entries)
  if (typeof checked !== 'string') return { ok: false, message: checked.message }
  return { ok: true, entries: [...entries, { address, name: checked }] }
}

/** Renames an address; refused like addToPortfolio for a bad name, or when the address is not in it. */
export function renameInPortfolio(
  entries: readonly PortfolioEntry[],
  address: Address,
  name: string,
): PortfolioEdit {
  if (!entries.some((entry) => same(entry.address, address)))
    return { ok: false, message: 'This address is not in the portfolio.' }
  const checked = checkName(
    name,
    entries.filter((entry) => !same(entry.address, address)),
  )
  if (typeof checked !== 'string') return { ok: false, message: checked.message }
  return {
    ok: true,
    entries: entries.map((entry) => (same(entry.address, address) ? { ...entry, name: checked } : entry)),
  }
}

export function removeFromPortfolio(entries: readonly PortfolioEntry[], address: Address): PortfolioEntry[] {
  return entries.filter((entry) => !same(entry.address, address))
}

/** One (address, chain) part of the portfolio: its totals once read, or why not. */
export type PortfolioPart =
  /** `positions`: the open ones (a closed V3 position, liquidity and owed 0, is not counted). */
  | {
      status: 'ok'
      totals: PortfolioTotals
      positions: number
      /** The block the part is read at, and its chain time (unix seconds); optional for callers that do not track it. */
      at?: { blockNumber: bigint; timestamp: number } | undefined
    }
  | { status: 'loading' }
  | { status: 'error'; message: string }

/** The portfolio's totals across its parts; `missing` counts the parts left out (loading or failed). */
export interface PortfolioSum {
  value: PartialTotal
  uncollectedFees: PartialTotal
  pendingRewards: PartialTotal
  positions: number
  /** Parts not in the totals yet (loading) or at all (failed): the totals are then partial. */
  missing: number
}

/**
 * Totals across addresses and chains: the sum of each part's totals. A part still loading or failed is
 * never counted as 0: it is left out and every total says partial, as does a part whose own total is.
 */
export function sumPortfolio(parts: readonly PortfolioPart[]): PortfolioSum {
  const total = (): PartialTotal => ({ valueUsd: 0, partial: false })
  const sum: PortfolioSum = {
    value: total(),
    uncollectedFees: total(),
    pendingRewards: total(),
    positions: 0,
    missing: 0,
  }
  for (const part of parts) {
    if (part.status !== 'ok') {
      sum.missing += 1
      continue
    }
    sum.positions += part.positions
    for (const key of ['value', 'uncollectedFees', 'pendingRewards'] as const) {
      sum[key].valueUsd += part.totals[key].valueUsd
      sum[key].partial ||= part.totals[key].partial
    }
  }
  if (sum.missing > 0)
    for (const key of ['value', 'uncollectedFees', 'pendingRewards'] as const) sum[key].partial = true
  return sum
}
