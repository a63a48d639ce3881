import type { Hex } from 'viem'

/**
 * Cross-checking one RPC against a second one (the rule; SECURITY.md repeats it).
 *
 * With two or more RPC URLs for a chain, the first answers every read as usual and the second
 * (`urls[1]`) is used as a witness:
 * - **Block hash**: the head block's hash is compared with the witness's block at the same height —
 *   on every health poll on the devnet, every 5th on a public chain (about once a minute).
 * - **Critical reads** are re-run on the witness at the same pinned block number, and the primary's
 *   answer must be byte-identical: every eth_call that simulates a transaction (it has a `from`),
 *   every eth_call/eth_estimateGas made while a write flow or review is open (`enterCriticalReads`,
 *   and for two minutes after each `checkWriteGate`), whose block hash is compared too.
 *   eth_estimateGas is compared by block hash only (node implementations round estimates differently).
 * - **A sample of the other reads**: the first eth_call of each kind (target and selector, or the set
 *   of inner selectors of a Multicall3 aggregate) per chain, then one in `SAMPLE_EVERY`.
 *   A persistent lie about any kind of read is therefore caught on its first appearance, while
 *   polling costs the witness one request in 16. Each check is one JSON-RPC batch to the witness
 *   (its block header and the call at the pinned block).
 * - A disagreement (another hash for the same block, another result at the same block) is kept
 *   until the page is reloaded or the RPC settings change: the shell shows it and `checkWriteGate`
 *   blocks every write. A witness that is down, behind (no such block yet) or errors is "unverified",
 *   never a disagreement.
 */

/** One in this many non-critical eth_calls of an already-seen kind is re-run on the witness. */
export const SAMPLE_EVERY = 16

/** How long a write gate keeps every read critical (the flow's simulations and re-reads follow it). */
export const CRITICAL_AFTER_GATE_MS = 120_000

/** What two RPCs disagree about. */
export interface RpcDisagreement {
  /** Short subject: "the hash of block 123", "eth_call 0x3850c7bd at block 123". */
  about: string
  blockNumber: bigint
  /** The two URLs: the primary and the witness. */
  urls: readonly [string, string]
  /** What each said (shortened). */
  primary: string
  witness: string
  atMs: number
}

/** The cross-check status of one chain. */
export interface RpcTrustState {
  chainId: number
  /** The RPC URLs of the chain, in fallback order. */
  urls: readonly string[]
  /** Whether a witness exists (two or more URLs). */
  crossChecked: boolean
  /** The URL that answered last (which node a stale head comes from). */
  lastNodeUrl: string | undefined
  /** Reads and block hashes re-checked on the witness, and the ones that could not be. */
  checked: number
  unverified: number
  disagreement: RpcDisagreement | null
}

const states = new Map<number, RpcTrustState>()
const listeners = new Set<() => void>()
let criticalDepth = 0
let criticalUntilMs = 0

function emit() {
  for (const listener of listeners) listener()
}

/** Records the URLs of `chainId` (a new wagmi config): a new set of URLs clears an old disagreement. */
export function registerChainRpcUrls(chainId: number, urls: readonly string[]): void {
  const previous = states.get(chainId)
  if (previous && previous.urls.join(' ') === urls.join(' ')) return
  states.set(chainId, {
    chainId,
    urls: [...urls],
    crossChecked: urls.length >= 2,
    lastNodeUrl: undefined,
    checked: 0,
    unverified: 0,
    disagreement: null,
  })
  emit()
}

/** The cross-check status of `chainId` (a stable object between changes, for useSyncExternalStore). */
export function getRpcTrust(chainId: number): RpcTrustState | undefined {
  return states.get(chainId)
}

