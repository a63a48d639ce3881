/**
 * The limits public RPC providers put on JSON-RPC, as the test proxy (rpcProxy.ts) enforces them.
 * Each limit is optional; an unset one is not enforced. Error texts and codes are the ones real
 * providers and nodes return, so the app's handling is tested against what it will meet.
 */

/** Limits of one public RPC (one provider plan). */
export interface RpcLimits {
  /** eth_getLogs: most blocks in [fromBlock, toBlock], both ends counted (10,000 → 0..9,999 passes). */
  getLogsMaxRange?: number
  /** eth_getLogs: most logs in one answer (10,000). */
  getLogsMaxResults?: number
  /**
   * Text of the range refusal: `'range'` (-32602, "eth_getLogs is limited to a 10,000 block range")
   * or `'alchemy'` (-32602, Alchemy's "Log response size exceeded. …" with a suggested range).
   * Default `'range'`.
   */
  getLogsRangeStyle?: 'range' | 'alchemy'
  /**
   * HTTP requests per sliding 1 s window, for the whole proxy (a batch is one request). Over it:
   * HTTP 429 with `Retry-After` (whole seconds) and a JSON-RPC error body; refused requests do not
   * take a place in the window.
   */
  requestsPerSecond?: number
  /** Most calls in one JSON-RPC batch (100); a larger batch gets "batch too large" for every call. */
  maxBatchSize?: number
  /**
   * Blocks of state kept (128): a state read at an explicit block below head − this fails with
   * "missing trie node". Tags (latest, pending, safe, finalized, earliest excepted) and block hashes
   * (resolved to their number) are judged the same way.
   */
  stateHistoryBlocks?: number
  /**
   * eth_call / eth_estimateGas gas cap (50,000,000): a `gas` above it is lowered to it before
   * forwarding, and an eth_call read without `gas` (and without fee fields) is sent with `gas` = cap;
   * an answer that ran out of gas then fails as geth's ("out of gas" / "gas required exceeds allowance").
   */
  ethCallGasCap?: number
  /** Largest answer in bytes of JSON (10 MB), per call and per HTTP response. */
  maxResponseBytes?: number
}

/** Why a limit refused a request or a call. */
export type RefusalReason = 'range' | 'results' | 'rate' | 'batch' | 'state' | 'gas' | 'size'
/** Every refusal reason, in the order of `RpcProxyStats.refused`. */
export const REFUSAL_REASONS: readonly RefusalReason[] = [
  'range',
  'results',
  'rate',
  'batch',
  'state',
  'gas',
  'size',
]

const COMMON_LIMITS = {
  getLogsMaxResults: 10_000,
  requestsPerSecond: 25,
  maxBatchSize: 100,
  stateHistoryBlocks: 128,
  ethCallGasCap: 50_000_000,
  maxResponseBytes: 10 * 1024 * 1024,
} as const satisfies RpcLimits

/**
 * Two public-RPC plans: `standard` (10,000-block eth_getLogs ranges, the common limit) and `strict`
 * (2,000 blocks, answered with Alchemy's text). Both: 10,000 logs, 25 requests/s, batches of 100,
 * 128 blocks of state, 50M gas, 10 MB answers.
 */
export const RPC_LIMIT_PROFILES = {
  standard: { ...COMMON_LIMITS, getLogsMaxRange: 10_000, getLogsRangeStyle: 'range' },
  strict: { ...COMMON_LIMITS, getLogsMaxRange: 2_000, getLogsRangeStyle: 'alchemy' },
} as const satisfies Record<string, RpcLimits>

/**
 * A profile whose eth_getLogs range is scaled to a replica's block rate, so that a window of chain
 * time costs as many range requests as on the real chain:
 *
 *   getLogsMaxRange' = max(1, floor(getLogsMaxRange × replicaBlocksPerHour / realBlocksPerHour))
 *
 * The factor is below 1 (a replica mines fewer blocks per hour); flooring never makes a window cheaper
 * than on the real chain. Example: Arbitrum (14,400 blocks/h) replicated at 600 blocks/h, 10,000 →
 * 416; 24 h = 14,400 replica blocks = ceil(14,400 / 416) = 35 ranges, as 345,600 / 10,000 on Arbitrum.
 * @throws when a rate is not a positive number, or the replica is faster than the real chain
 */
