// The shape of each chain replica (chain id, genesis number, block rates), with no import: scripts set the
// app's replica env from it before anything loads the catalogue (which reads that env when first imported).

/** A public chain a replica imitates. */
export type ReplicaChain = 'ethereum' | 'arbitrum' | 'base'

export const REPLICA_CHAINS: readonly ReplicaChain[] = ['ethereum', 'arbitrum', 'base']

/** Shape of each replica: the real chain id, a real-order head, real and replica block rates. */
export interface ReplicaSpec {
  chainId: number
  /** anvil's genesis block number (`--number`): the real chain's order of magnitude. */
  genesisNumber: number
  /** Blocks per hour on the real chain (the limits proxy scales its ranges by replica / real). */
  realBlocksPerHour: number
  /** Interval mining of a started replica, seconds (cheap: far fewer blocks than the real chain). */
  blockTimeSec: number
}

/**
 * One block every 2 minutes on every replica, in the seeded history (empty blocks fill each step) and
 * after the start (interval mining): the block rate is the same before and after the start, so the
 * limits proxy's range scaling (replica / real blocks per hour) holds for any window, and the head is
 * never older than the app's 180 s staleness limit.
 */
const REPLICA_BLOCK_TIME_SEC = 120

export const REPLICA_SPECS: Record<ReplicaChain, ReplicaSpec> = {
  ethereum: {
    chainId: 1,
    genesisNumber: 21_000_000,
    realBlocksPerHour: 300,
    blockTimeSec: REPLICA_BLOCK_TIME_SEC,
  },
  arbitrum: {
    chainId: 42_161,
    genesisNumber: 250_000_000,
    realBlocksPerHour: 14_400,
    blockTimeSec: REPLICA_BLOCK_TIME_SEC,
  },
  base: {
    chainId: 8_453,
    genesisNumber: 20_000_000,
    realBlocksPerHour: 1_800,
    blockTimeSec: REPLICA_BLOCK_TIME_SEC,
  },
}

/** The first block a fresh replica places contracts in: the one after its genesis (checked when seeding). */
export function replicaDeploymentBlock(spec: Pick<ReplicaSpec, 'genesisNumber'>): number {
  return spec.genesisNumber + 1
}

/**
 * The build-time env that makes the app read every replica chain like the public chain it copies, with
 * the replica's deployment block as the start of event scans (`VITE_DEPLOYMENT_BLOCK_<chainId>`) and a
 * public RPC's rate limit (`VITE_RPC_RATE_LIMIT_<chainId>`): the
 * browser tests' build uses it (scripts/test.mjs) and so does `npm start -- --replica`.
 */
export function replicaAppEnv(): Record<string, string> {
  return Object.fromEntries(
    REPLICA_CHAINS.flatMap((chain) => {
      const spec = REPLICA_SPECS[chain]
      return [
        [`VITE_DEPLOYMENT_BLOCK_${spec.chainId}`, String(replicaDeploymentBlock(spec))],
        // A replica stands for a public RPC: read it with a public RPC's rate limit, although it is on loopback.
        [`VITE_RPC_RATE_LIMIT_${spec.chainId}`, '20/8'],
      ]
    }),
  )
}
