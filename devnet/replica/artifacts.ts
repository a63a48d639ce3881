import { createRequire } from 'node:module'
import type { Abi, Hex } from 'viem'
import type { Artifact } from '../artifacts.ts'

const require = createRequire(import.meta.url)

/** Artifacts only replicas use (the devnet's list stays as it is, so its cache key does too). */
const REPLICA_ARTIFACT_PATHS = {
  SwapRouter02: '@uniswap/swap-router-contracts/artifacts/contracts/SwapRouter02.sol/SwapRouter02.json',
} as const

export type ReplicaArtifactName = keyof typeof REPLICA_ARTIFACT_PATHS | 'FiatTokenLike'

/** Files whose content decides a replica's state besides the devnet's own inputs. */
export function replicaArtifactFiles(): string[] {
  return [
    ...Object.values(REPLICA_ARTIFACT_PATHS).map((path) => require.resolve(path)),
    require.resolve('./artifacts/replicaTokens.json'),
  ]
}

/** Loads a replica-only artifact (npm SwapRouter02, or a contract from devnet/replica/contracts). */
export function loadReplicaArtifact(name: ReplicaArtifactName): Artifact {
  if (name === 'FiatTokenLike') {
    const compiled = require('./artifacts/replicaTokens.json') as {
      contracts: Record<string, { abi: Abi; bytecode: Hex }>
    }
    const contract = compiled.contracts[name]
    if (!contract) throw new Error(`replicaTokens.json lacks ${name}: run devnet/replica/compile.ts`)
    return contract
  }
  const raw = require(REPLICA_ARTIFACT_PATHS[name]) as { abi: Abi; bytecode: string }
  return {
    abi: raw.abi,
    bytecode: (raw.bytecode.startsWith('0x') ? raw.bytecode : `0x${raw.bytecode}`) as Hex,
  }
}
