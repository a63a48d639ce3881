import { useQuery } from '@tanstack/react-query'
import { useChainId, useConfig } from 'wagmi'
import type { PoolSnapshot } from '../../../domain/projection/types.ts'
import { catalogueQueryOptions } from '../../../queries/catalogueQuery.ts'
import { gasPriceQueryOptions } from '../../../queries/gasPriceQuery.ts'
import { poolSnapshotQueryOptions } from '../../../queries/poolSnapshotQuery.ts'

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/**
 * What the strategy comparison reads beyond the pool snapshot: the chain's gas price, and the realized
 * volatility of the reward token from a pricing pool of it in the catalogue (its pair with the wrapped
 * native or USD token first), read only when the pool pays rewards.
 */
export function useStrategyInputs(snapshot: PoolSnapshot) {
  const chainId = useChainId()
  const config = useConfig()
  const gasPrice = useQuery(gasPriceQueryOptions(config, chainId))
  const catalogue = useQuery(catalogueQueryOptions(chainId)).data ?? undefined
  const rewardToken = snapshot.reward?.token.address
  let rewardPool: `0x${string}` | undefined
  if (rewardToken && catalogue) {
    const anchors = [catalogue.anchors.wrappedNative, catalogue.anchors.usdToken]
    const candidates = [...catalogue.v3Pools, ...catalogue.v2Pairs].filter(
      (pool) =>
        (same(pool.token0, rewardToken) || same(pool.token1, rewardToken)) &&
        !same(pool.address, snapshot.address),
    )
    const anchored = candidates.find((pool) =>
      anchors.some((anchor) => same(pool.token0, anchor) || same(pool.token1, anchor)),
    )
    rewardPool = (anchored ?? candidates[0])?.address
  }
  const rewardSnapshot = useQuery({
    ...poolSnapshotQueryOptions(config, { chainId, pool: rewardPool }),
    enabled: rewardPool !== undefined,
  })
  return {
    gasPriceWei: gasPrice.data?.gasPriceWei ?? null,
    gasPriceError: gasPrice.isError,
    /** The gas price has been read or has failed: simulations wait for it so a figure never changes under a reader. */
    gasPriceSettled: !gasPrice.isPending,
    rewardRealizedVolatility: rewardSnapshot.data?.realizedVolatility ?? null,
    rewardPricingPool: rewardPool ?? null,
    rewardPricingPending: rewardPool !== undefined && rewardSnapshot.isPending,
  }
}
