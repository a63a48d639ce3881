import { parseAbi } from 'viem'

/** UniswapV3Staker v1.0.2: deposits, stakes and rewards of positions deposited in it. */
export const uniswapV3StakerAbi = parseAbi([
  'struct IncentiveKey { address rewardToken; address pool; uint256 startTime; uint256 endTime; address refundee; }',
  'function deposits(uint256 tokenId) view returns (address owner, uint48 numberOfStakes, int24 tickLower, int24 tickUpper)',
  'function stakes(uint256 tokenId, bytes32 incentiveId) view returns (uint160 secondsPerLiquidityInsideInitialX128, uint128 liquidity)',
  'function incentives(bytes32 incentiveId) view returns (uint256 totalRewardUnclaimed, uint160 totalSecondsClaimedX128, uint96 numberOfStakes)',
  'function rewards(address rewardToken, address owner) view returns (uint256)',
  'function getRewardInfo(IncentiveKey key, uint256 tokenId) returns (uint256 reward, uint160 secondsInsideX128)',
  'event DepositTransferred(uint256 indexed tokenId, address indexed oldOwner, address indexed newOwner)',
  'event TokenUnstaked(uint256 indexed tokenId, bytes32 indexed incentiveId)',
  'event RewardClaimed(address indexed to, uint256 reward)',
])
