import { TimeoutError } from 'viem'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createRateLimitedFetch,
  createRequestLimiter,
  isLoopbackUrl,
  PUBLIC_RPC_RATE_LIMIT,
  type RequestLimiter,
  readEnvRpcRateLimit,
  retryAfterMs,
  rpcLimiterFor,
} from './rpcRateLimit.ts'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
})
afterEach(() => {
  vi.useRealTimers()
})

/** Acquires `count` places and records which have been granted (by index) and their release functions. */
function acquireMany(limiter: RequestLimiter, count: number, signal?: AbortSignal) {
  const granted: number[] = []
  const releases: (() => void)[] = []
  const settled = Array.from({ length: count }, (_, index) =>
    limiter.acquire(signal).then((release) => {
      granted.push(index)
      releases.push(release)
    }),
  )
  return { granted, releases, settled }
}

describe('isLoopbackUrl', () => {
  it.each([
    ['http://127.0.0.1:8545', true],
    ['http://127.3.2.1/rpc', true],
    ['http://localhost:8545', true],
    ['http://[::1]:8545', true],
    ['https://eth.example/rpc', false],
    ['http://10.0.0.2:8545', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isLoopbackUrl(url)).toBe(expected)
  })
})

describe('createRequestLimiter', () => {
  it('starts at most requestsPerSecond in any sliding 1.2 s (a second plus the jitter margin)', async () => {
    const limiter = createRequestLimiter({ requestsPerSecond: 5, maxInFlight: 100 })
    const { granted, releases } = acquireMany(limiter, 12)
    await vi.advanceTimersByTimeAsync(0)
    expect(granted).toEqual([0, 1, 2, 3, 4])
    for (const release of releases.splice(0)) release()
    await vi.advanceTimersByTimeAsync(1_199)
    expect(granted).toHaveLength(5)
    await vi.advanceTimersByTimeAsync(1)
    expect(granted).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    await vi.advanceTimersByTimeAsync(1_200)
    expect(granted).toHaveLength(12)
  })

  it('keeps at most maxInFlight requests running, in arrival order', async () => {
    const limiter = createRequestLimiter({ requestsPerSecond: 1_000, maxInFlight: 2 })
    const { granted, releases } = acquireMany(limiter, 5)
    await vi.advanceTimersByTimeAsync(0)
    expect(granted).toEqual([0, 1])
    releases[0]?.()
    releases[0]?.() // a second call of the same release frees nothing more
    await vi.advanceTimersByTimeAsync(0)
    expect(granted).toEqual([0, 1, 2])
    releases[1]?.()
    releases[2]?.()
    await vi.advanceTimersByTimeAsync(0)
    expect(granted).toEqual([0, 1, 2, 3, 4])
  })

  it('the public default allows 20 per 1.2 s and 8 at once', async () => {
    expect(PUBLIC_RPC_RATE_LIMIT).toEqual({ requestsPerSecond: 20, maxInFlight: 8 })
    const limiter = createRequestLimiter(PUBLIC_RPC_RATE_LIMIT)
    const { granted, releases } = acquireMany(limiter, 30)
    await vi.advanceTimersByTimeAsync(0)
    expect(granted).toHaveLength(8)
    // Each finished request frees its place at once, but the 21st start waits for the next window.
    for (let round = 0; round < 5; round++) {
      for (const release of releases.splice(0)) release()
      await vi.advanceTimersByTimeAsync(0)
    }
    expect(granted).toHaveLength(20)
    for (const release of releases.splice(0)) release()
    await vi.advanceTimersByTimeAsync(1_199)
    expect(granted).toHaveLength(20)
    await vi.advanceTimersByTimeAsync(1)
    expect(granted).toHaveLength(28)
  })

  it('without a limit grants at once, and pauseFor holds everyone until it ends', async () => {
    const limiter = createRequestLimiter(null)
    const first = acquireMany(limiter, 50)
    await vi.advanceTimersByTimeAsync(0)
    expect(first.granted).toHaveLength(50)
    limiter.pauseFor(2_000)
    const held = acquireMany(limiter, 3)
    await vi.advanceTimersByTimeAsync(1_999)
    expect(held.granted).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(held.granted).toEqual([0, 1, 2])
  })

  it('an aborted wait leaves the queue and rejects with the reason', async () => {
    const limiter = createRequestLimiter({ requestsPerSecond: 1, maxInFlight: 1 })
    await limiter.acquire()
    const controller = new AbortController()
    const waiting = limiter.acquire(controller.signal)
    const after = acquireMany(limiter, 1)
    controller.abort(new Error('left the page'))
    await expect(waiting).rejects.toThrow('left the page')
    await vi.advanceTimersByTimeAsync(1_000)
    expect(after.granted).toEqual([]) // the first place is still held
  })
})

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, else backs off 0.5, 1, 2, 4 s', () => {
    expect(retryAfterMs('2', 0)).toBe(2_000)
    expect(retryAfterMs(' 0 ', 3)).toBe(0)
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:03 GMT', 0, now)).toBe(3_000)
    expect(retryAfterMs('Wed, 31 Dec 2025 23:59:00 GMT', 1, now)).toBe(1_000) // in the past: backoff
    expect([0, 1, 2, 3].map((attempt) => retryAfterMs(null, attempt))).toEqual([500, 1_000, 2_000, 4_000])
  })
})

