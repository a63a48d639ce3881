import { custom } from 'viem'
import { describe, expect, it, vi } from 'vitest'
import type { Connector } from 'wagmi'
import { createMemoryStorage } from '../test-utils/memoryStorage.ts'
import { DEVNET_CHAIN_ID, poolscopeDevnet } from './devnetChain.ts'
import {
  DEV_WALLET_CONNECTOR_ID,
  devWallet,
  isDevWalletAvailable,
  pickDevAccount,
} from './devWalletConnector.ts'

const ACCOUNT_0 = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const ACCOUNT_1 = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'

describe('isDevWalletAvailable', () => {
  it('is true on the devnet only', () => {
    expect(isDevWalletAvailable(31337)).toBe(true)
    for (const chainId of [1, 10, 137, 8453, 42161, undefined])
      expect(isDevWalletAvailable(chainId)).toBe(false)
  })
})

describe('pickDevAccount', () => {
  it('prefers the demo account when the node has it unlocked', () => {
    expect(pickDevAccount([ACCOUNT_0.toLowerCase(), ACCOUNT_1.toLowerCase()], ACCOUNT_1)).toBe(ACCOUNT_1)
  })
  it('falls back to the first unlocked account', () => {
    expect(pickDevAccount([ACCOUNT_0.toLowerCase()], '0x0000000000000000000000000000000000000000')).toBe(
      ACCOUNT_0,
    )
    expect(pickDevAccount([ACCOUNT_0], ACCOUNT_1)).toBe(ACCOUNT_0)
    expect(pickDevAccount([], ACCOUNT_0)).toBeUndefined()
  })
})

/** Builds the connector against a fake node that records what it was asked. */
function setup() {
  const nodeCalls: Array<{ method: string; params: unknown }> = []
  const nodeTransport = custom({
    request: async ({ method, params }: { method: string; params?: unknown }) => {
      nodeCalls.push({ method, params })
      if (method === 'eth_accounts') return [ACCOUNT_0.toLowerCase()]
      if (method === 'eth_sendTransaction') return '0xabc'
      if (method === 'eth_sign') return '0x5151'
      throw new Error(`unexpected ${method}`)
    },
  })
  const storage = createMemoryStorage()
  const emitter = { emit: vi.fn(), on: vi.fn(), off: vi.fn(), once: vi.fn(), listenerCount: vi.fn() }
  const connector = devWallet()({
    chains: [poolscopeDevnet],
    emitter: emitter as never,
    providers: [],
    storage: {
      key: 'test',
      getItem: async (key: string) => {
        const raw = storage.getItem(key)
        return raw === null ? null : JSON.parse(raw)
      },
      setItem: async (key: string, value: unknown) => storage.setItem(key, JSON.stringify(value)),
      removeItem: async (key: string) => void storage.data.delete(key),
    } as never,
    transports: { [DEVNET_CHAIN_ID]: nodeTransport },
  }) as unknown as Connector
  return { connector, nodeCalls, storage, emitter }
}

describe('devWallet connector', () => {
  it('connects as the node account on chain 31337 and remembers it for reconnect', async () => {
    const { connector, storage } = setup()
    expect(connector.id).toBe(DEV_WALLET_CONNECTOR_ID)
    expect(await connector.isAuthorized()).toBe(false)
    const result = await connector.connect()
    expect(result).toEqual({ accounts: [ACCOUNT_0], chainId: 31337 })
    expect(await connector.getAccounts()).toEqual([ACCOUNT_0])
    expect(await connector.isAuthorized()).toBe(true)
    expect(storage.data.get(`${DEV_WALLET_CONNECTOR_ID}.connected`)).toBe('true')
    await connector.disconnect()
    expect(await connector.isAuthorized()).toBe(false)
    expect(await connector.getAccounts()).toEqual([])
  })

  it('lets the node sign: eth_sendTransaction is forwarded, personal_sign becomes eth_sign', async () => {
    const { connector, nodeCalls } = setup()
    await connector.connect()
    const provider = (await connector.getProvider()) as { request: (args: unknown) => Promise<unknown> }
    const tx = { from: ACCOUNT_0, to: ACCOUNT_1, value: '0x1' }
    expect(await provider.request({ method: 'eth_sendTransaction', params: [tx] })).toBe('0xabc')
    expect(nodeCalls.at(-1)).toEqual({ method: 'eth_sendTransaction', params: [tx] })
    expect(await provider.request({ method: 'personal_sign', params: ['0x68690a', ACCOUNT_0] })).toBe(
      '0x5151',
    )
    expect(nodeCalls.at(-1)).toEqual({ method: 'eth_sign', params: [ACCOUNT_0, '0x68690a'] })
    expect(await provider.request({ method: 'eth_chainId' })).toBe('0x7a69')
  })

  it('refuses every chain but the devnet', async () => {
    const { connector } = setup()
    await expect(connector.connect({ chainId: 1 })).rejects.toThrow(/only works on Poolscope Devnet/)
    await expect(connector.switchChain?.({ chainId: 1 })).rejects.toThrow(/only works on Poolscope Devnet/)
    await expect(connector.switchChain?.({ chainId: 31337 })).resolves.toMatchObject({ id: 31337 })
    expect(await connector.getChainId()).toBe(31337)
  })

  it('emits disconnect when the node session ends', async () => {
    const { connector, emitter } = setup()
    await connector.connect()
    connector.onDisconnect()
    expect(emitter.emit).toHaveBeenCalledWith('disconnect')
    expect(await connector.getAccounts()).toEqual([])
  })
})
