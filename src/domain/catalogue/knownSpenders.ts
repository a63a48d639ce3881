import type { Address } from 'viem'
import type { ReadResult } from '../readResult.ts'
import type { ChainCatalogue, TokenInfo } from './types.ts'

/** What kind of contract a known spender is. */
export type KnownSpenderKind = 'npm' | 'v2-router' | 'swap-router' | 'v3-staker' | 'farm' | 'permit2'

/** A contract of the chain's catalogue that Poolscope's transactions approve, with a plain name. */
export interface KnownSpender {
  address: Address
  name: string
  kind: KnownSpenderKind
}

/** A token whose allowances are read: an ERC-20 of the catalogue (or one the user added) or a V2 LP token. */
export interface AllowanceToken {
  address: Address
  symbol: string
  decimals: number
  kind: 'erc20' | 'v2-lp'
}

/** One (token, spender) allowance to read. */
export interface AllowanceCheck {
  token: AllowanceToken
  spender: KnownSpender
}

/** One allowance as read: the check and its result (a failed call stays a failure, never 0). */
export interface AllowanceRead extends AllowanceCheck {
  allowance: ReadResult<bigint>
}

/**
 * The spenders of a chain's catalogue that the app's transactions approve: the V3 position manager (mint,
 * increase), the V2 router (add, remove), the swap router, the V3 staker (incentive rewards), every
 * StakingRewards farm, and Permit2 where the catalogue has it (V4 and the Universal Router pull tokens
 * through it). Nothing else is known: there is no indexer, so approvals given to other contracts are not
 * listed.
 */
export function knownSpenders(catalogue: ChainCatalogue): KnownSpender[] {
  const { contracts } = catalogue
  const spenders: KnownSpender[] = [
    { address: contracts.nonfungiblePositionManager, name: 'Uniswap V3 positions (NPM)', kind: 'npm' },
    { address: contracts.v2Router02, name: 'V2 router', kind: 'v2-router' },
    { address: contracts.swapRouter, name: 'Swap router', kind: 'swap-router' },
  ]
  if (contracts.v3Staker) spenders.push({ address: contracts.v3Staker, name: 'V3 staker', kind: 'v3-staker' })
  if (contracts.permit2) spenders.push({ address: contracts.permit2, name: 'Permit2', kind: 'permit2' })
  const symbolOf = symbolLookup(catalogue.tokens)
  for (const farm of catalogue.stakingRewards) {
    const pair = catalogue.v2Pairs.find((p) => same(p.address, farm.stakingToken))
    const name = pair ? `${symbolOf(pair.token0)}/${symbolOf(pair.token1)} LP farm` : 'LP farm'
    spenders.push({ address: farm.address, name: `${name} (${farm.address.slice(0, 6)}…)`, kind: 'farm' })
  }
  return spenders
}

/**
 * Every allowance the approvals panel reads: each ERC-20 (the catalogue's tokens, then `extraTokens`)
 * against every known spender except the farms, and each known V2 pair's LP token against the V2 router
 * and the farms that stake it. Duplicated token addresses are read once.
 */
export function allowanceChecks(
  catalogue: ChainCatalogue,
  extraTokens: readonly TokenInfo[] = [],
): AllowanceCheck[] {
  const spenders = knownSpenders(catalogue)
  const symbolOf = symbolLookup(catalogue.tokens)
  const checks: AllowanceCheck[] = []
  const erc20 = erc20AllowanceTokens(catalogue, extraTokens)
  for (const token of erc20)
    for (const spender of spenders) if (spender.kind !== 'farm') checks.push({ token, spender })
  const seen = new Set(erc20.map((token) => token.address.toLowerCase()))
  for (const pair of catalogue.v2Pairs) {
    const key = pair.address.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    const token: AllowanceToken = {
      address: pair.address,
      symbol: `${symbolOf(pair.token0)}/${symbolOf(pair.token1)} LP`,
      decimals: 18,
      kind: 'v2-lp',
    }
    for (const spender of spenders) {
      if (spender.kind === 'v2-router') checks.push({ token, spender })
      if (
        spender.kind === 'farm' &&
        catalogue.stakingRewards.some(
          (f) => same(f.address, spender.address) && same(f.stakingToken, pair.address),
        )
      )
        checks.push({ token, spender })
    }
  }
  return checks
}

/** The ERC-20s whose allowances are read: the catalogue's tokens, then `extraTokens`, each address once. */
function erc20AllowanceTokens(
  catalogue: ChainCatalogue,
  extraTokens: readonly TokenInfo[],
): AllowanceToken[] {
  const seen = new Set<string>()
  const tokens: AllowanceToken[] = []
  for (const info of [...catalogue.tokens, ...extraTokens]) {
    const key = info.address.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    tokens.push({ address: info.address, symbol: info.symbol, decimals: info.decimals, kind: 'erc20' })
  }
  return tokens
}

