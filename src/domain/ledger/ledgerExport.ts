import Papa from 'papaparse'
import { type Address, formatUnits } from 'viem'
import { type LedgerRow, legFlowWei } from './ledgerTypes.ts'

/** What the export needs to know about a token: its symbol and decimals. */
export interface LedgerToken {
  address: Address
  symbol: string
  decimals: number
}

/** Gas paid by one transaction, exact (wei of the native token). */
export interface LedgerGas {
  transactionHash: `0x${string}`
  blockNumber: bigint
  timestamp: number | undefined
  /** gasUsed × effectiveGasPrice, plus the L1 data fee on an OP-stack chain. */
  feeWei: bigint
  /** The OP-stack L1 data fee included in `feeWei` (undefined elsewhere). */
  l1FeeWei: bigint | undefined
  /** USD value at the block (the native token's past price); null = unavailable. */
  feeUsd: number | null
  /** 'approval' = an approval to a known spender (a transaction with no LP event). */
  kind: 'lp' | 'approval'
}

/** A ledger row with what the chain said about it at the time: each leg's USD value (null = unavailable). */
export interface LedgerEntry {
  row: LedgerRow
  legsUsd: readonly (number | null)[]
  /**
   * USD per whole token at the row's block (the same past prices as `legsUsd`), by lowercase address,
   * for the ledger's pool, reward and native-wrapper tokens; null = no price then. A PnL in token terms
   * divides by these.
   */
  pricesUsd: Readonly<Record<string, number | null>>
}

export interface LedgerExportParameters {
  entries: readonly LedgerEntry[]
  gas: readonly LedgerGas[]
  /** Tokens by lowercase address (pool tokens, reward tokens, V2 LP tokens). */
  tokens: ReadonlyMap<string, LedgerToken>
  /** The chain's native token symbol (ETH). */
  nativeSymbol: string
  /** The V3 position manager: its legs are NFTs, named per token id. */
  nonfungiblePositionManager: Address
}

/** Header of the full ledger CSV, in column order. */
export const LEDGER_CSV_COLUMNS = [
  'utc_time',
  'block',
  'log_index',
  'tx_hash',
  'kind',
  'position',
  'pool',
  'token',
  'token_address',
  'part',
  'direction',
  'amount',
  'net_amount',
  'net_amount_wei',
  'usd_at_time',
  'gas_native',
  'gas_native_wei',
  'gas_usd',
] as const

/** Header of Koinly's universal CSV format. */
export const KOINLY_COLUMNS = [
  'Date',
  'Sent Amount',
  'Sent Currency',
  'Received Amount',
  'Received Currency',
  'Fee Amount',
  'Fee Currency',
  'Net Worth Amount',
  'Net Worth Currency',
  'Label',
  'Description',
  'TxHash',
] as const

const UNAVAILABLE = 'unavailable'
const lower = (value: string) => value.toLowerCase()

/** `YYYY-MM-DD HH:mm:ss UTC` (Koinly's and the ledger's machine date); '' when unknown. */
export function utcDateTime(timestamp: number | undefined): string {
  if (timestamp === undefined) return ''
  return `${new Date(timestamp * 1000).toISOString().slice(0, 19).replace('T', ' ')} UTC`
}

/** A USD figure for a machine format: plain decimal, ASCII "-", 2+ decimals kept exact as printed. */
function usdText(value: number | null): string {
  return value === null ? UNAVAILABLE : String(Number(value.toFixed(6)))
}

/** Display name of a leg's token in an export: the symbol, a V3 NFT as UNI-V3-POS-<id>. */
function currencyOf(
  parameters: Pick<LedgerExportParameters, 'tokens' | 'nonfungiblePositionManager'>,
  row: LedgerRow,
  token: Address,
): { symbol: string; decimals: number } {
  if (lower(token) === lower(parameters.nonfungiblePositionManager))
    return { symbol: `UNI-V3-POS-${row.positionId.replace('v3:', '')}`, decimals: 0 }
  const known = parameters.tokens.get(lower(token))
  return known ? { symbol: known.symbol, decimals: known.decimals } : { symbol: token, decimals: 0 }
}

/**
 * The full ledger as CSV records: one record per leg (a row without legs, e.g. a claim whose token is
 * unknown, gets one record with the token columns empty), the transaction's gas on its first record,
 * and one record per approval transaction (kind 'approval', gas only). Amounts exact (decimal and wei),
 * ASCII "-"; `net_amount_wei` is the account's signed flow (0 where nothing moved).
 */
