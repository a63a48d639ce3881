import type { Address } from 'viem'
import { getLiquidityMinted, V2_MINIMUM_LIQUIDITY } from '../../math/index.ts'
import type { PoolChoice } from '../catalogue/poolChoice.ts'
import type { TokenInfo } from '../catalogue/types.ts'
import type { Deviation } from './deriveCreatePool.ts'
import { parseAmount } from './parseAmount.ts'
import { type ReferencePrice, v2ReferenceSqrtPriceX96, worstDeviation } from './priceDeviation.ts'
import { sortTokens } from './virtualPool.ts'

/** User input of "create a V2 pair": both tokens and both amounts, as typed (their ratio is the price). */
export type CreatePairInput = {
  tokenA: Address | ''
  tokenB: Address | ''
  amountAText: string
  amountBText: string
  /** The user confirmed a ratio far (> 5 %) from the pair's other pools. */
  acknowledgedDeviation: boolean
}

/** What the chain says about a V2 pair the user wants to create. */
export type PairCreationCheck = {
  /** factory.getPair(tokenA, tokenB) when non-zero: the pair exists and must not be "created". */
  existingPair: Address | undefined
  /** The existing pair holds no reserves (created, never funded): a first deposit still sets its price. */
  existingPairEmpty: boolean
  /** Spot prices of the same pair in the listed pools (V3 slot0), to compare the ratio with. */
  references: ReferencePrice[]
}

export type CreatePairDerivation =
  | { status: 'incomplete'; message: string }
  | { status: 'checking'; token0: TokenInfo; token1: TokenInfo }
  | { status: 'exists'; token0: TokenInfo; token1: TokenInfo; pairAddress: Address; listed: boolean }
  | {
      status: 'invalid-amount'
      token0: TokenInfo
      token1: TokenInfo
      /** Which typed field is wrong ('both' when only the pair of them is, e.g. too little liquidity). */
      field: 'tokenA' | 'tokenB' | 'both'
      message: string
    }
  | {
      status: 'needs-ack' | 'ready'
      token0: TokenInfo
      token1: TokenInfo
      amount0Wei: bigint
      amount1Wei: bigint
      /** LP tokens minted to the depositor (exact, see newPairLiquidity). */
      liquidityWei: bigint
      /** The starting price as a Q64.96 sqrt price of token1 per token0 (reserve1 / reserve0). */
      sqrtPriceX96: bigint
      deviation: Deviation | undefined
      /** A pair that exists but holds nothing (the deposit is its first); undefined when it will be created. */
      emptyPair: Address | undefined
      /** The pair the add will create ("virtual" until then: no code, reserves 0); set only when ready. */
      pool: PoolChoice | undefined
    }

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/**
 * LP tokens the first deposit into a new V2 pair mints to the depositor: floor(sqrt(amount0 · amount1))
 * − MINIMUM_LIQUIDITY (1000, locked forever at address 0). UniswapV2Pair.mint with totalSupply 0.
 * @returns undefined when that is ≤ 0 (the pair reverts with INSUFFICIENT_LIQUIDITY_MINTED)
 * @example newPairLiquidity(10n ** 18n, 4n * 10n ** 18n) // 2n * 10n ** 18n - 1000n
 */
export function newPairLiquidity(amount0Wei: bigint, amount1Wei: bigint): bigint | undefined {
  if (amount0Wei <= 0n || amount1Wei <= 0n) return undefined
  try {
    return getLiquidityMinted({
      reserve0: 0n,
      reserve1: 0n,
      totalSupply: 0n,
      kLast: 0n,
      feeOn: false,
      amount0: amount0Wei,
      amount1: amount1Wei,
    })
  } catch {
    return undefined
  }
}

/**
 * The starting price a new pair's first deposit sets, both ways, in whole tokens (floats: display only;
 * the exact price is the ratio of the amounts, which is what the pair stores).
 * @example pairStartingPrices(10n ** 18n, 2000n * 10n ** 6n, 18, 6) // { token1PerToken0: 2000, token0PerToken1: 0.0005 }
 */
