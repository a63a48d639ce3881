// The architecture check of issue 11: the layer rule (dependency-cruiser with .dependency-cruiser.cjs), ABI
// declarations outside src/chain/abi and DEVNET_CHAIN_ID branches outside the catalogue and config (an swc AST
// scan). Used by scripts/architecture.test.ts (in `npm test`) and `npm run check:architecture`.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, sep } from 'node:path'

const require = createRequire(import.meta.url)

/**
 * One finding: a rule, the file that breaks it, and what it imports or declares.
 * - rule: a `.dependency-cruiser.cjs` rule name, `abi-outside-chain-abi` or `devnet-chain-id-outside-catalogue`;
 * - from: the offending file, relative to the checked root (`src/...`);
 * - to: the imported module (resolved path), or what the file declares (`parseAbi(`, `inline ABI`, `DEVNET_CHAIN_ID`);
 * - count: how many occurrences in `from` (always 1 for an import).
 * @typedef {{ rule: string, from: string, to: string, count: number }} ArchitectureViolation
 */

/**
 * What one check run saw, with enough of the graph (every module under src and its resolved imports) to prove
 * that the parser really read the tree.
 * @typedef {{ violations: ArchitectureViolation[], modules: { source: string, dependencies: string[] }[] }} ArchitectureReport
 */

let swcTsxPatched = false
/**
 * dependency-cruiser 17 parses every TypeScript file with swc's `syntax: 'typescript'` and no `tsx` flag,
 * so any `.tsx` file fails to parse. Turn `tsx` on for `.tsx` files only (JSX would misparse generic arrows
 * in `.ts`). dependency-cruiser imports the same CommonJS `@swc/core` exports object, so it sees this.
 * The test proves it: `.tsx` modules appear in the graph with their imports.
 */
function enableSwcTsx() {
  const swc = require('@swc/core')
  if (!swcTsxPatched) {
    const parseFileSync = swc.parseFileSync.bind(swc)
    swc.parseFileSync = (file, options) => parseFileSync(file, { ...options, tsx: file.endsWith('.tsx') })
    swcTsxPatched = true
  }
  return swc
}

/** @param {string} file */
const isTestCode = (file) => /^src\/test-utils\//.test(file) || /\.test\.tsx?$/.test(file)
/** @param {string} path */
const toPosix = (path) => path.split(sep).join('/')

/**
 * All .ts/.tsx files under `root/src`, as `src/...` paths.
 * @param {string} root
 * @returns {string[]}
 */
function sourceFiles(root) {
  /** @type {string[]} */
  const out = []
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/\.tsx?$/.test(entry.name)) out.push(toPosix(relative(root, path)))
    }
  }
  walk(join(root, 'src'))
  return out.sort()
}

/**
 * Runs dependency-cruiser over `root/src` with the rules of `.dependency-cruiser.cjs` (always this repo's).
 * @param {string} root
 * @returns {Promise<ArchitectureReport>}
 */
async function cruiseLayers(root) {
  enableSwcTsx()
  const { cruise } = await import('dependency-cruiser')
  const config = require('../.dependency-cruiser.cjs')
  const { enhancedResolveOptions, ...options } = config.options
  const result = await cruise(
    ['src'],
    { ...options, baseDir: root, validate: true, ruleSet: { forbidden: config.forbidden } },
    enhancedResolveOptions,
  )
  const output = /** @type {import('dependency-cruiser').ICruiseResult} */ (result.output)
  const modules = output.modules
    .filter((m) => m.source.startsWith('src/'))
    .map((m) => ({ source: m.source, dependencies: m.dependencies.map((d) => d.resolved) }))
  const violations = output.summary.violations.map((v) => ({
    rule: v.rule.name,
    from: v.from,
    to: v.to,
    count: 1,
  }))
  return { modules, violations }
}

/** @typedef {{ type?: string, [key: string]: any }} AstNode */

/**
 * Visits every object in an swc AST (depth first), passing the types of its ancestors.
 * @param {unknown} node
 * @param {(node: AstNode, ancestors: string[]) => void} visit
 * @param {string[]} [ancestors]
 */
function walkAst(node, visit, ancestors = []) {
  if (Array.isArray(node)) {
    for (const child of node) walkAst(child, visit, ancestors)
    return
  }
  if (node === null || typeof node !== 'object') return
  const n = /** @type {AstNode} */ (node)
  visit(n, ancestors)
  const next = typeof n.type === 'string' ? [...ancestors, n.type] : ancestors
  for (const [key, value] of Object.entries(n)) {
    if (key !== 'span' && value && typeof value === 'object') walkAst(value, visit, next)
  }
}

const ABI_ITEM_TYPES = new Set(['function', 'event', 'error'])

/**
 * True when an swc ObjectExpression has `type: 'function' | 'event' | 'error'`.
 * @param {AstNode} node
 */
function isAbiItemObject(node) {
  if (node.type !== 'ObjectExpression') return false
  return (node.properties ?? []).some((/** @type {AstNode} */ p) => {
    if (p.type !== 'KeyValueProperty') return false
    const { key, value } = p
    const keyName =
      key.type === 'Identifier' ? key.value : key.type === 'StringLiteral' ? key.value : undefined
    return keyName === 'type' && value.type === 'StringLiteral' && ABI_ITEM_TYPES.has(value.value)
  })
}

/**
 * The expression inside `x as const`, `x satisfies T`, `(x)`.
 * @param {AstNode} node
 * @returns {AstNode}
 */
