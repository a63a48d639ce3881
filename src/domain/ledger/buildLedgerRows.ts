import { type Address, type Hex, hexToBigInt, pad, toEventSelector } from 'viem'
import type { StakingRewardsInfo, V2PairInfo } from '../catalogue/types.ts'
import type { RawLog } from '../history/logTypes.ts'
import { splitCollects } from '../history/splitOwedAmounts.ts'
import type { LedgerLeg, LedgerRow } from './ledgerTypes.ts'

const lower = (value: string) => value.toLowerCase()
const topicOf = (address: Address) => lower(pad(address, { size: 32 }))
const ZERO_TOPIC = pad('0x00', { size: 32 })
const addressOfTopic = (topic: Hex | undefined): Address => `0x${(topic ?? ZERO_TOPIC).slice(26)}` as Address
/** The n-th 32-byte word of a log's data. */
const word = (data: Hex, n: number): Hex => `0x${data.slice(2 + 64 * n, 2 + 64 * (n + 1))}` as Hex

/** topic0 of every event the ledger reads. */
export const LEDGER_TOPIC = {
  transfer: toEventSelector('Transfer(address,address,uint256)'),
  increase: toEventSelector('IncreaseLiquidity(uint256,uint128,uint256,uint256)'),
  decrease: toEventSelector('DecreaseLiquidity(uint256,uint128,uint256,uint256)'),
  collect: toEventSelector('Collect(uint256,address,uint256,uint256)'),
  v2Mint: toEventSelector('Mint(address,uint256,uint256)'),
  v2Burn: toEventSelector('Burn(address,uint256,uint256,address)'),
  staked: toEventSelector('Staked(address,uint256)'),
  withdrawn: toEventSelector('Withdrawn(address,uint256)'),
  rewardPaid: toEventSelector('RewardPaid(address,uint256)'),
  rewardClaimed: toEventSelector('RewardClaimed(address,uint256)'),
} as const

/** The pool and tokens of a V3 position (from the positions snapshot or NPM.positions). */
export interface LedgerV3Position {
  pool: Address | undefined
  token0: Address
  token1: Address
}

export interface BuildLedgerRowsParameters {
  account: Address
  nonfungiblePositionManager: Address
  v3Staker: Address | undefined
  /** Routers that forward V2 burn proceeds to the account (a Burn `to` the router is the account's). */
  routers: readonly Address[]
  v2Pairs: readonly V2PairInfo[]
  farms: readonly StakingRewardsInfo[]
  /** NPM ERC-721 Transfer logs from or to the account. */
  npmTransferLogs: readonly RawLog[]
  /** NPM IncreaseLiquidity / DecreaseLiquidity / Collect of the account's token ids. */
  npmPositionLogs: readonly RawLog[]
  /** The shared staker + V2 pairs + farms log (readStakerAndV2Logs). */
  sharedLogs: readonly RawLog[]
  /** Pool and tokens per V3 token id; an id without one gets no token legs (its rows say "unknown"). */
  v3Positions: ReadonlyMap<bigint, LedgerV3Position>
  /** Reward token of a V3 staker RewardClaimed, by transaction (from its receipt's Transfer). */
  claimTokenByTx: ReadonlyMap<Hex, Address>
  /** Block timestamps known so far (the logs' own, else read). */
  timestamps: ReadonlyMap<bigint, number>
}

const byChainOrder = (a: RawLog, b: RawLog) =>
  a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1

/**
 * Every LP event of `account`, one row per event, exact amounts, in chain order.
 *
 * V3 (position NFTs of the NonfungiblePositionManager):
 * - the IncreaseLiquidity of the transaction that minted the NFT to the account is a **mint** (token0 and
 *   token1 paid, the NFT received); a later IncreaseLiquidity is an **increase**;
 * - DecreaseLiquidity is a **decrease**: nothing moves, the amounts are credited to tokensOwed;
 * - Collect is a **collect**: split into principal and fees by {@link splitCollects} (principal first);
 * - the NFT sent to the zero address is a **burn**; to the V3 staker a **stake**; from the staker an
 *   **unstake**; to or from anyone else a **transfer out / in**.
 * Position events count only while the account holds the NFT (in its wallet or deposited in the staker).
 *
 * V2 (the tracked pairs and their StakingRewards farms):
 * - a pair Mint in a transaction where the pair minted LP to the account is a **mint** (tokens paid,
 *   LP received); a Burn whose proceeds went to the account (or a router) in a transaction where the
 *   account sent LP to the pair is a **burn** (fees are inside the amounts: not separable);
 * - a farm's Staked / Withdrawn of the account is a **stake** / **unstake** of LP, RewardPaid a **claim**;
 * - LP sent to or received from any other address is a **transfer out / in**.
 * The V3 staker's RewardClaimed to the account is a **claim** of the token named in `claimTokenByTx`.
 */
