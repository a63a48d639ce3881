import { parseAbi } from 'viem'

/** Uniswap liquidity-staker StakingRewards (Synthetix) reads. */
export const stakingRewardsAbi = parseAbi([
  'function balanceOf(address account) view returns (uint256)',
  'function earned(address account) view returns (uint256)',
  'function totalSupply() view returns (uint256)',
  'function rewardRate() view returns (uint256)',
  'function periodFinish() view returns (uint256)',
  'function rewardPerTokenStored() view returns (uint256)',
  'function lastUpdateTime() view returns (uint256)',
  'function userRewardPerTokenPaid(address account) view returns (uint256)',
  'function rewards(address account) view returns (uint256)',
  'function stakingToken() view returns (address)',
  'function rewardsToken() view returns (address)',
  'event Staked(address indexed user, uint256 amount)',
  'event Withdrawn(address indexed user, uint256 amount)',
  'event RewardPaid(address indexed user, uint256 reward)',
])
