/**
 * Uniswap V4 on the devnet: pools (native ETH, a hooked one), their liquidity, seeded swaps through
 * v4-core's PoolSwapTest and the demo book's V4 positions, all through PositionManager.modifyLiquidities
 * with Permit2 approvals.
 */
import {
  type Abi,
  type Address,
  encodeAbiParameters,
  encodePacked,
  erc20Abi,
  type Hex,
  maxUint256,
  parseAbi,
  parseAbiParameters,
  zeroAddress,
} from 'viem'
import type { SeededV4Position, SeededV4PositionLabel, V4PoolInfo } from '../src/domain/catalogue/types.ts'
import { MAX_SQRT_RATIO, MIN_SQRT_RATIO } from '../src/math/constants.ts'
import { getLiquidityForAmounts } from '../src/math/liquidityAmounts.ts'
import { type PoolKey, toPoolId } from '../src/math/poolId.ts'
import { getSqrtRatioAtTick } from '../src/math/tickMath.ts'
import { alignTick, fullRangeTicks, rawPrice, sqrtPriceX96FromRawPrice, toRawAmount } from './ammMath.ts'
import { loadArtifact } from './artifacts.ts'
import { DEADLINE, fundToken, type SeedContext, tokenAddress } from './seedContext.ts'
import type { TokenKey } from './tokenSpecs.ts'
import type { V4Contracts } from './v4Deploy.ts'

/** A V4 currency: native ETH or one of the devnet's ERC-20s. */
export type V4Currency = 'ETH' | TokenKey

/** A V4 pool to create and seed. `weight` is its share of the seeded V4 trades. */
export interface V4PoolSpec {
  currencyA: V4Currency
  currencyB: V4Currency
  fee: number
  tickSpacing: number
  /** Attach the devnet's swap-counter hook. */
  hooked: boolean
  /** USD value the liquidity provider deposits at creation. */
  tvlUsd: number
  weight: number
}

/**
 * V4 pools: native ETH/USDC 0.05 % (the twin of the V3 WETH/USDC 0.05 % pool), WBTC/USDC 0.30 %,
 * DAI/USDC 0.01 %, and a hooked native ETH/USDC pool with a fee and tick spacing V3 has no tier for.
 */
export const V4_POOL_SPECS: readonly V4PoolSpec[] = [
  {
    currencyA: 'ETH',
    currencyB: 'USDC',
    fee: 500,
    tickSpacing: 10,
    hooked: false,
    tvlUsd: 4_000_000,
    weight: 3,
  },
  {
    currencyA: 'WBTC',
    currencyB: 'USDC',
    fee: 3000,
    tickSpacing: 60,
    hooked: false,
    tvlUsd: 1_500_000,
    weight: 1,
  },
  {
    currencyA: 'DAI',
    currencyB: 'USDC',
    fee: 100,
    tickSpacing: 1,
    hooked: false,
    tvlUsd: 1_000_000,
    weight: 1,
  },
  {
    currencyA: 'ETH',
    currencyB: 'USDC',
    fee: 2500,
    tickSpacing: 50,
    hooked: true,
    tvlUsd: 1_000_000,
    weight: 1.5,
  },
]

/** A created V4 pool with its currencies in PoolKey order. */
export interface SeededV4Pool {
  spec: V4PoolSpec
  key: PoolKey
  id: Hex
  currency0: V4Currency
  currency1: V4Currency
}

/** What the V4 seeding shares between its steps. */
export interface V4SeedState {
  contracts: V4Contracts
  pools: SeededV4Pool[]
  demoPositions: SeededV4Position[]
  swapCount: number
}

/** v4-periphery `Actions` codes used here. */
export const V4_ACTIONS = {
  DECREASE_LIQUIDITY: 0x01,
  MINT_POSITION: 0x02,
  BURN_POSITION: 0x03,
  SETTLE_PAIR: 0x0d,
  TAKE_PAIR: 0x11,
  SWEEP: 0x14,
} as const

const MAX_UINT160 = 2n ** 160n - 1n
const MAX_UINT48 = 2 ** 48 - 1

