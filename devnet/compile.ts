/**
 * Compiles a folder of our own contracts with solc-js into one committed artifact (abi + creation bytecode),
 * so no devnet or replica start ever runs solc. Run as `npx tsx devnet/compile.ts` after editing
 * devnet/contracts/*.sol (writes devnet/artifacts/tokens.json); the replicas' contracts use the same
 * compile through devnet/replica/compile.ts.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import solc from 'solc'

const devnetDir = dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)

interface SolcOutput {
  errors?: { severity: string; formattedMessage: string }[]
  contracts: Record<string, Record<string, { abi: unknown[]; evm: { bytecode: { object: string } } }>>
}

/** Resolves `@openzeppelin/...` imports from node_modules for solc's import callback. */
function findImport(path: string): { contents: string } | { error: string } {
  try {
    return { contents: readFileSync(require.resolve(path), 'utf8') }
  } catch {
    return { error: `not found: ${path}` }
  }
}

/**
 * Compiles every `.sol` file of `contractsDir` (sorted, optimizer 200 runs, Cancun) and writes
 * `{ compiler, contracts: { Name: { abi, bytecode } } }` to `artifactPath`, abstract contracts left out.
 * @throws with solc's messages when a source does not compile
 */
export function compileContracts(contractsDir: string, artifactPath: string): void {
  const sources = Object.fromEntries(
    readdirSync(contractsDir)
      .filter((file) => file.endsWith('.sol'))
      .sort()
      .map((file) => [file, { content: readFileSync(join(contractsDir, file), 'utf8') }]),
  )
  const input = {
    language: 'Solidity',
    sources,
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: 'cancun',
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
    },
  }
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport })) as SolcOutput
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error')
  if (errors.length > 0) throw new Error(errors.map((e) => e.formattedMessage).join('\n'))

  const contracts: Record<string, { abi: unknown[]; bytecode: string }> = {}
  for (const file of Object.keys(sources)) {
    for (const [name, contract] of Object.entries(output.contracts[file] ?? {})) {
      const bytecode = contract.evm.bytecode.object
      if (bytecode.length === 0) continue // abstract contracts
      contracts[name] = { abi: contract.abi, bytecode: `0x${bytecode}` }
    }
  }
  writeFileSync(artifactPath, `${JSON.stringify({ compiler: solc.version(), contracts }, null, 2)}\n`)
  console.log(`wrote ${artifactPath}: ${Object.keys(contracts).join(', ')}`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  compileContracts(join(devnetDir, 'contracts'), join(devnetDir, 'artifacts', 'tokens.json'))
