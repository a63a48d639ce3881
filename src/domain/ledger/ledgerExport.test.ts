import Papa from 'papaparse'
import { type Address, parseUnits } from 'viem'
import { describe, expect, it } from 'vitest'
import { ledgerNetFlows } from './buildLedgerRows.ts'
import {
  KOINLY_COLUMNS,
  LEDGER_CSV_COLUMNS,
  type LedgerEntry,
  type LedgerExportParameters,
  type LedgerGas,
  toKoinlyCsv,
  toLedgerCsv,
} from './ledgerExport.ts'
import type { LedgerRow } from './ledgerTypes.ts'

const WETH: Address = '0x00000000000000000000000000000000000000b2'
const USDC: Address = '0x00000000000000000000000000000000000000a1'
const PAIR: Address = '0x00000000000000000000000000000000000000c3'
const NPM: Address = '0x00000000000000000000000000000000000000d4'
const tokens = new Map([
  [WETH, { address: WETH, symbol: 'WETH', decimals: 18 }],
  [USDC, { address: USDC, symbol: 'USDC', decimals: 6 }],
  [PAIR, { address: PAIR, symbol: 'UNI-V2-WETH-USDC', decimals: 18 }],
])
const tx = (n: number) => `0x${n.toString(16).padStart(64, '0')}` as const
const T = 1_700_000_000

function row(
  n: number,
  fields: Pick<LedgerRow, 'kind' | 'positionId' | 'legs'> & Partial<LedgerRow>,
): LedgerRow {
  return {
    id: `${tx(n)}:0`,
    blockNumber: BigInt(n),
    logIndex: 0,
    transactionHash: tx(n),
    timestamp: T + n * 60,
    pool: PAIR,
    ...fields,
  }
}

const rows: LedgerRow[] = [
  row(1, {
    kind: 'mint',
    positionId: `v2:${PAIR}`,
    legs: [
      { token: WETH, amountWei: 10n ** 18n + 1n, direction: 'out', part: 'principal' },
      { token: USDC, amountWei: 2_000_000_001n, direction: 'out', part: 'principal' },
      { token: PAIR, amountWei: 44_721_359_549_995_793n, direction: 'in', part: 'position' },
    ],
  }),
  row(2, {
    kind: 'mint',
    positionId: 'v3:7',
    legs: [
      { token: WETH, amountWei: 5n * 10n ** 17n, direction: 'out', part: 'principal' },
      { token: USDC, amountWei: 1_000_000_000n, direction: 'out', part: 'principal' },
      { token: NPM, amountWei: 1n, direction: 'in', part: 'position' },
    ],
  }),
  row(3, {
    kind: 'decrease',
    positionId: 'v3:7',
    legs: [
      { token: WETH, amountWei: 10n ** 17n, direction: 'none', part: 'principal' },
      { token: USDC, amountWei: 200_000_000n, direction: 'none', part: 'principal' },
    ],
  }),
  row(4, {
    kind: 'collect',
    positionId: 'v3:7',
    legs: [
      { token: WETH, amountWei: 10n ** 17n, direction: 'in', part: 'principal' },
      { token: USDC, amountWei: 200_000_000n, direction: 'in', part: 'principal' },
      { token: WETH, amountWei: 3n * 10n ** 15n, direction: 'in', part: 'fee' },
      { token: USDC, amountWei: 0n, direction: 'in', part: 'fee' },
    ],
  }),
  row(5, {
    kind: 'burn',
    positionId: `v2:${PAIR}`,
    feesNotSeparable: true,
    legs: [
      { token: WETH, amountWei: 10n ** 17n, direction: 'in', part: 'principal' },
      { token: USDC, amountWei: 200_000_123n, direction: 'in', part: 'principal' },
      { token: PAIR, amountWei: 4_472_135_954_999_579n, direction: 'out', part: 'position' },
    ],
  }),
]
const entries: LedgerEntry[] = rows.map((r) => ({
  row: r,
  // USD known for WETH legs only: USDC legs stay "unavailable" (null), never a guess.
  legsUsd: r.legs.map((leg) => (leg.token === WETH ? (2000 * Number(leg.amountWei)) / 1e18 : null)),
  pricesUsd: { [WETH.toLowerCase()]: 2000, [USDC.toLowerCase()]: null },
}))
const gas: LedgerGas[] = [1, 2, 3, 4, 5, 6].map((n) => ({
  transactionHash: tx(n),
  blockNumber: BigInt(n),
  timestamp: T + n * 60,
  feeWei: 21_000n * 1_000_000_007n + BigInt(n),
  l1FeeWei: undefined,
  feeUsd: n === 6 ? null : 0.5,
  kind: n === 6 ? 'approval' : 'lp',
}))
const parameters: LedgerExportParameters = {
  entries,
  gas,
  tokens,
  nativeSymbol: 'ETH',
  nonfungiblePositionManager: NPM,
}

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true })

