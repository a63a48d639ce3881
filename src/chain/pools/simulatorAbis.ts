import { parseAbi } from 'viem'

// The simulator's own minimal ABIs (src/chain is another feature's, and still moving).

/** Uniswap V3 pool: state for the projection and the Swap event for history. */
export const v3PoolAbi = parseAbi([
  'function slot0() view returns (uint160 sqrtPriceX96, int24 tick, uint16 observationIndex, uint16 observationCardinality, uint16 observationCardinalityNext, uint8 feeProtocol, bool unlocked)',
  'function liquidity() view returns (uint128)',
  'function fee() view returns (uint24)',
  'function tickSpacing() view returns (int24)',
  'function token0() view returns (address)',
  'function token1() view returns (address)',
  'event Swap(address indexed sender, address indexed recipient, int256 amount0, int256 amount1, uint160 sqrtPriceX96, uint128 liquidity, int24 tick)',
])

/** Uniswap V2 pair: reserves, LP supply and the Swap/Sync events. */
export const v2PairAbi = parseAbi([
  'function getReserves() view returns (uint112 reserve0, uint112 reserve1, uint32 blockTimestampLast)',
  'function totalSupply() view returns (uint256)',
  'function token0() view returns (address)',
  'function token1() view returns (address)',
  'event Swap(address indexed sender, uint256 amount0In, uint256 amount1In, uint256 amount0Out, uint256 amount1Out, address indexed to)',
  'event Sync(uint112 reserve0, uint112 reserve1)',
])

/** TickLens: the initialized ticks of one bitmap word. */
export const tickLensAbi = parseAbi([
  'struct PopulatedTick { int24 tick; int128 liquidityNet; uint128 liquidityGross; }',
  'function getPopulatedTicksInWord(address pool, int16 tickBitmapIndex) view returns (PopulatedTick[] populatedTicks)',
])

/** UniswapV3Staker: an incentive's remaining budget and the event carrying its total. */
export const v3StakerAbi = parseAbi([
  'function incentives(bytes32 incentiveId) view returns (uint256 totalRewardUnclaimed, uint160 totalSecondsClaimedX128, uint96 numberOfStakes)',
  'event IncentiveCreated(address indexed rewardToken, address indexed pool, uint256 startTime, uint256 endTime, address refundee, uint256 reward)',
])

/** Synthetix/Uniswap StakingRewards farm. */
export const stakingRewardsAbi = parseAbi([
  'function rewardRate() view returns (uint256)',
  'function periodFinish() view returns (uint256)',
  'function totalSupply() view returns (uint256)',
])

/** ERC20 metadata for pools whose tokens the deployments do not list. */
export const erc20MetadataAbi = parseAbi([
  'function symbol() view returns (string)',
  'function decimals() view returns (uint8)',
])

/** Multicall3's chain-time helper (the devnet's clock is not the wall clock). */
export const multicallTimeAbi = parseAbi([
  'function getCurrentBlockTimestamp() view returns (uint256 timestamp)',
])
