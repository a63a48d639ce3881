/** One chain read's outcome: its value, or why it is unavailable (never a default such as 0). */
export type ReadResult<value> = { ok: true; value: value } | { ok: false; error: string }
