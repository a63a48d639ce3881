// An independent oracle of a V3 position's PnL terms on the devnet, from the raw chain only: the NPM's
// logs of the token id, receipts, eth_call of the contracts at a pinned block, and USD prices read from
// the pools' raw Swap/Sync logs by the stated rule (test/helpers/rawLogPriceOracle.ts). None of the app's
// code is used. It covers a position in any pair whose two tokens (and WETH, for gas) that rule prices.
import { type Address, maxUint128, type PublicClient, parseAbi, parseAbiItem } from 'viem'
import { type OracleDeployments, usdPriceAt } from './rawLogPriceOracle.ts'

const events = {
  increase: parseAbiItem(
    'event IncreaseLiquidity(uint256 indexed tokenId, uint128 liquidity, uint256 amount0, uint256 amount1)',
  ),
  decrease: parseAbiItem(
    'event DecreaseLiquidity(uint256 indexed tokenId, uint128 liquidity, uint256 amount0, uint256 amount1)',
  ),
  collect: parseAbiItem(
    'event Collect(uint256 indexed tokenId, address recipient, uint256 amount0, uint256 amount1)',
  ),
  transfer: parseAbiItem('event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)'),
}
const npmAbi = parseAbi([
  'function positions(uint256 tokenId) view returns (uint96 nonce, address operator, address token0, address token1, uint24 fee, int24 tickLower, int24 tickUpper, uint128 liquidity, uint256 feeGrowthInside0LastX128, uint256 feeGrowthInside1LastX128, uint128 tokensOwed0, uint128 tokensOwed1)',
  'function ownerOf(uint256 tokenId) view returns (address)',
  'struct DecreaseLiquidityParams { uint256 tokenId; uint128 liquidity; uint256 amount0Min; uint256 amount1Min; uint256 deadline; }',
  'function decreaseLiquidity(DecreaseLiquidityParams params) payable returns (uint256 amount0, uint256 amount1)',
  'struct CollectParams { uint256 tokenId; address recipient; uint128 amount0Max; uint128 amount1Max; }',
  'function collect(CollectParams params) payable returns (uint256 amount0, uint256 amount1)',
])

export interface PnlOracleSetup {
  client: PublicClient
  npm: Address
  /** The wrapped native token: gas is priced as it. */
  weth: Address
  deployments: OracleDeployments
}

/** The PnL terms in USD, as amm-reference §10 defines them. */
export interface OraclePnl {
  valueNow: number
  deposits: number
  withdrawals: number
  holdValueNow: number
  fees: number
  gas: number
  total: number
}

/**
 * The PnL of V3 position `tokenId` as of block `head`: deposits and withdrawals
 * (IncreaseLiquidity / DecreaseLiquidity amounts) at their blocks' prices; fees = each Collect minus
 * the principal still owed from earlier decreases (principal is paid first), at the collect's price,
 * plus what collect would pay now beyond the owed principal; value now = what decreasing all of the
 * liquidity pays now (eth_call as the owner); gas = gasUsed × effectiveGasPrice of every transaction
 * with one of the token id's NPM logs, at its block's WETH price. Prices are USD per whole token by
 * usdPriceAt; today's are the state after the last event at or before `head`. Throws when a token has no
 * such price (the oracle does not guess).
 */
