import { type Address, type PublicClient, parseAbiItem } from 'viem'

const swapEvent = parseAbiItem(
  'event Swap(address indexed sender, address indexed recipient, int256 amount0, int256 amount1, uint160 sqrtPriceX96, uint128 liquidity, int24 tick)',
)
const syncEvent = parseAbiItem('event Sync(uint112 reserve0, uint112 reserve1)')
const Q96 = 2n ** 96n
const SEVEN_DAYS = 7 * 86_400

/** What the oracle needs of the devnet's deployments: its pools and pairs, tokens and the USD token. */
export interface OracleDeployments {
  usdToken: Address
  tokens: readonly { address: Address; decimals: number }[]
  v3Pools: readonly { address: Address; token0: string; token1: string }[]
  v2Pairs: readonly { address: Address; token0: string; token1: string }[]
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()

/** One pool's state before the block, seen from `token`: the other side's reserve and its price. */
interface Quote {
  /** The other token's (virtual, for V3) reserve, whole tokens. */
  otherReserve: number
  /** Whole other tokens per whole `token`. */
  otherPerToken: number
}

/**
 * Every V3 pool and V2 pair of `token` with `other` whose last Swap / Sync is strictly before `block`
 * and at most 7 days of chain time older than it, each as a quote.
 */
async function quotes(
  client: PublicClient,
  deployments: OracleDeployments,
  block: bigint,
  blockTimestamp: number,
  token: string,
  other: string,
): Promise<Quote[]> {
  const decimalsOf = (address: string) => {
    const found = deployments.tokens.find((t) => same(t.address, address))
    if (!found) throw new Error(`no decimals for ${address}`)
    return found.decimals
  }
  const [dToken, dOther] = [decimalsOf(token), decimalsOf(other)]
  const of = (list: readonly { address: Address; token0: string; token1: string }[]) =>
    list.filter(
      (p) =>
        (same(p.token0, token) && same(p.token1, other)) || (same(p.token0, other) && same(p.token1, token)),
    )
  const recent = async (log: { blockNumber: bigint }) =>
    blockTimestamp - Number((await client.getBlock({ blockNumber: log.blockNumber })).timestamp) <= SEVEN_DAYS
  const found: Quote[] = []
  for (const pool of of(deployments.v3Pools)) {
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
    // Virtual reserves: amount1 = L·√P, amount0 = L/√P.
    const otherRaw = tokenIs0 ? (liquidity * sqrt) / Q96 : (liquidity * Q96) / sqrt
    found.push({
      otherReserve: Number(otherRaw) / 10 ** dOther,
      otherPerToken: (tokenIs0 ? raw1Per0 : 1 / raw1Per0) * 10 ** (dToken - dOther),
    })
  }
  for (const pair of of(deployments.v2Pairs)) {
    const logs = await client.getLogs({
      address: pair.address,
      event: syncEvent,
      fromBlock: 0n,
      toBlock: block - 1n,
    })
    const last = logs.at(-1)
    if (!last || !(await recent(last))) continue
    const [r0, r1] = [last.args.reserve0 as bigint, last.args.reserve1 as bigint]
    const [rToken, rOther] = same(pair.token0, token) ? [r0, r1] : [r1, r0]
    found.push({
      otherReserve: Number(rOther) / 10 ** dOther,
      otherPerToken: Number(rOther) / 10 ** dOther / (Number(rToken) / 10 ** dToken),
    })
  }
  return found
}

/**
 * The test oracle of past USD prices, from the raw logs only (none of the app's code), by the rule the
 * issue states: the pools' last Swap/Sync strictly before `block`, at most 7 days older. A token with
 * pools against the USD token takes the one holding the most USD (virtual reserve L·√P for V3); a token
 * without takes, among its pools with such directly priced tokens, the one whose priced side holds the
 * most USD (two hops, e.g. a farm token priced through WETH). The USD token is 1. Throws when no such
 * pool exists (the test must not guess).
 * @returns USD per whole token
 */
export async function usdPriceAt(
  client: PublicClient,
  deployments: OracleDeployments,
  block: bigint,
  token: Address,
  /** `block`'s timestamp, when `block` is not mined yet (head + 1: today's price, after every event). */
  blockTimestamp?: number,
): Promise<number> {
  const usd = deployments.usdToken
  if (same(token, usd)) return 1
  const timestamp = blockTimestamp ?? Number((await client.getBlock({ blockNumber: block })).timestamp)
  const deepest = (candidates: { usdHeld: number; price: number }[]) =>
    candidates.sort((a, b) => b.usdHeld - a.usdHeld)[0]?.price
  const direct = async (t: string) =>
    deepest(
      (await quotes(client, deployments, block, timestamp, t, usd)).map((q) => ({
        usdHeld: q.otherReserve,
        price: q.otherPerToken,
      })),
    )
  const oneHop = await direct(token)
  if (oneHop !== undefined) return oneHop
  const candidates: { usdHeld: number; price: number }[] = []
  for (const other of deployments.tokens) {
    if (same(other.address, token) || same(other.address, usd)) continue
    const found = await quotes(client, deployments, block, timestamp, token, other.address)
    if (found.length === 0) continue
    const otherUsd = await direct(other.address)
    if (otherUsd === undefined) continue
    for (const q of found)
      candidates.push({ usdHeld: q.otherReserve * otherUsd, price: q.otherPerToken * otherUsd })
  }
  const twoHops = deepest(candidates)
  if (twoHops === undefined) throw new Error(`no ${token}/USD price before block ${block}`)
  return twoHops
}