/** Calls `listener` on every change of any chain's status; returns the unsubscribe. */
export function subscribeRpcTrust(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function update(chainId: number, change: (state: RpcTrustState) => Partial<RpcTrustState>) {
  const state = states.get(chainId)
  if (!state) return
  states.set(chainId, { ...state, ...change(state) })
  emit()
}

/** Records which URL answered last. */
export function noteAnsweringNode(chainId: number, url: string | undefined): void {
  if (url === undefined || states.get(chainId)?.lastNodeUrl === url) return
  update(chainId, () => ({ lastNodeUrl: url }))
}

/** Records a check's outcome; the first disagreement is kept (later ones are the same problem). */
export function recordCheck(
  chainId: number,
  outcome: { kind: 'agree' } | { kind: 'unverified' } | { kind: 'disagree'; disagreement: RpcDisagreement },
): void {
  update(chainId, (state) => {
    if (outcome.kind === 'agree') return { checked: state.checked + 1 }
    if (outcome.kind === 'unverified') return { unverified: state.unverified + 1 }
    return { checked: state.checked + 1, disagreement: state.disagreement ?? outcome.disagreement }
  })
}

/**
 * Makes every eth_call/eth_estimateGas critical (re-run on the witness) until the returned
 * function is called: wrap a review or a write flow in it.
 * @example const release = enterCriticalReads(); try { await review() } finally { release() }
 */
export function enterCriticalReads(): () => void {
  criticalDepth++
  let released = false
  return () => {
    if (released) return
    released = true
    criticalDepth--
  }
}

/** Keeps every read critical for `CRITICAL_AFTER_GATE_MS` (called by the write gate). */
export function extendCriticalReads(nowMs: number = Date.now()): void {
  criticalUntilMs = Math.max(criticalUntilMs, nowMs + CRITICAL_AFTER_GATE_MS)
}

/** Whether reads are critical right now. */
export function isCriticalNow(nowMs: number = Date.now()): boolean {
  return criticalDepth > 0 || nowMs < criticalUntilMs
}

/** Forgets every chain's state (tests). */
export function resetRpcTrust(): void {
  states.clear()
  sampling.clear()
  criticalDepth = 0
  criticalUntilMs = 0
  emit()
}

const AGGREGATE3 = '0x82ad56cb'

/**
 * The "kind" of an eth_call for sampling: target + selector, or for a Multicall3 aggregate3 the
 * sorted set of inner selectors (read from the ABI-encoded calldata without decoding it fully).
 */
export function callKind(to: string | undefined, data: Hex | undefined): string {
  const selector = (data ?? '0x').slice(0, 10).toLowerCase()
  if (selector !== AGGREGATE3 || !data) return `${(to ?? '').toLowerCase()}:${selector}`
  const body = data.slice(10)
  const word = (index: number) => body.slice(index * 64, index * 64 + 64)
  try {
    const arrayStart = Number.parseInt(word(0), 16) / 32
    const length = Number.parseInt(word(arrayStart), 16)
    const inner = new Set<string>()
    for (let i = 0; i < Math.min(length, 500); i++) {
      // Each tuple (address target, bool allowFailure, bytes callData) is at an offset from the array head.
      const tupleStart = arrayStart + 1 + Number.parseInt(word(arrayStart + 1 + i), 16) / 32
      const bytesStart = tupleStart + Number.parseInt(word(tupleStart + 2), 16) / 32
      inner.add(body.slice((bytesStart + 1) * 64, (bytesStart + 1) * 64 + 8))
    }
    return `aggregate3:${[...inner].sort().join(',')}`
  } catch {
    return `aggregate3:?`
  }
}

/** Per chain: the kinds seen, and a counter for the one-in-N sample. */
const sampling = new Map<number, { seen: Set<string>; count: number }>()

/**
 * Whether a non-critical eth_call of `kind` on `chainId` is re-checked: its first occurrence, then
 * one in `SAMPLE_EVERY`.
 */
export function shouldSample(chainId: number, kind: string): boolean {
  const state = sampling.get(chainId) ?? { seen: new Set<string>(), count: 0 }
  sampling.set(chainId, state)
  if (!state.seen.has(kind)) {
    state.seen.add(kind)
    return true
  }
  state.count++
  return state.count % SAMPLE_EVERY === 0
}

/** Shortens a hex answer for a message: "0x1234…abcd (68 bytes)". */
export function shortHex(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  if (text === undefined) return 'nothing'
  if (text.length <= 26) return text
  return `${text.slice(0, 10)}…${text.slice(-8)} (${Math.floor((text.length - 2) / 2)} bytes)`
}
