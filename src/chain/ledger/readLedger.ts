import {
  type Address,
  type Client,
  decodeAbiParameters,
  type Hex,
  hexToBigInt,
  keccak256,
  pad,
  toEventSelector,
  toHex,
} from 'viem'
import { base, optimism } from '../../config/opStackChains.ts'
import { knownSpenders } from '../../domain/catalogue/knownSpenders.ts'
import type { ChainCatalogue } from '../../domain/catalogue/types.ts'
import { interpolateTimestamp } from '../../domain/history/interpolateTimestamp.ts'
import type { RawLog } from '../../domain/history/logTypes.ts'
import { buildLedgerRows, type LedgerV3Position } from '../../domain/ledger/buildLedgerRows.ts'
import type { LedgerEntry, LedgerGas, LedgerToken } from '../../domain/ledger/ledgerExport.ts'
import type { LedgerRow } from '../../domain/ledger/ledgerTypes.ts'
import { computeV3PoolAddress } from '../../domain/pools/computeV3PoolAddress.ts'
import { amountToUsd, ratioToUsdPerToken } from '../../domain/pricing/computeUsdPrices.ts'
import {
  PAST_PRICE_LOOKBACK_SECONDS,
  type PastPoolEvent,
  pastUsdPriceRatios,
} from '../../domain/pricing/pastUsdPrice.ts'
import type { Ratio } from '../../math/index.ts'
import { nonfungiblePositionManagerAbi } from '../abi/nonfungiblePositionManagerAbi.ts'
import { call, readBatch } from '../batch/index.ts'
import { deploymentBlocksOf } from '../catalogue/deploymentBlocks.ts'
import type { PositionsConfig } from '../catalogue/positionsConfig.ts'
import { fetchLogsCached } from '../history/fetchLogsCached.ts'
import type { LogStore } from '../history/logStore.ts'
import { readStakerAndV2Logs, readV3PositionLogs } from '../history/readPositionHistory.ts'

const lower = (value: string) => value.toLowerCase()
const topicOf = (address: Address) => lower(pad(address, { size: 32 })) as Hex

const TOPIC = {
  transfer: toEventSelector('Transfer(address,address,uint256)'),
  approval: toEventSelector('Approval(address,address,uint256)'),
  swapV3: toEventSelector('Swap(address,address,int256,int256,uint160,uint128,int24)'),
  syncV2: toEventSelector('Sync(uint112,uint112)'),
} as const

/** Chains whose receipts carry an L1 data fee (`l1Fee`) paid on top of the L2 gas. */
const OP_STACK_CHAIN_IDS: ReadonlySet<number> = new Set([optimism.id, base.id])

export interface ReadLedgerParameters {
  config: PositionsConfig
  catalogue: ChainCatalogue
  account: Address
  store: LogStore
  /** The page's pinned head: every read is as of this block. */
  toBlock: bigint
  signal?: AbortSignal | undefined
}

export interface ReadLedgerReturnType {
  blockNumber: bigint
  /** The V3 position manager (its legs are position NFTs). */
  nonfungiblePositionManager: Address
  entries: LedgerEntry[]
  gas: LedgerGas[]
  /** Tokens by lowercase address (catalogue tokens and the tracked V2 LP tokens). */
  tokens: Map<string, LedgerToken>
  /** V3 token ids whose pool could not be read (burned NFTs): their rows carry no token legs. */
  unresolvedTokenIds: bigint[]
  /** Transactions whose receipt could not be read: their gas is unavailable. */
  missingReceipts: Hex[]
}

interface RawReceipt {
  transactionHash: Hex
  blockNumber: Hex
  gasUsed: Hex
  effectiveGasPrice?: Hex
  l1Fee?: Hex | null
  logs: { address: Address; topics: Hex[]; data: Hex }[]
}

