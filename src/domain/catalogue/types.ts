import type { Address, Hex } from 'viem'

/** Metadata of an ERC20 token as the app lists it (token-list style). */
export interface TokenInfo {
  address: Address
  symbol: string
  name: string
  decimals: number
  /** Free-form labels, e.g. 'stablecoin', 'reward', 'odd-metadata'. */
  tags?: readonly string[]
}

export interface V2PairInfo {
  address: Address
  token0: Address
  token1: Address
}

export interface V3PoolInfo {
  address: Address
  token0: Address
  token1: Address
  /** Fee in pips (hundredths of a basis point): 500 = 0.05 %. */
  fee: number
  tickSpacing: number
}

/** A Uniswap liquidity-staker StakingRewards farm. */
export interface StakingRewardsInfo {
  address: Address
  stakingToken: Address
  rewardsToken: Address
}

/** A UniswapV3Staker incentive key plus its id (keccak256(abi.encode(key))). */
export interface V3IncentiveInfo {
  rewardToken: Address
  pool: Address
  startTime: number
  endTime: number
  refundee: Address
  incentiveId: Hex
}

/**
 * What the devnet deploys, written by `npm run devnet` to src/config/devnet.deployments.json.
 * Deterministic: the same file every run, so it is committed and the app imports it statically.
 */
export interface Deployments {
  chainId: number
  /** Block of the first deployment: event scans start here. */
  startBlock: number
  contracts: {
    multicall3: Address
    weth9: Address
    v2Factory: Address
    v2Router02: Address
    v3Factory: Address
    nonfungiblePositionManager: Address
    swapRouter: Address
    quoterV2: Address
    tickLens: Address
    v3Staker: Address
  }
  /** The USD stablecoin every USD value is routed to. */
  usdToken: Address
  tokens: readonly TokenInfo[]
  v2Pairs: readonly V2PairInfo[]
  v3Pools: readonly V3PoolInfo[]
  stakingRewards: readonly StakingRewardsInfo[]
  v3Incentives: readonly V3IncentiveInfo[]
  /** The account holding the seeded book of positions (anvil account 0 by default). */
  demoAccount: Address
  /** What the devnet's seeding did: history window, traders and the labelled demo book. */
  seed: SeedInfo
  /** Uniswap V4 (devnet only so far): contracts, pools and the demo book's V4 positions. */
  v4?: V4DeploymentInfo
}

/** A Uniswap V4 pool: its PoolKey fields and PoolId (keccak256 of the abi-encoded key). */
export interface V4PoolInfo {
  /** address(0) for native ETH. */
  currency0: Address
  currency1: Address
  /** LP fee in hundredths of a bip. */
  fee: number
  tickSpacing: number
  /** address(0) when the pool has no hook. */
  hooks: Address
  poolId: Hex
}

/** Label of a seeded V4 position: the state the devnet guarantees it is in after seeding. */
export type SeededV4PositionLabel =
  | 'in-range'
  | 'out-of-range'
  | 'full-range'
  | 'closed'
  | 'uncollected-fees'
  /** Subscribed to the devnet's subscriber contract (PositionInfo.hasSubscriber). */
  | 'subscribed'

export interface SeededV4Position {
  label: SeededV4PositionLabel
  /** PositionManager token id. */
  tokenId: number
  owner: Address
  poolId: Hex
  tickLower: number
  tickUpper: number
  /** Liquidity at mint, decimal string (uint128). */
  liquidityAtMint: string
  openedBlock: number
  openedTimestamp: number
  /** Set for 'closed': block of the BURN_POSITION. */
  closedBlock?: number
}

export interface V4DeploymentInfo {
  poolManager: Address
  positionManager: Address
  stateView: Address
  quoter: Address
  /** Canonical Permit2 (0x000000000022D473030F116dDEE9F6B43aC78BA3). */
  permit2: Address
  /** v4-core's PoolSwapTest: the router the seeded swaps used. */
  swapRouter: Address
  /** The devnet's swap-counter hook (beforeSwap + afterSwap). */
  swapCounterHook: Address
  /** The devnet's PositionManager subscriber (ISubscriber; counts notifications). */
  subscriber: Address
  /** Block of the PoolManager's deployment: V4 event scans start here. */
  startBlock: number
  pools: readonly V4PoolInfo[]
  /** Seeded V4 swaps in the history. */
  swapCount: number
  demoPositions: readonly SeededV4Position[]
}

/** Label of a seeded V3 position: the state the devnet guarantees it is in after seeding. */
export type SeededV3PositionLabel =
  | 'in-range'
  | 'out-of-range'
  | 'full-range'
  | 'closed'
  | 'uncollected-fees'
  | 'staked'
  | 'odd-metadata'
  | 'backtest'

