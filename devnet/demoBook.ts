import { type Address, maxUint256 } from 'viem'
import type {
  SeededV2Holding,
  SeededV3Position,
  SeededV3PositionLabel,
} from '../src/domain/catalogue/types.ts'
import { alignTick, fullRangeTicks } from './ammMath.ts'
import { ABIS, type SeedContext, type SeededV2Pair, type SeededV3Pool } from './seedContext.ts'
import { encodeIncentiveKey, type IncentiveKey, incentiveId } from './seedMarkets.ts'
import type { TokenKey } from './tokenSpecs.ts'
import { addV2Liquidity, closeV3Position, mintV3Position, readSlot0 } from './uniswapOps.ts'

/** What the demo book needs besides the seed context. */
export interface DemoBookParameters {
  demo: Address
  provider: Address
  farm: Address
  incentiveKey: IncentiveKey
}

/** Positions and holdings recorded while the book is built. */
export interface DemoBookRecord {
  positions: SeededV3Position[]
  v2Holdings: SeededV2Holding[]
  backtest?: SeededV3Position
}

export function findV3Pool(ctx: SeedContext, a: TokenKey, b: TokenKey, fee: number): SeededV3Pool {
  const pool = ctx.v3Pools.find(
    (p) => p.fee === fee && ((p.token0 === a && p.token1 === b) || (p.token0 === b && p.token1 === a)),
  )
  if (!pool) throw new Error(`no V3 pool ${a}/${b} ${fee}`)
  return pool
}

export function findV2Pair(ctx: SeedContext, a: TokenKey, b: TokenKey): SeededV2Pair {
  const pair = ctx.v2Pairs.find(
    (p) => (p.token0 === a && p.token1 === b) || (p.token0 === b && p.token1 === a),
  )
  if (!pair) throw new Error(`no V2 pair ${a}/${b}`)
  return pair
}

/** Range relative to the pool's current tick: [tick + fromTicks, tick + toTicks], aligned to spacing. */
async function rangeAroundTick(ctx: SeedContext, pool: SeededV3Pool, fromTicks: number, toTicks: number) {
  const { tick } = await readSlot0(ctx, pool)
  return {
    tickLower: alignTick(tick + fromTicks, pool.tickSpacing, 'down'),
    tickUpper: alignTick(tick + toTicks, pool.tickSpacing, 'up'),
  }
}

async function openPosition(
  ctx: SeedContext,
  owner: Address,
  label: SeededV3PositionLabel,
  pool: SeededV3Pool,
  ticks: { tickLower: number; tickUpper: number },
  valueUsdPerSide: number,
): Promise<SeededV3Position> {
  const minted = await mintV3Position(ctx, owner, pool, ticks.tickLower, ticks.tickUpper, valueUsdPerSide)
  const block = await ctx.writer.client.getBlock({ blockNumber: minted.receipt.blockNumber })
  return {
    label,
    tokenId: Number(minted.tokenId),
    owner,
    pool: pool.address,
    tickLower: ticks.tickLower,
    tickUpper: ticks.tickUpper,
    liquidityAtMint: minted.liquidity.toString(),
    openedBlock: Number(block.number),
    openedTimestamp: Number(block.timestamp),
  }
}

async function latestBlockNumber(ctx: SeedContext): Promise<number> {
  return Number(await ctx.writer.client.getBlockNumber())
}

type BookAction = (ctx: SeedContext, params: DemoBookParameters, record: DemoBookRecord) => Promise<void>

/**
 * The demo account's book, keyed by history step (12 steps a day). Positions open on different days so
 * each one has its own history; the backtest position opens at step 0 and is never touched again.
 */
