import * as v from 'valibot'
import type { Hex } from 'viem'
import { AddressSchema } from '../../config/storedDataSchema.ts'
import type { PendingTxStatus, StoredBlockRef, StoredTx } from '../../domain/transactions/storedTx.ts'

// The stored-transaction schema, in valibot (tree-shaken: only the pieces used here are bundled).
// viem still checks addresses; the schema only calls it.

const STATUSES = [
  'pending',
  'confirmed',
  'failed',
  'replaced',
  'cancelled',
  'dropped',
] as const satisfies readonly PendingTxStatus[]

/** A 32-byte hash, stored lower-case. */
const HashSchema = v.pipe(
  v.string(),
  v.regex(/^0x[0-9a-fA-F]{64}$/),
  v.toLowerCase(),
  v.transform((value) => value as Hex),
)

/** A non-negative integer as a decimal string (JSON-safe bigint). */
const DecimalSchema = v.pipe(v.string(), v.regex(/^\d+$/))

const BlockRefSchema = v.object({ number: DecimalSchema, hash: HashSchema }) satisfies v.GenericSchema<
  unknown,
  StoredBlockRef
>

/**
 * One stored transaction. Required: hash, chainId, from, label, kind, submittedAt, status; an optional
 * field that is present must be valid too (a hand-edited nonce is not silently ignored). Unknown
 * fields are dropped.
 */
export const StoredTxSchema = v.object({
  hash: HashSchema,
  chainId: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  from: AddressSchema,
  nonce: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(0))),
  to: v.optional(AddressSchema),
  dataHash: v.optional(HashSchema),
  valueWei: v.optional(DecimalSchema),
  submittedBlock: v.optional(BlockRefSchema),
  label: v.string(),
  kind: v.string(),
  submittedAt: v.pipe(v.number(), v.finite()),
  status: v.picklist(STATUSES),
  replacedBy: v.optional(HashSchema),
  receiptBlock: v.optional(BlockRefSchema),
  dropReason: v.optional(v.picklist(['not-found', 'chain-reset'])),
})

/**
 * Parses one stored transaction through `StoredTxSchema`.
 * @returns the entry, or null when it cannot be trusted (never throws)
 */
export function parseStoredTx(value: unknown): StoredTx | null {
  const result = v.safeParse(StoredTxSchema, value)
  if (!result.success) return null
  // Optional keys present as `undefined` (not valid JSON, but a caller may pass one) are left out.
  const tx: StoredTx = { ...result.output } as StoredTx
  for (const key of Object.keys(tx) as (keyof StoredTx)[]) if (tx[key] === undefined) delete tx[key]
  return tx
}