export function pairStartingPrices(
  amount0Wei: bigint,
  amount1Wei: bigint,
  decimals0: number,
  decimals1: number,
): { token1PerToken0: number; token0PerToken1: number } {
  const whole0 = Number(amount0Wei) / 10 ** decimals0
  const whole1 = Number(amount1Wei) / 10 ** decimals1
  return { token1PerToken0: whole1 / whole0, token0PerToken1: whole0 / whole1 }
}

/**
 * From the create-pair input and what the chain says: whether the form can go on to the review of
 * Router02.addLiquidity creating the pair at the typed ratio, or why not (pair incomplete or of one
 * token, pair exists, an amount invalid or too small to mint, strong deviation not acknowledged).
 */
export function deriveCreatePair(parameters: {
  input: CreatePairInput
  tokens: readonly TokenInfo[]
  choices: readonly PoolChoice[]
  check: PairCreationCheck | undefined
}): CreatePairDerivation {
  const { input, tokens, choices, check } = parameters
  const tokenA = tokens.find((t) => input.tokenA !== '' && same(t.address, input.tokenA))
  const tokenB = tokens.find((t) => input.tokenB !== '' && same(t.address, input.tokenB))
  if (!tokenA || !tokenB) return { status: 'incomplete', message: 'Choose both tokens of the new pair.' }
  if (same(tokenA.address, tokenB.address))
    return {
      status: 'incomplete',
      message: 'A pair needs two different tokens: a token cannot pair with itself.',
    }
  const [token0, token1] = sortTokens(tokenA, tokenB)
  const listed = choices.find(
    (c) =>
      c.protocol === 'v2' && same(c.token0.address, token0.address) && same(c.token1.address, token1.address),
  )
  if (listed) return { status: 'exists', token0, token1, pairAddress: listed.address, listed: true }
  if (!check) return { status: 'checking', token0, token1 }
  if (check.existingPair && !check.existingPairEmpty)
    return { status: 'exists', token0, token1, pairAddress: check.existingPair, listed: false }
  const parsedA = parseAmount(input.amountAText, { decimals: tokenA.decimals, symbol: tokenA.symbol })
  if (!parsedA.ok)
    return { status: 'invalid-amount', token0, token1, field: 'tokenA', message: parsedA.message }
  const parsedB = parseAmount(input.amountBText, { decimals: tokenB.decimals, symbol: tokenB.symbol })
  if (!parsedB.ok)
    return { status: 'invalid-amount', token0, token1, field: 'tokenB', message: parsedB.message }
  const aIs0 = same(tokenA.address, token0.address)
  const amount0Wei = aIs0 ? parsedA.amountWei : parsedB.amountWei
  const amount1Wei = aIs0 ? parsedB.amountWei : parsedA.amountWei
  const liquidityWei = newPairLiquidity(amount0Wei, amount1Wei)
  if (liquidityWei === undefined)
    return {
      status: 'invalid-amount',
      token0,
      token1,
      field: 'both',
      message: `These amounts are too small: a new pair locks ${V2_MINIMUM_LIQUIDITY} units of liquidity forever, and sqrt(amount × amount) in raw units must exceed that. Deposit more of either token.`,
    }
  const sqrtPriceX96 = v2ReferenceSqrtPriceX96(amount0Wei, amount1Wei) as bigint
  const deviation = worstDeviation(sqrtPriceX96, check.references)
  const emptyPair = check.existingPair
  const base = { token0, token1, amount0Wei, amount1Wei, liquidityWei, sqrtPriceX96, deviation, emptyPair }
  if (deviation?.strong && !input.acknowledgedDeviation)
    return { status: 'needs-ack', ...base, pool: undefined }
  return { status: 'ready', ...base, pool: virtualPairChoice(token0, token1, sqrtPriceX96) }
}

/**
 * The pair Router02.addLiquidity will create (address 0 until the chain says where: the form never reads
 * it; the router finds it by the two tokens), with `create` set so nothing reads its missing state.
 */
function virtualPairChoice(token0: TokenInfo, token1: TokenInfo, sqrtPriceX96: bigint): PoolChoice {
  return {
    protocol: 'v2',
    address: '0x0000000000000000000000000000000000000000',
    token0,
    token1,
    fee: 3000,
    tickSpacing: 0,
    create: { sqrtPriceX96 },
  }
}