export function ledgerCsvRecords(parameters: LedgerExportParameters): string[][] {
  const gasByTx = new Map(parameters.gas.map((gas) => [gas.transactionHash, gas]))
  const gasDone = new Set<string>()
  const gasColumns = (tx: `0x${string}`): string[] => {
    const gas = gasByTx.get(tx)
    if (!gas || gasDone.has(tx)) return ['', '', '']
    gasDone.add(tx)
    return [formatUnits(gas.feeWei, 18), gas.feeWei.toString(), usdText(gas.feeUsd)]
  }
  const records: { block: bigint; logIndex: number; cells: string[] }[] = []
  for (const { row, legsUsd } of parameters.entries) {
    const head = [
      utcDateTime(row.timestamp),
      row.blockNumber.toString(),
      String(row.logIndex),
      row.transactionHash,
      row.kind,
      row.positionId,
      row.pool ?? '',
    ]
    if (row.legs.length === 0) {
      records.push({
        block: row.blockNumber,
        logIndex: row.logIndex,
        cells: [...head, '', '', '', '', '', '', '', UNAVAILABLE, ...gasColumns(row.transactionHash)],
      })
      continue
    }
    row.legs.forEach((leg, index) => {
      const { symbol, decimals } = currencyOf(parameters, row, leg.token)
      const flow = legFlowWei(leg)
      const part = row.feesNotSeparable && leg.part === 'principal' ? 'principal+fees' : leg.part
      records.push({
        block: row.blockNumber,
        logIndex: row.logIndex,
        cells: [
          ...head,
          symbol,
          leg.token,
          part,
          leg.direction,
          formatUnits(leg.amountWei, decimals),
          formatUnits(flow, decimals),
          flow.toString(),
          usdText(legsUsd[index] ?? null),
          ...gasColumns(row.transactionHash),
        ],
      })
    })
  }
  for (const gas of parameters.gas) {
    if (gas.kind !== 'approval') continue
    records.push({
      block: gas.blockNumber,
      logIndex: -1,
      cells: [
        utcDateTime(gas.timestamp),
        gas.blockNumber.toString(),
        '',
        gas.transactionHash,
        'approval',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        ...gasColumns(gas.transactionHash),
      ],
    })
  }
  records.sort((a, b) => (a.block === b.block ? a.logIndex - b.logIndex : a.block < b.block ? -1 : 1))
  return records.map((record) => record.cells)
}

/** The full ledger CSV (header + {@link ledgerCsvRecords}), papaparse-quoted. */
export function toLedgerCsv(parameters: LedgerExportParameters): string {
  return Papa.unparse({ fields: [...LEDGER_CSV_COLUMNS], data: ledgerCsvRecords(parameters) })
}

/** Koinly label of a kind's rows (Koinly's own tags; '' = a plain deposit / withdrawal or trade). */
const KOINLY_LABEL: Record<LedgerRow['kind'], string> = {
  mint: 'liquidity in',
  increase: 'liquidity in',
  decrease: '',
  collect: 'liquidity out',
  burn: 'liquidity out',
  stake: 'stake',
  unstake: 'unstake',
  claim: 'reward',
  'transfer-in': '',
  'transfer-out': '',
}

/** An exact half of a position amount for a two-token row pair: [first half, the rest]. */
function halves(amountWei: bigint, decimals: number): [string, string] {
  if (decimals === 0 && amountWei === 1n) return ['0.5', '0.5']
  const first = amountWei / 2n
  return [formatUnits(first, decimals), formatUnits(amountWei - first, decimals)]
}

/**
 * The ledger in Koinly's universal CSV format (one record per token movement; see the README,
 * "Koinly export"):
 * - mint: one trade per token paid (Sent token, Received the position: V2 LP tokens split exactly in two
 *   halves, a V3 NFT 0.5 + 0.5), label 'liquidity in'; a one-token mint receives the whole position;
 * - increase: Sent per token, nothing received, 'liquidity in';
 * - V2 burn: one trade per token received (Sent half of the LP tokens), 'liquidity out';
 * - V3 collect: principal Received with 'liquidity out', fees Received with 'income';
 * - V3 burn of the NFT: Sent the NFT (1), 'liquidity out';
 * - decrease: no record (nothing moves; the later Collect pays it);
 * - stake / unstake: the position Sent / Received, 'stake' / 'unstake'; claim: Received, 'reward';
 * - transfer in / out: the position Received / Sent, no label;
 * - gas: Fee Amount / Fee Currency on the first record of each transaction; an approval transaction is
 *   a record Sending its gas with label 'cost'.
 * Zero amounts are left out. Net Worth is the USD value at the time when known, else blank (Koinly
 * prices it itself).
 */
