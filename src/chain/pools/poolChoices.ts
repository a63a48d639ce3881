import type { Address } from 'viem'
import { DEVNET_CHAIN_ID } from '../../config/devnetChain.ts'
import { devnetDeployments } from '../../config/devnetDeployments.ts'
import type { PoolChoice } from '../../domain/catalogue/poolChoice.ts'
import type { TokenInfo } from '../../domain/catalogue/types.ts'

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/** The pools Poolscope lists on a chain (the devnet's deployments; public chains: none yet). */
export function listPoolChoices(chainId: number): PoolChoice[] {
  if (chainId !== DEVNET_CHAIN_ID) return []
  const d = devnetDeployments
  const token = (address: Address) => d.tokens.find((t) => same(t.address, address))
  const choices: PoolChoice[] = []
  for (const pool of d.v3Pools) {
    const token0 = token(pool.token0)
    const token1 = token(pool.token1)
    if (!token0 || !token1) continue
    const incentive = d.v3Incentives.find((i) => same(i.pool, pool.address))
    choices.push({
      protocol: 'v3',
      address: pool.address,
      token0,
      token1,
      fee: pool.fee,
      tickSpacing: pool.tickSpacing,
      ...(incentive ? { incentive } : {}),
    })
  }
  for (const pair of d.v2Pairs) {
    const token0 = token(pair.token0)
    const token1 = token(pair.token1)
    if (!token0 || !token1) continue
    const farm = d.stakingRewards.find((f) => same(f.stakingToken, pair.address))
    choices.push({
      protocol: 'v2',
      address: pair.address,
      token0,
      token1,
      fee: 3000,
      tickSpacing: 0,
      ...(farm ? { farm } : {}),
    })
  }
  return choices
}

/** The wrapped-native token of a chain (for "pay in ETH"). */
export function wrappedNativeOf(chainId: number): Address | undefined {
  return chainId === DEVNET_CHAIN_ID ? devnetDeployments.contracts.weth9 : undefined
}

/** The token list of a chain (the devnet's tokens; public chains: none yet). */
export function listTokens(chainId: number): readonly TokenInfo[] {
  return chainId === DEVNET_CHAIN_ID ? devnetDeployments.tokens : []
}
