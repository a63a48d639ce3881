import type { Address } from 'viem'
import type { ChainCatalogue } from './types.ts'

/** A pool the picker offers. */
export type SimulatorPoolOption = {
  address: Address
  kind: 'v3' | 'v2'
  label: string
  /** True when a liquidity-mining program pays this pool's LPs. */
  hasFarm: boolean
}

function symbolOf(catalogue: ChainCatalogue, address: Address): string {
  const token = catalogue.tokens.find((t) => t.address.toLowerCase() === address.toLowerCase())
  const symbol = token?.symbol ?? `${address.slice(0, 6)}…`
  // Some devnet tokens have absurd symbols on purpose: keep labels short (React escapes the text).
  return symbol.length > 12 ? `${symbol.slice(0, 11)}…` : symbol
}

/** "0.3 %" from 3000 pips (the picker's label style). */
function feeTierLabel(feePips: number): string {
  return `${Number((feePips / 10_000).toFixed(4))} %`
}

/**
 * The chain's known V3 pools and V2 pairs from its catalogue, labelled "pair · fee tier", V3 first. A
 * catalogue with no known pools gives an empty list (the picker then takes a pasted address).
 * @returns picker options in a stable order
 */
export function listSimulatorPools(catalogue: ChainCatalogue): SimulatorPoolOption[] {
  const farmed = new Set([
    ...catalogue.v3Incentives.map((incentive) => incentive.pool.toLowerCase()),
    ...catalogue.stakingRewards.map((farm) => farm.stakingToken.toLowerCase()),
  ])
  const v3 = catalogue.v3Pools.map((pool) => ({
    address: pool.address,
    kind: 'v3' as const,
    label: `${symbolOf(catalogue, pool.token0)}/${symbolOf(catalogue, pool.token1)} · V3 ${feeTierLabel(pool.fee)}`,
    hasFarm: farmed.has(pool.address.toLowerCase()),
  }))
  const v2 = catalogue.v2Pairs.map((pair) => ({
    address: pair.address,
    kind: 'v2' as const,
    label: `${symbolOf(catalogue, pair.token0)}/${symbolOf(catalogue, pair.token1)} · V2 0.3 %`,
    hasFarm: farmed.has(pair.address.toLowerCase()),
  }))
  return [...v3, ...v2]
}

/** The pool opened when the URL names none: the first farmed V3 pool, else the first pool. */
export function defaultSimulatorPool(options: readonly SimulatorPoolOption[]): Address | undefined {
  return (options.find((option) => option.kind === 'v3' && option.hasFarm) ?? options[0])?.address
}