export function koinlyRecords(parameters: LedgerExportParameters): string[][] {
  const gasByTx = new Map(parameters.gas.map((gas) => [gas.transactionHash, gas]))
  const feeDone = new Set<string>()
  const fee = (tx: `0x${string}`): [string, string] => {
    const gas = gasByTx.get(tx)
    if (!gas || feeDone.has(tx)) return ['', '']
    feeDone.add(tx)
    return [formatUnits(gas.feeWei, 18), parameters.nativeSymbol]
  }
  const out: { block: bigint; logIndex: number; cells: string[] }[] = []
  for (const { row, legsUsd } of parameters.entries) {
    const date = utcDateTime(row.timestamp)
    const push = (
      sent: [string, string] | null,
      received: [string, string] | null,
      usd: number | null,
      label: string,
      description: string,
    ) => {
      const [feeAmount, feeCurrency] = fee(row.transactionHash)
      out.push({
        block: row.blockNumber,
        logIndex: row.logIndex,
        cells: [
          date,
          sent?.[0] ?? '',
          sent?.[1] ?? '',
          received?.[0] ?? '',
          received?.[1] ?? '',
          feeAmount,
          feeCurrency,
          usd === null ? '' : String(Number(usd.toFixed(6))),
          usd === null ? '' : 'USD',
          label,
          description,
          row.transactionHash,
        ],
      })
    }
    const legs = row.legs.map((leg, index) => ({
      leg,
      usd: legsUsd[index] ?? null,
      ...currencyOf(parameters, row, leg.token),
    }))
    const positionLeg = legs.find((l) => l.leg.part === 'position')
    const tokenLegs = legs.filter(
      (l) => l.leg.part !== 'position' && l.leg.amountWei > 0n && l.leg.direction !== 'none',
    )
    const description = `${row.kind} ${row.positionId}`
    const label = KOINLY_LABEL[row.kind]
    if ((row.kind === 'mint' || row.kind === 'burn') && positionLeg && tokenLegs.length > 0) {
      const shares =
        tokenLegs.length === 2
          ? halves(positionLeg.leg.amountWei, positionLeg.decimals)
          : [formatUnits(positionLeg.leg.amountWei, positionLeg.decimals)]
      tokenLegs.forEach((l, index) => {
        const share: [string, string] = [shares[index] as string, positionLeg.symbol]
        const amount: [string, string] = [formatUnits(l.leg.amountWei, l.decimals), l.symbol]
        if (row.kind === 'mint') push(amount, share, l.usd, label, description)
        else push(share, amount, l.usd, label, description)
      })
      continue
    }
    if (row.kind === 'decrease') continue
    for (const l of row.kind === 'collect' || row.kind === 'increase' || row.kind === 'claim'
      ? tokenLegs
      : legs) {
      if (l.leg.amountWei === 0n || l.leg.direction === 'none') continue
      const amount: [string, string] = [formatUnits(l.leg.amountWei, l.decimals), l.symbol]
      const legLabel = row.kind === 'collect' && l.leg.part === 'fee' ? 'income' : label
      if (l.leg.direction === 'out') push(amount, null, l.usd, legLabel, description)
      else push(null, amount, l.usd, legLabel, description)
    }
  }
  // Approvals, and LP transactions none of whose records moved a token (a V3 decrease): their gas alone.
  for (const gas of parameters.gas) {
    if (feeDone.has(gas.transactionHash)) continue
    out.push({
      block: gas.blockNumber,
      logIndex: -1,
      cells: [
        utcDateTime(gas.timestamp),
        formatUnits(gas.feeWei, 18),
        parameters.nativeSymbol,
        '',
        '',
        '',
        '',
        gas.feeUsd === null ? '' : String(Number(gas.feeUsd.toFixed(6))),
        gas.feeUsd === null ? '' : 'USD',
        'cost',
        gas.kind === 'approval' ? 'approval gas' : 'gas',
        gas.transactionHash,
      ],
    })
  }
  out.sort((a, b) => (a.block === b.block ? a.logIndex - b.logIndex : a.block < b.block ? -1 : 1))
  return out.map((record) => record.cells)
}

/** The Koinly universal CSV (header + {@link koinlyRecords}). */
export function toKoinlyCsv(parameters: LedgerExportParameters): string {
  return Papa.unparse({ fields: [...KOINLY_COLUMNS], data: koinlyRecords(parameters) })
}
