import type { Address, Hex } from 'viem'
import { ACCOUNT_INDEX, DEMO_ACCOUNT, testAddress } from '../accounts.ts'
import { alignTick, fullRangeTicks, toRawAmount } from '../ammMath.ts'
import { loadArtifact } from '../artifacts.ts'
import type { ChainWriter } from '../chainWriter.ts'
import { findV2Pair, findV3Pool, stakeHalfOfLp } from '../demoBook.ts'
import type { V2PairSpec, V3PoolSpec } from '../markets.ts'
import { mulberry32 } from '../prng.ts'
import { ABIS, fundToken, type SeedContext, type SeededV3Pool } from '../seedContext.ts'
import { tradeOnce, walkPrices } from '../seedHistory.ts'
import {
  createMarkets,
  createV3Incentive,
  ETH,
  encodeIncentiveKey,
  fundAccount,
  type IncentiveKey,
  incentiveId,
  startStakingRewards,
} from '../seedMarkets.ts'
import { DAY_SEC } from '../timeline.ts'
import type { TokenKey } from '../tokenSpecs.ts'
import { addV2Liquidity, closeV3Position, mintV3Position, readSlot0 } from '../uniswapOps.ts'
import { deployReplicaCore, type ReplicaContracts } from './deployReplica.ts'
import { placeAtCanonical } from './place.ts'
import {
  REPLICA_SPECS,
  type ReplicaChain,
  type ReplicaTokenKey,
  replicaDeploymentBlock,
  replicaFarms,
} from './specs.ts'

export const REPLICA_PRNG_SEED = 20_261_201
/** Days of seeded history before the anchor (the history's end). */
export const REPLICA_HISTORY_DAYS = 8
/** One trading step every 30 minutes. */
export const REPLICA_STEPS_PER_DAY = 48
const STEP_SEC = DAY_SEC / REPLICA_STEPS_PER_DAY
/** Deployment and market setup happen in the six hours before the history starts. */
const SETUP_SEC = 6 * 3_600
const SECOND_TRADE_SHARE = 0.35
const MEAN_REVERSION_PER_STEP = 0.015

/** One V3 position of the demo account. */
export interface ReplicaDemoPosition {
  tokenId: number
  pool: Address
  /** Deposited in the canonical V3 staker and staked in `incentiveId`. */
  staked: boolean
  label: string
  tickLower: number
  tickUpper: number
  openedBlock: number
  openedTimestamp: number
  closedBlock?: number
  incentiveId?: Hex
}

export interface ReplicaV2Holding {
  pair: Address
  openedBlock: number
  /** The farm holding part of it (Ethereum's UNI farm of the pair). */
  stakedIn?: Address
}

/** What a replica placed and seeded (JSON; written to .devnet-cache/replica-<chain>.json, never imported by the app). */
export interface ReplicaDeployments {
  chain: ReplicaChain
  chainId: number
  genesisNumber: number
  /** First block where the replica placed contracts (the history scans' lower bound). */
  deploymentBlock: number
  contracts: ReplicaContracts
  tokens: { address: Address; symbol: string; name: string; decimals: number }[]
  v3Pools: { address: Address; token0: Address; token1: Address; fee: number; tickSpacing: number }[]
  v2Pairs: { address: Address; token0: Address; token1: Address }[]
  stakingRewards: { address: Address; stakingToken: Address; rewardsToken: Address }[]
  v3Incentives: {
    rewardToken: Address
    pool: Address
    startTime: number
    endTime: number
    refundee: Address
    incentiveId: Hex
  }[]
  demoAccount: Address
  seed: {
    prngSeed: number
    genesisTimestamp: number
    historyStartBlock: number
    historyEndBlock: number
    historyStartTimestamp: number
    historyEndTimestamp: number
    swapCount: number
    /** Blocks per hour of chain time over the seeded history (the real chain has REPLICA_SPECS' rate). */
    replicaBlocksPerHour: number
    demoPositions: ReplicaDemoPosition[]
    demoV2Holdings: ReplicaV2Holding[]
  }
}

/** The seeded history's clock, fixed by its end (the anchor), so a replica is deterministic per anchor. */
export function replicaTimeline(historyEndTimestamp: number) {
  const historyStartTimestamp = historyEndTimestamp - REPLICA_HISTORY_DAYS * DAY_SEC
  return { historyStartTimestamp, historyEndTimestamp, genesisTimestamp: historyStartTimestamp - SETUP_SEC }
}

interface PoolTemplate {
  a: ReplicaTokenKey
  b: ReplicaTokenKey
  fee: number
  tvlUsd: number
  weight: number
}