export const V4_ABIS = {
  poolManager: loadArtifact('PoolManager').abi,
  positionManager: loadArtifact('PositionManager').abi,
  stateView: loadArtifact('StateView').abi,
  poolSwapTest: loadArtifact('PoolSwapTest').abi,
  hook: loadArtifact('DevnetSwapCounterHook').abi,
  subscriber: loadArtifact('DevnetSubscriber').abi,
  permit2: parseAbi([
    'function approve(address token, address spender, uint160 amount, uint48 expiration)',
    'function allowance(address user, address token, address spender) view returns (uint160 amount, uint48 expiration, uint48 nonce)',
    'function DOMAIN_SEPARATOR() view returns (bytes32)',
  ]) as Abi,
}

const POOL_KEY_TUPLE = '(address currency0, address currency1, uint24 fee, int24 tickSpacing, address hooks)'

/** Encodes `PositionManager.modifyLiquidities`'s unlockData: abi.encode(bytes actions, bytes[] params). */
export function encodeV4Actions(steps: readonly { action: number; params: Hex }[]): Hex {
  const actions = encodePacked(
    steps.map(() => 'uint8'),
    steps.map((step) => step.action),
  )
  return encodeAbiParameters(parseAbiParameters('bytes, bytes[]'), [
    actions,
    steps.map((step) => step.params),
  ])
}

/** Parameters of one PositionManager action, encoded as v4-periphery's CalldataDecoder reads them. */
export const v4ActionParams = {
  mint: (
    key: PoolKey,
    tickLower: number,
    tickUpper: number,
    liquidity: bigint,
    max0: bigint,
    max1: bigint,
    owner: Address,
  ) =>
    encodeAbiParameters(
      parseAbiParameters(`${POOL_KEY_TUPLE}, int24, int24, uint256, uint128, uint128, address, bytes`),
      [key, tickLower, tickUpper, liquidity, max0, max1, owner, '0x'],
    ),
  decrease: (tokenId: bigint, liquidity: bigint) =>
    encodeAbiParameters(parseAbiParameters('uint256, uint256, uint128, uint128, bytes'), [
      tokenId,
      liquidity,
      0n,
      0n,
      '0x',
    ]),
  burn: (tokenId: bigint) =>
    encodeAbiParameters(parseAbiParameters('uint256, uint128, uint128, bytes'), [tokenId, 0n, 0n, '0x']),
  pair: (key: PoolKey) =>
    encodeAbiParameters(parseAbiParameters('address, address'), [key.currency0, key.currency1]),
  takePair: (key: PoolKey, recipient: Address) =>
    encodeAbiParameters(parseAbiParameters('address, address, address'), [
      key.currency0,
      key.currency1,
      recipient,
    ]),
  sweep: (currency: Address, to: Address) =>
    encodeAbiParameters(parseAbiParameters('address, address'), [currency, to]),
}

export function currencyAddress(ctx: SeedContext, currency: V4Currency): Address {
  return currency === 'ETH' ? zeroAddress : tokenAddress(ctx, currency)
}

const priceUsd = (ctx: SeedContext, currency: V4Currency): number =>
  ctx.pricesUsd[currency === 'ETH' ? 'WETH' : currency]
const decimalsOf = (ctx: SeedContext, currency: V4Currency): number =>
  currency === 'ETH' ? 18 : ctx.core.tokens[currency].spec.decimals

function rawAmountForUsd(ctx: SeedContext, currency: V4Currency, valueUsd: number): bigint {
  return toRawAmount(valueUsd / priceUsd(ctx, currency), decimalsOf(ctx, currency))
}

function marketSqrtPriceX96(ctx: SeedContext, pool: SeededV4Pool): bigint {
  const { currency0, currency1 } = pool
  return sqrtPriceX96FromRawPrice(
    rawPrice(
      priceUsd(ctx, currency0),
      priceUsd(ctx, currency1),
      decimalsOf(ctx, currency0),
      decimalsOf(ctx, currency1),
    ),
  )
}

export async function readV4Slot0(ctx: SeedContext, v4: V4SeedState, pool: SeededV4Pool) {
  const [sqrtPriceX96, tick] = await ctx.writer.read<readonly [bigint, number, number, number]>(
    v4.contracts.stateView,
    V4_ABIS.stateView,
    'getSlot0',
    [pool.id],
  )
  return { sqrtPriceX96, tick }
}

