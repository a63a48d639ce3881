import {
  type Address,
  createPublicClient,
  encodeFunctionData,
  type Hex,
  http,
  parseAbi,
  parseEventLogs,
} from 'viem'
import { npmAbi, v3PoolAbi } from './abis.ts'

const npmMulticallAbi = parseAbi(['function multicall(bytes[] data) payable returns (bytes[] results)'])
const transferAbi = parseAbi([
  'event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)',
])

export interface MintManyParameters {
  rpcUrl: string
  npm: Address
  pool: { address: Address; token0: Address; token1: Address; fee: number; tickSpacing: number }
  /** An unlocked anvil account holding both tokens with the NPM approved (pays for the positions). */
  payer: Address
  /** Who gets the NFTs (needs no ETH nor tokens). */
  recipient: Address
  count: number
  /** NPM mints per transaction (one NPM multicall each). */
  perTransaction?: number
  /** Raw amounts of each side for the smallest position (scaled by 1..7 over the positions). */
  baseAmount0: bigint
  baseAmount1: bigint
}

export interface MintManyResult {
  /** Token ids minted, in mint order (ascending). */
  tokenIds: bigint[]
  transactions: number
  gasUsed: bigint
  ms: number
}

/**
 * Mints `count` tiny V3 positions to `recipient` fast: NPM `multicall(bytes[])` of `perTransaction` mints
 * per transaction, all transactions sent at once and mined in ONE block (anvil's block gas limit raised
 * for it). Ranges cycle through in-range, above-price (token0 only) and below-price (token1 only) ones
 * over a few tick pairs, so few ticks are initialised and the figures differ per position.
 */
export async function mintManyPositions(parameters: MintManyParameters): Promise<MintManyResult> {
  const { rpcUrl, npm, pool, payer, recipient, count, perTransaction = 100 } = parameters
  const startedAt = performance.now()
  const client = createPublicClient({ transport: http(rpcUrl, { timeout: 120_000 }), cacheTime: 0 })
  const rpc = (method: string, params: unknown[] = []) =>
    client.request({ method: method as never, params: params as never })
  const [, tick] = await client.readContract({ address: pool.address, abi: v3PoolAbi, functionName: 'slot0' })
  const spacing = pool.tickSpacing
  const base = Math.floor(tick / spacing) * spacing
  const ranges: [number, number][] = [
    [base - spacing, base + 2 * spacing],
    [base - 10 * spacing, base + 10 * spacing],
    [base - 40 * spacing, base + 25 * spacing],
    [base + 5 * spacing, base + 30 * spacing], // above the price: token0 only
    [base - 30 * spacing, base - 5 * spacing], // below the price: token1 only
  ]
  const mintCall = (index: number): Hex => {
    const [tickLower, tickUpper] = ranges[index % ranges.length] as [number, number]
    const scale = BigInt(1 + (index % 7))
    return encodeFunctionData({
      abi: npmAbi,
      functionName: 'mint',
      args: [
        {
          token0: pool.token0,
          token1: pool.token1,
          fee: pool.fee,
          tickLower,
          tickUpper,
          amount0Desired: parameters.baseAmount0 * scale,
          amount1Desired: parameters.baseAmount1 * scale,
          amount0Min: 0n,
          amount1Min: 0n,
          recipient,
          deadline: 2n ** 48n,
        },
      ],
    })
  }
  const gasPerTransaction = 60_000_000n
  const transactions = Math.ceil(count / perTransaction)
  await rpc('anvil_setBlockGasLimit', [`0x${(gasPerTransaction * BigInt(transactions + 1)).toString(16)}`])
  // The replica mines on an interval (no automine): sent transactions wait in the pool for evm_mine.
  const hashes: Hex[] = []
  for (let start = 0; start < count; start += perTransaction) {
    const calls = Array.from({ length: Math.min(perTransaction, count - start) }, (_, i) =>
      mintCall(start + i),
    )
    hashes.push(
      (await rpc('eth_sendTransaction', [
        {
          from: payer,
          to: npm,
          gas: `0x${gasPerTransaction.toString(16)}`,
          data: encodeFunctionData({ abi: npmMulticallAbi, functionName: 'multicall', args: [calls] }),
        },
      ])) as Hex,
    )
  }
  await rpc('evm_mine')
  const tokenIds: bigint[] = []
  let gasUsed = 0n
  for (const hash of hashes) {
    const receipt = await client.waitForTransactionReceipt({ hash, timeout: 120_000 })
    if (receipt.status !== 'success') throw new Error(`mint transaction ${hash} reverted`)
    gasUsed += receipt.gasUsed
    for (const log of parseEventLogs({ abi: transferAbi, logs: receipt.logs, eventName: 'Transfer' }))
      if (
        log.address.toLowerCase() === npm.toLowerCase() &&
        log.args.to.toLowerCase() === recipient.toLowerCase()
      )
        tokenIds.push(log.args.tokenId)
  }
  if (tokenIds.length !== count) throw new Error(`minted ${tokenIds.length} positions, not ${count}`)
  return { tokenIds, transactions, gasUsed, ms: Math.round(performance.now() - startedAt) }
}
