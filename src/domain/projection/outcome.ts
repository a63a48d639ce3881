/** A computed figure, or why it is unavailable: the UI never renders NaN or Infinity. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string }

/** Wraps a finite number; anything else becomes "unavailable" with the given reason. */
export function finiteOutcome(value: number, reason: string): Outcome<number> {
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason }
}

/**
 * Runs a computation that may throw (MathError on bad input) and guards its numeric result.
 * @returns the value, or the error's message / `reason` as the unavailability reason
 */
export function attempt(compute: () => number, reason: string): Outcome<number> {
  try {
    return finiteOutcome(compute(), reason)
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? `${reason}: ${error.message}` : reason }
  }
}
