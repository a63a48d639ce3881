import type { ChainCatalogue, Deployments } from '../../domain/catalogue/types.ts'
import { devnetDeployments } from './devnetDeployments.ts'

/**
 * A deployments file (what the devnet deploys) as a catalogue: its contracts, tokens, pools, farms and
 * incentives as they are; USD anchored to its `usdToken`, stablecoins by their 'stablecoin' tag.
 */
export function catalogueFromDeployments(deployments: Deployments): ChainCatalogue {
  const { contracts } = deployments
  return {
    chainId: deployments.chainId,
    contracts: {
      multicall3: contracts.multicall3,
      v2Factory: contracts.v2Factory,
      v2Router02: contracts.v2Router02,
      v3Factory: contracts.v3Factory,
      nonfungiblePositionManager: contracts.nonfungiblePositionManager,
      swapRouter: contracts.swapRouter,
      quoterV2: contracts.quoterV2,
      tickLens: contracts.tickLens,
      v3Staker: contracts.v3Staker,
      // V4 (when the devnet deployed it): Permit2 at its canonical address and the PositionManager that
      // pulls through it. The devnet has no Universal Router (its V4 swaps go through PoolSwapTest).
      ...(deployments.v4
        ? { permit2: deployments.v4.permit2, v4PositionManager: deployments.v4.positionManager }
        : {}),
    },
    startBlock: deployments.startBlock,
    // A few thousand seeded blocks: whole-history scans are cheap.
    fullHistory: true,
    anchors: {
      usdToken: deployments.usdToken,
      stablecoins: deployments.tokens
        .filter((token) => token.tags?.includes('stablecoin'))
        .map((token) => token.address),
      wrappedNative: contracts.weth9,
    },
    tokens: deployments.tokens,
    v3Pools: deployments.v3Pools,
    v2Pairs: deployments.v2Pairs,
    stakingRewards: deployments.stakingRewards,
    v3Incentives: deployments.v3Incentives,
    poolsList: { from: 'known' },
    ...(deployments.v4
      ? {
          v4: {
            poolManager: deployments.v4.poolManager,
            positionManager: deployments.v4.positionManager,
            stateView: deployments.v4.stateView,
            startBlock: deployments.v4.startBlock,
          },
        }
      : {}),
  }
}

/** The local devnet's catalogue (bundled: its deployments file is small and always needed). */
export const devnetCatalogue: ChainCatalogue = catalogueFromDeployments(devnetDeployments)