describe('#toLedgerCsv', () => {
  it('round-trips through papaparse: header, exact wei per leg, net flows = the rows', () => {
    const parsed = parse(toLedgerCsv(parameters))
    expect(parsed.errors).toEqual([])
    expect(parsed.meta.fields).toEqual([...LEDGER_CSV_COLUMNS])
    const totals = new Map<string, bigint>()
    for (const record of parsed.data) {
      if (!record.token_address || record.part === 'position') continue
      totals.set(
        record.token_address,
        (totals.get(record.token_address) ?? 0n) + BigInt(record.net_amount_wei as string),
      )
      // The decimal column says the same as the wei column.
      const decimals = tokens.get(record.token_address as Address)?.decimals ?? 0
      expect(parseUnits(record.net_amount as string, decimals)).toBe(BigInt(record.net_amount_wei as string))
    }
    expect(totals).toEqual(ledgerNetFlows(rows))
  })

  it('machine format: ASCII "-", "unavailable" for unknown USD, gas once per transaction, approvals listed', () => {
    const csv = toLedgerCsv(parameters)
    expect(csv).not.toContain('−')
    const records = parse(csv).data
    expect(records.find((r) => r.kind === 'mint' && r.token === 'WETH')?.net_amount).toBe(
      '-1.000000000000000001',
    )
    expect(records.find((r) => r.kind === 'mint' && r.token === 'USDC')?.usd_at_time).toBe('unavailable')
    expect(records.find((r) => r.kind === 'burn' && r.token === 'WETH')?.part).toBe('principal+fees')
    const gasRecords = records.filter((r) => r.gas_native_wei !== '')
    expect(gasRecords.map((r) => r.tx_hash)).toEqual(gas.map((g) => g.transactionHash))
    expect(records.find((r) => r.kind === 'approval')?.gas_usd).toBe('unavailable')
    expect(records[0]?.utc_time).toBe('2023-11-14 22:14:20 UTC')
  })
})

describe('#toKoinlyCsv', () => {
  const records = parse(toKoinlyCsv(parameters))

  it('uses the universal format header', () => {
    expect(records.errors).toEqual([])
    expect(records.meta.fields).toEqual([...KOINLY_COLUMNS])
  })

  it('a two-token V2 mint is two trades, each receiving an exact half of the LP tokens', () => {
    const mint = records.data.filter((r) => r.TxHash === tx(1))
    expect(mint.map((r) => [r['Sent Currency'], r['Received Currency'], r.Label])).toEqual([
      ['WETH', 'UNI-V2-WETH-USDC', 'liquidity in'],
      ['USDC', 'UNI-V2-WETH-USDC', 'liquidity in'],
    ])
    const received = mint.reduce((sum, r) => sum + parseUnits(r['Received Amount'] as string, 18), 0n)
    expect(received).toBe(44_721_359_549_995_793n)
    expect(mint.map((r) => r['Sent Amount'])).toEqual(['1.000000000000000001', '2000.000001'])
    // Gas on the transaction's first record only.
    expect(mint.map((r) => r['Fee Currency'])).toEqual(['ETH', ''])
  })

  it('a V3 mint receives half of the position NFT per token; a burn sends half the LP per token received', () => {
    expect(
      records.data
        .filter((r) => r.TxHash === tx(2))
        .map((r) => [r['Received Amount'], r['Received Currency']]),
    ).toEqual([
      ['0.5', 'UNI-V3-POS-7'],
      ['0.5', 'UNI-V3-POS-7'],
    ])
    const burn = records.data.filter((r) => r.TxHash === tx(5))
    expect(burn.map((r) => [r['Received Currency'], r.Label])).toEqual([
      ['WETH', 'liquidity out'],
      ['USDC', 'liquidity out'],
    ])
    expect(burn.reduce((sum, r) => sum + parseUnits(r['Sent Amount'] as string, 18), 0n)).toBe(
      4_472_135_954_999_579n,
    )
  })

  it('a Collect receives principal as liquidity out and fees as income; zero legs and decreases make no record', () => {
    const collect = records.data.filter((r) => r.TxHash === tx(4))
    expect(collect.map((r) => [r['Received Amount'], r['Received Currency'], r.Label])).toEqual([
      ['0.1', 'WETH', 'liquidity out'],
      ['200', 'USDC', 'liquidity out'],
      ['0.003', 'WETH', 'income'],
    ])
    // The decrease moved nothing: its transaction appears only as its gas (a cost).
    expect(records.data.filter((r) => r.TxHash === tx(3)).map((r) => [r['Sent Currency'], r.Label])).toEqual([
      ['ETH', 'cost'],
    ])
    expect(records.data.find((r) => r.TxHash === tx(6))?.Description).toBe('approval gas')
  })

  it('sums per currency (received − sent, gas aside) equal the ledger net flows exactly', () => {
    const net = new Map<string, bigint>()
    const bySymbol = new Map([...tokens.values()].map((t) => [t.symbol, t]))
    for (const r of records.data) {
      if (r.Label === 'cost') continue
      for (const [amount, currency, sign] of [
        [r['Received Amount'], r['Received Currency'], 1n],
        [r['Sent Amount'], r['Sent Currency'], -1n],
      ] as const) {
        const token = bySymbol.get(currency as string)
        if (!amount || !token || token.address === PAIR) continue
        net.set(token.address, (net.get(token.address) ?? 0n) + sign * parseUnits(amount, token.decimals))
      }
    }
    expect(net).toEqual(ledgerNetFlows(rows))
    expect(toKoinlyCsv(parameters)).not.toContain('−')
  })
})
