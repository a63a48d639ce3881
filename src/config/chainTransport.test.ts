import { mainnet } from 'viem/chains'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFallbackTransport, resolveChainRpcSources, resolveChainRpcUrls } from './chainTransport.ts'

describe('resolveChainRpcUrls', () => {
  it('never adds the public default to configured URLs, and says where each one came from', () => {
    const env = { VITE_RPC_URL_1: 'https://build.example/eth' }
    expect(resolveChainRpcUrls(mainnet, ['https://mine.example/eth'], env)).toEqual([
      'https://mine.example/eth',
      'https://build.example/eth',
    ])
    expect(resolveChainRpcSources(mainnet, [], env)).toEqual([
      { url: 'https://build.example/eth', source: 'env' },
    ])
    expect(resolveChainRpcSources(mainnet, [], {})).toEqual(
      mainnet.rpcUrls.default.http.map((url) => ({ url, source: 'default' })),
    )
  })
})

/** A fake network: each URL answers from its own script (the last entry repeats). */
type Step = { status: number; retryAfter?: string } | 'refused'
function fakeNetwork(scripts: Record<string, Step[]>) {
  const calls: { url: string; at: number }[] = []
  const fetchFn = vi.fn(async (input: unknown, init?: RequestInit) => {
    const url = String(input)
    calls.push({ url, at: Date.now() })
    const script = scripts[url] ?? ['refused']
    const step = script[Math.min(calls.filter((c) => c.url === url).length - 1, script.length - 1)] as Step
    if (step === 'refused') throw new TypeError('fetch failed')
    const { id } = JSON.parse(String(init?.body)) as { id: number }
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (step.retryAfter) headers['retry-after'] = step.retryAfter
    const answer =
      step.status === 200
        ? { jsonrpc: '2.0', id, result: '0x2a' }
        : { jsonrpc: '2.0', id, error: { code: 429, message: 'Too Many Requests' } }
    return new Response(JSON.stringify(answer), { status: step.status, headers })
  })
  vi.stubGlobal('fetch', fetchFn)
  return calls
}

describe('createFallbackTransport under public-RPC limits', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })
  const blockNumber = (urls: string[]) =>
    createFallbackTransport(urls)({ chain: undefined }).request({ method: 'eth_blockNumber' })

  it('waits out a 429 on the first URL (Retry-After) instead of treating it as down', async () => {
    const a = 'https://a.example/limited'
    const b = 'https://b.example/spare'
    const calls = fakeNetwork({
      [a]: [{ status: 429, retryAfter: '1' }, { status: 200 }],
      [b]: [{ status: 200 }],
    })
    const start = Date.now()
    const pending = blockNumber([a, b])
    await vi.advanceTimersByTimeAsync(1_000)
    expect(await pending).toBe('0x2a')
    expect(calls.map((call) => [call.url, call.at - start])).toEqual([
      [a, 0],
      [a, 1_000],
    ])
  })

  it('moves to the next configured URL at once when the first is dead', async () => {
    const dead = 'http://127.0.0.1:9124/' // as viem sends it (with the path)
    const spare = 'https://spare.example/rpc'
    const calls = fakeNetwork({ [dead]: ['refused'], [spare]: [{ status: 200 }] })
    const pending = blockNumber([dead, spare])
    // viem's one retry of the dead URL, after its 150 ms backoff; nothing else waits.
    await vi.advanceTimersByTimeAsync(150)
    expect(await pending).toBe('0x2a')
    expect(calls.map((call) => call.url)).toEqual([dead, dead, spare])
  })

  it('keeps parallel requests to a public URL within 20 per 1.2 s and 8 in flight', async () => {
    const url = 'https://busy.example/rpc'
    const calls = fakeNetwork({ [url]: [{ status: 200 }] })
    const transport = createFallbackTransport([url])({ chain: undefined })
    const start = Date.now()
    const all = Promise.all(
      Array.from({ length: 50 }, () => transport.request({ method: 'eth_blockNumber' })),
    )
    await vi.advanceTimersByTimeAsync(3_000)
    expect(await all).toHaveLength(50)
    // Bursts of 20, one window (1.2 s) apart; the fake answers at once, so 8 in flight never binds here.
    const startsAt = new Map<number, number>()
    for (const call of calls) startsAt.set(call.at - start, (startsAt.get(call.at - start) ?? 0) + 1)
    expect([...startsAt]).toEqual([
      [0, 20],
      [1_200, 20],
      [2_400, 10],
    ])
  })
})
