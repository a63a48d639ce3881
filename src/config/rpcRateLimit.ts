import { TimeoutError } from 'viem'

/** How fast one RPC URL may be asked: requests started per sliding second, and requests in flight. */
export interface RpcRateLimit {
  requestsPerSecond: number
  maxInFlight: number
}

/**
 * The default for a public or hosted RPC: under the common free-plan limits (25 requests/s and more),
 * with room for the health poll. A loopback URL (your own node) starts unlimited.
 */
export const PUBLIC_RPC_RATE_LIMIT: RpcRateLimit = { requestsPerSecond: 20, maxInFlight: 8 }

/** Largest JSON-RPC batch sent (the common provider cap). */
export const MAX_RPC_BATCH_SIZE = 100

/**
 * The limiter counts starts over a window this much longer than a second: requests reach the node
 * with some jitter, and a batch of starts delivered late would otherwise overlap the next second's at
 * the node's own 1 s window (measured, 200 parallel requests at 20/s through the limits proxy at
 * 25/s: 13 429s with a 1 s window; 3 on a cold start, then 0, with this margin). 20 per 1.2 s is a sustained 16.7/s, with bursts of 20 at once.
 */
const WINDOW_MARGIN_MS = 200
const WINDOW_MS = 1000 + WINDOW_MARGIN_MS

/** HTTP 429 answers retried inside the limited fetch (viem's own retry comes on top). */
const RETRIES_ON_429 = 4
/** A Retry-After longer than this is not waited for here: the 429 goes back to viem and the fallback. */
const MAX_RETRY_AFTER_MS = 10_000
/** Backoff base when a 429 has no usable Retry-After: 500 ms, 1 s, 2 s, 4 s. */
const BACKOFF_BASE_MS = 500

/** Whether `url` points at this machine (127.0.0.0/8, localhost, [::1]). */
export function isLoopbackUrl(url: string): boolean {
  try {
    const { hostname } = new URL(url)
    return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname)
  } catch {
    return false
  }
}

/** A queue that starts requests within a rate limit (none: immediately). */
export interface RequestLimiter {
  /** Waits for a place; resolves with the function that frees it (call it once, when the request ends). */
  acquire(signal?: AbortSignal | null): Promise<() => void>
  /** Holds every request not yet started until `ms` from now (a Retry-After applies to the whole URL). */
  pauseFor(ms: number): void
  /** Changes the limit (null: unlimited); queued requests are re-examined. */
  setLimit(limit: RpcRateLimit | null): void
  /** The current limit. */
  readonly limit: RpcRateLimit | null
}

/**
 * A request limiter: at most `requestsPerSecond` starts in any sliding 1.2 s (a second plus a margin
 * for network jitter, see WINDOW_MARGIN_MS) and `maxInFlight` requests at once, first come first served. Uses `Date.now` and `setTimeout` (fake timers drive it).
 * @param initial the limit, or null for none (then only `pauseFor` holds requests)
 */
export function createRequestLimiter(initial: RpcRateLimit | null): RequestLimiter {
  let limit = initial
  let inFlight = 0
  /** Start times (ms) within the last second. */
  let starts: number[] = []
  let pausedUntil = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const queue: { grant: () => void }[] = []

  const wakeAt = (ms: number) => {
    if (timer !== undefined) return
    timer = setTimeout(
      () => {
        timer = undefined
        pump()
      },
      Math.max(0, ms),
    )
  }

  function pump() {
    while (queue.length > 0) {
      const now = Date.now()
      if (now < pausedUntil) return wakeAt(pausedUntil - now)
      if (limit) {
        if (inFlight >= limit.maxInFlight) return // a release pumps again
        starts = starts.filter((at) => at > now - WINDOW_MS)
        if (starts.length >= limit.requestsPerSecond) return wakeAt((starts[0] as number) + WINDOW_MS - now)
        starts.push(now)
      }
      inFlight++
      ;(queue.shift() as { grant: () => void }).grant()
    }
  }

  return {
    get limit() {
      return limit
    },
    acquire(signal) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason)
        const entry = {
          grant: () => {
            signal?.removeEventListener('abort', onAbort)
            let released = false
            resolve(() => {
              if (released) return
              released = true
              inFlight--
              pump()
            })
          },
        }
        const onAbort = () => {
          const index = queue.indexOf(entry)
          if (index >= 0) queue.splice(index, 1)
          reject(signal?.reason)
        }
        signal?.addEventListener('abort', onAbort, { once: true })
        queue.push(entry)
        pump()
      })
    },
    pauseFor(ms) {
      pausedUntil = Math.max(pausedUntil, Date.now() + ms)
    },
    setLimit(next) {
      limit = next
      pump()
    },
  }
}

/**
 * How long a 429 asks to wait: `Retry-After` in seconds or as an HTTP date, else exponential backoff.
 * @param attempt 0 for the first 429 of a request
 */
export function retryAfterMs(header: string | null, attempt: number, nowMs: number = Date.now()): number {
  if (header) {
    const trimmed = header.trim()
    if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
    const at = Date.parse(trimmed)
    if (!Number.isNaN(at) && at > nowMs) return at - nowMs
  }
  return BACKOFF_BASE_MS * 2 ** attempt
}

const sleep = (ms: number, signal?: AbortSignal | null) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })

export interface RateLimitedFetchOptions {
  limiter: RequestLimiter
  /** Per attempt, from the moment it starts (time spent queued does not count). */
  timeoutMs: number
  /** The real fetch (tests pass a fake). */
  fetchFn?: typeof fetch
}

