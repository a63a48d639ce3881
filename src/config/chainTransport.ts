import {
  type Chain,
  fallback,
  type Hex,
  http,
  numberToHex,
  type Transport,
  type WebSocketTransportConfig,
} from 'viem'
import { createLazyTransport } from './createLazyTransport.ts'
import {
  callKind,
  getRpcTrust,
  isCriticalNow,
  noteAnsweringNode,
  recordCheck,
  registerChainRpcUrls,
  shortHex,
  shouldSample,
} from './rpcCrossCheck.ts'
import {
  createRateLimitedFetch,
  MAX_RPC_BATCH_SIZE,
  type RpcRateLimit,
  rpcLimiterFor,
} from './rpcRateLimit.ts'
import { orderRpcUrlSources, readEnvRpcUrls, type SourcedRpcUrl } from './rpcUrl.ts'

/** Per-URL transport behaviour: fail fast so the fallback (and the RPC banner) react quickly. */
const HTTP_TIMEOUT_MS = 10_000
const RETRY_COUNT = 1

/**
 * viem's http transport for `url`, through the URL's rate limiter (rpcRateLimit.ts): requests are
 * started within the URL's rate, each attempt is timed out after HTTP_TIMEOUT_MS from its start (time
 * queued does not count, so viem's own timeout is off), and 429s are retried with the URL's
 * Retry-After before viem's single retry. A refused connection or a 5xx still fails at once.
 */
function limitedHttp(
  url: string,
  retryCount: number,
  rateLimit: RpcRateLimit | null | undefined,
  batch?: { wait: number },
) {
  return http(url, {
    retryCount,
    timeout: 0,
    fetchFn: createRateLimitedFetch({ limiter: rpcLimiterFor(url, rateLimit), timeoutMs: HTTP_TIMEOUT_MS }),
    ...(batch ? { batch: { ...batch, batchSize: MAX_RPC_BATCH_SIZE } } : {}),
  })
}

/**
 * The RPC URLs `chain` is read through, in fallback order, each with its source: user settings, then
 * `VITE_RPC_URL_<CHAINID>`; viem's public default of the chain only when neither configured a URL.
 * A local chain (a loopback default, i.e. the devnet) uses only the first source that is set: see
 * `orderRpcUrlSources`.
 */
export function resolveChainRpcSources(
  chain: Chain,
  userUrls: readonly string[],
  env: Record<string, unknown> = import.meta.env,
): SourcedRpcUrl[] {
  return orderRpcUrlSources({
    userUrls,
    envUrls: readEnvRpcUrls(chain.id, env),
    defaultUrls: chain.rpcUrls.default.http,
    exclusive: isLocalChain(chain),
  })
}

/** The URLs of `resolveChainRpcSources`, in fallback order. */
export function resolveChainRpcUrls(
  chain: Chain,
  userUrls: readonly string[],
  env: Record<string, unknown> = import.meta.env,
): string[] {
  return resolveChainRpcSources(chain, userUrls, env).map((entry) => entry.url)
}

/** viem's WebSocket transport, loaded when a ws(s) URL is first used (most users configure none). */
function webSocket(url: string, config: WebSocketTransportConfig): Transport {
  return createLazyTransport(async () => (await import('./webSocketTransport.ts')).webSocket(url, config), {
    key: 'webSocket',
    name: 'WebSocket JSON-RPC (loaded on first use)',
    type: 'webSocketLazy',
  })
}

function isLocalChain(chain: Chain): boolean {
  return chain.rpcUrls.default.http.some((url) => /^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url))
}

/**
 * One viem transport over `urls` (ws(s) → webSocket, else http), tried in order.
 * @param rateLimit the build's limit for these URLs (`readEnvRpcRateLimit`); undefined keeps each URL's default
 */
export function createFallbackTransport(urls: readonly string[], rateLimit?: RpcRateLimit | null) {
  const transports = urls.map((url) =>
    url.startsWith('ws')
      ? webSocket(url, { retryCount: RETRY_COUNT })
      : limitedHttp(url, RETRY_COUNT, rateLimit),
  )
  // rank: false keeps the user's order; ranking would ping every URL in the background.
  // The fallback itself does not retry: each URL already retried once, and a quick failure is what
  // lets the RPC banner appear within a couple of seconds.
  return fallback(transports, { rank: false, retryCount: 0 })
}

type RpcRequest = { method: string; params?: unknown }
type RequestFn = (args: RpcRequest) => Promise<unknown>
type CallObject = { to?: Hex; data?: Hex; input?: Hex; from?: Hex }

