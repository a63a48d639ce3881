import type { Address } from 'viem'
import { testAddress } from './accounts.ts'
import { alignTick } from './ammMath.ts'
import { findV2Pair, findV3Pool } from './demoBook.ts'
import type { SeedContext } from './seedContext.ts'
import { fundAccount } from './seedMarkets.ts'
import type { TokenKey } from './tokenSpecs.ts'
import { addV2Liquidity, mintV3Position, readSlot0 } from './uniswapOps.ts'

const ETH = 10n ** 18n

/**
 * Accounts 10..17 of anvil's test mnemonic (past the ten it funds and unlocks) each get a small book of
 * their own, so a 10-address portfolio (with the demo account and the market's provider) has ten real
 * books. Accounts 2..9 stay as they were: the traders, the deployer, and the tests' fresh accounts (6..8,
 * which must hold no position and no approval).
 */
export const PORTFOLIO_BOOK_INDEXES = [10, 11, 12, 13, 14, 15, 16, 17] as const

/** Each book's V3 position: pool, half-width of its range in tick spacings, USD per side. */
const BOOKS: ReadonlyArray<{
  pool: [TokenKey, TokenKey, number]
  spacings: number
  usd: number
  v2: boolean
}> = [
  { pool: ['WETH', 'USDC', 3000], spacings: 10, usd: 12_000, v2: true },
  { pool: ['WETH', 'USDC', 500], spacings: 40, usd: 8_000, v2: false },
  { pool: ['WBTC', 'WETH', 3000], spacings: 25, usd: 15_000, v2: true },
  { pool: ['DAI', 'USDC', 100], spacings: 20, usd: 20_000, v2: false },
  { pool: ['WBTC', 'USDC', 3000], spacings: 5, usd: 6_000, v2: true },
  { pool: ['WETH', 'USDC', 3000], spacings: 60, usd: 30_000, v2: false },
  { pool: ['MKR', 'WETH', 3000], spacings: 15, usd: 4_000, v2: true },
  { pool: ['FARM', 'WETH', 10000], spacings: 8, usd: 2_500, v2: false },
]

/**
 * Gives accounts 10..17 one V3 position each (different pools, widths and sizes, around the current
 * price) and half of them V2 LP in WETH/USDC, after the seeded history (so the history itself is
 * unchanged). Each account is funded for it and approves the NPM and Router02.
 */
export async function seedPortfolioBooks(ctx: SeedContext): Promise<Address[]> {
  const { nonfungiblePositionManager, v2Router02 } = ctx.core.contracts
  const owners: Address[] = []
  for (const [slot, index] of PORTFOLIO_BOOK_INDEXES.entries()) {
    const book = BOOKS[slot]
    if (!book) throw new Error(`no portfolio book for account ${index}`)
    const owner = testAddress(index)
    // Not one of anvil's unlocked accounts: sent as impersonated (the seed never signs).
    await ctx.writer.rpc('anvil_impersonateAccount', [owner])
    await fundAccount(ctx, owner, 100_000, [nonfungiblePositionManager, v2Router02], 1_000n * ETH)
    const pool = findV3Pool(ctx, ...book.pool)
    const { tick } = await readSlot0(ctx, pool)
    const half = book.spacings * pool.tickSpacing
    await mintV3Position(
      ctx,
      owner,
      pool,
      alignTick(tick - half, pool.tickSpacing, 'down'),
      alignTick(tick + half, pool.tickSpacing, 'up'),
      book.usd,
    )
    if (book.v2) await addV2Liquidity(ctx, owner, findV2Pair(ctx, 'WETH', 'USDC').spec, book.usd / 2)
    await ctx.writer.rpc('anvil_stopImpersonatingAccount', [owner])
    owners.push(owner)
  }
  return owners
}
