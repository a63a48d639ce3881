// @vitest-environment node
// The dependency rule of issue 11 in `npm test`: the real tree may hold no violation beyond the baseline (which
// may only shrink), the parser really reads the tree (modules, .tsx files, type-only imports), and a fixture
// tree with deliberate violations has each one reported.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, posix } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type ArchitectureReport,
  type ArchitectureViolation,
  checkArchitecture,
  compareWithBaseline,
  formatViolation,
  readBaseline,
} from './architecture.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const swc = createRequire(import.meta.url)('@swc/core') as {
  parseSync: (source: string, options: Record<string, unknown>) => { body: SwcItem[] }
}
interface SwcItem {
  type: string
  typeOnly?: boolean
  source?: { value: string }
  specifiers?: { type: string; isTypeOnly?: boolean }[]
}

describe('the real tree', () => {
  let report: ArchitectureReport
  // Cruising ~460 modules takes a few seconds; a loaded 2-core machine can stretch that past the 10 s hook
  // default. This bounds a hang, not speed.
  beforeAll(async () => {
    report = await checkArchitecture(root)
  }, 120_000)

  it('is really parsed: more than 300 modules under src, .tsx files with their imports', () => {
    expect(report.modules.length).toBeGreaterThan(300)
    const tsx = report.modules.filter((m) => m.source.endsWith('.tsx'))
    expect(tsx.length).toBeGreaterThan(50)
    const app = report.modules.find((m) => m.source === 'src/App.tsx')
    expect(app?.dependencies).toContain('src/config/queryClient.ts')
  })

  // `import type` and `export type { } from` both count. (dependency-cruiser's acorn fallback parses TypeScript
  // loosely and drops `export type { } from`: this test fails with `parser: 'acorn'`.)
  it('has every type-only import and re-export of src in the graph (found independently with swc)', () => {
    const graph = new Map(report.modules.map((m) => [m.source, new Set(m.dependencies)]))
    const typeOnly: string[] = []
    for (const [file] of graph) {
      if (!/\.tsx?$/.test(file)) continue
      const source = readFileSync(join(root, file), 'utf8')
      const { body } = swc.parseSync(source, { syntax: 'typescript', tsx: file.endsWith('.tsx') })
      for (const item of body) {
        const isImportOrReexport = item.type === 'ImportDeclaration' || item.type === 'ExportNamedDeclaration'
        if (!isImportOrReexport || !item.source?.value.startsWith('.')) continue
        const specifiers = item.specifiers ?? []
        const allTypes =
          item.typeOnly === true || (specifiers.length > 0 && specifiers.every((s) => s.isTypeOnly === true))
        if (!allTypes) continue
        const target = posix.normalize(posix.join(posix.dirname(file), item.source.value))
        typeOnly.push(`${file} -> ${target}`)
        expect(graph.get(file), `${file} -> ${target}`).toContain(target)
      }
    }
    // Hundreds of `import type` lines exist in src; a parser that dropped them would leave these edges out.
    expect(typeOnly.length).toBeGreaterThan(100)
    expect(typeOnly).toContain(
      'src/features/transactions/useTxFlow.ts -> src/features/transactions/txFlowRunner.ts',
    )
  })

  it('has no violation beyond the baseline, and every baseline entry still occurs (the baseline only shrinks)', () => {
    const { newViolations, staleEntries } = compareWithBaseline(report.violations, readBaseline(root))
    expect(newViolations.map(formatViolation), 'new violations (npm run check:architecture)').toEqual([])
    expect(staleEntries.map(formatViolation), `stale entries: remove them from the baseline`).toEqual([])
  })
})