export function scaleLogRange<Limits extends RpcLimits>(
  profile: Limits,
  rates: { replicaBlocksPerHour: number; realBlocksPerHour: number },
): Limits {
  const { replicaBlocksPerHour, realBlocksPerHour } = rates
  if (!(replicaBlocksPerHour > 0) || !(realBlocksPerHour > 0))
    throw new Error(
      `block rates must be positive (replica ${replicaBlocksPerHour}, real ${realBlocksPerHour})`,
    )
  if (replicaBlocksPerHour > realBlocksPerHour)
    throw new Error(
      `the replica (${replicaBlocksPerHour}/h) is faster than the real chain (${realBlocksPerHour}/h)`,
    )
  if (profile.getLogsMaxRange === undefined) return { ...profile }
  return {
    ...profile,
    getLogsMaxRange: Math.max(
      1,
      Math.floor((profile.getLogsMaxRange * replicaBlocksPerHour) / realBlocksPerHour),
    ),
  }
}

export interface JsonRpcCall {
  jsonrpc?: string
  id?: number | string | null
  method: string
  params?: unknown[]
}
export type JsonRpcAnswer = { jsonrpc: '2.0'; id: JsonRpcCall['id'] } & (
  | { result: unknown }
  | { error: { code: number; message: string; data?: unknown } }
)

/** Methods that read state at a block, and the index of their block parameter. */
const STATE_BLOCK_PARAM: Record<string, number> = {
  eth_call: 1,
  eth_getBalance: 1,
  eth_getStorageAt: 2,
  eth_getCode: 1,
  eth_getTransactionCount: 1,
  eth_createAccessList: 1,
  eth_estimateGas: 1,
}
const GAS_CAPPED = new Set(['eth_call', 'eth_estimateGas'])
const HEAD_TAGS = new Set(['latest', 'pending'])

const withCommas = (value: number) => value.toLocaleString('en-US')
const hex = (value: bigint) => `0x${value.toString(16)}`
const failure = (
  call: { id?: JsonRpcCall['id'] },
  code: number,
  message: string,
  data?: unknown,
): JsonRpcAnswer => ({
  jsonrpc: '2.0',
  id: call.id ?? null,
  error: data === undefined ? { code, message } : { code, message, data },
})

/** Upstream access the gate needs to resolve tags and hashes: one call, its result or a throw. */
export type UpstreamCall = (method: string, params: unknown[]) => Promise<unknown>

/** Per HTTP request: the head, asked upstream at most once. */
export interface RequestContext {
  head(): Promise<bigint>
}

/** Refusal counter the gate reports to. */
export type CountRefusal = (reason: RefusalReason, times?: number) => void

/** What `before` decided for one call: answer it now, or forward `call` (maybe rewritten). */
export type BeforeDecision =
  | { kind: 'answer'; answer: JsonRpcAnswer }
  | { kind: 'forward'; call: JsonRpcCall; gasCapped: boolean; logsRange?: readonly [bigint, bigint] }

/**
 * The limits as a gate the proxy calls at each step of a request: `admit` (rate), `checkBatch`,
 * `before` (per call, before forwarding), `after` (per call, on the upstream answer) and
 * `checkResponseSize` (the whole HTTP answer).
 */
