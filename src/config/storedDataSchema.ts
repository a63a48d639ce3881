import * as v from 'valibot'
import { type Address, getAddress, isAddress } from 'viem'

/** A stored value: a JSON string holding an object (not an array, not a primitive). */
export const StoredObjectSchema = v.pipe(
  v.string(),
  v.parseJson(),
  v.custom<Record<string, unknown>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  ),
)

/** An address in any case, read as EIP-55 checksummed (viem checks it; the schema only calls it). */
export const AddressSchema = v.pipe(
  v.string(),
  v.check((value) => isAddress(value, { strict: false })),
  v.transform((value): Address => getAddress(value)),
)

/**
 * One field of a stored object, read leniently: absent gives `fallback`; present but failing `schema`
 * gives `fallback` too, and `name` is added to `unreadable` (for the stored-data notice).
 */
export function readStoredField<schema extends v.GenericSchema>(
  record: Record<string, unknown>,
  key: string,
  schema: schema,
  fallback: v.InferOutput<schema>,
  name: string,
  unreadable: string[],
): v.InferOutput<schema> {
  if (record[key] === undefined) return fallback
  const result = v.safeParse(schema, record[key])
  if (result.success) return result.output
  unreadable.push(name)
  return fallback
}