/** The witness (second RPC) of each chain, for the health poll's block-hash check. */
const witnesses = new Map<number, RequestFn>()
/** The primary (fallback over every URL) of each chain, to re-read a contested block. */
const primaries = new Map<number, RequestFn>()

/** Before a block-hash mismatch counts, both RPCs are asked again after this pause (a head reorg settles). */
const RECHECK_PAUSE_MS = 2_000

/** Methods whose block parameter sits at index 1 and that the cross-check may re-run. */
const CHECKED_METHODS = new Set(['eth_call', 'eth_estimateGas'])

function isBlockNumberHex(tag: unknown): tag is Hex {
  return typeof tag === 'string' && /^0x[0-9a-f]+$/i.test(tag)
}

/**
 * The fallback transport of `createFallbackTransport`, plus the cross-check against a second RPC
 * described in `rpcCrossCheck.ts`: with two or more URLs, critical reads and a sample of the others
 * are pinned to a block number and re-run on `urls[1]` (one JSON-RPC batch: its block header and
 * the call), and a disagreement is recorded for the banner and the write gate. With one URL it is
 * the plain fallback. The answer returned is always the primary's.
 * @param chainId the chain these URLs serve (the cross-check state is per chain)
 * @param rateLimit the build's limit for these URLs (`readEnvRpcRateLimit`); undefined keeps each URL's default
 */
export function createCheckedTransport(
  chainId: number,
  urls: readonly string[],
  rateLimit?: RpcRateLimit | null,
): Transport {
  registerChainRpcUrls(chainId, urls)
  const primaryFactory = createFallbackTransport(urls, rateLimit)
  const witnessUrl = urls[1]
  const witnessFactory =
    witnessUrl === undefined
      ? undefined
      : witnessUrl.startsWith('ws')
        ? webSocket(witnessUrl, { retryCount: 0 })
        : limitedHttp(witnessUrl, 0, rateLimit, { wait: 0 })

  return (parameters) => {
    const primary = primaryFactory(parameters)
    primary.value?.onResponse(({ transport, status }) => {
      if (status === 'success')
        noteAnsweringNode(chainId, (transport.value as { url?: string } | undefined)?.url)
    })
    if (!witnessFactory || witnessUrl === undefined) return primary
    const witness = witnessFactory({ ...parameters, retryCount: 0 })
    const primaryRequest = primary.request as RequestFn
    const witnessRequest = witness.request as RequestFn
    witnesses.set(chainId, witnessRequest)
    primaries.set(chainId, primaryRequest)
    const pair = [urls[0] as string, witnessUrl] as const
    /** Primary block hashes by number (a pinned block's hash does not change unless the chain reorgs). */
    const primaryHashes = new Map<bigint, Promise<Hex | undefined>>()
    const primaryHash = (blockNumber: bigint) => {
      let hash = primaryHashes.get(blockNumber)
      if (!hash) {
        hash = primaryRequest({ method: 'eth_getBlockByNumber', params: [numberToHex(blockNumber), false] })
          .then((block) => (block as { hash?: Hex } | null)?.hash)
          .catch(() => undefined)
        primaryHashes.set(blockNumber, hash)
        if (primaryHashes.size > 64) primaryHashes.delete(primaryHashes.keys().next().value as bigint)
      }
      return hash
    }

    async function checked({ method, params }: RpcRequest): Promise<unknown> {
      const list = Array.isArray(params) ? [...params] : []
      const callObject = (list[0] ?? {}) as CallObject
      const tag = list[1]
      const pinned = isBlockNumberHex(tag)
        ? BigInt(tag)
        : BigInt((await primaryRequest({ method: 'eth_blockNumber' })) as Hex)
      list[1] = numberToHex(pinned)
      const pinnedArgs = { method, params: list }
      const [answer, witnessBlock, witnessAnswer, ownHash] = await Promise.all([
        primaryRequest(pinnedArgs),
        witnessRequest({ method: 'eth_getBlockByNumber', params: [numberToHex(pinned), false] }).catch(
          () => undefined,
        ),
        method === 'eth_call'
          ? witnessRequest(pinnedArgs).catch(() => undefined)
          : Promise.resolve(undefined),
        primaryHash(pinned),
      ])
      const witnessHash = (witnessBlock as { hash?: Hex } | null | undefined)?.hash
      if (witnessHash === undefined || ownHash === undefined) {
        recordCheck(chainId, { kind: 'unverified' })
        return answer
      }
      if (witnessHash.toLowerCase() !== ownHash.toLowerCase()) {
        // Another block at this height: re-read both after a pause (a reorg at the head settles),
        // and only a lasting mismatch is a disagreement; the call results are not comparable.
        primaryHashes.delete(pinned)
        void crossCheckBlockHash(chainId, pinned, ownHash)
      } else if (method === 'eth_call' && witnessAnswer !== undefined && witnessAnswer !== answer) {
        const calldata = callObject.data ?? callObject.input
        recordCheck(chainId, {
          kind: 'disagree',
          disagreement: {
            ...(await describeDifference(calldata, answer, witnessAnswer, pinned)),
            blockNumber: pinned,
            urls: pair,
            atMs: Date.now(),
          },
        })
      } else if (method === 'eth_call' && witnessAnswer === undefined) {
        recordCheck(chainId, { kind: 'unverified' })
      } else recordCheck(chainId, { kind: 'agree' })
      return answer
    }

    const request: RequestFn = (args) => {
      if (!CHECKED_METHODS.has(args.method)) return primaryRequest(args)
      const callObject = ((Array.isArray(args.params) ? args.params[0] : undefined) ?? {}) as CallObject
      const critical = isCriticalNow() || callObject.from !== undefined || args.method === 'eth_estimateGas'
      if (!critical && !shouldSample(chainId, callKind(callObject.to, callObject.data ?? callObject.input)))
        return primaryRequest(args)
      return checked(args)
    }
    return { ...primary, request: request as typeof primary.request }
  }
}

