import type { Address } from 'viem'
import type { Deployments } from '../src/domain/catalogue/types.ts'
import { ACCOUNT_INDEX, DEMO_ACCOUNT, testAddress } from './accounts.ts'
import { toRawAmount } from './ammMath.ts'
import type { ChainWriter } from './chainWriter.ts'
import {
  DEMO_BOOK_SCHEDULE,
  type DemoBookRecord,
  findV2Pair,
  findV3Pool,
  revokeDemoAllowances,
  stakeHalfOfLp,
} from './demoBook.ts'
import { deployCore } from './deployCore.ts'
import { seedPortfolioBooks } from './portfolioBooks.ts'
import { mulberry32 } from './prng.ts'
import type { SeedContext } from './seedContext.ts'
import { tradeOnce, walkPrices } from './seedHistory.ts'
import {
  createMarkets,
  createV3Incentive,
  deployStakingRewards,
  ETH,
  fundAccount,
  incentiveId,
  startStakingRewards,
} from './seedMarkets.ts'
import {
  BLOCK_INTERVAL_SEC,
  GENESIS_TIMESTAMP,
  HISTORY_DAYS,
  HISTORY_END_TIMESTAMP,
  HISTORY_START_TIMESTAMP,
  STEPS_PER_DAY,
} from './timeline.ts'
import type { TokenKey } from './tokenSpecs.ts'
import { deployV4 } from './v4Deploy.ts'
import {
  closeV4DemoPosition,
  createV4Markets,
  openV4DemoBook,
  revokeV4DemoAllowances,
  tradeV4Once,
  V4_DEMO_CLOSE_STEP,
  V4_DEMO_OPEN_STEP,
  type V4SeedState,
  v4PoolInfo,
} from './v4Seed.ts'

export const PRNG_SEED = 20_260_101
const STEP_SEC = 86_400 / STEPS_PER_DAY
/** Chance that a step carries a second trade. */
const SECOND_TRADE_SHARE = 0.35
/**
 * Seed of the V4 trades' own generator: the V4 market draws nothing from {@link PRNG_SEED}'s sequence, so
 * the V2/V3 history (prices, trades, demo book) is the one it was before V4 was added.
 */
export const V4_PRNG_SEED = 20_260_404
/** Chance that a step carries a V4 swap. */
const V4_TRADE_SHARE = 0.6

async function latestTimestamp(writer: ChainWriter): Promise<number> {
  return Number((await writer.client.getBlock({ blockTag: 'latest' })).timestamp)
}

/** Makes the next block carry `timestampSec`; fails loudly if earlier blocks already passed it. */
async function moveClockTo(writer: ChainWriter, timestampSec: number): Promise<void> {
  const latest = await latestTimestamp(writer)
  if (latest >= timestampSec)
    throw new Error(`seeding overran its schedule: block time ${latest} >= ${timestampSec}`)
  await writer.setNextBlockTimestamp(timestampSec)
}

/**
 * Deploys and seeds a fresh anvil (genesis at {@link GENESIS_TIMESTAMP}): contracts, markets, farms, a
 * 30-day trading history (V2, V3 and V4) and the demo book (V2, V3 and V4 positions). Every block timestamp is fixed, so two runs produce the
 * same chain and the same {@link Deployments}.
 */