type FakeAnswer = { status: number; retryAfter?: string } | 'refused' | 'hang'
/** A fake fetch answering from a script, one entry per call (the last repeats); records call times. */
function scriptedFetch(script: FakeAnswer[]) {
  const calls: number[] = []
  const fetchFn = vi.fn(async (_input: unknown, init?: RequestInit) => {
    calls.push(Date.now())
    const step = script[Math.min(calls.length - 1, script.length - 1)] as FakeAnswer
    if (step === 'refused') throw new TypeError('fetch failed')
    if (step === 'hang')
      return new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      )
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (step.retryAfter !== undefined) headers['retry-after'] = step.retryAfter
    return new Response(JSON.stringify({ jsonrpc: '2.0', id: 1, result: '0x1' }), {
      status: step.status,
      headers,
    })
  })
  return { fetchFn: fetchFn as unknown as typeof fetch, calls }
}
const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_blockNumber' })

describe('createRateLimitedFetch', () => {
  it('retries a 429 after its Retry-After, holding the URL meanwhile', async () => {
    const { fetchFn, calls } = scriptedFetch([
      { status: 429, retryAfter: '1' },
      { status: 429, retryAfter: '2' },
      { status: 200 },
    ])
    const limiter = createRequestLimiter(PUBLIC_RPC_RATE_LIMIT)
    const limited = createRateLimitedFetch({ limiter, timeoutMs: 10_000, fetchFn })
    const start = Date.now()
    const pending = limited('http://rpc.example', { method: 'POST', body })
    await vi.advanceTimersByTimeAsync(3_000)
    const response = await pending
    expect(response.status).toBe(200)
    expect(calls.map((at) => at - start)).toEqual([0, 1_000, 3_000])
  })

  it('gives a loopback URL (unlimited) the public limit from its first 429 on', async () => {
    const { fetchFn } = scriptedFetch([{ status: 429, retryAfter: '1' }, { status: 200 }])
    const limiter = createRequestLimiter(null)
    const limited = createRateLimitedFetch({ limiter, timeoutMs: 10_000, fetchFn })
    const pending = limited('http://127.0.0.1:9000', { method: 'POST', body })
    await vi.advanceTimersByTimeAsync(1_000)
    expect((await pending).status).toBe(200)
    expect(limiter.limit).toEqual(PUBLIC_RPC_RATE_LIMIT)
  })

  it('returns the 5th 429 to viem, and a long Retry-After at once, both without the header', async () => {
    const persistent = scriptedFetch([{ status: 429, retryAfter: '1' }])
    const limited = createRateLimitedFetch({
      limiter: createRequestLimiter(null),
      timeoutMs: 10_000,
      fetchFn: persistent.fetchFn,
    })
    const pending = limited('http://rpc.example', { method: 'POST', body })
    await vi.advanceTimersByTimeAsync(4_000)
    const response = await pending
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBeNull()
    expect(persistent.calls).toHaveLength(5)

    const long = scriptedFetch([{ status: 429, retryAfter: '60' }])
    const once = createRateLimitedFetch({
      limiter: createRequestLimiter(null),
      timeoutMs: 10_000,
      fetchFn: long.fetchFn,
    })
    expect((await once('http://rpc.example', { method: 'POST', body })).status).toBe(429)
    expect(long.calls).toHaveLength(1)
  })

  it('fails a dead node at once: a refused connection and a 503 are not retried here', async () => {
    const refused = scriptedFetch(['refused'])
    const limited = createRateLimitedFetch({
      limiter: createRequestLimiter(null),
      timeoutMs: 10_000,
      fetchFn: refused.fetchFn,
    })
    await expect(limited('http://127.0.0.1:1', { method: 'POST', body })).rejects.toThrow('fetch failed')
    expect(refused.calls).toHaveLength(1)
    const down = scriptedFetch([{ status: 503 }])
    const limitedDown = createRateLimitedFetch({
      limiter: createRequestLimiter(null),
      timeoutMs: 10_000,
      fetchFn: down.fetchFn,
    })
    expect((await limitedDown('http://127.0.0.1:1', { method: 'POST', body })).status).toBe(503)
    expect(down.calls).toHaveLength(1)
  })

  it('times out an attempt from its start: time spent queued does not count', async () => {
    const limiter = createRequestLimiter({ requestsPerSecond: 100, maxInFlight: 1 })
    const hanging = scriptedFetch(['hang'])
    const slow = createRateLimitedFetch({ limiter, timeoutMs: 10_000, fetchFn: hanging.fetchFn })
    const quick = scriptedFetch([{ status: 200 }])
    const fast = createRateLimitedFetch({ limiter, timeoutMs: 10_000, fetchFn: quick.fetchFn })
    const first = slow('http://rpc.example', { method: 'POST', body })
    const firstFailed = expect(first).rejects.toBeInstanceOf(TimeoutError)
    const second = fast('http://rpc.example', { method: 'POST', body })
    await vi.advanceTimersByTimeAsync(10_000)
    await firstFailed
    expect((await second).status).toBe(200) // queued 10 s behind the first, then answered
    expect(quick.calls).toEqual([(hanging.calls[0] as number) + 10_000])
  })
})