export function createLimitsGate(upstream: UpstreamCall, count: CountRefusal) {
  /** Arrival times (ms) of the requests admitted in the current window. */
  let window: number[] = []

  /** Resolves a block tag or number to a number; `undefined` (a missing bound) is latest. */
  async function blockNumberOf(tag: unknown, context: RequestContext): Promise<bigint | undefined> {
    if (tag === undefined || tag === null || (typeof tag === 'string' && HEAD_TAGS.has(tag)))
      return context.head()
    if (tag === 'earliest') return 0n
    if (typeof tag === 'string' && /^0x[0-9a-f]+$/i.test(tag)) return BigInt(tag)
    if (tag === 'safe' || tag === 'finalized') {
      const block = (await upstream('eth_getBlockByNumber', [tag, false])) as { number?: string } | null
      return block?.number ? BigInt(block.number) : context.head()
    }
    if (typeof tag === 'object') {
      const object = tag as { blockNumber?: unknown; blockHash?: unknown }
      if (object.blockNumber !== undefined) return blockNumberOf(object.blockNumber, context)
      if (typeof object.blockHash === 'string') {
        const block = (await upstream('eth_getBlockByHash', [object.blockHash, false])) as {
          number?: string
        } | null
        // An unknown hash: upstream answers that itself.
        return block?.number ? BigInt(block.number) : undefined
      }
    }
    return undefined
  }

  async function stateRootAt(blockNumber: bigint): Promise<string> {
    const block = (await upstream('eth_getBlockByNumber', [hex(blockNumber), false]).catch(() => null)) as {
      stateRoot?: string
    } | null
    return block?.stateRoot ?? `0x${'0'.repeat(64)}`
  }

  return {
    /** Empties the rate window (new limits start with a fresh second). */
    resetWindow() {
      window = []
    },
    /**
     * Rate limit: admits the request at `now` (ms) or tells how many whole seconds to wait.
     * @returns null when admitted, else the Retry-After seconds (at least 1)
     */
    admit(limits: RpcLimits | null, now: number): number | null {
      const perSecond = limits?.requestsPerSecond
      if (perSecond === undefined) return null
      window = window.filter((at) => at > now - 1000)
      if (window.length < perSecond) {
        window.push(now)
        return null
      }
      count('rate')
      const oldest = window[0] as number
      return Math.max(1, Math.ceil((oldest + 1000 - now) / 1000))
    },

    /** Batch cap: the answers for an oversized batch (geth's "batch too large", -32600), or null. */
    checkBatch(limits: RpcLimits | null, calls: readonly JsonRpcCall[]): JsonRpcAnswer[] | null {
      const max = limits?.maxBatchSize
      if (max === undefined || calls.length <= max) return null
      count('batch')
      return calls.map((call) => failure(call, -32600, 'batch too large'))
    },

    /** Range, state and gas limits of one call, checked before it is forwarded. */
    async before(
      limits: RpcLimits | null,
      call: JsonRpcCall,
      context: RequestContext,
    ): Promise<BeforeDecision> {
      if (!limits) return { kind: 'forward', call, gasCapped: false }
      const params = call.params ?? []
      if (call.method === 'eth_getLogs') {
        const filter = (params[0] ?? {}) as { fromBlock?: unknown; toBlock?: unknown; blockHash?: unknown }
        if (filter.blockHash !== undefined) return { kind: 'forward', call, gasCapped: false }
        const from = await blockNumberOf(filter.fromBlock, context)
        const to = await blockNumberOf(filter.toBlock, context)
        if (from === undefined || to === undefined || from > to)
          return { kind: 'forward', call, gasCapped: false } // upstream rejects malformed ranges itself
        const max = limits.getLogsMaxRange
        if (max !== undefined && to - from + 1n > BigInt(max)) {
          count('range')
          const suggestedTo = from + BigInt(max) - 1n
          const message =
            limits.getLogsRangeStyle === 'alchemy'
              ? `Log response size exceeded. You can make eth_getLogs requests with up to a ${withCommas(max)} block range and no limit on the response size, or you can request any block range with a cap of ${withCommas(limits.getLogsMaxResults ?? 10_000)} logs in the response. Based on your parameters, this block range should work: [${hex(from)}, ${hex(suggestedTo)}]`
              : `eth_getLogs is limited to a ${withCommas(max)} block range`
          return { kind: 'answer', answer: failure(call, -32602, message) }
        }
        return { kind: 'forward', call, gasCapped: false, logsRange: [from, to] }
      }
      const blockIndex = STATE_BLOCK_PARAM[call.method]
      if (blockIndex !== undefined && limits.stateHistoryBlocks !== undefined) {
        const tag = params[blockIndex]
        // A missing tag is latest; safe/finalized are recent by definition on every chain served here.
        const explicit =
          (typeof tag === 'string' && /^0x/i.test(tag)) || (typeof tag === 'object' && tag !== null)
        if (explicit || tag === 'earliest') {
          const at = await blockNumberOf(tag, context)
          const head = await context.head()
          if (at !== undefined && at < head - BigInt(limits.stateHistoryBlocks)) {
            count('state')
            const root = await stateRootAt(at)
            return {
              kind: 'answer',
              answer: failure(
                call,
                -32000,
                `missing trie node ${root.slice(2)} (path ) state ${root} is not available`,
              ),
            }
          }
        }
      }
      if (GAS_CAPPED.has(call.method) && limits.ethCallGasCap !== undefined) {
        const cap = BigInt(limits.ethCallGasCap)
        const callObject = (params[0] ?? {}) as Record<string, unknown> & { gas?: string }
        const asked = typeof callObject.gas === 'string' ? BigInt(callObject.gas) : undefined
        // Without `gas`, a read (no fee fields) runs with the cap, as geth runs it with RPCGasCap. A call
        // that carries fees, and eth_estimateGas, keep the node's own bound (the block gas limit, below
        // the cap on every replica) so the node can still bound gas by the sender's balance.
        const paying = ['gasPrice', 'maxFeePerGas', 'maxPriorityFeePerGas'].some(
          (key) => callObject[key] !== undefined,
        )
        const inject = asked === undefined && call.method === 'eth_call' && !paying
        if (inject || (asked !== undefined && asked > cap)) {
          const rewritten = [...params]
          rewritten[0] = { ...callObject, gas: hex(cap) }
          return { kind: 'forward', call: { ...call, params: rewritten }, gasCapped: true }
        }
      }
      return { kind: 'forward', call, gasCapped: false }
    },

    /** Results, gas and per-call size limits, on the upstream answer of a forwarded call. */
    after(limits: RpcLimits | null, decision: BeforeDecision, answer: JsonRpcAnswer): JsonRpcAnswer {
      if (!limits || decision.kind !== 'forward') return answer
      const { call } = decision
      if ('error' in answer) {
        if (
          decision.gasCapped &&
          /out ?of ?gas|gas required exceeds|gas limit reached/i.test(answer.error.message)
        ) {
          count('gas')
          const cap = String(limits.ethCallGasCap ?? 0)
          return failure(
            call,
            -32000,
            call.method === 'eth_estimateGas' ? `gas required exceeds allowance (${cap})` : 'out of gas',
          )
        }
        return answer
      }
      const max = limits.getLogsMaxResults
      if (call.method === 'eth_getLogs' && max !== undefined && Array.isArray(answer.result)) {
        const logs = answer.result as { blockNumber?: string }[]
        if (logs.length > max) {
          count('results')
          const [from, to] = decision.logsRange ?? [0n, 0n]
          // Infura's suggestion: up to the block before the one holding log number max + 1.
          const cut = logs[max]?.blockNumber
          const suggestedTo = cut === undefined ? to : BigInt(cut) - 1n
          const end = suggestedTo < from ? from : suggestedTo
          return failure(
            call,
            -32005,
            `query returned more than ${max} results. Try with this block range [${hex(from)}, ${hex(end)}].`,
            { from: hex(from), to: hex(end), limit: max },
          )
        }
      }
      const maxBytes = limits.maxResponseBytes
      if (maxBytes !== undefined && Buffer.byteLength(JSON.stringify(answer)) > maxBytes) {
        count('size')
        return failure(call, -32000, responseTooLarge(maxBytes))
      }
      return answer
    },

    /** The whole HTTP answer over the size cap: every successful call in it refused instead. */
    checkResponseSize(limits: RpcLimits | null, answers: JsonRpcAnswer[], calls: readonly JsonRpcCall[]) {
      const maxBytes = limits?.maxResponseBytes
      if (maxBytes === undefined || Buffer.byteLength(JSON.stringify(answers)) <= maxBytes) return answers
      return answers.map((answer, index) => {
        if ('error' in answer) return answer
        count('size')
        return failure(calls[index] ?? answer, -32000, responseTooLarge(maxBytes))
      })
    },
  }
}

const responseTooLarge = (maxBytes: number) =>
  `response size exceeded: the answer is larger than the ${withCommas(maxBytes)} bytes limit`
