import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { listPoolChoices } from '../../domain/catalogue/listPoolChoices.ts'
import { listSimulatorPools } from '../../domain/catalogue/listSimulatorPools.ts'
import { devnetCatalogue } from './devnetCatalogue.ts'
import { getBundledCatalogue, getCatalogueCore, loadCatalogue } from './getCatalogue.ts'
import { poolsListConfigOf } from './poolsListConfig.ts'
import { getPositionsConfig } from './positionsConfig.ts'
import { getPricingConfig } from './pricingConfig.ts'

// The oracle: the deployments file as the devnet wrote it, read from disk (not through the catalogue).
type Json = {
  chainId: number
  startBlock: number
  usdToken: string
  contracts: Record<string, string>
  tokens: { address: string; symbol: string; decimals: number; tags?: string[] }[]
  v3Pools: { address: string; token0: string; token1: string; fee: number; tickSpacing: number }[]
  v2Pairs: { address: string; token0: string; token1: string }[]
  stakingRewards: { address: string; stakingToken: string }[]
  v4?: { poolManager: string; positionManager: string; stateView: string; startBlock: number }
  v3Incentives: { pool: string; incentiveId: string }[]
}
const json = JSON.parse(readFileSync('src/config/devnet.deployments.json', 'utf8')) as Json
const DEVNET = 31337

describe('devnet catalogue (from src/config/devnet.deployments.json)', () => {
  it('is bundled: the same object synchronously and loaded, with the file as it is', async () => {
    expect(getBundledCatalogue(DEVNET)).toBe(devnetCatalogue)
    expect(await loadCatalogue(DEVNET)).toBe(devnetCatalogue)
    expect(getCatalogueCore(DEVNET)?.chainId).toBe(json.chainId)
    expect(devnetCatalogue.startBlock).toBe(json.startBlock)
    expect(devnetCatalogue.tokens.map((t) => t.address)).toEqual(json.tokens.map((t) => t.address))
    expect(devnetCatalogue.anchors).toEqual({
      usdToken: json.usdToken,
      stablecoins: json.tokens.filter((t) => t.tags?.includes('stablecoin')).map((t) => t.address),
      wrappedNative: json.contracts.weth9,
    })
    // USDC and DAI are the devnet's stablecoins.
    expect(
      devnetCatalogue.anchors.stablecoins.map((a) => json.tokens.find((t) => t.address === a)?.symbol),
    ).toEqual(['USDC', 'DAI'])
  })

  it('positions config: the deployed contracts, pairs, farms, incentives and start block', () => {
    const config = getPositionsConfig(DEVNET)
    expect(config).toEqual({
      chainId: DEVNET,
      contracts: {
        multicall3: json.contracts.multicall3,
        nonfungiblePositionManager: json.contracts.nonfungiblePositionManager,
        v3Factory: json.contracts.v3Factory,
        v2Factory: json.contracts.v2Factory,
        v3Staker: json.contracts.v3Staker,
      },
      v2Pairs: json.v2Pairs,
      farms: json.stakingRewards,
      incentives: json.v3Incentives,
      pricing: expect.anything(),
      historyFromBlock: BigInt(json.startBlock),
      v4: {
        poolManager: json.v4?.poolManager,
        positionManager: json.v4?.positionManager,
        stateView: json.v4?.stateView,
        fromBlock: BigInt(json.v4?.startBlock ?? -1),
        wrappedNative: json.contracts.weth9,
      },
    })
  })

  it('pricing config: USD token, every V3 pool then every V2 pair as a route', () => {
    const pricing = getPricingConfig(DEVNET)
    expect(pricing?.usdToken).toBe(json.usdToken)
    expect(pricing?.pools.map((p) => [p.kind, p.address, p.token0, p.token1])).toEqual([
      ...json.v3Pools.map((p) => ['v3', p.address, p.token0, p.token1]),
      ...json.v2Pairs.map((p) => ['v2', p.address, p.token0, p.token1]),
    ])
    expect(pricing?.pools.length).toBe(12 + 7)
  })

  it('pools list config: the deployments as they are', () => {
    const config = poolsListConfigOf(devnetCatalogue)
    expect(config).toEqual({
      chainId: DEVNET,
      multicall3: json.contracts.multicall3,
      v3Staker: json.contracts.v3Staker,
      usdToken: json.usdToken,
      startBlock: BigInt(json.startBlock),
      tokens: json.tokens,
      v2Pairs: json.v2Pairs,
      v3Pools: json.v3Pools,
      stakingRewards: json.stakingRewards,
      v3Incentives: json.v3Incentives,
    })
  })

  it('add-liquidity choices: 12 V3 pools then 7 V2 pairs with their farm and incentive', () => {
    const choices = listPoolChoices(devnetCatalogue)
    expect(choices.map((c) => c.address)).toEqual([
      ...json.v3Pools.map((p) => p.address),
      ...json.v2Pairs.map((p) => p.address),
    ])
    // WETH/USDC 0.05 %: tokens with the file's decimals.
    const first = choices[0]
    expect([
      first?.token0.symbol,
      first?.token0.decimals,
      first?.token1.symbol,
      first?.token1.decimals,
    ]).toEqual(['WETH', 18, 'USDC', 6])
    expect([first?.fee, first?.tickSpacing]).toEqual([500, 10])
    // The WETH/USDC 0.3 % pool has the incentive, the WETH/USDC V2 pair the farm; nothing else.
    expect(choices.filter((c) => c.incentive).map((c) => c.address)).toEqual([json.v3Incentives[0]?.pool])
    expect(choices.filter((c) => c.farm).map((c) => [c.address, c.farm?.address])).toEqual([
      [json.stakingRewards[0]?.stakingToken, json.stakingRewards[0]?.address],
    ])
    expect(choices.filter((c) => c.protocol === 'v2').every((c) => c.fee === 3000)).toBe(true)
  })

  it('simulator pools: labelled by the file symbols, farmed ones flagged', () => {
    const options = listSimulatorPools(devnetCatalogue)
    expect(options).toHaveLength(19)
    expect(options[0]).toEqual({
      address: '0x6bD6a5a2A39949B82152664D9A47509C8fA105F9',
      kind: 'v3',
      label: 'WETH/USDC · V3 0.05 %',
      hasFarm: false,
    })
    expect(options[1]).toMatchObject({ label: 'WETH/USDC · V3 0.3 %', hasFarm: true })
    expect(options[12]).toMatchObject({ kind: 'v2', label: 'WETH/USDC · V2 0.3 %', hasFarm: true })
    // The 56-character symbol is cut to 11 characters and an ellipsis.
    expect(options[10]?.label).toBe('SUPERCALIFR…/USDC · V3 0.3 %')
  })
})
