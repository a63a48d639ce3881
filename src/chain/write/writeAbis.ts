// The ABIs the transaction builders and the features' write steps use, under their write names. They are the
// generated full ABIs of src/chain/abi (from the npm artifacts Poolscope deploys); this file only re-exports
// them, so that features reach them through chain/write, the one part of chain the dependency rule lets
// features import. (viem decodes Error(string) and Panic(uint256) reverts itself.)

/** ERC-20 approve/allowance/balanceOf/Transfer (viem's `erc20Abi`). */
export { erc20Abi as erc20WriteAbi } from '../abi/erc20Abi.ts'
/** NonfungiblePositionManager: mint, increase, decrease, collect, multicall, ETH helpers, NFT transfer. */
export { nonfungiblePositionManagerAbi as npmWriteAbi } from '../abi/nonfungiblePositionManagerAbi.ts'
/** Uniswap V4 PositionManager (v4-periphery 1.0.3): modifyLiquidities, ownerOf. */
export { positionManagerAbi as v4PositionManagerWriteAbi } from '../abi/positionManagerAbi.ts'
/** StakingRewards (Uniswap liquidity-staker). */
export { stakingRewardsAbi as stakingRewardsWriteAbi } from '../abi/stakingRewardsAbi.ts'
/** UniswapV2Router02 liquidity functions. */
export { uniswapV2Router02Abi as v2RouterWriteAbi } from '../abi/uniswapV2Router02Abi.ts'
/** UniswapV3Staker v1.0.2. */
export { uniswapV3StakerAbi as v3StakerWriteAbi } from '../abi/uniswapV3StakerAbi.ts'
