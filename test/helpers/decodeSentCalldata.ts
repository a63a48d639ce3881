// Decodes the calldata a wallet was really asked to send (captured by test/browser/fakeWallet.ts) and
// works out, from raw chain state at a block, the minimums and deadline that calldata should carry.
// Independent of the app: the ABIs are the official @uniswap build artifacts, the V3 minimums are the
// v3-sdk's (devDependency) on a pool built from raw slot0/liquidity reads (amm-reference §9).
import { createRequire } from 'node:module'
import { Percent, Token } from '@uniswap/sdk-core'
import { Pool, Position } from '@uniswap/v3-sdk'
import JSBI from 'jsbi'
import type { Page } from 'playwright-core'
import { type Abi, type Address, decodeFunctionData, type Hex, type PublicClient, parseAbi } from 'viem'

const require = createRequire(import.meta.url)
const npmAbi = (
  require('@uniswap/v3-periphery/artifacts/contracts/NonfungiblePositionManager.sol/NonfungiblePositionManager.json') as {
    abi: Abi
  }
).abi
const routerAbi = (require('@uniswap/v2-periphery/build/UniswapV2Router02.json') as { abi: Abi }).abi

/** A transaction as the wallet received it (eth_sendTransaction's first parameter). */
export interface SentTransaction {
  to?: Address | null
  data?: Hex
  value?: Hex | bigint
}

/** One decoded write; an NPM `multicall` is flattened into its calls, in order. */
export type DecodedWrite =
  | {
      kind: 'mint'
      token0: Address
      token1: Address
      fee: number
      tickLower: number
      tickUpper: number
      amount0Desired: bigint
      amount1Desired: bigint
      amount0Min: bigint
      amount1Min: bigint
      recipient: Address
      deadline: bigint
    }
  | {
      kind: 'increase'
      tokenId: bigint
      amount0Desired: bigint
      amount1Desired: bigint
      amount0Min: bigint
      amount1Min: bigint
      deadline: bigint
    }
  | {
      kind: 'decrease'
      tokenId: bigint
      liquidity: bigint
      amount0Min: bigint
      amount1Min: bigint
      deadline: bigint
    }
  | { kind: 'collect'; tokenId: bigint; recipient: Address; amount0Max: bigint; amount1Max: bigint }
  | {
      kind: 'v2-remove'
      functionName: string
      tokenA: Address
      /** The router's "token" of the ETH variants pairs with WETH. */
      tokenB: Address | 'ETH'
      liquidity: bigint
      amountAMin: bigint
      amountBMin: bigint
      to: Address
      deadline: bigint
    }
  | { kind: 'other'; to: Address; functionName: string; args: readonly unknown[] }

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

function decodeNpmCall(data: Hex): DecodedWrite[] {
  const { functionName, args = [] } = decodeFunctionData({ abi: npmAbi, data })
  const params = args[0] as Record<string, unknown>
  switch (functionName) {
    case 'multicall':
      return (args[0] as Hex[]).flatMap(decodeNpmCall)
    case 'mint':
      return [
        {
          kind: 'mint',
          token0: params.token0 as Address,
          token1: params.token1 as Address,
          fee: Number(params.fee),
          tickLower: Number(params.tickLower),
          tickUpper: Number(params.tickUpper),
          amount0Desired: params.amount0Desired as bigint,
          amount1Desired: params.amount1Desired as bigint,
          amount0Min: params.amount0Min as bigint,
          amount1Min: params.amount1Min as bigint,
          recipient: params.recipient as Address,
          deadline: params.deadline as bigint,
        },
      ]
    case 'increaseLiquidity':
      return [
        {
          kind: 'increase',
          tokenId: params.tokenId as bigint,
          amount0Desired: params.amount0Desired as bigint,
          amount1Desired: params.amount1Desired as bigint,
          amount0Min: params.amount0Min as bigint,
          amount1Min: params.amount1Min as bigint,
          deadline: params.deadline as bigint,
        },
      ]
    case 'decreaseLiquidity':
      return [
        {
          kind: 'decrease',
          tokenId: params.tokenId as bigint,
          liquidity: params.liquidity as bigint,
          amount0Min: params.amount0Min as bigint,
          amount1Min: params.amount1Min as bigint,
          deadline: params.deadline as bigint,
        },
      ]
    case 'collect':
      return [
        {
          kind: 'collect',
          tokenId: params.tokenId as bigint,
          recipient: params.recipient as Address,
          amount0Max: params.amount0Max as bigint,
          amount1Max: params.amount1Max as bigint,
        },
      ]
    default:
      return [{ kind: 'other', to: '0x', functionName, args }]
  }
}

