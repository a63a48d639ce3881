import { type Address, type Client, parseAbi, zeroAddress } from 'viem'
import { readContract } from 'viem/actions'
import type { PoolCreationCheck } from '../../domain/actions/poolCreationCheck.ts'
import { type ReferencePrice, v2ReferenceSqrtPriceX96 } from '../../domain/actions/priceDeviation.ts'
import type { PoolChoice } from '../../domain/catalogue/poolChoice.ts'

const abi = parseAbi([
  'function getPool(address tokenA, address tokenB, uint24 fee) view returns (address)',
  'function slot0() view returns (uint160 sqrtPriceX96, int24 tick, uint16, uint16, uint16, uint8, bool)',
  'function getReserves() view returns (uint112 reserve0, uint112 reserve1, uint32)',
])

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
    abi,
    functionName: 'getPool',
    args: [token0, token1, fee],
  })
  const references: ReferencePrice[] = []
  for (const choice of samePair) {
    const identity = { protocol: choice.protocol, fee: choice.fee }
    if (choice.protocol === 'v3') {
      const [sqrtPriceX96] = await readContract(client, {
        address: choice.address,
        abi,
        functionName: 'slot0',
      })
      if (sqrtPriceX96 > 0n) references.push({ ...identity, sqrtPriceX96 })
    } else {
      const [reserve0, reserve1] = await readContract(client, {
        address: choice.address,
        abi,
        functionName: 'getReserves',
      })
      const sqrtPriceX96 = v2ReferenceSqrtPriceX96(reserve0, reserve1)
      if (sqrtPriceX96 !== undefined) references.push({ ...identity, sqrtPriceX96 })
    }
  }
  return { existingPool: pool === zeroAddress ? undefined : pool, references }
}