describe('a fixture tree with deliberate violations', () => {
  let fixture: string
  let report: ArchitectureReport
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(fixture, path)), { recursive: true })
    writeFileSync(join(fixture, path), text)
  }

  beforeAll(async () => {
    fixture = mkdtempSync(join(tmpdir(), 'poolscope-architecture-'))
    write(
      'src/math/price.ts',
      "import type { Row } from '../chain/row.ts'\nexport const price = (r: Row) => r\n",
    )
    write('src/domain/view.ts', "import { price } from '../math/price.ts'\nexport const view = price\n")
    write(
      'src/chain/row.ts',
      "import { model } from '../features/positions/model.ts'\nexport type Row = typeof model\n",
    )
    write('src/chain/write/request.ts', 'export const request = 1\n')
    write('src/chain/read.ts', 'export const read = 1\n')
    write(
      'src/chain/abi/pool.ts',
      "const parseAbi = (items: string[]) => items\nexport const poolAbi = parseAbi(['function slot0() view returns (uint160)'])\n",
    )
    write(
      'src/config/chains.ts',
      'export const DEVNET_CHAIN_ID = 31337\nexport const isDevnet = (id: number) => id === DEVNET_CHAIN_ID\n',
    )
    write('src/features/wallet/account.ts', 'export const account = 1\n')
    write('src/features/simulator/projection.ts', 'export const projection = 1\n')
    write(
      'src/features/positions/model.ts',
      [
        "import { DEVNET_CHAIN_ID } from '../../config/chains.ts'",
        "import { read } from '../../chain/read.ts'",
        "import { request } from '../../chain/write/request.ts'",
        "import { account } from '../wallet/account.ts'",
        "import { view } from '../../domain/view.ts'",
        'const parseAbi = (items: string[]) => items',
        "export const abi = parseAbi(['function x() view returns (uint256)'])",
        "export const inlineAbi = [{ type: 'event', name: 'Transfer', inputs: [] }] as const",
        'export const model = { read, request, account, view, devnet: DEVNET_CHAIN_ID === 1 }',
        '',
      ].join('\n'),
    )
    write(
      'src/features/positions/Card.tsx',
      "import { projection } from '../simulator/projection.ts'\nexport const Card = () => <p>{projection}</p>\n",
    )
    write(
      'src/features/positions/model.test.ts',
      "import { projection } from '../simulator/projection.ts'\nexport const t = projection\n",
    )
    write(
      'src/features/settings/aliased.ts',
      "import { DEVNET_CHAIN_ID as devnetId } from '../../config/chains.ts'\nexport const aliased = devnetId\n",
    )
    write('src/ui/reexport.ts', "export type { Row } from '../chain/row.ts'\n")
    write('src/workers/worker.ts', "import type { Row } from '../chain/row.ts'\nexport type W = Row\n")
    report = await checkArchitecture(fixture)
  }, 120_000)
  afterAll(() => rmSync(fixture, { recursive: true, force: true }))

  it('reports exactly the deliberate violations (type-only imports and re-exports, .tsx included; test files exempt)', () => {
    const expected: ArchitectureViolation[] = [
      { rule: 'abi-outside-chain-abi', from: 'src/features/positions/model.ts', to: 'inline ABI', count: 1 },
      { rule: 'abi-outside-chain-abi', from: 'src/features/positions/model.ts', to: 'parseAbi(', count: 1 },
      { rule: 'chain-imports', from: 'src/chain/row.ts', to: 'src/features/positions/model.ts', count: 1 },
      {
        rule: 'devnet-chain-id-outside-catalogue',
        from: 'src/features/positions/model.ts',
        to: 'DEVNET_CHAIN_ID',
        count: 1,
      },
      {
        rule: 'devnet-chain-id-outside-catalogue',
        from: 'src/features/settings/aliased.ts',
        to: 'DEVNET_CHAIN_ID',
        count: 1,
      },
      {
        rule: 'features-imports',
        from: 'src/features/positions/model.ts',
        to: 'src/chain/read.ts',
        count: 1,
      },
      { rule: 'math-imports', from: 'src/math/price.ts', to: 'src/chain/row.ts', count: 1 },
      {
        rule: 'no-sibling-feature',
        from: 'src/features/positions/Card.tsx',
        to: 'src/features/simulator/projection.ts',
        count: 1,
      },
      { rule: 'ui-imports', from: 'src/ui/reexport.ts', to: 'src/chain/row.ts', count: 1 },
      { rule: 'workers-imports', from: 'src/workers/worker.ts', to: 'src/chain/row.ts', count: 1 },
    ]
    expect(report.violations.map(formatViolation).sort()).toEqual(expected.map(formatViolation).sort())
  })

  it('fails the baseline comparison on a new violation and on an entry that no longer occurs', () => {
    const [first, ...rest] = report.violations
    if (!first) throw new Error('the fixture has violations')
    const gone = { rule: 'math-imports', from: 'src/math/gone.ts', to: 'src/chain/row.ts', count: 1 }
    const { newViolations, staleEntries } = compareWithBaseline(report.violations, [...rest, gone])
    expect(newViolations).toEqual([first])
    expect(staleEntries).toEqual([gone])
  })
})