function decodeRouterCall(data: Hex, to: Address): DecodedWrite[] {
  const { functionName, args = [] } = decodeFunctionData({ abi: routerAbi, data })
  const a = args as readonly unknown[]
  // removeLiquidity(tokenA, tokenB, liquidity, amountAMin, amountBMin, to, deadline[, permit…])
  if (functionName === 'removeLiquidity' || functionName === 'removeLiquidityWithPermit')
    return [
      {
        kind: 'v2-remove',
        functionName,
        tokenA: a[0] as Address,
        tokenB: a[1] as Address,
        liquidity: a[2] as bigint,
        amountAMin: a[3] as bigint,
        amountBMin: a[4] as bigint,
        to: a[5] as Address,
        deadline: a[6] as bigint,
      },
    ]
  // removeLiquidityETH…(token, liquidity, amountTokenMin, amountETHMin, to, deadline[, permit…])
  if (functionName.startsWith('removeLiquidityETH'))
    return [
      {
        kind: 'v2-remove',
        functionName,
        tokenA: a[0] as Address,
        tokenB: 'ETH',
        liquidity: a[1] as bigint,
        amountAMin: a[2] as bigint,
        amountBMin: a[3] as bigint,
        to: a[4] as Address,
        deadline: a[5] as bigint,
      },
    ]
  return [{ kind: 'other', to, functionName, args: a }]
}

/**
 * The writes a sent transaction really asks for, decoded with the official NPM and Router02 ABIs.
 * @param contracts the NonfungiblePositionManager and the V2 Router02 of the chain
 * @returns the decoded calls (an NPM multicall flattened); `other` for any other target or function
 * @throws when calldata to the NPM or the router does not decode with their ABIs
 */
export function decodeSentCalldata(
  tx: SentTransaction,
  contracts: { nonfungiblePositionManager: Address; v2Router02: Address },
): DecodedWrite[] {
  const to = tx.to ?? '0x'
  const data = tx.data ?? '0x'
  if (same(to, contracts.nonfungiblePositionManager))
    return decodeNpmCall(data).map((call) => (call.kind === 'other' ? { ...call, to } : call))
  if (same(to, contracts.v2Router02)) return decodeRouterCall(data, to as Address)
  return [{ kind: 'other', to: to as Address, functionName: data.slice(0, 10), args: [] }]
}

/** A slippage tolerance as an exact fraction (50 bps = 50/10,000). */
export interface Tolerance {
  numerator: bigint
  denominator: bigint
}

export const bps = (value: number): Tolerance => ({ numerator: BigInt(value), denominator: 10_000n })

const v3PoolAbi = parseAbi([
  'function slot0() view returns (uint160 sqrtPriceX96, int24 tick, uint16 observationIndex, uint16 observationCardinality, uint16 observationCardinalityNext, uint8 feeProtocol, bool unlocked)',
  'function liquidity() view returns (uint128)',
])
const pairAbi = parseAbi([
  'function getReserves() view returns (uint112 reserve0, uint112 reserve1, uint32 blockTimestampLast)',
  'function totalSupply() view returns (uint256)',
  'function token0() view returns (address)',
  'function factory() view returns (address)',
  'function kLast() view returns (uint256)',
])
const tokenAbi = parseAbi([
  'function decimals() view returns (uint8)',
  'function balanceOf(address) view returns (uint256)',
])
const factoryAbi = parseAbi(['function feeTo() view returns (address)'])

/** Raw state of a V3 pool at a block (what the sdk's Pool is built from). */
export interface V3PoolState {
  sqrtPriceX96: bigint
  tick: number
  liquidity: bigint
}

