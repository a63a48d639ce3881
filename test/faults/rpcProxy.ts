import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { rewriteCallResult } from './lyingCall.ts'
import type { RpcFault } from './rpcFault.ts'
import {
  type BeforeDecision,
  createLimitsGate,
  REFUSAL_REASONS,
  type RefusalReason,
  type RequestContext,
  type RpcLimits,
} from './rpcLimits.ts'
import { createSeededCoin } from './seededFraction.ts'

export type { RpcFault } from './rpcFault.ts'
export {
  REFUSAL_REASONS,
  type RefusalReason,
  RPC_LIMIT_PROFILES,
  type RpcLimits,
  scaleLogRange,
} from './rpcLimits.ts'

interface JsonRpcRequest {
  jsonrpc?: string
  id?: number | string | null
  method: string
  params?: unknown[]
}
type JsonRpcResponse = { jsonrpc: '2.0'; id: JsonRpcRequest['id'] } & (
  | { result: unknown }
  | { error: { code: number; message: string } }
)

export interface RpcProxyStats {
  /** HTTP requests received (a batch counts once). */
  requests: number
  /** JSON-RPC calls received (each element of a batch counts). */
  calls: number
  /** HTTP requests or calls a fault hit. */
  faulted: number
  /** JSON-RPC calls per method (refused ones included: they were received). */
  byMethod: Record<string, number>
  /**
   * Refusals by the limits, per reason. `rate` and `batch` count HTTP requests (a refused batch is
   * one refusal); the others count JSON-RPC calls.
   */
  refused: Record<RefusalReason, number>
  /** Sum of `refused`. */
  refusedTotal: number
  /** HTTP 429 answers sent: the rate limit's, plus those of an `http-status` 429 fault. */
  http429: number
  /**
   * Refusals of kind `range` or `results`: the probes an adaptive eth_getLogs scan is expected to
   * make. A bench's "refused, not a probe" = refusedTotal − probes − refused.rate.
   */
  probes: number
}

export interface RpcProxy {
  /** http://127.0.0.1:<port> — point the app at this instead of the devnet. */
  url: string
  /** Turns a fault on (replacing the current one) or off (null); resolves once it is armed. */
  setFault(fault: RpcFault | null): Promise<void>
  /** Turns the public-RPC limits on (replacing the current ones, with an empty rate window) or off (null). */
  setLimits(limits: RpcLimits | null): void
  /** Live counters (mutated in place). */
  stats: RpcProxyStats
  /** Sets every counter back to zero (the `stats` object stays the same). */
  resetStats(): void
  close(): Promise<void>
}

export interface StartRpcProxyParameters {
  /** The real JSON-RPC endpoint, e.g. the devnet's http://127.0.0.1:8745. */
  upstream: string
  /** Port on 127.0.0.1; 0 picks a free one. */
  port: number
  /** Seed of the coin deciding which requests a `fraction` fault hits. */
  seed?: number
  /** Public-RPC limits to enforce from the start (see rpcLimits.ts and `RPC_LIMIT_PROFILES`). */
  limits?: RpcLimits
}

/** Methods with a block tag parameter, and its index: a stale node answers them at its own head. */
const BLOCK_PARAM_INDEX: Record<string, number> = {
  eth_call: 1,
  eth_getBalance: 1,
  eth_getCode: 1,
  eth_getTransactionCount: 1,
  eth_getStorageAt: 2,
  eth_getBlockByNumber: 0,
}
const MOVING_TAGS = new Set(['latest', 'pending', 'safe', 'finalized', undefined])
/** Faults that replace or damage the whole HTTP exchange rather than single calls. */
const TRANSPORT_FAULTS = new Set([
  'latency',
  'http-status',
  'truncated-body',
  'corrupted-json',
  'dropped-connection',
])

const toHex = (value: bigint | number) => `0x${value.toString(16)}`

function emptyStats(): RpcProxyStats {
  return {
    requests: 0,
    calls: 0,
    faulted: 0,
    byMethod: {},
    refused: Object.fromEntries(REFUSAL_REASONS.map((reason) => [reason, 0])) as Record<
      RefusalReason,
      number
    >,
    refusedTotal: 0,
    http429: 0,
    probes: 0,
  }
}

/**
 * Starts a JSON-RPC HTTP proxy on 127.0.0.1 in front of `upstream` that injects the faults real
 * RPCs produce (latency, HTTP 429/5xx, JSON-RPC errors, truncated or corrupted bodies, dropped
 * connections, a stale head, another chain id, eth_call results rewritten by a lying node).
 * Batches are handled call by call. With `limits` (or `setLimits`) it also enforces a public RPC's
 * limits (rpcLimits.ts: eth_getLogs range and results, requests per second, batch size, 128 blocks of
 * state, gas cap, answer size) with the providers' error texts, and counts each refusal by reason.
 * @example
 * const limited = await startRpcProxy({ upstream, port: 9121, limits: RPC_LIMIT_PROFILES.standard })
 * limited.stats.refusedTotal - limited.stats.probes - limited.stats.refused.rate // refused, not a probe
 * @example
 * const proxy = await startRpcProxy({ upstream: 'http://127.0.0.1:8745', port: 8860 })
 * await proxy.setFault({ kind: 'http-status', status: 503 })
 */
