/**
 * Compiles the replicas' own contracts (devnet/replica/contracts/*.sol) into
 * devnet/replica/artifacts/replicaTokens.json, committed so a replica never runs solc:
 * `npx tsx devnet/replica/compile.ts`. Kept apart from devnet/artifacts/tokens.json so the devnet's
 * artifacts (part of its state-cache key) stay byte-identical.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compileContracts } from '../compile.ts'

const replicaDir = dirname(fileURLToPath(import.meta.url))
compileContracts(join(replicaDir, 'contracts'), join(replicaDir, 'artifacts', 'replicaTokens.json'))
