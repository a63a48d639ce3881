/**
 * A whole count (positions, paths, blocks) with thousands grouping: "12,345".
 * @example formatCount(12345) // '12,345'
 */
export function formatCount(count: number | bigint): string {
  return count.toLocaleString('en-US')
}
