import { erc20Abi } from '../abi/erc20Abi.ts'
import { multicall3Abi } from '../abi/multicall3Abi.ts'
import { pickAbiItems } from '../abi/pickAbiItems.ts'
import { stakingRewardsAbi as stakingRewardsFullAbi } from '../abi/stakingRewardsAbi.ts'
import { tickLensAbi as tickLensFullAbi } from '../abi/tickLensAbi.ts'
import { uniswapV2PairAbi } from '../abi/uniswapV2PairAbi.ts'
import { uniswapV3PoolAbi } from '../abi/uniswapV3PoolAbi.ts'
import { uniswapV3StakerAbi } from '../abi/uniswapV3StakerAbi.ts'

// The simulator reader's ABIs, taken from the generated ones in src/chain/abi. The pool and pair ABIs are the items
// its log scan decodes (parseEventLogs over the whole ABI), the staker's are addressed by index: those keep
// their exact item lists.

/** Uniswap V3 pool: state for the projection and the Swap event for history. */
export const v3PoolAbi = pickAbiItems(uniswapV3PoolAbi, [
  'slot0',
  'liquidity',
  'fee',
  'tickSpacing',
  'token0',
  'token1',
  'Swap',
])

/** Uniswap V2 pair: reserves, LP supply and the Swap/Sync events. */
export const v2PairAbi = pickAbiItems(uniswapV2PairAbi, [
  'getReserves',
  'totalSupply',
  'token0',
  'token1',
  'Swap',
  'Sync',
])

/** TickLens: the initialized ticks of one bitmap word. */
export const tickLensAbi = tickLensFullAbi

/** UniswapV3Staker: an incentive's remaining budget and the event carrying its total. */
export const v3StakerAbi = pickAbiItems(uniswapV3StakerAbi, ['incentives', 'IncentiveCreated'])

/** Synthetix/Uniswap StakingRewards farm. */
export const stakingRewardsAbi = stakingRewardsFullAbi

/** ERC20 metadata for pools whose tokens the deployments do not list. */
export const erc20MetadataAbi = erc20Abi

/** Multicall3's chain-time helper (the devnet's clock is not the wall clock). */
export const multicallTimeAbi = multicall3Abi
