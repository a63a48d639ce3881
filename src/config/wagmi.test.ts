import { describe, expect, it } from 'vitest'
import { createWagmiConfig } from './wagmi.ts'

/** URLs of the fallback transport behind a chain's client, in the order they are tried. */
function transportUrls(config: ReturnType<typeof createWagmiConfig>, chainId: 31337 | 1): string[] {
  const client = config.getClient({ chainId })
  const fallbackValue = client.transport as unknown as { transports: Array<{ value?: { url?: string } }> }
  return fallbackValue.transports.map((transport) => transport.value?.url ?? '?')
}

describe('createWagmiConfig', () => {
  it('reads the devnet through the stored override alone, else env, else the default (never another node)', () => {
    const env = { VITE_RPC_URL_31337: 'http://127.0.0.1:9545' }
    const overridden = createWagmiConfig({ rpcUrls: { '31337': ['http://127.0.0.1:8745'] } }, env)
    expect(transportUrls(overridden, 31337)).toEqual(['http://127.0.0.1:8745'])
    expect(transportUrls(createWagmiConfig({ rpcUrls: {} }, env), 31337)).toEqual(['http://127.0.0.1:9545'])
  })

  it('reads a public chain through the stored override first, then env, and never a node nobody chose', () => {
    const config = createWagmiConfig(
      { rpcUrls: { '1': ['https://my-node.example/eth'] } },
      { VITE_RPC_URL_1: 'https://env-node.example/eth' },
    )
    expect(transportUrls(config, 1)).toEqual(['https://my-node.example/eth', 'https://env-node.example/eth'])
    const envOnly = createWagmiConfig({ rpcUrls: {} }, { VITE_RPC_URL_1: 'https://env-node.example/eth' })
    expect(transportUrls(envOnly, 1)).toEqual(['https://env-node.example/eth'])
  })

  it('uses the public default when nothing overrides a chain', () => {
    const config = createWagmiConfig({ rpcUrls: {} }, {})
    expect(transportUrls(config, 31337)).toEqual(['http://127.0.0.1:8545'])
    expect(transportUrls(config, 1)).toHaveLength(1)
    expect(transportUrls(config, 1)[0]).toMatch(/^https:\/\//)
  })

  it('configures the six chains with the devnet first, and both connectors', () => {
    const config = createWagmiConfig({ rpcUrls: {} }, {})
    expect(config.chains.map((chain) => chain.id)).toEqual([31337, 1, 42161, 10, 8453, 137])
    expect(config.chains[0].name).toBe('Poolscope Devnet')
    expect(config.connectors.map((connector) => connector.id)).toEqual(
      expect.arrayContaining(['injected', 'poolscopeDevWallet']),
    )
  })
})
