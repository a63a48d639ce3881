import { createRequire } from 'node:module'
import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { arbitrum, base, mainnet } from 'viem/chains'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { listPoolChoices } from '../domain/catalogue/listPoolChoices.ts'
import { listSimulatorPools } from '../domain/catalogue/listSimulatorPools.ts'
import {
  catalogueQueryKey,
  catalogueQueryOptions,
  isCatalogueChain,
  isPoolsListChain,
} from './catalogueQuery.ts'

// Independent oracle: the published Uniswap default token list (CommonJS JSON, test-only devDependency).
const defaultList = createRequire(import.meta.url)('@uniswap/default-token-list') as {
  tokens: { chainId: number; address: string; symbol: string; decimals: number }[]
}
const listed = (chainId: number, address: string) =>
  defaultList.tokens.find((t) => t.chainId === chainId && t.address.toLowerCase() === address.toLowerCase())

const fetchSpy = vi.spyOn(globalThis, 'fetch')
afterEach(() => fetchSpy.mockClear())

describe('#catalogueQueryOptions', () => {
  it('the devnet starts with its catalogue (no loading state); an unknown chain with null', () => {
    const client = new QueryClient()
    const devnet = new QueryObserver(client, catalogueQueryOptions(31337)).getCurrentResult()
    expect([devnet.status, devnet.data?.chainId]).toEqual(['success', 31337])
    const unknown = new QueryObserver(client, catalogueQueryOptions(56)).getCurrentResult()
    expect([unknown.status, unknown.data]).toEqual(['success', null])
    // A public chain's token list is a dynamic import: pending until it has loaded.
    const arb = new QueryObserver(client, { ...catalogueQueryOptions(arbitrum.id), enabled: false })
    expect(arb.getCurrentResult().status).toBe('pending')
    expect(catalogueQueryKey(arbitrum.id)).toEqual(['catalogue', { chainId: arbitrum.id }])
    expect([isCatalogueChain(arbitrum.id), isCatalogueChain(56)]).toEqual([true, false])
    // The pools page lists the devnet's known pools and every public chain's main pairs (Arbitrum too);
    // a chain without a catalogue has no list.
    expect([
      isPoolsListChain(31337),
      isPoolsListChain(mainnet.id),
      isPoolsListChain(arbitrum.id),
      isPoolsListChain(56),
    ]).toEqual([true, true, true, false])
  })

  it('Arbitrum: simulator and add-liquidity pool lists built from the catalogue, with no RPC request', async () => {
    const client = new QueryClient()
    const catalogue = await client.fetchQuery(catalogueQueryOptions(arbitrum.id))
    if (!catalogue) throw new Error('no Arbitrum catalogue')
    expect(fetchSpy).not.toHaveBeenCalled()

    // Hand-sorted by address (0x2f… WBTC < 0x82… WETH < 0xaf… USDC < 0xDA… DAI < 0xFF… USDC.e).
    const options = listSimulatorPools(catalogue)
    expect(options.map((o) => o.label)).toEqual([
      'WETH/USDC · V3 0.05 %',
      'WETH/USDC.e · V3 0.05 %',
      'WBTC/WETH · V3 0.05 %',
      'USDC/DAI · V3 0.01 %',
      'DAI/USDC.e · V3 0.01 %',
    ])
    // The well-known WETH/USDC 0.05 % pool on Arbitrum One.
    expect(options[0]?.address).toBe('0xC6962004f452bE9203591991D15f6b388e09E8D0')
    expect(options.some((o) => o.hasFarm)).toBe(false)

    const choices = listPoolChoices(catalogue)
    expect(choices.map((c) => c.address)).toEqual(options.map((o) => o.address))
    for (const choice of choices) {
      for (const token of [choice.token0, choice.token1]) {
        const entry = listed(arbitrum.id, token.address)
        expect([token.symbol, token.decimals]).toEqual([entry?.symbol, entry?.decimals])
      }
    }
    expect(choices.map((c) => [c.fee, c.tickSpacing])).toEqual([
      [500, 10],
      [500, 10],
      [500, 10],
      [100, 1],
      [100, 1],
    ])
    // "Pay in ETH" wraps through the chain's WETH.
    expect(catalogue.anchors.wrappedNative).toBe('0x82aF49447D8a07e3bd95BD0d56f35241523fBab1')
  })

  it('Base (no V3 staker): pools listed without farms; a chain without a catalogue lists nothing', async () => {
    const client = new QueryClient()
    const catalogue = await client.fetchQuery(catalogueQueryOptions(base.id))
    expect(catalogue?.contracts.v3Staker).toBeUndefined()
    expect(catalogue ? listSimulatorPools(catalogue).map((o) => o.label) : []).toEqual([
      'WETH/USDC · V3 0.05 %',
      'WETH/USDbC · V3 0.05 %',
      'WETH/cbBTC · V3 0.05 %', // 0x4200… < 0xcbB7…
      'DAI/USDC · V3 0.01 %',
    ])
    expect(await client.fetchQuery(catalogueQueryOptions(56))).toBeNull()
    expect(fetchSpy).not.toHaveBeenCalled()
  })
})
