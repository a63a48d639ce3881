import { base as viemBase, optimism as viemOptimism } from 'viem/chains'
import { describe, expect, it } from 'vitest'
import { supportedChains } from './chains.ts'
import { base, optimism } from './opStackChains.ts'

describe('OP-stack chains without the signing stack', () => {
  it.each([
    ['OP Mainnet', optimism, viemOptimism],
    ['Base', base, viemBase],
  ])('%s has viem’s id, name, RPCs, explorer, block time and Multicall3', (_, ours, viems) => {
    expect(ours.id).toBe(viems.id)
    expect(ours.name).toBe(viems.name)
    expect(ours.nativeCurrency).toEqual(viems.nativeCurrency)
    expect(ours.rpcUrls).toEqual(viems.rpcUrls)
    expect(ours.blockExplorers).toEqual(viems.blockExplorers)
    expect(ours.blockTime).toBe(viems.blockTime)
    expect(ours.sourceId).toBe(viems.sourceId)
    expect(ours.contracts.multicall3).toEqual(viems.contracts.multicall3)
  })

  it('the app’s chain list uses them: no OP-stack serializer or formatter reaches the wagmi config', () => {
    for (const chain of supportedChains) {
      expect(chain.serializers, chain.name).toBeUndefined()
      expect(chain.formatters, chain.name).toBeUndefined()
    }
  })
})