describe('the build-configured rate limit (VITE_RPC_RATE_LIMIT_<chainId>)', () => {
  it('reads "<per second>/<in flight>" and "none"; unset keeps the default', () => {
    expect(readEnvRpcRateLimit(42161, { VITE_RPC_RATE_LIMIT_42161: '20/8' })).toEqual({
      requestsPerSecond: 20,
      maxInFlight: 8,
    })
    expect(readEnvRpcRateLimit(1, { VITE_RPC_RATE_LIMIT_1: ' none ' })).toBeNull()
    expect(readEnvRpcRateLimit(1, { VITE_RPC_RATE_LIMIT_42161: '20/8' })).toBeUndefined()
    expect(readEnvRpcRateLimit(1, { VITE_RPC_RATE_LIMIT_1: '' })).toBeUndefined()
  })

  it.each(['20', '0/8', '20/0', 'fast', '20/8/1'])('refuses "%s", naming the variable', (value) => {
    expect(() => readEnvRpcRateLimit(8453, { VITE_RPC_RATE_LIMIT_8453: value })).toThrow(
      `VITE_RPC_RATE_LIMIT_8453="${value}": expected "<requests per second>/<in flight>", e.g. "20/8", or "none".`,
    )
  })

  it('a loopback URL starts unlimited and a public one limited, unless the build says otherwise', () => {
    expect(rpcLimiterFor('http://127.0.0.1:9124/default').limit).toBeNull()
    expect(rpcLimiterFor('https://public.example/default').limit).toEqual(PUBLIC_RPC_RATE_LIMIT)
    const replica = { requestsPerSecond: 20, maxInFlight: 8 }
    expect(rpcLimiterFor('http://127.0.0.1:9124/replica', replica).limit).toEqual(replica)
    expect(rpcLimiterFor('https://public.example/own-node', null).limit).toBeNull()
    // The limiter is per URL: a later transport without an override keeps the configured one.
    expect(rpcLimiterFor('http://127.0.0.1:9124/replica').limit).toEqual(replica)
  })
})
