import { type Address, getAddress, type Hex, isAddress } from 'viem'
import type { PendingTxStatus, StoredBlockRef, StoredTx } from './pendingTxStore.ts'

// A hand-written schema rather than a validation library: three small shapes (this one, settings and
// the add-liquidity settings), no new dependency in the bundle or the audit, and viem already checks
// addresses. Each parser returns the typed value or null/undefined; it never throws.

const HASH = /^0x[0-9a-fA-F]{64}$/
const DECIMAL = /^\d+$/
const STATUSES: readonly PendingTxStatus[] = [
  'pending',
  'confirmed',
  'failed',
  'replaced',
  'cancelled',
  'dropped',
]

type Json = Record<string, unknown>

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const hash = (value: unknown): Hex | undefined =>
  typeof value === 'string' && HASH.test(value) ? (value.toLowerCase() as Hex) : undefined

const address = (value: unknown): Address | undefined =>
  typeof value === 'string' && isAddress(value, { strict: false }) ? getAddress(value) : undefined

const blockRef = (value: unknown): StoredBlockRef | undefined => {
  if (!isRecord(value)) return undefined
  const blockHash = hash(value.hash)
  return typeof value.number === 'string' && DECIMAL.test(value.number) && blockHash
    ? { number: value.number, hash: blockHash }
    : undefined
}

/**
 * Parses one stored transaction. Required: hash, chainId, from, label, kind, submittedAt, status; an
 * optional field that is present must be valid too (a hand-edited nonce is not silently ignored).
 * @returns the entry, or null when it cannot be trusted
 */
export function parseStoredTx(value: unknown): StoredTx | null {
  if (!isRecord(value)) return null
  const txHash = hash(value.hash)
  const from = address(value.from)
  const { chainId, label, kind, submittedAt, status } = value
  if (!txHash || !from) return null
  if (typeof chainId !== 'number' || !Number.isSafeInteger(chainId) || chainId <= 0) return null
  if (typeof label !== 'string' || typeof kind !== 'string') return null
  if (typeof submittedAt !== 'number' || !Number.isFinite(submittedAt)) return null
  if (typeof status !== 'string' || !STATUSES.includes(status as PendingTxStatus)) return null
  const tx: StoredTx = {
    hash: txHash,
    chainId,
    from,
    label,
    kind,
    submittedAt,
    status: status as PendingTxStatus,
  }
  const optional: [keyof StoredTx, (v: unknown) => unknown][] = [
    ['nonce', (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined)],
    ['to', address],
    ['dataHash', hash],
    ['valueWei', (v) => (typeof v === 'string' && DECIMAL.test(v) ? v : undefined)],
    ['submittedBlock', blockRef],
    ['replacedBy', hash],
    ['receiptBlock', blockRef],
    ['dropReason', (v) => (v === 'not-found' || v === 'chain-reset' ? v : undefined)],
  ]
  for (const [key, parse] of optional) {
    if (value[key] === undefined) continue
    const parsed = parse(value[key])
    if (parsed === undefined) return null
    ;(tx as Record<string, unknown>)[key] = parsed
  }
  return tx
}
