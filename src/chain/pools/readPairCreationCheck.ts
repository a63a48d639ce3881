import { type Address, type Client, zeroAddress } from 'viem'
import type { PairCreationCheck } from '../../domain/actions/deriveCreatePair.ts'
import type { PoolChoice } from '../../domain/catalogue/poolChoice.ts'
import { uniswapV2FactoryAbi } from '../abi/uniswapV2FactoryAbi.ts'
import { call } from '../batch/batchCall.ts'
import { readBatch } from '../batch/readBatch.ts'
import { v2PairStateCalls } from '../readers/readPoolStates.ts'
import { referenceCalls, toReferences } from './readPoolCreationCheck.ts'

/**
 * Asks the V2 factory whether the pair of (tokenA, tokenB) exists (getPair), and reads the spot price of
 * every listed pool of the same pair, in ONE eth_call. Read again every block while the pair is being
 * created, so a pair someone else creates meanwhile stops the flow.
 * @throws when getPair failed (whether the pair exists is then unknown)
 */
export async function readPairCreationCheck(
  client: Client,
  parameters: {
    factory: Address
    tokenA: Address
    tokenB: Address
    samePair: readonly PoolChoice[]
    multicall3?: Address | undefined
    signal?: AbortSignal | undefined
  },
): Promise<PairCreationCheck> {
  const { factory, tokenA, tokenB, samePair } = parameters
  const results = await readBatch(client, {
    multicall3: parameters.multicall3,
    signal: parameters.signal,
    calls: {
      existingPair: call(factory, uniswapV2FactoryAbi, 'getPair', [tokenA, tokenB]),
      references: referenceCalls(samePair),
    },
  })
  if (!results.existingPair.ok) throw new Error(`V2 factory getPair failed: ${results.existingPair.error}`)
  const existing = results.existingPair.value
  const references = toReferences(samePair, results.references)
  if (existing === zeroAddress) return { existingPair: undefined, existingPairEmpty: false, references }
  // A pair created but never funded: its first deposit still sets the price (a second read, only then).
  const pair = await readBatch(client, {
    multicall3: parameters.multicall3,
    signal: parameters.signal,
    calls: { reserves: v2PairStateCalls(existing).reserves },
  })
  if (!pair.reserves.ok)
    throw new Error(`reserves of the existing pair ${existing} unavailable: ${pair.reserves.error}`)
  const { reserve0, reserve1 } = pair.reserves.value
  return { existingPair: existing, existingPairEmpty: reserve0 === 0n && reserve1 === 0n, references }
}