export async function seedDevnet(writer: ChainWriter): Promise<Deployments> {
  // Fixed spacing between blocks: without it block times follow the wall clock and differ per run.
  await writer.rpc('anvil_setBlockTimestampInterval', [BLOCK_INTERVAL_SEC])
  await writer.rpc('evm_setAutomine', [false])
  const startBlock = Number(await writer.client.getBlockNumber()) + 1
  const core = await deployCore(writer, ACCOUNT_INDEX.deployer)
  const deployer = core.deployer
  const provider = testAddress(ACCOUNT_INDEX.liquidityProvider)
  const traders = ACCOUNT_INDEX.traders.map((index) => testAddress(index))

  const initialPricesUsd = Object.fromEntries(
    Object.entries(core.tokens).map(([key, token]) => [key, token.spec.initialPriceUsd]),
  ) as Record<TokenKey, number>
  const ctx: SeedContext = { writer, core, pricesUsd: { ...initialPricesUsd }, v3Pools: [], v2Pairs: [] }
  const { nonfungiblePositionManager, v2Router02, swapRouter } = core.contracts

  await fundAccount(ctx, provider, 60_000_000, [nonfungiblePositionManager, v2Router02], 1_000_000n * ETH)
  await createMarkets(ctx, provider)
  for (const trader of traders)
    await fundAccount(ctx, trader, 20_000_000, [swapRouter, v2Router02], 1_000_000n * ETH)
  await fundAccount(ctx, DEMO_ACCOUNT, 400_000, [nonfungiblePositionManager, v2Router02], 500n * ETH)
  await fundAccount(ctx, deployer, 2_000_000, [], 10_000n * ETH)

  const wethUsdcPair = findV2Pair(ctx, 'WETH', 'USDC')
  const farm = await deployStakingRewards(ctx, deployer, wethUsdcPair.address)
  const incentivePool = findV3Pool(ctx, 'WETH', 'USDC', 3000)
  const incentiveKey = await createV3Incentive(ctx, deployer, incentivePool.address, toRawAmount(300_000, 18))

  // Uniswap V4 after every V2/V3 deployment, so the deployer's nonce (hence every V2/V3 address) is unchanged.
  const v4StartBlock = Number(await writer.client.getBlockNumber()) + 1
  const v4: V4SeedState = {
    contracts: await deployV4(writer, deployer, core.contracts.weth9),
    pools: [],
    demoPositions: [],
    swapCount: 0,
  }
  await createV4Markets(ctx, v4, provider, traders)
  const v4Random = mulberry32(V4_PRNG_SEED)

  const random = mulberry32(PRNG_SEED)
  const record: DemoBookRecord = { positions: [], v2Holdings: [] }
  const totalSteps = HISTORY_DAYS * STEPS_PER_DAY
  let swapCount = 0
  let historyStartBlock = 0
  for (let step = 0; step < totalSteps; step++) {
    // Steps are two hours apart with up to 30 minutes of jitter; step 0 opens the window exactly.
    const jitterSec = step === 0 ? 0 : Math.floor(random() * 1_800)
    await moveClockTo(writer, HISTORY_START_TIMESTAMP + step * STEP_SEC + jitterSec)
    if (step === 0) {
      historyStartBlock = Number(await writer.client.getBlockNumber()) + 1
      await startStakingRewards(ctx, deployer, farm, toRawAmount(600_000, 18))
      await stakeHalfOfLp(ctx, provider, wethUsdcPair.address, farm)
    }
    await DEMO_BOOK_SCHEDULE.get(step)?.(ctx, { demo: DEMO_ACCOUNT, provider, farm, incentiveKey }, record)
    walkPrices(ctx, random, initialPricesUsd)
    const trades = random() < SECOND_TRADE_SHARE ? 2 : 1
    for (let i = 0; i < trades; i++) {
      await tradeOnce(ctx, traders, random)
      swapCount++
    }
    if (step === V4_DEMO_OPEN_STEP) await openV4DemoBook(ctx, v4, DEMO_ACCOUNT)
    if (step === V4_DEMO_CLOSE_STEP) await closeV4DemoPosition(ctx, v4, DEMO_ACCOUNT)
    if (v4Random() < V4_TRADE_SHARE) await tradeV4Once(ctx, v4, traders, v4Random)
  }
  await revokeV4DemoAllowances(ctx, v4, DEMO_ACCOUNT)
  await revokeDemoAllowances(ctx, DEMO_ACCOUNT, [farm])
  // After the history, so it stays as it was: the other accounts' small books (a 10-address portfolio).
  await seedPortfolioBooks(ctx)
  await moveClockTo(writer, HISTORY_END_TIMESTAMP)
  await writer.rpc('evm_mine')
  const historyEndBlock = Number(await writer.client.getBlockNumber())
  // From here on the clock runs at wall-clock pace from the history's end.
  await writer.rpc('anvil_removeBlockTimestampInterval')
  await writer.rpc('evm_setAutomine', [true])

  if (!record.backtest) throw new Error('backtest position was not opened')
  const tokenInfo = (key: TokenKey) => {
    const { spec, address } = core.tokens[key]
    return { address, symbol: spec.symbol, name: spec.name, decimals: spec.decimals, tags: spec.tags }
  }
  const addressOf = (key: TokenKey): Address => core.tokens[key].address
  return {
    chainId: 31337,
    startBlock,
    contracts: core.contracts,
    usdToken: addressOf('USDC'),
    tokens: (Object.keys(core.tokens) as TokenKey[]).map(tokenInfo),
    v2Pairs: ctx.v2Pairs.map((pair) => ({
      address: pair.address,
      token0: addressOf(pair.token0),
      token1: addressOf(pair.token1),
    })),
    v3Pools: ctx.v3Pools.map((pool) => ({
      address: pool.address,
      token0: addressOf(pool.token0),
      token1: addressOf(pool.token1),
      fee: pool.fee,
      tickSpacing: pool.tickSpacing,
    })),
    stakingRewards: [{ address: farm, stakingToken: wethUsdcPair.address, rewardsToken: addressOf('FARM') }],
    v3Incentives: [
      {
        rewardToken: incentiveKey.rewardToken,
        pool: incentiveKey.pool,
        startTime: Number(incentiveKey.startTime),
        endTime: Number(incentiveKey.endTime),
        refundee: incentiveKey.refundee,
        incentiveId: incentiveId(incentiveKey),
      },
    ],
    demoAccount: DEMO_ACCOUNT,
    seed: {
      prngSeed: PRNG_SEED,
      genesisTimestamp: GENESIS_TIMESTAMP,
      historyStartBlock,
      historyStartTimestamp: HISTORY_START_TIMESTAMP,
      historyEndBlock,
      historyEndTimestamp: HISTORY_END_TIMESTAMP,
      swapCount,
      traders,
      liquidityProvider: provider,
      demoPositions: record.positions,
      demoV2Holdings: record.v2Holdings,
      backtestPosition: record.backtest,
    },
    v4: {
      poolManager: v4.contracts.poolManager,
      positionManager: v4.contracts.positionManager,
      stateView: v4.contracts.stateView,
      quoter: v4.contracts.quoter,
      permit2: v4.contracts.permit2,
      swapRouter: v4.contracts.swapRouter,
      swapCounterHook: v4.contracts.swapCounterHook,
      subscriber: v4.contracts.subscriber,
      startBlock: v4StartBlock,
      pools: v4.pools.map(v4PoolInfo),
      swapCount: v4.swapCount,
      demoPositions: v4.demoPositions,
    },
  }
}
