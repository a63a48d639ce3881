import { type Chain, fallback, http, webSocket } from 'viem'
import { orderRpcUrls, readEnvRpcUrls } from './rpcUrl.ts'

/** Per-URL transport behaviour: fail fast so the fallback (and the RPC banner) react quickly. */
const HTTP_TIMEOUT_MS = 10_000
const RETRY_COUNT = 1

/**
 * The RPC URLs `chain` is read through, in fallback order: user settings, then
 * `VITE_RPC_URL_<CHAINID>`, then the chain's public defaults. A local chain (`chain.testnet` with a
 * loopback default, i.e. the devnet) uses only the first of those that is set: see `orderRpcUrls`.
 */
export function resolveChainRpcUrls(
  chain: Chain,
  userUrls: readonly string[],
  env: Record<string, unknown> = import.meta.env,
): string[] {
  return orderRpcUrls({
    userUrls,
    envUrls: readEnvRpcUrls(chain.id, env),
    defaultUrls: chain.rpcUrls.default.http,
    exclusive: isLocalChain(chain),
  })
}

function isLocalChain(chain: Chain): boolean {
  return chain.rpcUrls.default.http.some((url) => /^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url))
}

/** One viem transport over `urls` (ws(s) → webSocket, else http), tried in order. */
export function createFallbackTransport(urls: readonly string[]) {
  const transports = urls.map((url) =>
    url.startsWith('ws')
      ? webSocket(url, { retryCount: RETRY_COUNT })
      : http(url, { retryCount: RETRY_COUNT, timeout: HTTP_TIMEOUT_MS }),
  )
  // rank: false keeps the user's order; ranking would ping every URL in the background.
  // The fallback itself does not retry: each URL already retried once, and a quick failure is what
  // lets the RPC banner appear within a couple of seconds.
  return fallback(transports, { rank: false, retryCount: 0 })
}
