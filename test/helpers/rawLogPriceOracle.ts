import { type Address, type PublicClient, parseAbiItem } from 'viem'

const swapEvent = parseAbiItem(
  'event Swap(address indexed sender, address indexed recipient, int256 amount0, int256 amount1, uint160 sqrtPriceX96, uint128 liquidity, int24 tick)',
)
const syncEvent = parseAbiItem('event Sync(uint112 reserve0, uint112 reserve1)')
const Q96 = 2n ** 96n
const SEVEN_DAYS = 7 * 86_400

/** What the oracle needs of the devnet's deployments: its pools and pairs, and the USD token. */
export interface OracleDeployments {
  usdToken: Address
  tokens: readonly { address: Address; decimals: number }[]
  v3Pools: readonly { address: Address; token0: string; token1: string }[]
  v2Pairs: readonly { address: Address; token0: string; token1: string }[]
}

/**
 * The test oracle of past USD prices, from the raw logs only (none of the app's code): a token's USD
 * price at `block` is that of its pools with the USD token (V3 and V2) whose last Swap/Sync is strictly
 * before the block and at most 7 days older; among them the one holding the most USD (virtual reserve
 * L·√P for V3). The USD token itself is 1. Throws when no such pool exists (the test must not guess).
 * @returns USD per whole token
 */
export async function usdPriceAt(
  client: PublicClient,
  deployments: OracleDeployments,
  block: bigint,
  token: Address,
): Promise<number> {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
  const usd = deployments.usdToken
  if (same(token, usd)) return 1
  const decimalsOf = (address: string) => {
    const found = deployments.tokens.find((t) => same(t.address, address))
    if (!found) throw new Error(`no decimals for ${address}`)
    return found.decimals
  }
  const dToken = decimalsOf(token)
  const dUsd = decimalsOf(usd)
  const { timestamp } = await client.getBlock({ blockNumber: block })
  const pairs = (list: readonly { address: Address; token0: string; token1: string }[]) =>
    list.filter(
      (p) => (same(p.token0, token) && same(p.token1, usd)) || (same(p.token0, usd) && same(p.token1, token)),
    )
  const candidates: { usdReserve: number; usdPerToken: number }[] = []
  const recent = async (log: { blockNumber: bigint }) =>
    Number(timestamp) - Number((await client.getBlock({ blockNumber: log.blockNumber })).timestamp) <=
    SEVEN_DAYS
  for (const pool of pairs(deployments.v3Pools)) {
    const logs = await client.getLogs({
      address: pool.address,
      event: swapEvent,
      fromBlock: 0n,
      toBlock: block - 1n,
    })
    const last = logs.at(-1)
    if (!last || !(await recent(last))) continue
    const sqrt = last.args.sqrtPriceX96 as bigint
    const liquidity = last.args.liquidity as bigint
    const raw1Per0 = Number(sqrt) ** 2 / Number(Q96) ** 2
    const tokenIs0 = same(pool.token0, token)
    const usdPerToken = (tokenIs0 ? raw1Per0 : 1 / raw1Per0) * 10 ** (dToken - dUsd)
    const usdRaw = tokenIs0 ? (liquidity * sqrt) / Q96 : (liquidity * Q96) / sqrt
    candidates.push({ usdReserve: Number(usdRaw), usdPerToken })
  }
  for (const pair of pairs(deployments.v2Pairs)) {
    const logs = await client.getLogs({
      address: pair.address,
      event: syncEvent,
      fromBlock: 0n,
      toBlock: block - 1n,
    })
    const last = logs.at(-1)
    if (!last || !(await recent(last))) continue
    const [r0, r1] = [last.args.reserve0 as bigint, last.args.reserve1 as bigint]
    const [rToken, rUsd] = same(pair.token0, token) ? [r0, r1] : [r1, r0]
    candidates.push({
      usdReserve: Number(rUsd),
      usdPerToken: Number(rUsd) / 10 ** dUsd / (Number(rToken) / 10 ** dToken),
    })
  }
  const deepest = candidates.sort((a, b) => b.usdReserve - a.usdReserve)[0]
  if (!deepest) throw new Error(`no ${token}/USD price before block ${block}`)
  return deepest.usdPerToken
}
