import { type Address, type Client, zeroAddress } from 'viem'
import type { PoolCreationCheck } from '../../domain/actions/poolCreationCheck.ts'
import { type ReferencePrice, v2ReferenceSqrtPriceX96 } from '../../domain/actions/priceDeviation.ts'
import type { PoolChoice } from '../../domain/catalogue/poolChoice.ts'
import { uniswapV3FactoryAbi } from '../abi/uniswapV3FactoryAbi.ts'
import { call } from '../batch/batchCall.ts'
import { zipResults } from '../batch/batchResult.ts'
import { type ResultTree, readBatch } from '../batch/readBatch.ts'
import { v2PairStateCalls, v3PoolStateCalls } from '../readers/readPoolStates.ts'

/**
 * Asks the V3 factory whether (token0, token1, fee) exists, and reads the spot price of every listed
 * pool of the same pair (V3 slot0, V2 reserves), in ONE eth_call.
 * @throws when the factory's getPool failed (whether the pool exists is then unknown)
 */
export async function readPoolCreationCheck(
  client: Client,
  parameters: {
    factory: Address
    token0: Address
    token1: Address
    fee: number
    samePair: readonly PoolChoice[]
    multicall3?: Address | undefined
    signal?: AbortSignal | undefined
  },
): Promise<PoolCreationCheck> {
  const { factory, token0, token1, fee, samePair } = parameters
  const results = await readBatch(client, {
    multicall3: parameters.multicall3,
    signal: parameters.signal,
    calls: {
      existingPool: call(factory, uniswapV3FactoryAbi, 'getPool', [token0, token1, fee]),
      references: referenceCalls(samePair),
    },
  })
  if (!results.existingPool.ok) throw new Error(`V3 factory getPool failed: ${results.existingPool.error}`)
  const references = toReferences(samePair, results.references)
  const existing = results.existingPool.value
  return { existingPool: existing === zeroAddress ? undefined : existing, references }
}

/** The spot-price reads of the listed pools of the same pair (V3 slot0, V2 reserves). */
export function referenceCalls(samePair: readonly PoolChoice[]) {
  return samePair.map((choice) => ({
    v3: choice.protocol === 'v3' ? [v3PoolStateCalls(choice.address).slot0] : [],
    v2: choice.protocol === 'v2' ? [v2PairStateCalls(choice.address).reserves] : [],
  }))
}

/**
 * The reference prices from referenceCalls' results (empty pools skipped).
 * @throws when a listed pool's price could not be read (the comparison would be silently missing)
 */
export function toReferences(
  samePair: readonly PoolChoice[],
  results: ResultTree<ReturnType<typeof referenceCalls>>,
): ReferencePrice[] {
  const references: ReferencePrice[] = []
  for (const [choice, read] of zipResults(samePair, results)) {
    const identity = { protocol: choice.protocol, fee: choice.fee }
    const [slot0] = read.v3
    const [reserves] = read.v2
    if (slot0) {
      if (!slot0.ok) throw new Error(`slot0 of ${choice.address} unavailable: ${slot0.error}`)
      if (slot0.value.sqrtPriceX96 > 0n)
        references.push({ ...identity, sqrtPriceX96: slot0.value.sqrtPriceX96 })
    } else if (reserves) {
      if (!reserves.ok) throw new Error(`reserves of ${choice.address} unavailable: ${reserves.error}`)
      const sqrtPriceX96 = v2ReferenceSqrtPriceX96(reserves.value.reserve0, reserves.value.reserve1)
      if (sqrtPriceX96 !== undefined) references.push({ ...identity, sqrtPriceX96 })
    }
  }
  return references
}
