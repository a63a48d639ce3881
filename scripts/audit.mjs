// `npm audit --omit=dev` for the shipped dependencies: prints every finding and exits non-zero on a
// high or critical one unless SECURITY.md explains it (a line "- `package`: why" under
// "## Audit exceptions"). Exit codes: 0 clean or all explained, 1 unexplained high/critical,
// 2 the audit could not run (e.g. the registry's advisory endpoint is unreachable; pass
// --allow-unreachable to exit 0 then, e.g. offline).
// Usage: node scripts/audit.mjs [--input report.json] [--allow-unreachable]
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

const args = process.argv.slice(2)
const inputIndex = args.indexOf('--input')
const allowUnreachable = args.includes('--allow-unreachable')
const BLOCKING = new Set(['high', 'critical'])

/** Runs npm audit (or reads a saved JSON report) and returns its parsed JSON, or an error string. */
function readReport() {
  let raw
  if (inputIndex >= 0) raw = readFileSync(args[inputIndex + 1], 'utf8')
  else {
    const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 })
    raw = result.stdout
    if (!raw)
      return { error: `npm audit produced no output (exit ${result.status}): ${result.stderr.trim()}` }
  }
  try {
    return { report: JSON.parse(raw) }
  } catch {
    return { error: `npm audit output is not JSON: ${raw.slice(0, 200)}` }
  }
}

/** Package names SECURITY.md explains under "## Audit exceptions". */
function explainedPackages() {
  if (!existsSync('SECURITY.md')) return new Set()
  const text = readFileSync('SECURITY.md', 'utf8')
  const section = text.split(/^## Audit exceptions\s*$/m)[1]?.split(/^## /m)[0] ?? ''
  return new Set([...section.matchAll(/^- `([^`]+)`:\s*\S/gm)].map((match) => match[1]))
}

const { report, error } = readReport()
if (error || !report.vulnerabilities) {
  const reason =
    error ?? report.message ?? report.error?.summary ?? `status ${report.statusCode ?? 'unknown'}`
  console.error(`[audit] could not audit: ${reason.trim()}`)
  if (/advisories\/bulk/.test(reason))
    console.error('[audit] the registry advisory endpoint is unreachable from here')
  console.log('audit: unavailable')
  process.exit(allowUnreachable ? 0 : 2)
}

const explained = explainedPackages()
const findings = Object.values(report.vulnerabilities)
const unexplained = []
for (const finding of findings) {
  const advisories = finding.via
    .filter((via) => typeof via === 'object')
    .map((via) => `${via.title ?? ''} ${via.url ?? ''}`.trim())
  const blocking = BLOCKING.has(finding.severity)
  const note = blocking ? (explained.has(finding.name) ? 'explained in SECURITY.md' : 'UNEXPLAINED') : ''
  console.log(`[audit] ${finding.severity.padEnd(8)} ${finding.name} ${finding.range} ${note}`)
  for (const advisory of advisories) console.log(`         ${advisory}`)
  if (blocking && !explained.has(finding.name)) unexplained.push(finding.name)
}
const counts = report.metadata?.vulnerabilities ?? {}
console.log(
  `audit: ${findings.length} finding(s) (critical ${counts.critical ?? 0}, high ${counts.high ?? 0}, ` +
    `moderate ${counts.moderate ?? 0}, low ${counts.low ?? 0}); unexplained high/critical: ${unexplained.length}`,
)
process.exit(unexplained.length > 0 ? 1 : 0)