export async function startRpcProxy({
  upstream,
  port,
  seed = 7,
  limits,
}: StartRpcProxyParameters): Promise<RpcProxy> {
  let fault: RpcFault | null = null
  /** Head served while a stale-block fault is on. */
  let frozenBlock = 0n
  const coin = createSeededCoin(seed)
  const stats: RpcProxyStats = emptyStats()
  let activeLimits: RpcLimits | null = limits ?? null
  const countRefusal = (reason: RefusalReason, times = 1) => {
    stats.refused[reason] += times
    stats.refusedTotal += times
    if (reason === 'range' || reason === 'results') stats.probes += times
  }
  let upstreamId = 0
  /** One call of the proxy's own (resolving tags and hashes for the limits; never counted). */
  async function upstreamCall(method: string, params: unknown[]): Promise<unknown> {
    const { text } = await forward(
      JSON.stringify({ jsonrpc: '2.0', id: `proxy-${++upstreamId}`, method, params }),
    )
    const parsed = JSON.parse(text) as { result?: unknown; error?: { message: string } }
    if (parsed.error) throw new Error(`upstream ${method}: ${parsed.error.message}`)
    return parsed.result
  }
  const gate = createLimitsGate(upstreamCall, countRefusal)
  function requestContext(): RequestContext {
    let head: Promise<bigint> | undefined
    return {
      head() {
        head ??= upstreamCall('eth_blockNumber', []).then((value) => BigInt(value as string))
        return head
      },
    }
  }

  const inScope = (method: string) =>
    fault !== null &&
    (fault.methods === undefined || fault.methods.includes(method)) &&
    (fault.fraction === undefined || coin(fault.fraction))

  async function forward(body: string): Promise<{ status: number; text: string }> {
    const response = await fetch(upstream, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })
    return { status: response.status, text: await response.text() }
  }

  /** Answers one call locally under a per-call fault, or returns the (possibly rewritten) call to forward. */
  function handleCall(call: JsonRpcRequest): JsonRpcResponse | JsonRpcRequest {
    const active = fault
    if (!active || TRANSPORT_FAULTS.has(active.kind) || !inScope(call.method)) return call
    const reply = (result: unknown): JsonRpcResponse => {
      stats.faulted++
      return { jsonrpc: '2.0', id: call.id, result }
    }
    switch (active.kind) {
      case 'rpc-error':
        stats.faulted++
        return {
          jsonrpc: '2.0',
          id: call.id,
          error: { code: active.code ?? -32603, message: active.message ?? 'injected internal error' },
        }
      case 'chain-id':
        if (call.method === 'eth_chainId') return reply(toHex(active.chainId))
        if (call.method === 'net_version') return reply(String(active.chainId))
        return call
      case 'stale-block': {
        if (call.method === 'eth_blockNumber') return reply(toHex(frozenBlock))
        const index = BLOCK_PARAM_INDEX[call.method]
        if (index === undefined) return call
        const params = [...(call.params ?? [])]
        if (!MOVING_TAGS.has(params[index] as string | undefined)) return call
        stats.faulted++
        params[index] = toHex(frozenBlock)
        return { ...call, params }
      }
      default:
        return call
    }
  }

  /** A lying node rewrites the results of matching reads (see lyingCall.ts). */
  function lie(call: JsonRpcRequest, response: JsonRpcResponse): JsonRpcResponse {
    const active = fault
    if (active?.kind !== 'lying-call' || call.method !== 'eth_call' || !('result' in response))
      return response
    if (typeof response.result !== 'string' || !inScope(call.method)) return response
    const callObject = (call.params?.[0] ?? {}) as { data?: `0x${string}`; input?: `0x${string}` }
    let rewritten: string
    try {
      rewritten = rewriteCallResult(
        active.lie,
        callObject.data ?? callObject.input,
        response.result as `0x${string}`,
      )
    } catch {
      return response
    }
    if (rewritten === response.result) return response
    stats.faulted++
    return { ...response, result: rewritten }
  }

  /** A stale node has not seen receipts of blocks above its head. */
  function hideFutureReceipts(call: JsonRpcRequest, response: JsonRpcResponse): JsonRpcResponse {
    if (
      fault?.kind !== 'stale-block' ||
      call.method !== 'eth_getTransactionReceipt' ||
      !('result' in response)
    )
      return response
    const receipt = response.result as { blockNumber?: string } | null
    if (receipt?.blockNumber && BigInt(receipt.blockNumber) > frozenBlock)
      return { ...response, result: null }
    return response
  }

  async function answerCalls(calls: JsonRpcRequest[]): Promise<JsonRpcResponse[]> {
    const limits = activeLimits
    const context = requestContext()
    const handled = calls.map(handleCall)
    const decisions: (BeforeDecision | undefined)[] = await Promise.all(
      handled.map((h) => ('method' in h ? gate.before(limits, h, context) : undefined)),
    )
    const toForward: JsonRpcRequest[] = []
    for (const decision of decisions) if (decision?.kind === 'forward') toForward.push(decision.call)
    const upstreamById = new Map<unknown, JsonRpcResponse>()
    if (toForward.length > 0) {
      const { text } = await forward(JSON.stringify(toForward))
      const parsed = JSON.parse(text) as JsonRpcResponse | JsonRpcResponse[]
      for (const response of Array.isArray(parsed) ? parsed : [parsed])
        upstreamById.set(response.id, response)
    }
    const answers = handled.map((h, index) => {
      if (!('method' in h)) return h
      const decision = decisions[index] as BeforeDecision
      if (decision.kind === 'answer') return decision.answer
      const call = calls[index] as JsonRpcRequest
      const response = upstreamById.get(h.id) ?? {
        jsonrpc: '2.0' as const,
        id: h.id,
        error: { code: -32603, message: 'no upstream answer' },
      }
      return gate.after(limits, decision, lie(call, hideFutureReceipts(call, response)))
    })
    return gate.checkResponseSize(limits, answers, calls)
  }

  function sendJson(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
    if (status === 429) stats.http429++
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      'access-control-allow-origin': '*',
      'access-control-expose-headers': 'Retry-After',
      ...headers,
    })
    res.end(text)
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.method === 'OPTIONS') {
      // CORS preflight: the app runs on another origin; never faulted (browsers cache it).
      res.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'POST, OPTIONS',
        'access-control-allow-headers': '*',
        'access-control-max-age': '600',
      })
      res.end()
      return
    }
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    stats.requests++
    let body: JsonRpcRequest | JsonRpcRequest[]
    try {
      body = JSON.parse(raw) as JsonRpcRequest | JsonRpcRequest[]
    } catch {
      sendJson(
        res,
        400,
        JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } }),
      )
      return
    }
    const calls = Array.isArray(body) ? body : [body]
    stats.calls += calls.length
    for (const call of calls) stats.byMethod[call.method] = (stats.byMethod[call.method] ?? 0) + 1

    const retryAfter = gate.admit(activeLimits, Date.now())
    if (retryAfter !== null) {
      // Alchemy's answer to a burst: HTTP 429, Retry-After, and a JSON-RPC error with code 429.
      const error = {
        code: 429,
        message:
          'Your app has exceeded its compute units per second capacity. If you have retries enabled, you can safely ignore this message.',
      }
      const text = JSON.stringify(
        Array.isArray(body)
          ? calls.map((call) => ({ jsonrpc: '2.0', id: call.id ?? null, error }))
          : { jsonrpc: '2.0', id: body.id ?? null, error },
      )
      sendJson(res, 429, text, { 'retry-after': String(retryAfter) })
      return
    }
    const tooLarge = Array.isArray(body) ? gate.checkBatch(activeLimits, calls) : null
    if (tooLarge) {
      sendJson(res, 200, JSON.stringify(tooLarge))
      return
    }

    const active = fault
    const transportHit =
      active !== null && TRANSPORT_FAULTS.has(active.kind) && calls.some((call) => inScope(call.method))
    if (transportHit) stats.faulted++
    if (transportHit && active.kind === 'latency') await new Promise((r) => setTimeout(r, active.ms))
    if (transportHit && active.kind === 'dropped-connection') {
      req.socket.destroy()
      return
    }
    if (transportHit && active.kind === 'http-status') {
      const message = active.status === 429 ? 'Too Many Requests' : 'Service Unavailable'
      sendJson(res, active.status, JSON.stringify({ error: message }))
      return
    }
    const responses = await answerCalls(calls)
    let text = JSON.stringify(Array.isArray(body) ? responses : responses[0])
    // A body cut short, with a Content-Length that matches the cut: valid HTTP, invalid JSON.
    if (transportHit && active.kind === 'truncated-body') text = text.slice(0, Math.floor(text.length / 2))
    // Damaged so that it cannot parse (a damaged value that still parses would be undetectable).
    if (transportHit && active.kind === 'corrupted-json')
      text = `${text.slice(0, 1)}\u0000${text.slice(1).replace(':', ';')}`
    sendJson(res, 200, text)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) res.destroy()
      else sendJson(res, 502, JSON.stringify({ error: `proxy: ${(error as Error).message}` }))
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const { port: boundPort } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${boundPort}`,
    stats,
    setLimits(next) {
      activeLimits = next
      gate.resetWindow()
    },
    resetStats() {
      // In place, nested objects included: a caller holding `stats.refused` still sees live counts.
      const fresh = emptyStats()
      for (const method of Object.keys(stats.byMethod)) delete stats.byMethod[method]
      Object.assign(stats.refused, fresh.refused)
      Object.assign(stats, { ...fresh, byMethod: stats.byMethod, refused: stats.refused })
    },
    async setFault(next) {
      if (next?.kind === 'stale-block') {
        if (next.blockNumber !== undefined) frozenBlock = next.blockNumber
        else {
          const { text } = await forward(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_blockNumber' }))
          frozenBlock = BigInt((JSON.parse(text) as { result: string }).result)
        }
      }
      fault = next
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