export interface SeededV3Position {
  label: SeededV3PositionLabel
  tokenId: number
  owner: Address
  pool: Address
  tickLower: number
  tickUpper: number
  /** Liquidity at mint, decimal string (uint128). */
  liquidityAtMint: string
  openedBlock: number
  openedTimestamp: number
  /** Set for 'closed': block of the decreaseLiquidity + collect. */
  closedBlock?: number
  /** Set for 'staked': the V3 staker incentive it is staked in. */
  incentiveId?: Hex
}

/** A V2 LP holding of the demo account; `stakedIn` is set when (part of) it sits in a farm. */
export interface SeededV2Holding {
  pair: Address
  openedBlock: number
  stakedIn?: Address
}

export interface SeedInfo {
  /** PRNG seed of the price walk and trade sizes. */
  prngSeed: number
  genesisTimestamp: number
  historyStartBlock: number
  historyStartTimestamp: number
  historyEndBlock: number
  historyEndTimestamp: number
  /** Swaps sent during the history (V2 + V3). */
  swapCount: number
  traders: readonly Address[]
  liquidityProvider: Address
  demoPositions: readonly SeededV3Position[]
  demoV2Holdings: readonly SeededV2Holding[]
  /** Opened by the liquidity provider at the start of the history and never touched: for backtests. */
  backtestPosition: SeededV3Position
}

/** The Uniswap V2/V3 (+ staker) contracts and helpers Poolscope reads or writes on one chain. */
export interface CatalogueContracts {
  multicall3: Address
  v2Factory: Address
  v2Router02: Address
  v3Factory: Address
  nonfungiblePositionManager: Address
  /** SwapRouter02 on public chains; the original V3 SwapRouter on the devnet (what it deploys). */
  swapRouter: Address
  quoterV2: Address
  tickLens: Address
  /** UniswapV3Staker v1.0.2; undefined where the canonical one is not deployed. */
  v3Staker: Address | undefined
  /** Permit2 (canonical 0x000000000022D473030F116dDEE9F6B43aC78BA3); absent where none is deployed. */
  permit2?: Address | undefined
  /** Uniswap V4's PositionManager (it pulls tokens through Permit2); absent where V4 is not known. */
  v4PositionManager?: Address | undefined
  /** The Universal Router (swaps through Permit2); absent where it is not known. */
  universalRouter?: Address | undefined
}

/** The tokens USD prices are anchored to on one chain. */
export interface PricingAnchors {
  /** The stablecoin every USD value is routed to (valued at exactly 1 USD). */
  usdToken: Address
  /** Every stablecoin the catalogue knows there (the USD token included). */
  stablecoins: readonly Address[]
  /** The wrapped native token (WETH; WMATIC on Polygon): "pay in ETH" and the one-hop price route. */
  wrappedNative: Address
}

/**
 * How the pools page finds a chain's pools: the catalogue's known pools as they are, every V3 fee tier and
 * the V2 pair of the chain's main pairs found through the factories (one batched read), or no list at all.
 */
export type PoolsListSource =
  | { from: 'known' }
  | { from: 'factories'; pairs: readonly (readonly [Address, Address])[] }
  | { from: 'none' }

/**
 * Everything Poolscope knows about one chain without reading it: contracts and the block they were
 * deployed at, pricing anchors, known pools, pairs, farms and incentives. Built per chain in
 * src/chain/catalogue; the token list is loaded separately (see {@link ChainCatalogue}).
 */
export interface CatalogueCore {
  chainId: number
  contracts: CatalogueContracts
  /** Block of the contracts' first deployment: event scans start here (0 where none is recorded). */
  startBlock: number
  /**
   * Whether event history can be scanned in full from `startBlock` (the devnet's few thousand blocks).
   * Where false, only bounded reads run and features that need a pool's whole history are off.
   */
  fullHistory: boolean
  anchors: PricingAnchors
  /** Known V3 pools: they are listed (simulator, add liquidity) and USD prices route through them. */
  v3Pools: readonly V3PoolInfo[]
  /** Known V2 pairs: listed, tracked for positions and used as price routes. */
  v2Pairs: readonly V2PairInfo[]
  stakingRewards: readonly StakingRewardsInfo[]
  v3Incentives: readonly V3IncentiveInfo[]
  poolsList: PoolsListSource
  /**
   * Uniswap V4's contracts where Poolscope reads V4 (the devnet so far); absent = no V4 on this chain in
   * Poolscope. Public chains are left out until their canonical addresses and deployment blocks are
   * checked against the Uniswap docs (TOOLING.md lists addresses only, and no StateView for Optimism
   * or Polygon).
   */
  v4?: V4Contracts
}

/** The Uniswap V4 contracts the positions readers use on one chain. */
export interface V4Contracts {
  poolManager: Address
  /** The V4 PositionManager (ERC-721, not enumerable: positions are found from its Transfer logs). */
  positionManager: Address
  stateView: Address
  /** Block of the PositionManager's deployment: its Transfer logs are scanned from here. */
  startBlock: number
}

/** A chain's catalogue with its token list (tokens of the known pools, the anchors and top tokens). */
export interface ChainCatalogue extends CatalogueCore {
  tokens: readonly TokenInfo[]
}