const V3_TEMPLATES: readonly PoolTemplate[] = [
  { a: 'WETH', b: 'USDC', fee: 500, tvlUsd: 8_000_000, weight: 3 },
  { a: 'WETH', b: 'USDC', fee: 3000, tvlUsd: 5_000_000, weight: 2 },
  { a: 'BTC', b: 'WETH', fee: 500, tvlUsd: 3_000_000, weight: 1.5 },
  { a: 'BTC', b: 'WETH', fee: 3000, tvlUsd: 3_000_000, weight: 1.5 },
  { a: 'BTC', b: 'USDC', fee: 3000, tvlUsd: 2_000_000, weight: 1 },
  { a: 'DAI', b: 'USDC', fee: 100, tvlUsd: 3_000_000, weight: 1 },
  { a: 'WETH', b: 'DAI', fee: 3000, tvlUsd: 1_500_000, weight: 0.8 },
  { a: 'WETH', b: 'USDT', fee: 500, tvlUsd: 5_000_000, weight: 2 },
  { a: 'USDC', b: 'USDT', fee: 100, tvlUsd: 4_000_000, weight: 1 },
  { a: 'UNI', b: 'WETH', fee: 3000, tvlUsd: 1_000_000, weight: 0.8 },
]

const V2_TEMPLATES: readonly Omit<PoolTemplate, 'fee'>[] = [
  { a: 'WETH', b: 'USDC', tvlUsd: 5_000_000, weight: 2 },
  { a: 'WETH', b: 'USDT', tvlUsd: 3_000_000, weight: 1 },
  { a: 'WETH', b: 'DAI', tvlUsd: 2_000_000, weight: 1 },
  { a: 'BTC', b: 'WETH', tvlUsd: 2_000_000, weight: 0.7 },
  { a: 'DAI', b: 'USDC', tvlUsd: 1_000_000, weight: 0.5 },
]

/** The devnet's helpers key tokens by TokenKey; a replica's keys are plain strings at run time. */
const key = (k: ReplicaTokenKey) => k as TokenKey

/** Whole-history schedule of the demo book, keyed by step (48 steps a day). */
type BookAction = (book: Book) => Promise<void>

interface Book {
  ctx: SeedContext
  demo: Address
  incentives: IncentiveKey[]
  farmOfPair: Map<string, Address>
  positions: ReplicaDemoPosition[]
  v2Holdings: ReplicaV2Holding[]
}

async function rangeAroundTick(ctx: SeedContext, pool: SeededV3Pool, fromTicks: number, toTicks: number) {
  const { tick } = await readSlot0(ctx, pool)
  return {
    tickLower: alignTick(tick + fromTicks, pool.tickSpacing, 'down'),
    tickUpper: alignTick(tick + toTicks, pool.tickSpacing, 'up'),
  }
}

async function openPosition(
  book: Book,
  label: string,
  pool: SeededV3Pool,
  ticks: { tickLower: number; tickUpper: number },
  valueUsdPerSide: number,
  incentive?: IncentiveKey,
): Promise<ReplicaDemoPosition> {
  const { ctx, demo } = book
  const minted = await mintV3Position(ctx, demo, pool, ticks.tickLower, ticks.tickUpper, valueUsdPerSide)
  const block = await ctx.writer.client.getBlock({ blockNumber: minted.receipt.blockNumber })
  const position: ReplicaDemoPosition = {
    tokenId: Number(minted.tokenId),
    pool: pool.address,
    staked: false,
    label,
    tickLower: ticks.tickLower,
    tickUpper: ticks.tickUpper,
    openedBlock: Number(block.number),
    openedTimestamp: Number(block.timestamp),
  }
  if (incentive) {
    // safeTransferFrom with abi.encode(key) deposits into the staker and stakes in one transaction.
    await ctx.writer.write({
      from: demo,
      address: ctx.core.contracts.nonfungiblePositionManager,
      abi: ABIS.npm,
      functionName: 'safeTransferFrom',
      args: [demo, ctx.core.contracts.v3Staker, minted.tokenId, encodeIncentiveKey(incentive)],
    })
    position.staked = true
    position.incentiveId = incentiveId(incentive)
  }
  book.positions.push(position)
  return position
}

async function addHolding(
  book: Book,
  a: ReplicaTokenKey,
  b: ReplicaTokenKey,
  valueUsdPerSide: number,
  stake: boolean,
) {
  const { ctx, demo } = book
  const pair = await addV2Liquidity(ctx, demo, findV2Pair(ctx, key(a), key(b)).spec, valueUsdPerSide)
  const holding: ReplicaV2Holding = {
    pair: pair.address,
    openedBlock: Number(await ctx.writer.client.getBlockNumber()),
  }
  const farm = book.farmOfPair.get(pair.address.toLowerCase())
  if (stake && farm) {
    await stakeHalfOfLp(ctx, demo, pair.address, farm)
    holding.stakedIn = farm
  }
  book.v2Holdings.push(holding)
}