/** A contract that spends the owner's tokens through Permit2's own allowances (not the token's). */
export interface Permit2Spender {
  address: Address
  name: string
  kind: 'v4-position-manager' | 'universal-router'
}

/**
 * The catalogue's Permit2 spenders: the V4 PositionManager and the Universal Router, where the catalogue
 * knows them and Permit2 too (none without Permit2).
 */
export function permit2Spenders(catalogue: ChainCatalogue): Permit2Spender[] {
  const { contracts } = catalogue
  if (!contracts.permit2) return []
  const spenders: Permit2Spender[] = []
  if (contracts.v4PositionManager)
    spenders.push({
      address: contracts.v4PositionManager,
      name: 'Uniswap V4 positions',
      kind: 'v4-position-manager',
    })
  if (contracts.universalRouter)
    spenders.push({ address: contracts.universalRouter, name: 'Universal Router', kind: 'universal-router' })
  return spenders
}

/** One Permit2 allowance to read: `Permit2.allowance(owner, token, spender)`. */
export interface Permit2AllowanceCheck {
  permit2: Address
  token: AllowanceToken
  spender: Permit2Spender
}

/** Permit2's record of one (owner, token, spender): what it lets the spender pull, and until when. */
export interface Permit2Allowance {
  /** uint160, wei of the token. */
  amountWei: bigint
  /** uint48, unix seconds: the spender may pull while the chain's time is at or before it. */
  expiration: number
  /** uint48: the next signature nonce (not a figure shown). */
  nonce: number
}

/** One Permit2 allowance as read (a failed call stays a failure, never 0). */
export interface Permit2AllowanceRead extends Permit2AllowanceCheck {
  allowance: ReadResult<Permit2Allowance>
}

/**
 * Every Permit2 allowance the approvals panel reads: each ERC-20 (the catalogue's tokens, then
 * `extraTokens`, each once) against each Permit2 spender. Empty where the catalogue has no Permit2.
 */
export function permit2AllowanceChecks(
  catalogue: ChainCatalogue,
  extraTokens: readonly TokenInfo[] = [],
): Permit2AllowanceCheck[] {
  const { permit2 } = catalogue.contracts
  const spenders = permit2Spenders(catalogue)
  if (!permit2 || spenders.length === 0) return []
  return erc20AllowanceTokens(catalogue, extraTokens).flatMap((token) =>
    spenders.map((spender) => ({ permit2, token, spender })),
  )
}

/**
 * Whether a Permit2 allowance can still be pulled at the chain's time: Permit2 refuses a transfer once
 * `block.timestamp > expiration` (AllowanceExpired), so 'expired' is strictly after it; 'zero' when no
 * amount is left (whatever the expiration).
 * @param nowSeconds the latest block's timestamp, unix seconds (chain time, not the browser clock)
 */
export function permit2AllowanceState(
  allowance: Permit2Allowance,
  nowSeconds: number,
): 'zero' | 'expired' | 'active' {
  if (allowance.amountWei === 0n) return 'zero'
  return nowSeconds > allowance.expiration ? 'expired' : 'active'
}

/**
 * Allowances at or above 2^128 wei are shown as "Unlimited": an approve of 2^256 − 1 (and what is left of it
 * after a token that decrements it was spent) or of Permit2-style 2^160 − 1 is far above any token supply.
 */
export const UNLIMITED_ALLOWANCE_WEI = 2n ** 128n

/**
 * How an allowance reads. `dust`: non-zero but below 10^-6 of a whole token (and below 1 wei for a token
 * of 6 decimals or fewer, never): what an exact approval leaves when the mint takes a little less than
 * the desired amount it was approved for.
 * @param amountWei allowance(owner, spender), wei
 * @param decimals the token's decimals
 */
export function allowanceKind(amountWei: bigint, decimals: number): 'zero' | 'dust' | 'amount' | 'unlimited' {
  if (amountWei === 0n) return 'zero'
  if (amountWei >= UNLIMITED_ALLOWANCE_WEI) return 'unlimited'
  const millionth = decimals > 6 ? 10n ** BigInt(decimals - 6) : 1n
  return amountWei < millionth ? 'dust' : 'amount'
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

function symbolLookup(tokens: readonly TokenInfo[]): (address: Address) => string {
  return (address) => tokens.find((t) => same(t.address, address))?.symbol ?? `${address.slice(0, 6)}…`
}
