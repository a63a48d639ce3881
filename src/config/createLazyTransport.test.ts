import { createClient, custom, InternalRpcError } from 'viem'
import { getBlockNumber } from 'viem/actions'
import { describe, expect, it, vi } from 'vitest'
import { createLazyTransport } from './createLazyTransport.ts'

const CONFIG = { key: 'lazy', name: 'Lazy', type: 'lazyTest' }

describe('createLazyTransport', () => {
  it('loads nothing until the first request, then once, and answers through the loaded transport', async () => {
    const provider = {
      request: vi.fn(async ({ method }: { method: string }) =>
        method === 'eth_blockNumber' ? '0x2a' : null,
      ),
    }
    const load = vi.fn(async () => custom(provider))
    const client = createClient({ transport: createLazyTransport(load, CONFIG) })
    expect(load).not.toHaveBeenCalled()
    expect(client.transport.type).toBe('lazyTest')
    expect(await getBlockNumber(client, { cacheTime: 0 })).toBe(42n)
    expect(await getBlockNumber(client, { cacheTime: 0 })).toBe(42n)
    expect(load).toHaveBeenCalledTimes(1)
    expect(provider.request).toHaveBeenCalledTimes(2)
  })

  it("passes the loaded transport's errors through unwrapped, and retries a failed load on the next request", async () => {
    const provider = {
      request: vi.fn(async () => {
        throw { code: -32603, message: 'node fell over' }
      }),
    }
    const load = vi
      .fn<() => Promise<ReturnType<typeof custom>>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(custom(provider, { retryCount: 0 }))
    const transport = createLazyTransport(load, CONFIG)({ retryCount: 0 })
    await expect(transport.request({ method: 'eth_blockNumber' })).rejects.toThrow(
      'Failed to fetch dynamically imported module',
    )
    const error = await transport.request({ method: 'eth_blockNumber' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InternalRpcError)
    expect((error as InternalRpcError).cause).not.toBeInstanceOf(InternalRpcError)
    expect(load).toHaveBeenCalledTimes(2)
  })
})