const DEMO_SCHEDULE: ReadonlyMap<number, BookAction> = new Map<number, BookAction>([
  [
    12,
    async (book) => {
      const pool = findV3Pool(book.ctx, key('WETH'), key('USDC'), 3000)
      await openPosition(
        book,
        'uncollected-fees',
        pool,
        await rangeAroundTick(book.ctx, pool, -2000, 2000),
        40_000,
      )
    },
  ],
  [
    40,
    async (book) => {
      const pool = findV3Pool(book.ctx, key('BTC'), key('WETH'), 3000)
      await openPosition(book, 'full-range', pool, fullRangeTicks(pool.tickSpacing), 30_000)
      await addHolding(book, 'WETH', 'USDC', 60_000, true)
    },
  ],
  [
    70,
    async (book) => {
      const pool = findV3Pool(book.ctx, key('WETH'), key('USDC'), 3000)
      const ticks = await rangeAroundTick(book.ctx, pool, -1500, 1500)
      await openPosition(
        book,
        book.incentives[0] ? 'staked' : 'in-range',
        pool,
        ticks,
        25_000,
        book.incentives[0],
      )
    },
  ],
  [
    100,
    async (book) => {
      const pool = findV3Pool(book.ctx, key('WETH'), key('USDC'), 3000)
      // ~+35 % to ~+65 % above the price: single-sided, out of range for the whole history.
      await openPosition(
        book,
        'out-of-range',
        pool,
        await rangeAroundTick(book.ctx, pool, 3000, 5000),
        20_000,
      )
    },
  ],
  [
    120,
    async (book) => {
      const pool = findV3Pool(book.ctx, key('DAI'), key('USDC'), 100)
      await openPosition(book, 'closed', pool, await rangeAroundTick(book.ctx, pool, -20, 20), 20_000)
    },
  ],
  [150, (book) => addHolding(book, 'WETH', 'DAI', 10_000, false)],
  [
    200,
    async (book) => {
      const pool = findV3Pool(book.ctx, key('WETH'), key('USDC'), 500)
      await openPosition(book, 'in-range', pool, await rangeAroundTick(book.ctx, pool, -800, 800), 30_000)
    },
  ],
  [
    230,
    async (book) => {
      const pool = findV3Pool(book.ctx, key('WETH'), key('USDC'), 500)
      const ticks = await rangeAroundTick(book.ctx, pool, -600, 600)
      await openPosition(
        book,
        book.incentives[1] ? 'staked' : 'in-range',
        pool,
        ticks,
        15_000,
        book.incentives[1],
      )
    },
  ],
  [
    250,
    async (book) => {
      const closed = book.positions.find((p) => p.label === 'closed')
      if (!closed) throw new Error('closed position was not opened')
      await closeV3Position(book.ctx, book.demo, BigInt(closed.tokenId))
      closed.closedBlock = Number(await book.ctx.writer.client.getBlockNumber())
    },
  ],
])

/** Seconds between the blocks of one step (its transactions) while seeding. */
const TX_BLOCK_SEC = 12

/**
 * Mines empty blocks `intervalSec` apart after the latest one, up to (excluding) `untilSec`: the
 * history then has the block rate a started replica keeps (REPLICA_SPECS' blockTimeSec), so a time
 * window costs the same number of blocks before and after the start.
 */
async function fillEmptyBlocks(writer: ChainWriter, untilSec: number, intervalSec: number): Promise<void> {
  const latest = Number((await writer.client.getBlock({ blockTag: 'latest' })).timestamp)
  const count = Math.floor((untilSec - 1 - latest) / intervalSec)
  if (count <= 0) return
  await writer.rpc('anvil_setBlockTimestampInterval', [intervalSec])
  await writer.rpc('anvil_mine', [`0x${count.toString(16)}`])
  await writer.rpc('anvil_setBlockTimestampInterval', [TX_BLOCK_SEC])
}

async function moveClockTo(writer: ChainWriter, timestampSec: number): Promise<void> {
  const latest = Number((await writer.client.getBlock({ blockTag: 'latest' })).timestamp)
  if (latest >= timestampSec)
    throw new Error(`replica seeding overran its schedule: block time ${latest} >= ${timestampSec}`)
  await writer.setNextBlockTimestamp(timestampSec)
}

