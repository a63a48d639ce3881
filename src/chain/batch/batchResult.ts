import type { BatchResult } from './batchCall.ts'

/** The value of a successful result, undefined for a failed one. */
export function okValue<value>(result: BatchResult<value>): value | undefined {
  return result.ok ? result.value : undefined
}

/** Maps a successful result's value; a failure stays the same failure. */
export function mapResult<value, mapped>(
  result: BatchResult<value>,
  map: (value: value) => mapped,
): BatchResult<mapped> {
  return result.ok ? { ok: true, value: map(result.value) } : result
}

type Values<results extends Record<string, BatchResult<unknown>>> = {
  [name in keyof results]: results[name] extends BatchResult<infer value> ? value : never
}

/**
 * All of a record of results, or the first failure (its error names the entry that failed).
 * @example allOk({ slot0, liquidity }) // { ok: true, value: { slot0: [...], liquidity: 1n } }
 */
export function allOk<const results extends Record<string, BatchResult<unknown>>>(
  results: results,
): BatchResult<Values<results>> {
  const values: Record<string, unknown> = {}
  for (const [name, result] of Object.entries(results)) {
    if (!result.ok) return { ok: false, error: `${name}: ${result.error}` }
    values[name] = result.value
  }
  return { ok: true, value: values as Values<results> }
}

/**
 * Pairs each input item with the results read for it (`calls: items.map(...)` comes back in the
 * same order), so a caller never indexes into results.
 * @example for (const [pool, state] of zipResults(pools, results.pools)) ...
 */
export function zipResults<item, result>(
  items: readonly item[],
  results: readonly result[],
): [item, result][] {
  if (items.length !== results.length)
    throw new Error(`zipResults: ${items.length} items but ${results.length} results`)
  return items.map((entry, index) => [entry, results[index] as result])
}