/**
 * Every LP event of `account` with exact amounts, USD at the time and gas, without an indexer or
 * archive state:
 * - logs (reorg-checked cache): the shared staker + V2 + farms log, the NPM NFT transfers from and to
 *   the account, then IncreaseLiquidity / DecreaseLiquidity / Collect of every token id it ever held,
 *   and the Approval logs of catalogue tokens (and V2 LP tokens) from the account to known spenders;
 * - one multicall of NPM.positions for the token ids' pools;
 * - receipts of every LP and approval transaction, all in flight together (one JSON-RPC batch on a
 *   batching transport): gas = gasUsed × effectiveGasPrice (+ l1Fee on OP-stack chains), and the
 *   reward token of V3 staker claims;
 * - Swap / Sync logs of the pricing pools in the 7 days (chain time) before each event: the past-price
 *   rule of src/domain/pricing/pastUsdPrice.ts.
 */
export async function readLedger(
  client: Client,
  parameters: ReadLedgerParameters,
): Promise<ReadLedgerReturnType> {
  const { config, catalogue, account, store, toBlock, signal } = parameters
  const npm = config.contracts.nonfungiblePositionManager
  const chainId = config.chainId
  const npmFrom = (() => {
    const deployed = deploymentBlocksOf(chainId)?.nonfungiblePositionManager
    return deployed !== undefined && deployed > config.historyFromBlock ? deployed : config.historyFromBlock
  })()
  const accountTopic = topicOf(account)
  const spenders = knownSpenders(catalogue)
  const approvalTokens = [
    ...catalogue.tokens.map((token) => token.address),
    ...config.v2Pairs.map((pair) => pair.address),
  ]
  const scan = (
    name: string,
    address: Address | readonly Address[],
    topics: (Hex | readonly Hex[] | null)[],
    fromBlock = npmFrom,
  ) =>
    fetchLogsCached(client, {
      store,
      cacheKey: `${chainId}:ledger:${name}:${lower(account)}:v1`,
      address,
      topics,
      fromBlock,
      toBlock,
      signal,
    })
  const [sharedLogs, nftOut, nftIn, approvals] = await Promise.all([
    readStakerAndV2Logs(client, { config, store, toBlock, signal }),
    scan(`npm-out:${lower(npm)}`, npm, [TOPIC.transfer, accountTopic]),
    scan(`npm-in:${lower(npm)}`, npm, [TOPIC.transfer, null, accountTopic]),
    approvalTokens.length === 0 || spenders.length === 0
      ? Promise.resolve([] as RawLog[])
      : scan(
          'approvals',
          approvalTokens,
          [TOPIC.approval, accountTopic, spenders.map((s) => topicOf(s.address))],
          config.historyFromBlock,
        ),
  ])
  const npmTransferLogs = [...nftOut, ...nftIn]
  const tokenIds = [
    ...new Set(
      npmTransferLogs
        .filter((log) => log.topics.length === 4)
        .map((log) => hexToBigInt(log.topics[3] as Hex)),
    ),
  ]
  const [npmPositionLogs, positionsRead] = await Promise.all([
    readV3PositionLogs(client, { config, store, toBlock, account, tokenIds, signal }),
    tokenIds.length === 0
      ? Promise.resolve([])
      : readBatch(client, {
          calls: tokenIds.map((id) => call(npm, nonfungiblePositionManagerAbi, 'positions', [id])),
          multicall3: config.contracts.multicall3,
          blockNumber: toBlock,
          signal,
        }),
  ])
  const v3Positions = new Map<bigint, LedgerV3Position>()
  const unresolvedTokenIds: bigint[] = []
  tokenIds.forEach((id, index) => {
    const read = positionsRead[index]
    if (!read?.ok) {
      unresolvedTokenIds.push(id)
      return
    }
    const [, , token0, token1, fee] = read.value
    v3Positions.set(id, {
      token0,
      token1,
      pool: computeV3PoolAddress(config.contracts.v3Factory, token0, token1, fee),
    })
  })

  const timestamps = new Map<bigint, number>()
  for (const log of [...sharedLogs, ...npmTransferLogs, ...npmPositionLogs, ...approvals])
    if (log.blockTimestamp !== undefined) timestamps.set(log.blockNumber, log.blockTimestamp)
  const routers = [catalogue.contracts.v2Router02]
  const build = (claimTokenByTx: ReadonlyMap<Hex, Address>) =>
    buildLedgerRows({
      account,
      nonfungiblePositionManager: npm,
      v3Staker: config.contracts.v3Staker,
      routers,
      v2Pairs: config.v2Pairs,
      farms: config.farms,
      npmTransferLogs,
      npmPositionLogs,
      sharedLogs,
      v3Positions,
      claimTokenByTx,
      timestamps,
    })
  let rows = build(new Map())

  // ---- receipts (gas, claim tokens) and past prices, together ----
  const lpTxs = [...new Set(rows.map((row) => row.transactionHash))]
  const lpTxSet = new Set(lpTxs)
  const approvalTxs = [...new Set(approvals.map((log) => log.transactionHash))].filter(
    (tx) => !lpTxSet.has(tx),
  )
  const [receipts, priceEvents] = await Promise.all([
    Promise.all(
      [...lpTxs, ...approvalTxs].map((hash) =>
        client
          .request({ method: 'eth_getTransactionReceipt', params: [hash] } as never)
          .then((receipt) => receipt as unknown as RawReceipt | null)
          .catch(() => null),
      ),
    ),
    readPastPriceEvents(client, {
      config,
      store,
      toBlock,
      signal,
      blocks: rows.map((row) => row.blockNumber),
      timestamps,
    }),
  ])
  const receiptByTx = new Map<Hex, RawReceipt>()
  for (const receipt of receipts) if (receipt) receiptByTx.set(receipt.transactionHash, receipt)
  if (config.contracts.v3Staker && rows.some((row) => row.kind === 'claim' && row.legs.length === 0)) {
    const staker = topicOf(config.contracts.v3Staker)
    const claimTokenByTx = new Map<Hex, Address>()
    for (const row of rows) {
      if (row.kind !== 'claim' || row.legs.length > 0) continue
      const transfer = receiptByTx
        .get(row.transactionHash)
        ?.logs.find(
          (log) =>
            log.topics[0] === TOPIC.transfer &&
            lower(log.topics[1] ?? '') === staker &&
            lower(log.topics[2] ?? '') === accountTopic,
        )
      if (transfer) claimTokenByTx.set(row.transactionHash, transfer.address)
    }
    rows = build(claimTokenByTx)
  }

  // ---- USD at the time ----
  const tokens = new Map<string, LedgerToken>()
  for (const token of catalogue.tokens) tokens.set(lower(token.address), token)
  for (const pair of config.v2Pairs) {
    const symbol = (address: Address) => tokens.get(lower(address))?.symbol ?? address.slice(0, 8)
    if (!tokens.has(lower(pair.address)))
      tokens.set(lower(pair.address), {
        address: pair.address,
        symbol: `UNI-V2-${symbol(pair.token0)}-${symbol(pair.token1)}`,
        decimals: 18,
      })
  }
  const usdToken = config.pricing?.usdToken
  const usdDecimals = usdToken ? (tokens.get(lower(usdToken))?.decimals ?? 6) : 6
  const pricesAt = new Map<bigint, Map<string, Ratio>>()
  const anchors = [...timestamps].map(([blockNumber, timestamp]) => ({ blockNumber, timestamp }))
  const timeOf = (blockNumber: bigint) =>
    timestamps.get(blockNumber) ??
    (anchors.length > 0 ? interpolateTimestamp(anchors, blockNumber) : undefined)
  const ratiosAt = (blockNumber: bigint): Map<string, Ratio> => {
    let prices = pricesAt.get(blockNumber)
    const timestamp = timeOf(blockNumber)
    if (!prices) {
      prices =
        usdToken && timestamp !== undefined
          ? pastUsdPriceRatios(usdToken, priceEvents, blockNumber, timestamp)
          : new Map()
      pricesAt.set(blockNumber, prices)
    }
    return prices
  }
  const usdOf = (blockNumber: bigint, token: Address, amountWei: bigint): number | null => {
    const info = tokens.get(lower(token))
    const ratio = ratiosAt(blockNumber).get(lower(token))
    if (!info || !ratio) return null
    return amountToUsd(amountWei, info.decimals, ratioToUsdPerToken(ratio, info.decimals, usdDecimals))
  }
  // The tokens a PnL in token terms may be counted in: every leg's, the V3 positions' pairs, the native wrapper.
  const pricedTokens = new Set<string>([lower(catalogue.anchors.wrappedNative)])
  for (const row of rows)
    for (const leg of row.legs) if (leg.part !== 'position') pricedTokens.add(lower(leg.token))
  for (const position of v3Positions.values()) {
    pricedTokens.add(lower(position.token0))
    pricedTokens.add(lower(position.token1))
  }
  const unitPricesAt = new Map<bigint, Record<string, number | null>>()
  const unitPricesOf = (blockNumber: bigint) => {
    let prices = unitPricesAt.get(blockNumber)
    if (!prices) {
      prices = {}
      for (const token of pricedTokens) {
        const info = tokens.get(token)
        const ratio = ratiosAt(blockNumber).get(token)
        prices[token] = info && ratio ? ratioToUsdPerToken(ratio, info.decimals, usdDecimals) : null
      }
      unitPricesAt.set(blockNumber, prices)
    }
    return prices
  }
  const entries: LedgerEntry[] = rows.map((row: LedgerRow) => ({
    row,
    legsUsd: row.legs.map((leg) =>
      leg.part === 'position' ? null : usdOf(row.blockNumber, leg.token, leg.amountWei),
    ),
    pricesUsd: unitPricesOf(row.blockNumber),
  }))

  // ---- gas ----
  const opStack = OP_STACK_CHAIN_IDS.has(chainId)
  const gas: LedgerGas[] = []
  const missingReceipts: Hex[] = []
  for (const tx of [...lpTxs, ...approvalTxs]) {
    const receipt = receiptByTx.get(tx)
    if (!receipt?.effectiveGasPrice) {
      missingReceipts.push(tx)
      continue
    }
    const l1FeeWei = opStack && receipt.l1Fee ? hexToBigInt(receipt.l1Fee) : undefined
    const feeWei = hexToBigInt(receipt.gasUsed) * hexToBigInt(receipt.effectiveGasPrice) + (l1FeeWei ?? 0n)
    const blockNumber = hexToBigInt(receipt.blockNumber)
    gas.push({
      transactionHash: tx,
      blockNumber,
      timestamp: timeOf(blockNumber),
      feeWei,
      l1FeeWei,
      feeUsd: usdOf(blockNumber, catalogue.anchors.wrappedNative, feeWei),
      kind: lpTxSet.has(tx) ? 'lp' : 'approval',
    })
  }
  return {
    blockNumber: toBlock,
    nonfungiblePositionManager: npm,
    entries,
    gas,
    tokens,
    unresolvedTokenIds,
    missingReceipts,
  }
}