function unwrap(node) {
  let n = node
  while (
    n &&
    (n.type === 'TsConstAssertion' ||
      n.type === 'TsAsExpression' ||
      n.type === 'TsSatisfiesExpression' ||
      n.type === 'ParenthesisExpression')
  ) {
    n = n.expression
  }
  return n
}

/**
 * Scans the non-test files under `root/src` with swc for ABI declarations outside `src/chain/abi`
 * (`parseAbi(`/`parseAbiItem(` calls, array literals holding `{ type: 'function' | 'event' | 'error' }`
 * objects) and uses of `DEVNET_CHAIN_ID` outside `src/config` and `src/chain/catalogue`.
 * @param {string} root
 * @returns {ArchitectureViolation[]}
 */
export function scanDeclarations(root) {
  const swc = enableSwcTsx()
  /** @type {ArchitectureViolation[]} */
  const violations = []
  for (const file of sourceFiles(root)) {
    if (isTestCode(file)) continue
    const abiAllowed = file.startsWith('src/chain/abi/')
    const devnetAllowed = file.startsWith('src/config/') || file.startsWith('src/chain/catalogue/')
    if (abiAllowed && devnetAllowed) continue
    const source = readFileSync(join(root, file), 'utf8')
    if (!/parseAbi|'function'|"function"|'event'|"event"|'error'|"error"|DEVNET_CHAIN_ID/.test(source))
      continue
    const ast = swc.parseFileSync(join(root, file), {
      syntax: 'typescript',
      tsx: file.endsWith('.tsx'),
      target: 'es2022',
    })
    /** @type {Map<string, number>} */
    const counts = new Map()
    /** @type {(rule: string, to: string) => void} */
    const add = (rule, to) => counts.set(`${rule}\n${to}`, (counts.get(`${rule}\n${to}`) ?? 0) + 1)
    walkAst(ast, (node, ancestors) => {
      if (!abiAllowed) {
        if (node.type === 'CallExpression') {
          const callee = unwrap(node.callee)
          const name =
            callee?.type === 'Identifier'
              ? callee.value
              : callee?.type === 'MemberExpression' && callee.property.type === 'Identifier'
                ? callee.property.value
                : undefined
          if (name === 'parseAbi' || name === 'parseAbiItem') add('abi-outside-chain-abi', `${name}(`)
        }
        if (node.type === 'ArrayExpression') {
          const elements = node.elements ?? []
          if (
            elements.some(
              (/** @type {AstNode | null} */ e) => e?.expression && isAbiItemObject(unwrap(e.expression)),
            )
          ) {
            add('abi-outside-chain-abi', 'inline ABI')
          }
        }
      }
      // An aliased import (`DEVNET_CHAIN_ID as devnetId`) is a use: its local name is not searched for.
      if (
        !devnetAllowed &&
        node.type === 'ImportSpecifier' &&
        node.imported?.value === 'DEVNET_CHAIN_ID' &&
        node.local?.value !== 'DEVNET_CHAIN_ID'
      ) {
        add('devnet-chain-id-outside-catalogue', 'DEVNET_CHAIN_ID')
      }
      if (
        !devnetAllowed &&
        node.type === 'Identifier' &&
        node.value === 'DEVNET_CHAIN_ID' &&
        !ancestors.includes('ImportDeclaration')
      ) {
        add('devnet-chain-id-outside-catalogue', 'DEVNET_CHAIN_ID')
      }
    })
    for (const [key, count] of counts) {
      const [rule = '', to = ''] = key.split('\n')
      violations.push({ rule, from: file, to, count })
    }
  }
  return violations
}

/**
 * Runs every architecture check over the tree at `root` (a folder holding `src/`).
 * @param {string} root
 * @returns {Promise<ArchitectureReport>}
 */
export async function checkArchitecture(root) {
  const layers = await cruiseLayers(root)
  const violations = [...layers.violations, ...scanDeclarations(root)].sort(compareViolations)
  return { violations, modules: layers.modules }
}

/** @param {ArchitectureViolation} v */
const violationKey = (v) => `${v.rule} ${v.from} -> ${v.to} ×${v.count}`

/**
 * @param {ArchitectureViolation} a
 * @param {ArchitectureViolation} b
 */
function compareViolations(a, b) {
  return violationKey(a) < violationKey(b) ? -1 : violationKey(a) > violationKey(b) ? 1 : 0
}

/** The allow-list of known violations (exact entries); it may only shrink. */
export const BASELINE_FILE = 'scripts/architecture-baseline.json'

/**
 * Reads the baseline (`{ "violations": [...] }`) from `root`.
 * @param {string} root
 * @returns {ArchitectureViolation[]}
 */
export function readBaseline(root) {
  return JSON.parse(readFileSync(join(root, BASELINE_FILE), 'utf8')).violations
}

/**
 * Compares found violations with the baseline: what is new, and which baseline entries no longer occur.
 * @param {ArchitectureViolation[]} found
 * @param {ArchitectureViolation[]} baseline
 * @returns {{ newViolations: ArchitectureViolation[], staleEntries: ArchitectureViolation[] }}
 */
export function compareWithBaseline(found, baseline) {
  const known = new Set(baseline.map(violationKey))
  const seen = new Set(found.map(violationKey))
  return {
    newViolations: found.filter((v) => !known.has(violationKey(v))),
    staleEntries: baseline.filter((v) => !seen.has(violationKey(v))),
  }
}

/**
 * One line per violation, for people.
 * @param {ArchitectureViolation} v
 * @returns {string}
 */
export function formatViolation(v) {
  return `${v.rule}: ${v.from} -> ${v.to}${v.count > 1 ? ` (×${v.count})` : ''}`
}
