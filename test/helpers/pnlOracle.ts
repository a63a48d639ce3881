// An independent oracle of a V3 position's PnL terms on the devnet, from the raw chain only: the NPM's
// logs of the token id, receipts, eth_call of the contracts at a pinned block, and WETH's USD price
// read from the WETH/USDC pools' raw Swap/Sync logs. None of the app's code is used. It covers
// positions in a WETH/USDC pool (the pair whose price rule it can state on its own: USDC is $1, WETH
// is the deepest WETH/USDC pool's price), which is most of the demo book.
import { type Address, maxUint128, type PublicClient, parseAbi, parseAbiItem } from 'viem'

const Q96 = 2n ** 96n
const SEVEN_DAYS = 7 * 86_400
const events = {
  swap: parseAbiItem(
    'event Swap(address indexed sender, address indexed recipient, int256 amount0, int256 amount1, uint160 sqrtPriceX96, uint128 liquidity, int24 tick)',
  ),
  sync: parseAbiItem('event Sync(uint112 reserve0, uint112 reserve1)'),
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

interface PoolRef {
  address: Address
  token0: string
  token1: string
}

export interface PnlOracleSetup {
  client: PublicClient
  npm: Address
  weth: Address
  usdc: Address
  v3Pools: readonly PoolRef[]
  v2Pairs: readonly PoolRef[]
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

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/**
 * USDC per WETH at the start of `block` (events of earlier blocks only): every WETH/USDC pool's last
 * Swap/Sync before it, at most 7 days older than `timestamp`, the one holding the most USDC (V3: the
 * virtual reserve L·√P or L/√P).
 */
export async function wethUsdBefore(
  setup: PnlOracleSetup,
  block: bigint,
  timestamp: number,
): Promise<number> {
  const { client, weth, usdc } = setup
  const pairs = (list: readonly PoolRef[]) =>
    list.filter(
      (p) => (same(p.token0, weth) && same(p.token1, usdc)) || (same(p.token0, usdc) && same(p.token1, weth)),
    )
  const fresh = async (logBlock: bigint) =>
    timestamp - Number((await client.getBlock({ blockNumber: logBlock })).timestamp) <= SEVEN_DAYS
  const candidates: { usdcReserve: number; usdcPerWeth: number }[] = []
  for (const pool of pairs(setup.v3Pools)) {
    const logs = await client.getLogs({
      address: pool.address,
      event: events.swap,
      fromBlock: 0n,
      toBlock: block - 1n,
    })
    const last = logs.at(-1)
    if (!last || !(await fresh(last.blockNumber))) continue
    const sqrt = last.args.sqrtPriceX96 as bigint
    const liquidity = last.args.liquidity as bigint
    const raw1Per0 = Number(sqrt) ** 2 / Number(Q96) ** 2
    const wethIs0 = same(pool.token0, weth)
    const usdcPerWeth = wethIs0 ? raw1Per0 * 1e12 : (1 / raw1Per0) * 1e12
    const usdcRaw = wethIs0 ? (liquidity * sqrt) / Q96 : (liquidity * Q96) / sqrt
    candidates.push({ usdcReserve: Number(usdcRaw), usdcPerWeth })
  }
  for (const pair of pairs(setup.v2Pairs)) {
    const logs = await client.getLogs({
      address: pair.address,
      event: events.sync,
      fromBlock: 0n,
      toBlock: block - 1n,
    })
    const last = logs.at(-1)
    if (!last || !(await fresh(last.blockNumber))) continue
    const [r0, r1] = [last.args.reserve0 as bigint, last.args.reserve1 as bigint]
    const [rWeth, rUsdc] = same(pair.token0, weth) ? [r0, r1] : [r1, r0]
    candidates.push({ usdcReserve: Number(rUsdc), usdcPerWeth: Number(rUsdc) / 1e6 / (Number(rWeth) / 1e18) })
  }
  const deepest = candidates.sort((a, b) => b.usdcReserve - a.usdcReserve)[0]
  if (!deepest) throw new Error(`no WETH/USDC price before block ${block}`)
  return deepest.usdcPerWeth
}

/**
 * The PnL of V3 position `tokenId` (in a WETH/USDC pool) as of block `head`: deposits and withdrawals
 * (IncreaseLiquidity / DecreaseLiquidity amounts) at their blocks' prices; fees = each Collect minus
 * the principal still owed from earlier decreases (principal is paid first), at the collect's price,
 * plus what collect would pay now beyond the owed principal; value now = what decreasing all of the
 * liquidity pays now (eth_call as the owner); gas = gasUsed × effectiveGasPrice of every transaction
 * with one of the token id's NPM logs, at its block's WETH price. Today's price is the state after the
 * last event at or before `head`.
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
  const [, , token0, , , , , liquidity] = position
  const wethIs0 = same(token0, weth)
  // [WETH, USDC] amounts in whole tokens, in USD at a WETH price.
  const usd = (amount0: bigint, amount1: bigint, price: number) => {
    const [wethWei, usdcRaw] = wethIs0 ? [amount0, amount1] : [amount1, amount0]
    return (Number(wethWei) / 1e18) * price + Number(usdcRaw) / 1e6
  }
  const timestampOf = async (block: bigint) =>
    Number((await client.getBlock({ blockNumber: block })).timestamp)
  const priceAt = async (block: bigint) => wethUsdBefore(setup, block, await timestampOf(block))
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
  const headTime = await timestampOf(head)
  const priceNow = await wethUsdBefore(setup, head + 1n, headTime)
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
    gas += (Number(feeWei) / 1e18) * (await priceAt(receipt.blockNumber))
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