/** ERC-20 approval of Permit2 plus Permit2 allowances (max, no expiry) for each spender, per token. */
export async function approveViaPermit2(
  ctx: SeedContext,
  v4: V4SeedState,
  owner: Address,
  keys: readonly TokenKey[],
  spenders: readonly Address[],
): Promise<void> {
  for (const key of keys) {
    const token = tokenAddress(ctx, key)
    await ctx.writer.write({
      from: owner,
      address: token,
      abi: erc20Abi as Abi,
      functionName: 'approve',
      args: [v4.contracts.permit2, maxUint256],
    })
    for (const spender of spenders)
      await ctx.writer.write({
        from: owner,
        address: v4.contracts.permit2,
        abi: V4_ABIS.permit2,
        functionName: 'approve',
        args: [token, spender, MAX_UINT160, MAX_UINT48],
      })
  }
}

/** The ERC-20 currencies of the V4 pools. */
export function v4TokenKeys(specs: readonly V4PoolSpec[] = V4_POOL_SPECS): TokenKey[] {
  const keys = new Set<TokenKey>()
  for (const spec of specs)
    for (const currency of [spec.currencyA, spec.currencyB]) if (currency !== 'ETH') keys.add(currency)
  return [...keys].sort()
}

/** Initialises a V4 pool at the market price (PoolManager.initialize). */
export async function createV4Pool(
  ctx: SeedContext,
  v4: V4SeedState,
  from: Address,
  spec: V4PoolSpec,
): Promise<SeededV4Pool> {
  const a = currencyAddress(ctx, spec.currencyA)
  const b = currencyAddress(ctx, spec.currencyB)
  const [currency0, currency1] =
    BigInt(a) < BigInt(b) ? [spec.currencyA, spec.currencyB] : [spec.currencyB, spec.currencyA]
  const key: PoolKey = {
    currency0: currencyAddress(ctx, currency0),
    currency1: currencyAddress(ctx, currency1),
    fee: spec.fee,
    tickSpacing: spec.tickSpacing,
    hooks: spec.hooked ? v4.contracts.swapCounterHook : zeroAddress,
  }
  const pool: SeededV4Pool = { spec, key, id: toPoolId(key), currency0, currency1 }
  await ctx.writer.write({
    from,
    address: v4.contracts.poolManager,
    abi: V4_ABIS.poolManager,
    functionName: 'initialize',
    args: [key, marketSqrtPriceX96(ctx, pool)],
  })
  return pool
}

/** A minted V4 position. */
export interface MintedV4Position {
  tokenId: bigint
  liquidity: bigint
  blockNumber: bigint
}

/**
 * Mints a PositionManager NFT worth about `valueUsdPerSide` of each currency (the liquidity those amounts
 * buy at the pool's price): MINT_POSITION + SETTLE_PAIR, and SWEEP of the unused ETH for native pools.
 */
export async function mintV4Position(
  ctx: SeedContext,
  v4: V4SeedState,
  owner: Address,
  pool: SeededV4Pool,
  tickLower: number,
  tickUpper: number,
  valueUsdPerSide: number,
): Promise<MintedV4Position> {
  const { sqrtPriceX96 } = await readV4Slot0(ctx, v4, pool)
  const amount0 = rawAmountForUsd(ctx, pool.currency0, valueUsdPerSide)
  const amount1 = rawAmountForUsd(ctx, pool.currency1, valueUsdPerSide)
  const liquidity = getLiquidityForAmounts(
    sqrtPriceX96,
    getSqrtRatioAtTick(tickLower),
    getSqrtRatioAtTick(tickUpper),
    amount0,
    amount1,
  )
  // The contract rounds the amounts owed up: allow a little slack over the amounts the liquidity came from.
  const max0 = amount0 + amount0 / 1_000n + 10n
  const max1 = amount1 + amount1 / 1_000n + 10n
  const positionManager = v4.contracts.positionManager
  const tokenId = await ctx.writer.read<bigint>(positionManager, V4_ABIS.positionManager, 'nextTokenId')
  const native = pool.key.currency0 === zeroAddress
  const steps = [
    {
      action: V4_ACTIONS.MINT_POSITION,
      params: v4ActionParams.mint(pool.key, tickLower, tickUpper, liquidity, max0, max1, owner),
    },
    { action: V4_ACTIONS.SETTLE_PAIR, params: v4ActionParams.pair(pool.key) },
    ...(native ? [{ action: V4_ACTIONS.SWEEP, params: v4ActionParams.sweep(zeroAddress, owner) }] : []),
  ]
  const receipt = await ctx.writer.write({
    from: owner,
    address: positionManager,
    abi: V4_ABIS.positionManager,
    functionName: 'modifyLiquidities',
    args: [encodeV4Actions(steps), DEADLINE],
    valueWei: native ? max0 : 0n,
  })
  return { tokenId, liquidity, blockNumber: receipt.blockNumber }
}

