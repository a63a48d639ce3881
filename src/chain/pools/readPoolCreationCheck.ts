import { type Address, type Client, zeroAddress } from 'viem'
import { readContract } from 'viem/actions'
import type { PoolCreationCheck } from '../../domain/actions/poolCreationCheck.ts'
import { type ReferencePrice, v2ReferenceSqrtPriceX96 } from '../../domain/actions/priceDeviation.ts'
import type { PoolChoice } from '../../domain/catalogue/poolChoice.ts'
import { uniswapV2PairAbi } from '../abi/uniswapV2PairAbi.ts'
import { uniswapV3FactoryAbi } from '../abi/uniswapV3FactoryAbi.ts'
import { uniswapV3PoolAbi } from '../abi/uniswapV3PoolAbi.ts'

/**
 * Asks the V3 factory whether (token0, token1, fee) exists, and reads the spot price of every listed
 * pool of the same pair (V3 slot0, V2 reserves).
 */
export async function readPoolCreationCheck(
  client: Client,
  parameters: {
    factory: Address
    token0: Address
    token1: Address
    fee: number
    samePair: readonly PoolChoice[]
  },
): Promise<PoolCreationCheck> {
  const { factory, token0, token1, fee, samePair } = parameters
  const pool = await readContract(client, {
    address: factory,
    abi: uniswapV3FactoryAbi,
    functionName: 'getPool',
    args: [token0, token1, fee],
  })
  const references: ReferencePrice[] = []
  for (const choice of samePair) {
    const identity = { protocol: choice.protocol, fee: choice.fee }
    if (choice.protocol === 'v3') {
      const [sqrtPriceX96] = await readContract(client, {
        address: choice.address,
        abi: uniswapV3PoolAbi,
        functionName: 'slot0',
      })
      if (sqrtPriceX96 > 0n) references.push({ ...identity, sqrtPriceX96 })
    } else {
      const [reserve0, reserve1] = await readContract(client, {
        address: choice.address,
        abi: uniswapV2PairAbi,
        functionName: 'getReserves',
      })
      const sqrtPriceX96 = v2ReferenceSqrtPriceX96(reserve0, reserve1)
      if (sqrtPriceX96 !== undefined) references.push({ ...identity, sqrtPriceX96 })
    }
  }
  return { existingPool: pool === zeroAddress ? undefined : pool, references }
}