export const DEMO_BOOK_SCHEDULE: ReadonlyMap<number, BookAction> = new Map<number, BookAction>([
  [
    0,
    async (ctx, { provider }, record) => {
      const pool = findV3Pool(ctx, 'WETH', 'USDC', 3000)
      record.backtest = await openPosition(
        ctx,
        provider,
        'backtest',
        pool,
        await rangeAroundTick(ctx, pool, -1200, 1200),
        200_000,
      )
    },
  ],
  [
    12,
    async (ctx, { demo }, record) => {
      const pool = findV3Pool(ctx, 'WETH', 'USDC', 3000)
      const ticks = await rangeAroundTick(ctx, pool, -2000, 2000)
      record.positions.push(await openPosition(ctx, demo, 'uncollected-fees', pool, ticks, 40_000))
    },
  ],
  [
    24,
    async (ctx, { demo }, record) => {
      const pool = findV3Pool(ctx, 'WBTC', 'WETH', 3000)
      record.positions.push(
        await openPosition(ctx, demo, 'full-range', pool, fullRangeTicks(pool.tickSpacing), 30_000),
      )
      const pair = await addV2Liquidity(ctx, demo, findV2Pair(ctx, 'WETH', 'USDC').spec, 60_000)
      record.v2Holdings.push({ pair: pair.address, openedBlock: await latestBlockNumber(ctx) })
    },
  ],
  [
    36,
    async (ctx, { demo, farm, incentiveKey }, record) => {
      const pool = findV3Pool(ctx, 'WETH', 'USDC', 3000)
      const position = await openPosition(
        ctx,
        demo,
        'staked',
        pool,
        await rangeAroundTick(ctx, pool, -1500, 1500),
        25_000,
      )
      // safeTransferFrom with abi.encode(key) deposits into the staker and stakes in one transaction.
      await ctx.writer.write({
        from: demo,
        address: ctx.core.contracts.nonfungiblePositionManager,
        abi: ABIS.npm,
        functionName: 'safeTransferFrom',
        args: [demo, ctx.core.contracts.v3Staker, BigInt(position.tokenId), encodeIncentiveKey(incentiveKey)],
      })
      record.positions.push({ ...position, incentiveId: incentiveId(incentiveKey) })
      await stakeHalfOfLp(ctx, demo, findV2Pair(ctx, 'WETH', 'USDC').address, farm)
      const holding = record.v2Holdings.find((h) => h.pair === findV2Pair(ctx, 'WETH', 'USDC').address)
      if (holding) holding.stakedIn = farm
    },
  ],
  [
    48,
    async (ctx, { demo }, record) => {
      const pool = findV3Pool(ctx, 'WETH', 'USDC', 3000)
      // ~+35 % to ~+65 % above the price: single-sided, out of range for the whole history.
      const ticks = await rangeAroundTick(ctx, pool, 3000, 5000)
      record.positions.push(await openPosition(ctx, demo, 'out-of-range', pool, ticks, 20_000))
    },
  ],
  [
    60,
    async (ctx, { demo }, record) => {
      const pool = findV3Pool(ctx, 'DAI', 'USDC', 100)
      record.positions.push(
        await openPosition(ctx, demo, 'closed', pool, await rangeAroundTick(ctx, pool, -20, 20), 20_000),
      )
    },
  ],
  [
    72,
    async (ctx, { demo }, record) => {
      const pool = findV3Pool(ctx, 'MKR', 'WETH', 3000)
      const ticks = await rangeAroundTick(ctx, pool, -1200, 1200)
      record.positions.push(await openPosition(ctx, demo, 'odd-metadata', pool, ticks, 10_000))
    },
  ],
  [
    96,
    async (ctx, { demo }, record) => {
      const pair = await addV2Liquidity(ctx, demo, findV2Pair(ctx, 'DAI', 'USDC').spec, 10_000)
      record.v2Holdings.push({ pair: pair.address, openedBlock: await latestBlockNumber(ctx) })
    },
  ],
  [
    180,
    async (ctx, { demo }, record) => {
      const closed = record.positions.find((p) => p.label === 'closed')
      if (!closed) throw new Error('closed position was not opened')
      await closeV3Position(ctx, demo, BigInt(closed.tokenId))
      closed.closedBlock = await latestBlockNumber(ctx)
    },
  ],
  [
    240,
    async (ctx, { demo }, record) => {
      const pool = findV3Pool(ctx, 'WETH', 'USDC', 500)
      const ticks = await rangeAroundTick(ctx, pool, -800, 800)
      record.positions.push(await openPosition(ctx, demo, 'in-range', pool, ticks, 30_000))
    },
  ],
])

/** Approves the farm and stakes half of `owner`'s LP tokens of `pair`. */
export async function stakeHalfOfLp(
  ctx: SeedContext,
  owner: Address,
  pair: Address,
  farm: Address,
): Promise<void> {
  const lpBalance = await ctx.writer.read<bigint>(pair, ABIS.erc20, 'balanceOf', [owner])
  await ctx.writer.write({
    from: owner,
    address: pair,
    abi: ABIS.erc20,
    functionName: 'approve',
    args: [farm, maxUint256],
  })
  await ctx.writer.write({
    from: owner,
    address: farm,
    abi: ABIS.stakingRewards,
    functionName: 'stake',
    args: [lpBalance / 2n],
  })
}

/**
 * Sets every allowance the demo account gave while its book was built back to 0: each token and each V2 LP
 * token to every spender the app knows (NPM, V2 router, swap router, V3 staker, the farms). The seed needs
 * allowances to mint; a newcomer connecting the demo account must still meet the approval step, and the
 * Settings approvals panel must start empty. Only non-zero allowances are touched (one transaction each).
 */
export async function revokeDemoAllowances(
  ctx: SeedContext,
  demo: Address,
  farms: readonly Address[],
): Promise<number> {
  const { nonfungiblePositionManager, v2Router02, swapRouter, v3Staker } = ctx.core.contracts
  const spenders = [nonfungiblePositionManager, v2Router02, swapRouter, v3Staker, ...farms]
  const tokens = [
    ...Object.values(ctx.core.tokens).map((token) => token.address),
    ...ctx.v2Pairs.map((pair) => pair.address),
  ]
  let revoked = 0
  for (const token of tokens) {
    for (const spender of spenders) {
      const allowance = await ctx.writer.read<bigint>(token, ABIS.erc20, 'allowance', [demo, spender])
      if (allowance === 0n) continue
      await ctx.writer.write({
        from: demo,
        address: token,
        abi: ABIS.erc20,
        functionName: 'approve',
        args: [spender, 0n],
      })
      revoked++
    }
  }
  return revoked
}