/** Burns a position: BURN_POSITION (removes all liquidity, collects the fees) + TAKE_PAIR to the owner. */
export async function burnV4Position(
  ctx: SeedContext,
  v4: V4SeedState,
  owner: Address,
  pool: SeededV4Pool,
  tokenId: bigint,
): Promise<bigint> {
  const receipt = await ctx.writer.write({
    from: owner,
    address: v4.contracts.positionManager,
    abi: V4_ABIS.positionManager,
    functionName: 'modifyLiquidities',
    args: [
      encodeV4Actions([
        { action: V4_ACTIONS.BURN_POSITION, params: v4ActionParams.burn(tokenId) },
        { action: V4_ACTIONS.TAKE_PAIR, params: v4ActionParams.takePair(pool.key, owner) },
      ]),
      DEADLINE,
    ],
  })
  return receipt.blockNumber
}

/**
 * Deploys the V4 pools with the provider's liquidity (full range 40 %, ±~10 % band 60 % of the TVL), funds
 * the provider and the traders with the V4 tokens, and approves: the provider through Permit2 to the
 * PositionManager, the traders directly to the swap router (PoolSwapTest pulls with transferFrom).
 */
export async function createV4Markets(
  ctx: SeedContext,
  v4: V4SeedState,
  provider: Address,
  traders: readonly Address[],
  specs: readonly V4PoolSpec[] = V4_POOL_SPECS,
): Promise<void> {
  const keys = v4TokenKeys(specs)
  for (const key of keys) await fundToken(ctx, provider, key, rawAmountForUsd(ctx, key, 10_000_000))
  await approveViaPermit2(ctx, v4, provider, keys, [v4.contracts.positionManager])
  for (const trader of traders)
    for (const key of keys)
      await ctx.writer.write({
        from: trader,
        address: tokenAddress(ctx, key),
        abi: erc20Abi as Abi,
        functionName: 'approve',
        args: [v4.contracts.swapRouter, maxUint256],
      })
  for (const spec of specs) {
    const pool = await createV4Pool(ctx, v4, provider, spec)
    v4.pools.push(pool)
    const { tick } = await readV4Slot0(ctx, v4, pool)
    const full = fullRangeTicks(pool.key.tickSpacing)
    await mintV4Position(ctx, v4, provider, pool, full.tickLower, full.tickUpper, spec.tvlUsd * 0.2)
    const halfWidth = spec.fee <= 100 ? 100 : 1_000
    await mintV4Position(
      ctx,
      v4,
      provider,
      pool,
      alignTick(tick - halfWidth, pool.key.tickSpacing, 'down'),
      alignTick(tick + halfWidth, pool.key.tickSpacing, 'up'),
      spec.tvlUsd * 0.3,
    )
  }
}

/** Share of V4 trades that push a pool back to the market price (the rest are random-size noise). */
const V4_ARB_SHARE = 0.6
const V4_ARB_TOLERANCE = 1e-4

function pickV4Pool(v4: V4SeedState, random: () => number): SeededV4Pool {
  const total = v4.pools.reduce((sum, pool) => sum + pool.spec.weight, 0)
  let pick = random() * total
  for (const pool of v4.pools) {
    pick -= pool.spec.weight
    if (pick < 0) return pool
  }
  return v4.pools[v4.pools.length - 1] as SeededV4Pool
}