/**
 * A `fetch` for viem's http transport (`fetchFn`, with the transport's own timeout off) that:
 * - starts each request through `limiter` (queue time is not timed out);
 * - times out each attempt after `timeoutMs`, body included (a viem `TimeoutError`);
 * - retries HTTP 429 up to 4 times, waiting its `Retry-After` (or 0.5, 1, 2, 4 s), and holds the
 *   whole URL meanwhile; a URL without a limit (loopback) gets `PUBLIC_RPC_RATE_LIMIT` from its
 *   first 429 on. A Retry-After over 10 s, or the 5th 429, is returned to viem without its
 *   Retry-After (viem retries once after its short backoff, then the fallback takes the next URL).
 *
 * A refused connection or a 5xx is returned at once: a dead node still fails fast. A 429 is not "down".
 */
export function createRateLimitedFetch({
  limiter,
  timeoutMs,
  fetchFn = (...args) => fetch(...args),
}: RateLimitedFetchOptions): typeof fetch {
  return async (input, init) => {
    const signal = init?.signal
    for (let attempt = 0; ; attempt++) {
      const release = await limiter.acquire(signal)
      let response: Response
      try {
        response = await fetchWithin(fetchFn, input, init, timeoutMs)
      } finally {
        release()
      }
      if (response.status !== 429) return response
      if (limiter.limit === null) limiter.setLimit(PUBLIC_RPC_RATE_LIMIT)
      const wait = retryAfterMs(response.headers.get('Retry-After'), attempt)
      if (attempt >= RETRIES_ON_429 || wait > MAX_RETRY_AFTER_MS) return withoutRetryAfter(response)
      limiter.pauseFor(wait)
      await sleep(wait, signal)
    }
  }
}

/**
 * The 429 handed back to viem without its Retry-After: viem would wait that long before its one retry;
 * without it viem retries after its short backoff and then the fallback moves to the next URL.
 */
function withoutRetryAfter(response: Response): Response {
  const headers = new Headers(response.headers)
  headers.delete('Retry-After')
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

/** One attempt, its body read within `timeoutMs` (returned as a fresh Response). */
async function fetchWithin(
  fetchFn: typeof fetch,
  input: Parameters<typeof fetch>[0],
  init: RequestInit | undefined,
  timeoutMs: number,
): Promise<Response> {
  const controller = new AbortController()
  const outer = init?.signal
  const onAbort = () => controller.abort(outer?.reason)
  if (outer?.aborted) controller.abort(outer.reason)
  outer?.addEventListener('abort', onAbort, { once: true })
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  try {
    const response = await fetchFn(input, { ...init, signal: controller.signal })
    // A status that carries no body (none is JSON-RPC, but a proxy may send one) keeps a null body.
    const text = [101, 204, 205, 304].includes(response.status) ? null : await response.text()
    return new Response(text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    })
  } catch (error) {
    if (timedOut) throw new TimeoutError({ body: parseBody(init?.body), url: String(input) })
    throw error
  } finally {
    clearTimeout(timer)
    outer?.removeEventListener('abort', onAbort)
  }
}

function parseBody(body: RequestInit['body'] | undefined): { [key: string]: unknown } {
  try {
    return typeof body === 'string' ? (JSON.parse(body) as { [key: string]: unknown }) : {}
  } catch {
    return {}
  }
}

const limiters = new Map<string, RequestLimiter>()

/**
 * The one limiter of `url` (shared by every transport that reads it): `PUBLIC_RPC_RATE_LIMIT`, or
 * none for a loopback URL until it answers 429.
 * @param override a configured limit (see `readEnvRpcRateLimit`): null for none; undefined keeps the default
 */
export function rpcLimiterFor(url: string, override?: RpcRateLimit | null): RequestLimiter {
  let limiter = limiters.get(url)
  if (!limiter) {
    limiter = createRequestLimiter(isLoopbackUrl(url) ? null : PUBLIC_RPC_RATE_LIMIT)
    limiters.set(url, limiter)
  }
  if (override !== undefined) limiter.setLimit(override)
  return limiter
}

/** Name of the Vite env var that sets the rate limit of `chainId`'s RPC URLs. */
export function rpcRateLimitEnvVarName(chainId: number): string {
  return `VITE_RPC_RATE_LIMIT_${chainId}`
}

/**
 * The rate limit the build sets for `chainId`'s RPC URLs (`VITE_RPC_RATE_LIMIT_<id>`): "20/8" is 20
 * requests per second with 8 in flight, "none" is no limit. Used, for instance, to treat a local
 * replica behind a limits proxy like the public RPC it stands for.
 * @returns the limit, null for "none", undefined when unset (the default: public limit, loopback none)
 * @throws on a value of another form, naming the variable (a typo must not silently drop the limit)
 */
export function readEnvRpcRateLimit(
  chainId: number,
  env: Record<string, unknown> = import.meta.env,
): RpcRateLimit | null | undefined {
  const name = rpcRateLimitEnvVarName(chainId)
  const value = env[name]
  if (value === undefined || value === '') return undefined
  const text = String(value).trim()
  if (text === 'none') return null
  const match = /^(\d+)\/(\d+)$/.exec(text)
  const requestsPerSecond = Number(match?.[1])
  const maxInFlight = Number(match?.[2])
  if (!match || requestsPerSecond < 1 || maxInFlight < 1)
    throw new Error(
      `${name}="${text}": expected "<requests per second>/<in flight>", e.g. "20/8", or "none".`,
    )
  return { requestsPerSecond, maxInFlight }
}