/**
 * What two answers disagree about, in words (describeCallDifference.ts, loaded on the first
 * disagreement); when that code cannot load, the call's selector and the two answers, shortened.
 */
async function describeDifference(
  calldata: Hex | undefined,
  primary: unknown,
  witness: unknown,
  blockNumber: bigint,
): Promise<{ about: string; primary: string; witness: string }> {
  try {
    const { describeCallDifference } = await import('./describeCallDifference.ts')
    return describeCallDifference(calldata, primary, witness, blockNumber)
  } catch {
    return {
      about: `the result of the read ${(calldata ?? '0x').slice(0, 10)} at block ${blockNumber}`,
      primary: shortHex(primary),
      witness: shortHex(witness),
    }
  }
}

async function hashAt(request: RequestFn | undefined, blockNumber: bigint): Promise<Hex | undefined> {
  if (!request) return undefined
  const block = (await request({
    method: 'eth_getBlockByNumber',
    params: [numberToHex(blockNumber), false],
  }).catch(() => undefined)) as { hash?: Hex } | null | undefined
  return block?.hash ?? undefined
}

/**
 * Compares the head `blockNumber`/`blockHash` the primary reported with the witness's block at that
 * height (the health poll and the write gate call it). A witness without the block yet is
 * "unverified"; a mismatch is re-read from both after a pause (a reorg at the head settles), and
 * only a lasting one is a disagreement.
 */
export async function crossCheckBlockHash(
  chainId: number,
  blockNumber: bigint,
  blockHash: Hex,
): Promise<void> {
  const state = getRpcTrust(chainId)
  const witnessRequest = witnesses.get(chainId)
  if (!state?.crossChecked || !witnessRequest) return
  let witnessHash = await hashAt(witnessRequest, blockNumber)
  if (witnessHash === undefined) return recordCheck(chainId, { kind: 'unverified' })
  let primaryHash: Hex | undefined = blockHash
  if (witnessHash.toLowerCase() !== primaryHash.toLowerCase()) {
    await new Promise((resolve) => setTimeout(resolve, RECHECK_PAUSE_MS))
    ;[primaryHash, witnessHash] = await Promise.all([
      hashAt(primaries.get(chainId), blockNumber),
      hashAt(witnessRequest, blockNumber),
    ])
    if (primaryHash === undefined || witnessHash === undefined)
      return recordCheck(chainId, { kind: 'unverified' })
  }
  if (witnessHash.toLowerCase() === primaryHash.toLowerCase()) return recordCheck(chainId, { kind: 'agree' })
  recordCheck(chainId, {
    kind: 'disagree',
    disagreement: {
      about: `the hash of block ${blockNumber}`,
      blockNumber,
      urls: [state.urls[0] as string, state.urls[1] as string],
      primary: shortHex(primaryHash),
      witness: shortHex(witnessHash),
      atMs: Date.now(),
    },
  })
}