interface ReadPastPriceEventsParameters {
  config: PositionsConfig
  store: LogStore
  toBlock: bigint
  signal?: AbortSignal | undefined
  /** Blocks prices are wanted at. */
  blocks: readonly bigint[]
  timestamps: ReadonlyMap<bigint, number>
}

/** First backward step of a past-price scan, in blocks; each further step doubles, up to the lookback. */
const PRICE_SCAN_FIRST_STEP = 1_000n
/** Wanted blocks at most this far apart share one scan (the gap costs at most one common RPC range). */
const PRICE_SCAN_CLUSTER_GAP = 10_000n

/**
 * Swap (V3) and Sync (V2) logs of the pricing pools before each wanted block, enough for the domain
 * rule (each pool's LAST event strictly before the block, at most 7 days older): for each cluster of
 * blocks (at most PRICE_SCAN_CLUSTER_GAP apart), a backward scan in doubling steps from just before
 * its highest block, each step asking only for the pools not seen yet before its lowest, until every
 * pool has one or the lookback is spent. A busy pool costs one small range instead of 7 days of its
 * swaps (on Arbitrum that window alone is ~240 range requests of 10,000 blocks); only a pool idle for
 * the whole week costs the whole window. The window in blocks is 7 days at the chain's block time (1 s
 * assumed where the chain declares none, so it never falls short); the exact 7-day cut is made on
 * timestamps by the domain rule. Each step is its own cached scan.
 */