/**
 * Seeds a fresh replica anvil (genesis at the timeline's genesis timestamp): canonical contracts, the
 * chain's tokens, pools and pairs through the canonical factories, real farms (Ethereum), staker
 * incentives (where the staker exists), an 8-day trading history ending at `historyEndTimestamp` and
 * the demo book. Every timestamp is fixed, so the same anchor gives the same chain.
 */
export async function seedReplica(
  writer: ChainWriter,
  chain: ReplicaChain,
  historyEndTimestamp: number,
): Promise<ReplicaDeployments> {
  const spec = REPLICA_SPECS[chain]
  const timeline = replicaTimeline(historyEndTimestamp)
  await writer.rpc('anvil_setBlockTimestampInterval', [TX_BLOCK_SEC])
  await writer.rpc('evm_setAutomine', [false])
  const deploymentBlock = Number(await writer.client.getBlockNumber()) + 1
  // The app's replica build is configured with this block before any replica runs (replicaAppEnv).
  if (deploymentBlock !== replicaDeploymentBlock(spec))
    throw new Error(
      `replica contracts placed from block ${deploymentBlock}, not ${replicaDeploymentBlock(spec)}`,
    )
  const core = await deployReplicaCore(writer, chain, ACCOUNT_INDEX.deployer)
  const deployer = core.seedCore.deployer
  const provider = testAddress(ACCOUNT_INDEX.liquidityProvider)
  const traders = ACCOUNT_INDEX.traders.map((index) => testAddress(index))
  const has = (k: ReplicaTokenKey) => core.tokens.some((token) => token.key === k)

  const initialPricesUsd = Object.fromEntries(core.tokens.map((t) => [t.key, t.initialPriceUsd])) as Record<
    TokenKey,
    number
  >
  const sigmas = Object.fromEntries(core.tokens.map((t) => [t.key, t.sigma])) as Record<TokenKey, number>
  const ctx: SeedContext = {
    writer,
    core: core.seedCore,
    pricesUsd: { ...initialPricesUsd },
    v3Pools: [],
    v2Pairs: [],
  }
  const { nonfungiblePositionManager, v2Router02, swapRouter } = core.seedCore.contracts

  const v3Specs: V3PoolSpec[] = V3_TEMPLATES.filter((t) => has(t.a) && has(t.b)).map((t) => ({
    tokenA: key(t.a),
    tokenB: key(t.b),
    fee: t.fee,
    tvlUsd: t.tvlUsd,
    weight: t.weight,
  }))
  const v2Specs: V2PairSpec[] = V2_TEMPLATES.filter((t) => has(t.a) && has(t.b)).map((t) => ({
    tokenA: key(t.a),
    tokenB: key(t.b),
    tvlUsd: t.tvlUsd,
    weight: t.weight,
  }))

  await fundAccount(ctx, provider, 60_000_000, [nonfungiblePositionManager, v2Router02], 1_000_000n * ETH)
  await createMarkets(ctx, provider, v3Specs, v2Specs)
  for (const trader of traders)
    await fundAccount(ctx, trader, 20_000_000, [swapRouter, v2Router02], 1_000_000n * ETH)
  await fundAccount(ctx, DEMO_ACCOUNT, 400_000, [nonfungiblePositionManager, v2Router02], 500n * ETH)
  await fundAccount(ctx, deployer, 2_000_000, [], 10_000n * ETH)
  const rewardKey: ReplicaTokenKey = has('UNI') ? 'UNI' : 'WETH'
  await fundToken(ctx, deployer, key(rewardKey), toRawAmount(rewardKey === 'UNI' ? 10_000_000 : 1_000, 18))

  // Real farms: StakingRewards(distributor, UNI, pair) placed at the real address of each farm.
  const farms = replicaFarms(chain)
  const farmOfPair = new Map<string, Address>()
  for (const farm of farms) {
    const pair = ctx.v2Pairs.find((p) => p.address.toLowerCase() === farm.stakingToken.toLowerCase())
    if (!pair) throw new Error(`${chain}: no V2 pair at ${farm.stakingToken} for farm ${farm.address}`)
    if (farm.rewardsToken.toLowerCase() !== ctx.core.tokens[key('UNI')].address.toLowerCase())
      throw new Error(`farm ${farm.address}: rewards token is not the replica's UNI`)
    const temporary = await writer.deploy(deployer, loadArtifact('StakingRewards'), [
      deployer,
      farm.rewardsToken,
      pair.address,
    ])
    await placeAtCanonical(writer, temporary, farm.address)
    farmOfPair.set(pair.address.toLowerCase(), farm.address)
  }

  const incentives: IncentiveKey[] = []
  if (core.contracts.v3Staker) {
    const options = { rewardToken: key(rewardKey), startTime: timeline.historyStartTimestamp }
    const reward = (amount: number) => toRawAmount(rewardKey === 'UNI' ? amount : amount / 3_000, 18)
    const pool3000 = findV3Pool(ctx, key('WETH'), key('USDC'), 3000)
    const pool500 = findV3Pool(ctx, key('WETH'), key('USDC'), 500)
    incentives.push(await createV3Incentive(ctx, deployer, pool3000.address, reward(300_000), options))
    incentives.push(await createV3Incentive(ctx, deployer, pool500.address, reward(150_000), options))
  }

  const book: Book = { ctx, demo: DEMO_ACCOUNT, incentives, farmOfPair, positions: [], v2Holdings: [] }
  const random = mulberry32(REPLICA_PRNG_SEED)
  const totalSteps = REPLICA_HISTORY_DAYS * REPLICA_STEPS_PER_DAY
  let swapCount = 0
  let historyStartBlock = 0
  for (let step = 0; step < totalSteps; step++) {
    // Steps are 30 minutes apart with up to 10 minutes of jitter; step 0 opens the window exactly.
    const jitterSec = step === 0 ? 0 : Math.floor(random() * 600)
    await moveClockTo(writer, timeline.historyStartTimestamp + step * STEP_SEC + jitterSec)
    if (step === 0) {
      historyStartBlock = Number(await writer.client.getBlockNumber()) + 1
      // 60-day farms from the history's start: they run well past its end.
      for (const farm of farms) {
        await startStakingRewards(ctx, deployer, farm.address, toRawAmount(500_000, 18), key('UNI'))
        await stakeHalfOfLp(ctx, provider, farm.stakingToken, farm.address)
      }
    }
    await DEMO_SCHEDULE.get(step)?.(book)
    walkPrices(ctx, random, initialPricesUsd, sigmas, MEAN_REVERSION_PER_STEP)
    const trades = random() < SECOND_TRADE_SHARE ? 2 : 1
    for (let i = 0; i < trades; i++) {
      await tradeOnce(ctx, traders, random)
      swapCount++
    }
    await fillEmptyBlocks(writer, timeline.historyStartTimestamp + (step + 1) * STEP_SEC, spec.blockTimeSec)
  }
  await moveClockTo(writer, timeline.historyEndTimestamp)
  await writer.rpc('evm_mine')
  const historyEndBlock = Number(await writer.client.getBlockNumber())
  await writer.rpc('anvil_removeBlockTimestampInterval')
  await writer.rpc('evm_setAutomine', [true])

  const addressOf = (k: TokenKey): Address => ctx.core.tokens[k].address
  const historyHours = (timeline.historyEndTimestamp - timeline.historyStartTimestamp) / 3_600
  return {
    chain,
    chainId: spec.chainId,
    genesisNumber: spec.genesisNumber,
    deploymentBlock,
    contracts: core.contracts,
    tokens: core.tokens.map((t) => ({
      address: t.address,
      symbol: t.symbol,
      name: t.name,
      decimals: t.decimals,
    })),
    v3Pools: ctx.v3Pools.map((pool) => ({
      address: pool.address,
      token0: addressOf(pool.token0),
      token1: addressOf(pool.token1),
      fee: pool.fee,
      tickSpacing: pool.tickSpacing,
    })),
    v2Pairs: ctx.v2Pairs.map((pair) => ({
      address: pair.address,
      token0: addressOf(pair.token0),
      token1: addressOf(pair.token1),
    })),
    stakingRewards: farms.map((farm) => ({ ...farm })),
    v3Incentives: incentives.map((incentive) => ({
      rewardToken: incentive.rewardToken,
      pool: incentive.pool,
      startTime: Number(incentive.startTime),
      endTime: Number(incentive.endTime),
      refundee: incentive.refundee,
      incentiveId: incentiveId(incentive),
    })),
    demoAccount: DEMO_ACCOUNT,
    seed: {
      prngSeed: REPLICA_PRNG_SEED,
      genesisTimestamp: timeline.genesisTimestamp,
      historyStartBlock,
      historyEndBlock,
      historyStartTimestamp: timeline.historyStartTimestamp,
      historyEndTimestamp: timeline.historyEndTimestamp,
      swapCount,
      replicaBlocksPerHour: Math.round(((historyEndBlock - historyStartBlock) / historyHours) * 100) / 100,
      demoPositions: book.positions,
      demoV2Holdings: book.v2Holdings,
    },
  }
}
