// The dependency rule of issue 11 (README "Project layout"), checked by dependency-cruiser in `npm test`
// (scripts/architecture.test.ts) and printed by `npm run check:architecture` (scripts/check-architecture.mjs).
// Run it through those, not the depcruise CLI: dependency-cruiser's swc parse has no tsx flag, which
// scripts/architecture.mjs turns on for .tsx files.
//
//   math → nothing in src          domain → math            chain → domain, math, config (and chain)
//   queries → chain, domain, math, config                    ui → math, config        config → math
//   features → queries, domain, math, ui, config, chain/write, the shell features    workers → domain, math
//   App.tsx / main.tsx (composition root) → features, config, ui, queries
//
// Every import counts, type-only imports included: the swc parser (see scripts/architecture.ts) keeps
// `import type` statements in the graph. Test code (src/test-utils/**, *.test.ts(x)) is exempt as the
// importing side. npm packages are outside the rule. A layer may always import itself.

/** Files that are test code: exempt from the rule as the importing side. */
const TEST_CODE = ['^src/test-utils/', '\\.test\\.tsx?$']

/** The app shell: the only features another feature may import. */
const SHELL_FEATURES = '^src/features/(layout|wallet|chain-status|theme|settings|transactions|alerts)/'

/**
 * One rule per layer: `from` is the layer, `allowed` the src paths it may import besides itself.
 * @param {string} name
 * @param {string} from
 * @param {string[]} allowed
 */
const layer = (name, from, allowed) => ({
  name: `${name}-imports`,
  comment: `${name} may import only: ${allowed.length ? allowed.join(', ') : 'nothing in src'}`,
  severity: 'error',
  from: { path: from, pathNot: TEST_CODE },
  to: { path: '^src/', pathNot: [from, ...allowed] },
})

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    layer('math', '^src/math/', []),
    layer('domain', '^src/domain/', ['^src/math/']),
    layer('chain', '^src/chain/', ['^src/(domain|math|config)/']),
    layer('queries', '^src/queries/', ['^src/(chain|domain|math|config)/']),
    {
      name: 'features-imports',
      comment:
        'features may import only: queries, domain, math, ui, config, chain/write and features (siblings: see no-sibling-feature)',
      severity: 'error',
      from: { path: '^src/features/', pathNot: TEST_CODE },
      to: { path: '^src/', pathNot: ['^src/(features|queries|domain|math|ui|config)/', '^src/chain/write/'] },
    },
    {
      name: 'no-sibling-feature',
      comment: 'a feature may import another feature only when that one is a shell feature',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/', pathNot: TEST_CODE },
      to: { path: '^src/features/', pathNot: ['^src/features/$1/', SHELL_FEATURES] },
    },
    layer('ui', '^src/ui/', ['^src/(math|config)/']),
    layer('config', '^src/config/', ['^src/math/']),
    layer('workers', '^src/workers/', ['^src/(domain|math)/']),
    {
      name: 'app-imports',
      comment: 'the composition root (App.tsx, main.tsx) may import only: features, config, ui, queries',
      severity: 'error',
      from: { path: '^src/(App|main)\\.tsx$' },
      to: {
        path: '^src/',
        pathNot: ['^src/(App|main)\\.tsx$', '^src/index\\.css$', '^src/(features|config|ui|queries)/'],
      },
    },
    {
      name: 'no-test-code-in-app',
      comment: 'application code never imports test code',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST_CODE },
      to: { path: TEST_CODE },
    },
    {
      name: 'no-import-outside-src',
      comment:
        'application code imports only src files and npm packages (not devnet/, test/, bench/, scripts/)',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST_CODE },
      to: { path: '^(devnet|test|bench|scripts)/' },
    },
    {
      name: 'not-resolvable',
      comment: 'an import that does not resolve is a check that cannot see its target',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    // Parse TypeScript with swc (TypeScript 7 has no JS compiler API); keep type-only imports.
    parser: 'swc',
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'module', 'browser', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
    },
  },
}