/**
 * One seeded V4 swap through PoolSwapTest (exact input). Arbitrage trades spend up to 5 % of the pool's
 * TVL with the market price as the price limit, so the swap stops there; noise trades are 0.05–0.45 % of
 * the TVL in a random direction.
 */
export async function tradeV4Once(
  ctx: SeedContext,
  v4: V4SeedState,
  traders: readonly Address[],
  random: () => number,
): Promise<void> {
  const pool = pickV4Pool(v4, random)
  const trader = traders[Math.floor(random() * traders.length)] as Address
  const { sqrtPriceX96 } = await readV4Slot0(ctx, v4, pool)
  const target = marketSqrtPriceX96(ctx, pool)
  const ratio = Number(sqrtPriceX96) / Number(target)
  const arbitrage = random() < V4_ARB_SHARE && Math.abs(ratio * ratio - 1) > V4_ARB_TOLERANCE
  let zeroForOne: boolean
  let valueUsd: number
  let limit: bigint
  if (arbitrage) {
    zeroForOne = sqrtPriceX96 > target
    valueUsd = pool.spec.tvlUsd * 0.05
    limit = target
  } else {
    zeroForOne = random() < 0.5
    valueUsd = pool.spec.tvlUsd * (0.0005 + random() * 0.004)
    limit = zeroForOne ? MIN_SQRT_RATIO + 1n : MAX_SQRT_RATIO - 1n
  }
  const currencyIn = zeroForOne ? pool.currency0 : pool.currency1
  const amountIn = rawAmountForUsd(ctx, currencyIn, valueUsd)
  if (amountIn <= 0n) return
  if (currencyIn !== 'ETH') await fundToken(ctx, trader, currencyIn, amountIn)
  await ctx.writer.write({
    from: trader,
    address: v4.contracts.swapRouter,
    abi: V4_ABIS.poolSwapTest,
    functionName: 'swap',
    args: [
      pool.key,
      { zeroForOne, amountSpecified: -amountIn, sqrtPriceLimitX96: limit },
      { takeClaims: false, settleUsingBurn: false },
      '0x',
    ],
    valueWei: currencyIn === 'ETH' ? amountIn : 0n,
  })
  v4.swapCount++
}

function findV4Pool(v4: V4SeedState, predicate: (spec: V4PoolSpec) => boolean): SeededV4Pool {
  const pool = v4.pools.find((p) => predicate(p.spec))
  if (!pool) throw new Error('no such V4 pool')
  return pool
}

async function recordV4Position(
  ctx: SeedContext,
  v4: V4SeedState,
  label: SeededV4PositionLabel,
  owner: Address,
  pool: SeededV4Pool,
  ticks: { tickLower: number; tickUpper: number },
  valueUsdPerSide: number,
): Promise<SeededV4Position> {
  const minted = await mintV4Position(ctx, v4, owner, pool, ticks.tickLower, ticks.tickUpper, valueUsdPerSide)
  const block = await ctx.writer.client.getBlock({ blockNumber: minted.blockNumber })
  const position: SeededV4Position = {
    label,
    tokenId: Number(minted.tokenId),
    owner,
    poolId: pool.id,
    tickLower: ticks.tickLower,
    tickUpper: ticks.tickUpper,
    liquidityAtMint: minted.liquidity.toString(),
    openedBlock: Number(block.number),
    openedTimestamp: Number(block.timestamp),
  }
  v4.demoPositions.push(position)
  return position
}

/** Step at which the demo account opens its V4 positions, and the step at which it burns the 'closed' one. */
export const V4_DEMO_OPEN_STEP = 6
export const V4_DEMO_CLOSE_STEP = 240

/**
 * The demo account's V4 positions: in range (native ETH/USDC 0.05 %), out of range (WBTC/USDC, above the
 * price), full range (the hooked ETH/USDC pool), uncollected fees (a tight WBTC/USDC range the trades cross)
 * one to burn later (DAI/USDC) and one subscribed to the devnet's subscriber (native ETH/USDC). Approvals go
 * through Permit2.
 */