async function readPastPriceEvents(
  client: Client,
  parameters: ReadPastPriceEventsParameters,
): Promise<PastPoolEvent[]> {
  const { config, store, toBlock, signal, timestamps } = parameters
  const pools = config.pricing?.pools ?? []
  if (pools.length === 0 || parameters.blocks.length === 0) return []
  const blockTimeMs = client.chain?.blockTime ?? 1_000
  const lookbackBlocks = BigInt(Math.ceil((PAST_PRICE_LOOKBACK_SECONDS * 1000) / blockTimeMs)) + 1n
  // Blocks within one range of each other share a scan: its first step runs from below the lowest to
  // just before the highest, so every pool's last event before any of them is either in it or is the
  // same as its last event before the lowest, which the backward steps then look for.
  const sorted = [...new Set(parameters.blocks)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const clusters: { low: bigint; high: bigint }[] = []
  for (const block of sorted) {
    const last = clusters[clusters.length - 1]
    if (last && block - last.high <= PRICE_SCAN_CLUSTER_GAP) last.high = block
    else clusters.push({ low: block, high: block })
  }
  const scanBefore = async ({ low, high }: { low: bigint; high: bigint }): Promise<RawLog[]> => {
    const floor =
      low - lookbackBlocks > config.historyFromBlock ? low - lookbackBlocks : config.historyFromBlock
    const found: RawLog[] = []
    let unseen = pools.map((pool) => pool.address)
    let cursor = high - 1n < toBlock ? high - 1n : toBlock
    let step = PRICE_SCAN_FIRST_STEP
    let first = true
    while (unseen.length > 0 && cursor >= floor) {
      const bottom = first ? low - step : cursor - step + 1n
      const from = bottom > floor ? bottom : floor
      const key = keccak256(toHex(unseen.map(lower).sort().join(','))).slice(0, 18)
      const logs = await fetchLogsCached(client, {
        store,
        cacheKey: `${config.chainId}:ledger:pricing-before:${key}:${from}-${cursor}:v2`,
        address: unseen,
        topics: [[TOPIC.swapV3, TOPIC.syncV2]],
        fromBlock: from,
        toBlock: cursor,
        signal,
      })
      found.push(...logs)
      // Seen = has an event before the lowest block (one only before higher blocks serves those, not it).
      const seen = new Set(logs.filter((log) => log.blockNumber < low).map((log) => lower(log.address)))
      unseen = unseen.filter((address) => !seen.has(lower(address)))
      cursor = from - 1n
      step *= 2n
      first = false
    }
    return found
  }
  const lists = await Promise.all(clusters.map(scanBefore))
  const logs = lists.flat()
  const poolByAddress = new Map(pools.map((pool) => [lower(pool.address), pool]))
  const anchors = [...timestamps].map(([blockNumber, timestamp]) => ({ blockNumber, timestamp }))
  const events: PastPoolEvent[] = []
  for (const log of logs) {
    const pool = poolByAddress.get(lower(log.address))
    if (!pool) continue
    const timestamp =
      log.blockTimestamp ?? (anchors.length > 0 ? interpolateTimestamp(anchors, log.blockNumber) : undefined)
    if (timestamp === undefined) continue
    const at = { pool, blockNumber: log.blockNumber, logIndex: log.logIndex, timestamp }
    if (pool.kind === 'v3' && log.topics[0] === TOPIC.swapV3) {
      const [, , sqrtPriceX96, liquidity] = decodeAbiParameters(
        [{ type: 'int256' }, { type: 'int256' }, { type: 'uint160' }, { type: 'uint128' }, { type: 'int24' }],
        log.data,
      )
      events.push({ ...at, kind: 'v3', sqrtPriceX96, liquidity })
    } else if (pool.kind === 'v2' && log.topics[0] === TOPIC.syncV2) {
      const [reserve0, reserve1] = decodeAbiParameters([{ type: 'uint112' }, { type: 'uint112' }], log.data)
      events.push({ ...at, kind: 'v2', reserve0, reserve1 })
    }
  }
  return events
}
