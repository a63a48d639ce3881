/**
 * Compiles the replicas' own contracts (devnet/replica/contracts/*.sol) with solc-js into
 * devnet/replica/artifacts/replicaTokens.json, committed so a replica never runs solc:
 * `npx tsx devnet/replica/compile.ts`. Kept apart from devnet/artifacts/tokens.json so the devnet's
 * artifacts (part of its state-cache key) stay byte-identical.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import solc from 'solc'

const replicaDir = dirname(fileURLToPath(import.meta.url))
const contractsDir = join(replicaDir, 'contracts')
const artifactPath = join(replicaDir, 'artifacts', 'replicaTokens.json')

interface SolcOutput {
  errors?: { severity: string; formattedMessage: string }[]
  contracts: Record<string, Record<string, { abi: unknown[]; evm: { bytecode: { object: string } } }>>
}

function compile(): void {
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
  const output = JSON.parse(solc.compile(JSON.stringify(input))) as SolcOutput
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error')
  if (errors.length > 0) throw new Error(errors.map((e) => e.formattedMessage).join('\n'))
  const contracts: Record<string, { abi: unknown[]; bytecode: string }> = {}
  for (const file of Object.keys(sources)) {
    for (const [name, contract] of Object.entries(output.contracts[file] ?? {})) {
      contracts[name] = { abi: contract.abi, bytecode: `0x${contract.evm.bytecode.object}` }
    }
  }
  writeFileSync(artifactPath, `${JSON.stringify({ compiler: solc.version(), contracts }, null, 2)}\n`)
  console.log(`wrote ${artifactPath}: ${Object.keys(contracts).join(', ')}`)
}

compile()
