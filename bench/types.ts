/** bench-results.json: metric id → measured value and its unit. */
export type BenchMetrics = Record<string, { value: number; unit: string }>
