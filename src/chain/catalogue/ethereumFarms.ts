import type { Address } from 'viem'
import type { StakingRewardsInfo } from '../../domain/catalogue/types.ts'

const UNI: Address = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984'

/**
 * Ethereum's four 2020 UNI liquidity-mining farms (liquidity-staker StakingRewards, rewards in UNI).
 * Source: Uniswap's UNI launch announcement (the four staking rewards addresses) and the Uniswap
 * interface's STAKING_REWARDS_INFO (which pair each farm stakes). Each staking token is the V2 pair of
 * the token with WETH at the canonical V2 factory (CREATE2; checked in the replica integration test).
 */
export const ETHEREUM_UNI_FARMS: readonly StakingRewardsInfo[] = [
  {
    // ETH/USDT
    address: '0x6C3e4cb2E96B01F4b866965A91ed4437839A121a',
    stakingToken: '0x0d4a11d5EEaaC28EC3F61d100daF4d40471f1852',
    rewardsToken: UNI,
  },
  {
    // ETH/USDC
    address: '0x7FBa4B8Dc5E7616e59622806932DBea72537A56b',
    stakingToken: '0xB4e16d0168e52d35CaCD2c6185b44281Ec28C9Dc',
    rewardsToken: UNI,
  },
  {
    // ETH/DAI
    address: '0xa1484C3aa22a66C62b77E0AE78E15258bd0cB711',
    stakingToken: '0xA478c2975Ab1Ea89e8196811F51A7B7Ade33eB11',
    rewardsToken: UNI,
  },
  {
    // ETH/WBTC
    address: '0xCA35e32e7926b96A9988f61d510E038108d8068e',
    stakingToken: '0xBb2b8038a1640196FbE3e38816F3e67Cba72D940',
    rewardsToken: UNI,
  },
]