export async function openV4DemoBook(ctx: SeedContext, v4: V4SeedState, demo: Address): Promise<void> {
  await approveViaPermit2(ctx, v4, demo, v4TokenKeys(), [v4.contracts.positionManager])
  const native = findV4Pool(v4, (s) => s.currencyA === 'ETH' && !s.hooked)
  const hooked = findV4Pool(v4, (s) => s.hooked)
  const wbtc = findV4Pool(v4, (s) => s.currencyA === 'WBTC')
  const dai = findV4Pool(v4, (s) => s.currencyA === 'DAI')
  const around = async (pool: SeededV4Pool, from: number, to: number) => {
    const { tick } = await readV4Slot0(ctx, v4, pool)
    return {
      tickLower: alignTick(tick + from, pool.key.tickSpacing, 'down'),
      tickUpper: alignTick(tick + to, pool.key.tickSpacing, 'up'),
    }
  }
  await recordV4Position(ctx, v4, 'in-range', demo, native, await around(native, -3_000, 3_000), 8_000)
  await recordV4Position(ctx, v4, 'out-of-range', demo, wbtc, await around(wbtc, 6_000, 9_000), 5_000)
  await recordV4Position(ctx, v4, 'full-range', demo, hooked, fullRangeTicks(hooked.key.tickSpacing), 5_000)
  await recordV4Position(ctx, v4, 'uncollected-fees', demo, wbtc, await around(wbtc, -600, 600), 5_000)
  await recordV4Position(ctx, v4, 'closed', demo, dai, await around(dai, -20, 20), 5_000)
  const subscribed = await recordV4Position(
    ctx,
    v4,
    'subscribed',
    demo,
    native,
    await around(native, -2_000, 2_000),
    4_000,
  )
  await ctx.writer.write({
    from: demo,
    address: v4.contracts.positionManager,
    abi: V4_ABIS.positionManager,
    functionName: 'subscribe',
    args: [BigInt(subscribed.tokenId), v4.contracts.subscriber, '0x'],
  })
}

/** Burns the demo's 'closed' V4 position. */
export async function closeV4DemoPosition(ctx: SeedContext, v4: V4SeedState, demo: Address): Promise<void> {
  const position = v4.demoPositions.find((p) => p.label === 'closed')
  const pool = v4.pools.find((p) => p.id === position?.poolId)
  if (!position || !pool) throw new Error('no closed V4 demo position to burn')
  position.closedBlock = Number(await burnV4Position(ctx, v4, demo, pool, BigInt(position.tokenId)))
}

/**
 * Revokes the demo account's V4 approvals: Permit2 allowances to the PositionManager (amount 0, expired)
 * and the ERC-20 approvals of Permit2.
 * @returns how many approvals were revoked
 */
export async function revokeV4DemoAllowances(
  ctx: SeedContext,
  v4: V4SeedState,
  demo: Address,
): Promise<number> {
  let revoked = 0
  for (const key of Object.keys(ctx.core.tokens) as TokenKey[]) {
    const token = tokenAddress(ctx, key)
    for (const spender of [v4.contracts.positionManager, v4.contracts.swapRouter]) {
      const [amount] = await ctx.writer.read<readonly [bigint, number, number]>(
        v4.contracts.permit2,
        V4_ABIS.permit2,
        'allowance',
        [demo, token, spender],
      )
      if (amount === 0n) continue
      await ctx.writer.write({
        from: demo,
        address: v4.contracts.permit2,
        abi: V4_ABIS.permit2,
        functionName: 'approve',
        args: [token, spender, 0n, 0],
      })
      revoked++
    }
    const allowance = await ctx.writer.read<bigint>(token, erc20Abi as Abi, 'allowance', [
      demo,
      v4.contracts.permit2,
    ])
    if (allowance === 0n) continue
    await ctx.writer.write({
      from: demo,
      address: token,
      abi: erc20Abi as Abi,
      functionName: 'approve',
      args: [v4.contracts.permit2, 0n],
    })
    revoked++
  }
  return revoked
}

/** The deployments entry of a seeded V4 pool. */
export function v4PoolInfo(pool: SeededV4Pool): V4PoolInfo {
  return { ...pool.key, poolId: pool.id }
}
