/** Result of checking one user-typed RPC URL. */
export type RpcUrlValidation = { ok: true; url: string } | { ok: false; message: string }

const RPC_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:'])

/**
 * Checks that `input` is an absolute http(s) or ws(s) URL, the only kinds viem transports accept.
 * @param input what the user typed (surrounding spaces are ignored)
 * @returns the trimmed URL, or a message to show next to the field
 * @example validateRpcUrl('ftp://x') // { ok: false, message: 'Use an http://, https://, ws:// or wss:// URL.' }
 */
export function validateRpcUrl(input: string): RpcUrlValidation {
  const trimmed = input.trim()
  if (trimmed === '') return { ok: false, message: 'Enter an RPC URL.' }
  // "localhost:8545" parses as a URL with protocol "localhost:", so check the scheme first.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    return { ok: false, message: 'Start the URL with http://, https://, ws:// or wss://.' }
  }
  let parsed: URL
  try {
    parsed = new URL(trimmed)
  } catch {
    return { ok: false, message: `"${trimmed}" is not a URL (expected e.g. http://127.0.0.1:8545).` }
  }
  if (!RPC_PROTOCOLS.has(parsed.protocol)) {
    return { ok: false, message: 'Use an http://, https://, ws:// or wss:// URL.' }
  }
  if (parsed.hostname === '') return { ok: false, message: 'The URL has no host.' }
  return { ok: true, url: trimmed }
}

/**
 * Splits a comma/whitespace-separated list of RPC URLs (the env-var and settings-field format).
 * @returns the non-empty items, trimmed, in order
 */
export function splitRpcUrlList(list: string | undefined): string[] {
  if (!list) return []
  return list
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

/** Where an RPC URL of a chain came from. */
export type RpcUrlSource = 'user' | 'env' | 'default'

/** One RPC URL of a chain and where it came from. */
export interface SourcedRpcUrl {
  url: string
  source: RpcUrlSource
}

/**
 * Orders the RPC URLs of one chain for viem's `fallback`, each with its source: the user's own
 * (Settings) first, then the build's (`VITE_RPC_URL_<id>`). The chain's public defaults are used only
 * when neither has a valid URL: a fallback never moves to a node nobody chose. Invalid and duplicate
 * URLs are dropped (the first occurrence wins), so a bad stored value can never break the transport.
 *
 * With `exclusive` (a local chain), only the first source that has a valid URL is used: two local
 * nodes with the same chain id hold different state, so falling back from one to the other would
 * show another chain's numbers as if they were this one's.
 * @example
 * orderRpcUrlSources({ userUrls: [], envUrls: ['https://a'], defaultUrls: ['https://public'] })
 * // [{ url: 'https://a', source: 'env' }]
 */
export function orderRpcUrlSources(sources: {
  userUrls: readonly string[]
  envUrls: readonly string[]
  defaultUrls: readonly string[]
  exclusive?: boolean
}): SourcedRpcUrl[] {
  const ordered: SourcedRpcUrl[] = []
  const add = (urls: readonly string[], source: RpcUrlSource) => {
    for (const candidate of urls) {
      const checked = validateRpcUrl(candidate)
      if (checked.ok && !ordered.some((entry) => entry.url === checked.url))
        ordered.push({ url: checked.url, source })
    }
  }
  add(sources.userUrls, 'user')
  if (!(sources.exclusive && ordered.length > 0)) add(sources.envUrls, 'env')
  if (ordered.length === 0) add(sources.defaultUrls, 'default')
  return ordered
}

/** The URLs of `orderRpcUrlSources`, without their sources. */
export function orderRpcUrls(sources: Parameters<typeof orderRpcUrlSources>[0]): string[] {
  return orderRpcUrlSources(sources).map((entry) => entry.url)
}

/** Name of the Vite env var that overrides the RPC URLs of `chainId`. */
export function rpcEnvVarName(chainId: number): string {
  return `VITE_RPC_URL_${chainId}`
}

/** RPC URLs for `chainId` from the build-time env (`VITE_RPC_URL_<CHAINID>`, comma-separated). */
export function readEnvRpcUrls(chainId: number, env: Record<string, unknown> = import.meta.env): string[] {
  const value = env[rpcEnvVarName(chainId)]
  return typeof value === 'string' ? splitRpcUrlList(value) : []
}
