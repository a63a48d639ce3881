// `npm run check:architecture`: prints every violation of the dependency rule (README "Project layout"),
// marks the ones the baseline (scripts/architecture-baseline.json) still allows, and exits 1 on a new
// violation or on a baseline entry that no longer occurs. `-- --prune` removes the entries that no longer
// occur from the baseline (it never adds any).
import { writeFileSync } from 'node:fs'
import {
  BASELINE_FILE,
  checkArchitecture,
  compareWithBaseline,
  formatViolation,
  readBaseline,
} from './architecture.mjs'

const root = process.cwd()
const { violations, modules } = await checkArchitecture(root)
const baseline = readBaseline(root)
const { newViolations, staleEntries } = compareWithBaseline(violations, baseline)
const isNew = new Set(newViolations)

/** @type {Map<string, typeof violations>} */
const byRule = new Map()
for (const v of violations) byRule.set(v.rule, [...(byRule.get(v.rule) ?? []), v])
console.log(`[architecture] ${modules.length} modules under src, ${violations.length} violation(s)`)
for (const [rule, list] of byRule) {
  console.log(`\n${rule} (${list.length})`)
  for (const v of list) console.log(`  ${isNew.has(v) ? 'NEW  ' : 'known'} ${formatViolation(v)}`)
}

if (process.argv.includes('--prune') && staleEntries.length > 0) {
  const stale = new Set(staleEntries)
  const kept = baseline.filter((v) => !stale.has(v))
  writeFileSync(`${root}/${BASELINE_FILE}`, `${JSON.stringify({ violations: kept }, null, 2)}\n`)
  console.log(`\n[architecture] pruned ${staleEntries.length} entries from ${BASELINE_FILE}`)
} else if (staleEntries.length > 0) {
  console.log(`\nno longer occurring, remove from ${BASELINE_FILE} (or run with -- --prune):`)
  for (const v of staleEntries) console.log(`  ${formatViolation(v)}`)
}

const known = violations.length - newViolations.length
console.log(
  `\n[architecture] ${newViolations.length} new, ${known} known (baseline), ${staleEntries.length} stale baseline entries`,
)
process.exit(
  newViolations.length > 0 || (staleEntries.length > 0 && !process.argv.includes('--prune')) ? 1 : 0,
)