/** Reads slot0 and liquidity of a V3 pool at `blockNumber`, straight from the contract. */
export async function readV3PoolState(
  client: PublicClient,
  pool: Address,
  blockNumber: bigint,
): Promise<V3PoolState> {
  const [slot0, liquidity] = await Promise.all([
    client.readContract({ address: pool, abi: v3PoolAbi, functionName: 'slot0', blockNumber }),
    client.readContract({ address: pool, abi: v3PoolAbi, functionName: 'liquidity', blockNumber }),
  ])
  return { sqrtPriceX96: slot0[0], tick: slot0[1], liquidity }
}

/** The sdk's pool for a raw state; token metadata only needs order and decimals here. */
function sdkPool(
  state: V3PoolState,
  tokens: { token0: Address; token1: Address; decimals0: number; decimals1: number; fee: number },
): Pool {
  const token0 = new Token(31337, tokens.token0, tokens.decimals0)
  const token1 = new Token(31337, tokens.token1, tokens.decimals1)
  return new Pool(
    token0,
    token1,
    tokens.fee,
    JSBI.BigInt(state.sqrtPriceX96.toString()),
    JSBI.BigInt(state.liquidity.toString()),
    state.tick,
  )
}

const toBigint = (value: JSBI) => BigInt(value.toString())
const percent = (tolerance: Tolerance) =>
  new Percent(JSBI.BigInt(tolerance.numerator.toString()), JSBI.BigInt(tolerance.denominator.toString()))

/**
 * amm-reference §9: the mint minimums at `tolerance` for a mint (or an increase) of `amount0Desired` /
 * `amount1Desired` in [tickLower, tickUpper) at the pool state: the liquidity those amounts buy at the
 * current price, then amount0 at P·(1+tol) and amount1 at P·(1−tol) (v3-sdk mintAmountsWithSlippage).
 */
export function expectedMintMinimums(
  state: V3PoolState,
  position: {
    token0: Address
    token1: Address
    decimals0: number
    decimals1: number
    fee: number
    tickLower: number
    tickUpper: number
    amount0Desired: bigint
    amount1Desired: bigint
  },
  tolerance: Tolerance,
): { amount0Min: bigint; amount1Min: bigint; liquidity: bigint } {
  const created = Position.fromAmounts({
    pool: sdkPool(state, position),
    tickLower: position.tickLower,
    tickUpper: position.tickUpper,
    amount0: JSBI.BigInt(position.amount0Desired.toString()),
    amount1: JSBI.BigInt(position.amount1Desired.toString()),
    useFullPrecision: true,
  })
  const minimums = created.mintAmountsWithSlippage(percent(tolerance))
  return {
    amount0Min: toBigint(minimums.amount0),
    amount1Min: toBigint(minimums.amount1),
    liquidity: toBigint(created.liquidity),
  }
}

/**
 * §9's burn rule: the minimums of removing `liquidity` from [tickLower, tickUpper) at `tolerance` are what
 * the burn returns at the tolerance's price bounds (v3-sdk burnAmountsWithSlippage).
 */
export function expectedDecreaseMinimums(
  state: V3PoolState,
  position: {
    token0: Address
    token1: Address
    decimals0: number
    decimals1: number
    fee: number
    tickLower: number
    tickUpper: number
    liquidity: bigint
  },
  tolerance: Tolerance,
): { amount0Min: bigint; amount1Min: bigint } {
  const burnt = new Position({
    pool: sdkPool(state, position),
    tickLower: position.tickLower,
    tickUpper: position.tickUpper,
    liquidity: JSBI.BigInt(position.liquidity.toString()),
  })
  const minimums = burnt.burnAmountsWithSlippage(percent(tolerance))
  return { amount0Min: toBigint(minimums.amount0), amount1Min: toBigint(minimums.amount1) }
}

/** ⌊√n⌋ (Newton). */
function integerSqrt(n: bigint): bigint {
  if (n < 2n) return n
  let x = n
  let y = (x + 1n) / 2n
  while (y < x) {
    x = y
    y = (x + n / x) / 2n
  }
  return x
}

/**
 * What burning `liquidity` LP of a V2 pair returns at `blockNumber` (amm-reference §1: balances over the
 * supply after `_mintFee`, read from the factory's feeTo), and the §9 minimums for it: a V2 position is
 * full range, so amount0 at P·(1+tol) is amount0/√(1+tol) and amount1 at P·(1−tol) is amount1·√(1−tol)
 * (rounded down).
 */
