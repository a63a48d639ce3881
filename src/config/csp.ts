import { supportedChains } from './chains.ts'
import { readEnvRpcUrls, rpcEnvVarName } from './rpcUrl.ts'

/**
 * connect-src sources for local nodes (the devnet, a user's own anvil/geth): any port on loopback.
 * Listed explicitly because CSP has no "any loopback" keyword.
 */
export const LOCAL_NODE_CONNECT_SOURCES = [
  'http://127.0.0.1:*',
  'http://localhost:*',
  'ws://127.0.0.1:*',
  'ws://localhost:*',
] as const

/**
 * The origins the built app may connect to besides 'self' and local nodes: every configured RPC,
 * i.e. each supported chain's public default plus `VITE_RPC_URL_<chainId>` at build time.
 * The Vite CSP plugin and the Settings panel both use this list, so they cannot disagree.
 * @param env the build-time env (`import.meta.env` in the app, Vite's resolved env in the plugin)
 * @returns sorted, de-duplicated origins such as `https://arb1.arbitrum.io`
 */
export function rpcConnectOrigins(env: Record<string, unknown>): string[] {
  const origins = new Set<string>()
  for (const chain of supportedChains) {
    for (const url of [...chain.rpcUrls.default.http, ...readEnvRpcUrls(chain.id, env)]) {
      const origin = originOf(url)
      if (origin !== null && !isCoveredByLocalSources(origin)) origins.add(origin)
    }
  }
  return [...origins].sort()
}

/** Every connect-src source of the policy, after 'self'. */
export function connectSources(env: Record<string, unknown>): string[] {
  return [...LOCAL_NODE_CONNECT_SOURCES, ...rpcConnectOrigins(env)]
}

/**
 * The Content-Security-Policy of the built app (delivered as a <meta> tag, so `frame-ancestors`,
 * `report-uri` and `sandbox` are not available: browsers ignore them in meta policies).
 *
 * style-src is 'self' only: Tailwind compiles to one stylesheet file, and React/Recharts set
 * inline styles through the CSSOM (`element.style`), which CSP does not restrict.
 */
export function buildContentSecurityPolicy(env: Record<string, unknown>): string {
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['connect-src', ["'self'", ...connectSources(env)]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ]
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ')
}

/** Result of checking a custom RPC URL against the CSP. */
export type CspRpcCheck = { ok: true } | { ok: false; message: string }

/**
 * Whether the built app's CSP lets the page connect to `url`; if not, a message saying how to
 * allow it (a build-time env var, because the policy is fixed when the app is built).
 * @param url an already-validated http(s)/ws(s) URL
 * @param chainId the chain the URL is for (names the env var in the message)
 * @param env the build-time env
 * @param selfOrigin the page's origin ('self' in the policy)
 */
export function checkRpcUrlAllowedByCsp(
  url: string,
  chainId: number,
  env: Record<string, unknown>,
  selfOrigin: string,
): CspRpcCheck {
  if (isConnectAllowed(url, ["'self'", ...connectSources(env)], selfOrigin)) return { ok: true }
  const origin = originOf(url) ?? url
  return {
    ok: false,
    message:
      `This build's Content-Security-Policy does not allow connections to ${origin}, so the browser would block it. ` +
      `To use it, rebuild Poolscope with ${rpcEnvVarName(chainId)}=${url} (comma-separate several URLs), ` +
      'or use a local node on 127.0.0.1/localhost.',
  }
}

/**
 * CSP source matching for connect-src, restricted to the source forms this policy uses:
 * 'self', `scheme://host:*` and `scheme://host[:port]` (CSP3 scheme rules: http also matches https,
 * ws also matches wss/http/https, wss also matches https).
 */
export function isConnectAllowed(url: string, sources: readonly string[], selfOrigin: string): boolean {
  let target: URL
  try {
    target = new URL(url)
  } catch {
    return false
  }
  return sources.some((source) => {
    if (source === "'self'") return sameOriginOrWsOf(target, selfOrigin)
    const match = /^([a-z][a-z0-9+.-]*):\/\/([^/:]+)(?::(\*|\d+))?$/i.exec(source)
    if (!match) return false
    const scheme = (match[1] ?? '').toLowerCase()
    const host = (match[2] ?? '').toLowerCase()
    const port = match[3]
    if (!schemeMatches(scheme, target.protocol.slice(0, -1))) return false
    if (host !== target.hostname.toLowerCase()) return false
    if (port === '*') return true
    return effectivePort(target) === (port ?? defaultPort(scheme))
  })
}

function schemeMatches(sourceScheme: string, urlScheme: string): boolean {
  if (sourceScheme === urlScheme) return true
  if (sourceScheme === 'http') return urlScheme === 'https'
  if (sourceScheme === 'ws') return urlScheme === 'wss' || urlScheme === 'http' || urlScheme === 'https'
  if (sourceScheme === 'wss') return urlScheme === 'https'
  return false
}

// 'self' covers the page's origin and (CSP3) its ws/wss equivalent.
function sameOriginOrWsOf(target: URL, selfOrigin: string): boolean {
  let self: URL
  try {
    self = new URL(selfOrigin)
  } catch {
    return false
  }
  if (target.hostname !== self.hostname || effectivePort(target) !== effectivePort(self)) return false
  const wsEquivalent = self.protocol === 'https:' ? 'wss:' : 'ws:'
  return target.protocol === self.protocol || target.protocol === wsEquivalent
}

function defaultPort(scheme: string): string {
  return scheme === 'https' || scheme === 'wss' ? '443' : '80'
}

function effectivePort(url: URL): string {
  return url.port === '' ? defaultPort(url.protocol.slice(0, -1)) : url.port
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    if (!/^(https?|wss?):$/.test(parsed.protocol) || parsed.hostname === '') return null
    return `${parsed.protocol}//${parsed.host}`
  } catch {
    return null
  }
}

function isCoveredByLocalSources(origin: string): boolean {
  return isConnectAllowed(origin, LOCAL_NODE_CONNECT_SOURCES, 'null:')
}