export function buildLedgerRows(parameters: BuildLedgerRowsParameters): LedgerRow[] {
  const { account, timestamps } = parameters
  const accountTopic = topicOf(account)
  const npm = lower(parameters.nonfungiblePositionManager)
  const staker = parameters.v3Staker ? lower(parameters.v3Staker) : undefined
  const routers = new Set(parameters.routers.map(lower))
  const pairs = new Map(parameters.v2Pairs.map((pair) => [lower(pair.address), pair]))
  const farms = new Map(parameters.farms.map((farm) => [lower(farm.address), farm]))
  const rows: LedgerRow[] = []
  const row = (
    log: RawLog,
    fields: Omit<LedgerRow, 'id' | 'blockNumber' | 'logIndex' | 'transactionHash' | 'timestamp'>,
  ) =>
    rows.push({
      id: `${log.transactionHash}:${log.logIndex}`,
      blockNumber: log.blockNumber,
      logIndex: log.logIndex,
      transactionHash: log.transactionHash,
      timestamp: log.blockTimestamp ?? timestamps.get(log.blockNumber),
      ...fields,
    })

  // ---- V3 ----
  const mintTxById = new Map<bigint, Set<Hex>>()
  for (const log of parameters.npmTransferLogs)
    if (log.topics[1] === ZERO_TOPIC && lower(log.topics[2] ?? '') === accountTopic) {
      const id = hexToBigInt(log.topics[3] as Hex)
      mintTxById.set(id, (mintTxById.get(id) ?? new Set()).add(log.transactionHash))
    }
  const v3Logs = [...parameters.npmTransferLogs, ...parameters.npmPositionLogs]
    .filter((log) => lower(log.address) === npm)
    .sort(byChainOrder)
  const held = new Map<bigint, boolean>()
  const historyById = new Map<
    bigint,
    { kind: 'withdraw' | 'collect'; amount0Wei: bigint; amount1Wei: bigint }[]
  >()
  const pendingCollects: { log: RawLog; tokenId: bigint; index: number; recipient: Address }[] = []
  for (const log of v3Logs) {
    const topic0 = log.topics[0]
    if (topic0 === LEDGER_TOPIC.transfer) {
      if (log.topics.length !== 4) continue
      const from = lower(log.topics[1] as Hex)
      const to = lower(log.topics[2] as Hex)
      const tokenId = hexToBigInt(log.topics[3] as Hex)
      const position = parameters.v3Positions.get(tokenId)
      const nft = (direction: LedgerLeg['direction']): LedgerLeg[] => [
        { token: parameters.nonfungiblePositionManager, amountWei: 1n, direction, part: 'position' },
      ]
      const base = { positionId: `v3:${tokenId}`, pool: position?.pool }
      if (to === accountTopic) {
        held.set(tokenId, true)
        if (from === ZERO_TOPIC) continue // the mint row is the IncreaseLiquidity's
        if (staker && from === topicOf(staker as Address))
          row(log, { ...base, kind: 'unstake', legs: nft('in') })
        else row(log, { ...base, kind: 'transfer-in', legs: nft('in') })
      } else if (from === accountTopic) {
        if (staker && to === topicOf(staker as Address)) {
          row(log, { ...base, kind: 'stake', legs: nft('out') })
          continue // still the account's, deposited
        }
        held.set(tokenId, false)
        row(log, { ...base, kind: to === ZERO_TOPIC ? 'burn' : 'transfer-out', legs: nft('out') })
      }
      continue
    }
    const tokenId = hexToBigInt(log.topics[1] as Hex)
    if (held.get(tokenId) !== true) continue
    const position = parameters.v3Positions.get(tokenId)
    const base = { positionId: `v3:${tokenId}`, pool: position?.pool }
    const tokenLegs = (a0: bigint, a1: bigint, direction: LedgerLeg['direction'], part: LedgerLeg['part']) =>
      position
        ? [
            { token: position.token0, amountWei: a0, direction, part },
            { token: position.token1, amountWei: a1, direction, part },
          ]
        : []
    if (topic0 === LEDGER_TOPIC.increase || topic0 === LEDGER_TOPIC.decrease) {
      const amount0 = hexToBigInt(word(log.data, 1))
      const amount1 = hexToBigInt(word(log.data, 2))
      if (topic0 === LEDGER_TOPIC.decrease) {
        const history = historyById.get(tokenId) ?? []
        history.push({ kind: 'withdraw', amount0Wei: amount0, amount1Wei: amount1 })
        historyById.set(tokenId, history)
        row(log, { ...base, kind: 'decrease', legs: tokenLegs(amount0, amount1, 'none', 'principal') })
        continue
      }
      const isMint = mintTxById.get(tokenId)?.has(log.transactionHash) === true
      const legs = tokenLegs(amount0, amount1, 'out', 'principal')
      if (isMint) {
        mintTxById.get(tokenId)?.delete(log.transactionHash)
        legs.push({
          token: parameters.nonfungiblePositionManager,
          amountWei: 1n,
          direction: 'in',
          part: 'position',
        })
      }
      row(log, { ...base, kind: isMint ? 'mint' : 'increase', legs })
      continue
    }
    if (topic0 === LEDGER_TOPIC.collect) {
      const recipient = addressOfTopic(word(log.data, 0))
      const amount0 = hexToBigInt(word(log.data, 1))
      const amount1 = hexToBigInt(word(log.data, 2))
      const history = historyById.get(tokenId) ?? []
      history.push({ kind: 'collect', amount0Wei: amount0, amount1Wei: amount1 })
      historyById.set(tokenId, history)
      pendingCollects.push({ log, tokenId, index: history.length - 1, recipient })
    }
  }
  for (const { log, tokenId, index, recipient } of pendingCollects) {
    const split = splitCollects(historyById.get(tokenId) ?? []).find((s) => s.index === index)
    const position = parameters.v3Positions.get(tokenId)
    // The NPM collects to itself when asked for address(0), then forwards (unwrap / sweep) in the same call.
    const toAccount = lower(recipient) === lower(account) || lower(recipient) === npm
    const direction: LedgerLeg['direction'] = toAccount ? 'in' : 'none'
    const legs: LedgerLeg[] =
      position && split
        ? [
            { token: position.token0, amountWei: split.principal[0], direction, part: 'principal' },
            { token: position.token1, amountWei: split.principal[1], direction, part: 'principal' },
            { token: position.token0, amountWei: split.fees[0], direction, part: 'fee' },
            { token: position.token1, amountWei: split.fees[1], direction, part: 'fee' },
          ]
        : []
    row(log, {
      positionId: `v3:${tokenId}`,
      pool: position?.pool,
      kind: 'collect',
      legs,
      ...(toAccount ? {} : { paidTo: recipient }),
    })
  }

  // ---- V2 pairs, farms, staker claims ----
  const lpMintedInTx = new Map<string, bigint>()
  const lpSentToPairInTx = new Map<string, bigint>()
  for (const log of parameters.sharedLogs) {
    if (log.topics[0] !== LEDGER_TOPIC.transfer || log.topics.length !== 3) continue
    const pair = lower(log.address)
    if (!pairs.has(pair)) continue
    const from = lower(log.topics[1] as Hex)
    const to = lower(log.topics[2] as Hex)
    const value = hexToBigInt(log.data)
    const key = `${pair}:${log.transactionHash}`
    if (from === ZERO_TOPIC && to === accountTopic)
      lpMintedInTx.set(key, (lpMintedInTx.get(key) ?? 0n) + value)
    if (from === accountTopic && to === topicOf(pair as Address))
      lpSentToPairInTx.set(key, (lpSentToPairInTx.get(key) ?? 0n) + value)
  }
  for (const log of parameters.sharedLogs) {
    const address = lower(log.address)
    const topic0 = log.topics[0]
    const pair = pairs.get(address)
    if (pair) {
      const key = `${address}:${log.transactionHash}`
      const base = { positionId: `v2:${address}`, pool: pair.address }
      const lpLeg = (amountWei: bigint, direction: LedgerLeg['direction']): LedgerLeg => ({
        token: pair.address,
        amountWei,
        direction,
        part: 'position',
      })
      if (topic0 === LEDGER_TOPIC.v2Mint) {
        const lp = lpMintedInTx.get(key)
        if (lp === undefined) continue
        lpMintedInTx.delete(key) // one Mint per LP mint
        row(log, {
          ...base,
          kind: 'mint',
          legs: [
            {
              token: pair.token0,
              amountWei: hexToBigInt(word(log.data, 0)),
              direction: 'out',
              part: 'principal',
            },
            {
              token: pair.token1,
              amountWei: hexToBigInt(word(log.data, 1)),
              direction: 'out',
              part: 'principal',
            },
            lpLeg(lp, 'in'),
          ],
        })
      } else if (topic0 === LEDGER_TOPIC.v2Burn) {
        const lp = lpSentToPairInTx.get(key)
        const to = lower(log.topics[2] ?? '')
        if (
          lp === undefined ||
          (to !== accountTopic && ![...routers].some((r) => topicOf(r as Address) === to))
        )
          continue
        lpSentToPairInTx.delete(key)
        row(log, {
          ...base,
          kind: 'burn',
          feesNotSeparable: true,
          legs: [
            {
              token: pair.token0,
              amountWei: hexToBigInt(word(log.data, 0)),
              direction: 'in',
              part: 'principal',
            },
            {
              token: pair.token1,
              amountWei: hexToBigInt(word(log.data, 1)),
              direction: 'in',
              part: 'principal',
            },
            lpLeg(lp, 'out'),
          ],
        })
      } else if (topic0 === LEDGER_TOPIC.transfer && log.topics.length === 3) {
        const from = lower(log.topics[1] as Hex)
        const to = lower(log.topics[2] as Hex)
        const counterparty = from === accountTopic ? to : to === accountTopic ? from : undefined
        if (counterparty === undefined || from === to) continue
        // Mints, burns and farm deposits are rows of their own.
        const lpContract =
          counterparty === ZERO_TOPIC ||
          counterparty === topicOf(pair.address) ||
          [...farms.keys()].some((farm) => topicOf(farm as Address) === counterparty)
        if (lpContract) continue
        const value = hexToBigInt(log.data)
        row(log, {
          ...base,
          kind: from === accountTopic ? 'transfer-out' : 'transfer-in',
          legs: [lpLeg(value, from === accountTopic ? 'out' : 'in')],
        })
      }
      continue
    }
    const farm = farms.get(address)
    if (farm && lower(log.topics[1] ?? '') === accountTopic) {
      const amountWei = hexToBigInt(word(log.data, 0))
      const base = { positionId: `v2:${lower(farm.stakingToken)}`, pool: farm.stakingToken }
      if (topic0 === LEDGER_TOPIC.staked)
        row(log, {
          ...base,
          kind: 'stake',
          legs: [{ token: farm.stakingToken, amountWei, direction: 'out', part: 'position' }],
        })
      else if (topic0 === LEDGER_TOPIC.withdrawn)
        row(log, {
          ...base,
          kind: 'unstake',
          legs: [{ token: farm.stakingToken, amountWei, direction: 'in', part: 'position' }],
        })
      else if (topic0 === LEDGER_TOPIC.rewardPaid)
        row(log, {
          ...base,
          kind: 'claim',
          legs: [{ token: farm.rewardsToken, amountWei, direction: 'in', part: 'reward' }],
        })
      continue
    }
    if (
      staker &&
      address === staker &&
      topic0 === LEDGER_TOPIC.rewardClaimed &&
      lower(log.topics[1] ?? '') === accountTopic
    ) {
      const token = parameters.claimTokenByTx.get(log.transactionHash)
      row(log, {
        positionId: 'v3:staker',
        pool: undefined,
        kind: 'claim',
        legs: token
          ? [{ token, amountWei: hexToBigInt(word(log.data, 0)), direction: 'in', part: 'reward' }]
          : [],
      })
    }
  }
  return rows.sort((a, b) =>
    a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1,
  )
}

/**
 * Net flow of the account per token over the rows (wei, signed: + received, − paid), position legs
 * (NFTs, LP tokens) excluded: what the account's wallet gained or paid in pool and reward tokens.
 * @returns lowercase token address → signed wei
 */
export function ledgerNetFlows(rows: readonly LedgerRow[]): Map<string, bigint> {
  const totals = new Map<string, bigint>()
  for (const row of rows)
    for (const leg of row.legs) {
      if (leg.part === 'position' || leg.direction === 'none') continue
      const key = lower(leg.token)
      totals.set(key, (totals.get(key) ?? 0n) + (leg.direction === 'in' ? leg.amountWei : -leg.amountWei))
    }
  return totals
}