export async function expectedV2RemoveMinimums(
  client: PublicClient,
  pair: Address,
  liquidity: bigint,
  tolerance: Tolerance,
  blockNumber: bigint,
): Promise<{ token0: Address; amount0: bigint; amount1: bigint; amount0Min: bigint; amount1Min: bigint }> {
  const at = { address: pair, abi: pairAbi, blockNumber } as const
  const [[reserve0, reserve1], supply, token0, factory, kLast] = await Promise.all([
    client.readContract({ ...at, functionName: 'getReserves' }),
    client.readContract({ ...at, functionName: 'totalSupply' }),
    client.readContract({ ...at, functionName: 'token0' }),
    client.readContract({ ...at, functionName: 'factory' }),
    client.readContract({ ...at, functionName: 'kLast' }),
  ])
  const token1 = (await client.readContract({
    address: pair,
    abi: parseAbi(['function token1() view returns (address)']),
    functionName: 'token1',
    blockNumber,
  })) as Address
  const [balance0, balance1, feeTo] = await Promise.all([
    client.readContract({
      address: token0,
      abi: tokenAbi,
      functionName: 'balanceOf',
      args: [pair],
      blockNumber,
    }),
    client.readContract({
      address: token1,
      abi: tokenAbi,
      functionName: 'balanceOf',
      args: [pair],
      blockNumber,
    }),
    client.readContract({ address: factory, abi: factoryAbi, functionName: 'feeTo', blockNumber }),
  ])
  let totalSupply = supply
  if (!same(feeTo, '0x0000000000000000000000000000000000000000') && kLast !== 0n) {
    const rootK = integerSqrt(reserve0 * reserve1)
    const rootKLast = integerSqrt(kLast)
    if (rootK > rootKLast) totalSupply += (supply * (rootK - rootKLast)) / (5n * rootK + rootKLast)
  }
  const amount0 = (liquidity * balance0) / totalSupply
  const amount1 = (liquidity * balance1) / totalSupply
  return { token0, amount0, amount1, ...v2MinimumsAtTolerance(amount0, amount1, tolerance) }
}

/**
 * §9 for a full-range (V2) burn of amount0/amount1 at price P: at P·(1+tol) token0 is amount0/√(1+tol),
 * at P·(1−tol) token1 is amount1·√(1−tol). Roots taken to 36 decimals, results rounded down.
 */
export function v2MinimumsAtTolerance(
  amount0: bigint,
  amount1: bigint,
  { numerator, denominator }: Tolerance,
): { amount0Min: bigint; amount1Min: bigint } {
  const root = (ratioNumerator: bigint, ratioDenominator: bigint) =>
    integerSqrt((ratioNumerator * 10n ** 72n) / ratioDenominator)
  const one = 10n ** 36n
  return {
    amount0Min: (amount0 * one) / root(denominator + numerator, denominator),
    amount1Min: (amount1 * root(denominator - numerator, denominator)) / one,
  }
}

/** The transactions a fake wallet of test/browser/fakeWallet.ts was asked to send, oldest first. */
export async function readSentTransactions(
  page: Page,
  rdns: string,
): Promise<{ transaction: SentTransaction; hash: Hex }[]> {
  return page.evaluate(
    (id) =>
      (
        window as unknown as {
          __fakeWallets: Record<string, { state: { sent: { transaction: SentTransaction; hash: Hex }[] } }>
        }
      ).__fakeWallets[id]?.state.sent ?? [],
    rdns,
  )
}

/**
 * The deadlines a write built from chain time may carry: the timestamp of any block in
 * [fromBlock, toBlock] plus the user's deadline setting (deadlines come from chain time, never the wall clock).
 */
export async function expectedDeadlines(
  client: PublicClient,
  deadlineSeconds: number,
  fromBlock: bigint,
  toBlock: bigint,
): Promise<Set<bigint>> {
  const deadlines = new Set<bigint>()
  for (let block = fromBlock; block <= toBlock; block++) {
    const { timestamp } = await client.getBlock({ blockNumber: block })
    deadlines.add(timestamp + BigInt(deadlineSeconds))
  }
  return deadlines
}

/** Token decimals read from the token itself. */
export async function readDecimals(client: PublicClient, token: Address): Promise<number> {
  return Number(await client.readContract({ address: token, abi: tokenAbi, functionName: 'decimals' }))
}
