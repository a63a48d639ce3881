import type { Address } from 'viem'
import { afterAll, beforeAll, inject } from 'vitest'
import { testAddress } from '../../../devnet/index.ts'
import type { Deployments, V3PoolInfo } from '../../../src/domain/catalogue/types.ts'
import { type CaseRandom, createCaseRandom } from './caseRandom.ts'
import { createDevnetClient, type DevnetClient, fundAndApprove } from './devnetClient.ts'

/** Everything a math-vs-contracts test file shares: clients, funded accounts, seeded randomness. */
export type MathFixture = {
  /** Available from beforeAll on. */
  readonly client: DevnetClient
  random: CaseRandom
  deployments: Deployments
  /** anvil account 7: liquidity provider and trader (the devnet leaves it unused). */
  lp: Address
  /** anvil account 8: a second staker, and feeTo when a test turns the V2 protocol fee on. */
  other: Address
  /** WETH, USDC, WBTC, DAI, FARM: the tokens with plain metadata, funded for lp and other. */
  plainTokens: readonly Address[]
  /** The V3 pools between plain tokens: every fee tier and tick spacing (1, 10, 60, 200). */
  v3Pools: readonly V3PoolInfo[]
  poolOf(address: Address): V3PoolInfo
  decimalsOf(token: Address): number
}

/** Fixed seed; POOLSCOPE_MATH_SEED replays or varies the random cases. */
export const MATH_SEED = Number(process.env.POOLSCOPE_MATH_SEED ?? 20260603)

/**
 * Registers the file's hooks: funds and approves lp/other (NPM, SwapRouter, Router02) after an
 * evm_snapshot, and reverts to it after the file so no other test file sees this file's changes.
 */
export function setupMathFixture(file: string): MathFixture {
  console.info(`[${file}] PRNG seed ${MATH_SEED} (set POOLSCOPE_MATH_SEED to replay)`)
  const deployments = inject('deployments')
  const bySymbol = (symbol: string): Address => {
    const info = deployments.tokens.find((t) => t.symbol === symbol)
    if (!info) throw new Error(`no token ${symbol}`)
    return info.address
  }
  const plainTokens = ['WETH', 'USDC', 'WBTC', 'DAI', 'FARM'].map(bySymbol)
  let client: DevnetClient | undefined
  let fileSnapshot: `0x${string}` | undefined
  const fixture: MathFixture = {
    get client() {
      if (!client) throw new Error('the math fixture is used before beforeAll')
      return client
    },
    random: createCaseRandom(MATH_SEED),
    deployments,
    lp: testAddress(7),
    other: testAddress(8),
    plainTokens,
    v3Pools: deployments.v3Pools.filter(
      (pool) => plainTokens.includes(pool.token0) && plainTokens.includes(pool.token1),
    ),
    poolOf(address) {
      const pool = deployments.v3Pools.find((p) => p.address.toLowerCase() === address.toLowerCase())
      if (!pool) throw new Error(`no pool ${address}`)
      return pool
    },
    decimalsOf(token) {
      const info = deployments.tokens.find((t) => t.address === token)
      if (!info) throw new Error(`no token ${token}`)
      return info.decimals
    },
  }
  beforeAll(async () => {
    client = createDevnetClient(inject('rpcUrl'))
    fileSnapshot = await client.testClient.snapshot()
    const { nonfungiblePositionManager, swapRouter, v2Router02 } = deployments.contracts
    for (const account of [fixture.lp, fixture.other])
      await fundAndApprove(client, deployments, account, plainTokens, [
        nonfungiblePositionManager,
        swapRouter,
        v2Router02,
      ])
    // No own timeout: the integration project's hookTimeout (120 s) bounds it; 60 s was hit once on a
    // doubly loaded 2-core machine (the whole suite and the bench at once).
  })
  afterAll(async () => {
    if (client && fileSnapshot) await client.testClient.revert({ id: fileSnapshot })
  })
  return fixture
}

/** The latest block number, uncached. */
export function latestBlock(client: DevnetClient): Promise<bigint> {
  return client.publicClient.getBlockNumber({ cacheTime: 0 })
}