export async function oracleV3Pnl(setup: PnlOracleSetup, tokenId: bigint, head: bigint): Promise<OraclePnl> {
  const { client, npm, weth } = setup
  const position = await client.readContract({
    address: npm,
    abi: npmAbi,
    functionName: 'positions',
    args: [tokenId],
    blockNumber: head,
  })
  const [, , token0, token1, , , , liquidity] = position
  const decimalsOf = (address: string) => {
    const found = setup.deployments.tokens.find((t) => t.address.toLowerCase() === address.toLowerCase())
    if (!found) throw new Error(`no decimals for ${address}`)
    return found.decimals
  }
  const [decimals0, decimals1] = [decimalsOf(token0), decimalsOf(token1)]
  /** USD per whole token0, token1 and WETH at the start of `block` (events of earlier blocks only). */
  const pricesAt = async (block: bigint, timestamp?: number) => {
    const at = (token: Address) => usdPriceAt(client, setup.deployments, block, token, timestamp)
    return { price0: await at(token0), price1: await at(token1), weth: await at(weth) }
  }
  type Prices = Awaited<ReturnType<typeof pricesAt>>
  // Token amounts (wei) in USD at a block's prices.
  const usd = (amount0: bigint, amount1: bigint, prices: Prices) =>
    (Number(amount0) / 10 ** decimals0) * prices.price0 + (Number(amount1) / 10 ** decimals1) * prices.price1
  const timestampOf = async (block: bigint) =>
    Number((await client.getBlock({ blockNumber: block })).timestamp)
  const priceAt = (block: bigint) => pricesAt(block)
  const args = { tokenId }
  const range = { fromBlock: 0n, toBlock: head }
  const [increases, decreases, collects, transfers] = await Promise.all([
    client.getLogs({ address: npm, event: events.increase, args, ...range }),
    client.getLogs({ address: npm, event: events.decrease, args, ...range }),
    client.getLogs({ address: npm, event: events.collect, args, ...range }),
    client.getLogs({ address: npm, event: events.transfer, args, ...range }),
  ])
  let deposits = 0
  const net = [0n, 0n]
  for (const log of increases) {
    deposits += usd(log.args.amount0 as bigint, log.args.amount1 as bigint, await priceAt(log.blockNumber))
    net[0] = (net[0] ?? 0n) + (log.args.amount0 as bigint)
    net[1] = (net[1] ?? 0n) + (log.args.amount1 as bigint)
  }
  // Decreases and collects in chain order: a collect pays the owed principal first.
  const flows = [
    ...decreases.map((log) => ({ kind: 'decrease' as const, log })),
    ...collects.map((log) => ({ kind: 'collect' as const, log })),
  ].sort((a, b) =>
    a.log.blockNumber !== b.log.blockNumber
      ? Number(a.log.blockNumber - b.log.blockNumber)
      : a.log.logIndex - b.log.logIndex,
  )
  let withdrawals = 0
  let fees = 0
  const owed = [0n, 0n]
  for (const { kind, log } of flows) {
    const amount0 = log.args.amount0 as bigint
    const amount1 = log.args.amount1 as bigint
    const price = await priceAt(log.blockNumber)
    if (kind === 'decrease') {
      withdrawals += usd(amount0, amount1, price)
      owed[0] = (owed[0] ?? 0n) + amount0
      owed[1] = (owed[1] ?? 0n) + amount1
      net[0] = (net[0] ?? 0n) - amount0
      net[1] = (net[1] ?? 0n) - amount1
    } else {
      const principal0 = amount0 < (owed[0] ?? 0n) ? amount0 : (owed[0] ?? 0n)
      const principal1 = amount1 < (owed[1] ?? 0n) ? amount1 : (owed[1] ?? 0n)
      owed[0] = (owed[0] ?? 0n) - principal0
      owed[1] = (owed[1] ?? 0n) - principal1
      fees += usd(amount0 - principal0, amount1 - principal1, price)
    }
  }
  const owner = await client.readContract({
    address: npm,
    abi: npmAbi,
    functionName: 'ownerOf',
    args: [tokenId],
    blockNumber: head,
  })
  const priceNow = await pricesAt(head + 1n, await timestampOf(head))
  const [value0, value1] =
    liquidity === 0n
      ? [0n, 0n]
      : (
          await client.simulateContract({
            address: npm,
            abi: npmAbi,
            functionName: 'decreaseLiquidity',
            args: [{ tokenId, liquidity, amount0Min: 0n, amount1Min: 0n, deadline: 2n ** 64n }],
            account: owner,
            blockNumber: head,
          })
        ).result
  const [collect0, collect1] = (
    await client.simulateContract({
      address: npm,
      abi: npmAbi,
      functionName: 'collect',
      args: [{ tokenId, recipient: owner, amount0Max: maxUint128, amount1Max: maxUint128 }],
      account: owner,
      blockNumber: head,
    })
  ).result
  fees += usd(collect0 - (owed[0] ?? 0n), collect1 - (owed[1] ?? 0n), priceNow)
  const valueNow = usd(value0, value1, priceNow)
  const holdValueNow = usd(net[0] ?? 0n, net[1] ?? 0n, priceNow)

  const hashes = [
    ...new Set([...increases, ...decreases, ...collects, ...transfers].map((log) => log.transactionHash)),
  ]
  let gas = 0
  for (const hash of hashes) {
    const receipt = await client.getTransactionReceipt({ hash })
    const feeWei = receipt.gasUsed * receipt.effectiveGasPrice
    gas += (Number(feeWei) / 1e18) * (await priceAt(receipt.blockNumber)).weth
  }
  return {
    valueNow,
    deposits,
    withdrawals,
    holdValueNow,
    fees,
    gas,
    total: valueNow + withdrawals + fees - deposits - gas,
  }
}
