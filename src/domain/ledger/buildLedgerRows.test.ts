import { type Address, encodeAbiParameters, type Hex, numberToHex, pad } from 'viem'
import { describe, expect, it } from 'vitest'
import type { RawLog } from '../history/logTypes.ts'
import { buildLedgerRows, LEDGER_TOPIC, ledgerNetFlows } from './buildLedgerRows.ts'

const ACCOUNT: Address = '0x00000000000000000000000000000000000000aa'
const OTHER: Address = '0x00000000000000000000000000000000000000bb'
const NPM: Address = '0x00000000000000000000000000000000000000c1'
const STAKER: Address = '0x00000000000000000000000000000000000000c2'
const ROUTER: Address = '0x00000000000000000000000000000000000000c3'
const PAIR: Address = '0x00000000000000000000000000000000000000d1'
const FARM: Address = '0x00000000000000000000000000000000000000d2'
const POOL: Address = '0x00000000000000000000000000000000000000d3'
const T0: Address = '0x00000000000000000000000000000000000000e1'
const T1: Address = '0x00000000000000000000000000000000000000e2'
const REWARD: Address = '0x00000000000000000000000000000000000000e3'
const ZERO: Address = '0x0000000000000000000000000000000000000000'

const topic = (address: Address) => pad(address, { size: 32 })
const id = (n: bigint) => pad(numberToHex(n), { size: 32 })
const uints = (...values: bigint[]) =>
  encodeAbiParameters(
    values.map(() => ({ type: 'uint256' })),
    values,
  )
let counter = 0
function log(block: number, address: Address, topics: Hex[], data: Hex = '0x', tx?: Hex): RawLog {
  counter++
  return {
    address,
    topics,
    data,
    blockNumber: BigInt(block),
    logIndex: counter,
    transactionHash: tx ?? (`0x${block.toString(16).padStart(64, '0')}` as Hex),
    blockTimestamp: 1_700_000_000 + block,
  }
}
const nft = (block: number, from: Address, to: Address, tokenId: bigint) =>
  log(block, NPM, [LEDGER_TOPIC.transfer, topic(from), topic(to), id(tokenId)])
const npmEvent = (block: number, t0: Hex, tokenId: bigint, a0: bigint, a1: bigint) =>
  log(block, NPM, [t0, id(tokenId)], uints(0n, a0, a1))
const collect = (block: number, tokenId: bigint, recipient: Address, a0: bigint, a1: bigint) =>
  log(
    block,
    NPM,
    [LEDGER_TOPIC.collect, id(tokenId)],
    encodeAbiParameters([{ type: 'address' }, { type: 'uint256' }, { type: 'uint256' }], [recipient, a0, a1]),
  )

function build(npmTransferLogs: RawLog[], npmPositionLogs: RawLog[], sharedLogs: RawLog[] = []) {
  return buildLedgerRows({
    account: ACCOUNT,
    nonfungiblePositionManager: NPM,
    v3Staker: STAKER,
    routers: [ROUTER],
    v2Pairs: [{ address: PAIR, token0: T0, token1: T1 }],
    farms: [{ address: FARM, stakingToken: PAIR, rewardsToken: REWARD }],
    npmTransferLogs,
    npmPositionLogs,
    sharedLogs,
    v3Positions: new Map([[7n, { pool: POOL, token0: T0, token1: T1 }]]),
    claimTokenByTx: new Map(),
    timestamps: new Map(),
  })
}

describe('#buildLedgerRows (V3)', () => {
  it('names every event of an NFT the account held, in chain order; ignores events while it did not', () => {
    const mintTx = `0x${'01'.repeat(32)}` as Hex
    const transfers = [
      log(1, NPM, [LEDGER_TOPIC.transfer, topic(ZERO), topic(ACCOUNT), id(7n)], '0x', mintTx),
      nft(3, ACCOUNT, STAKER, 7n),
      nft(4, STAKER, ACCOUNT, 7n),
      nft(6, ACCOUNT, OTHER, 7n),
    ]
    const positionLogs = [
      log(1, NPM, [LEDGER_TOPIC.increase, id(7n)], uints(5n, 100n, 200n), mintTx),
      npmEvent(2, LEDGER_TOPIC.increase, 7n, 10n, 20n),
      npmEvent(5, LEDGER_TOPIC.decrease, 7n, 50n, 80n),
      collect(5, 7n, ACCOUNT, 55n, 80n),
      // After the NFT left: someone else's activity.
      npmEvent(8, LEDGER_TOPIC.decrease, 7n, 60n, 140n),
      collect(8, 7n, OTHER, 60n, 140n),
    ]
    const rows = build(transfers, positionLogs)
    expect(rows.map((r) => r.kind)).toEqual([
      'mint',
      'increase',
      'stake',
      'unstake',
      'decrease',
      'collect',
      'transfer-out',
    ])
    const collectRow = rows.find((r) => r.kind === 'collect')
    expect(collectRow?.legs.map((l) => [l.token, l.part, l.amountWei])).toEqual([
      [T0, 'principal', 50n],
      [T1, 'principal', 80n],
      [T0, 'fee', 5n],
      [T1, 'fee', 0n],
    ])
    expect(rows[0]?.legs.map((l) => [l.part, l.direction, l.amountWei])).toEqual([
      ['principal', 'out', 100n],
      ['principal', 'out', 200n],
      ['position', 'in', 1n],
    ])
    // Paid 110 / 220, got back 55 / 80; the decrease moved nothing by itself.
    expect(ledgerNetFlows(rows)).toEqual(
      new Map([
        [T0, -55n],
        [T1, -140n],
      ]),
    )
  })

  it('a Collect paid to another address moves nothing into the wallet, and says to whom', () => {
    const rows = build([nft(1, OTHER, ACCOUNT, 7n)], [collect(2, 7n, OTHER, 9n, 9n)])
    expect(rows.map((r) => r.kind)).toEqual(['transfer-in', 'collect'])
    expect(rows[1]?.paidTo).toBe(OTHER)
    expect(ledgerNetFlows(rows)).toEqual(new Map())
  })
})

describe('#buildLedgerRows (V2, farms)', () => {
  it('mint, stake, claim, unstake, burn (via the router) and LP transfers, exact', () => {
    const [mintTx, burnTx] = [`0x${'0a'.repeat(32)}`, `0x${'0b'.repeat(32)}`] as Hex[]
    const lpTransfer = (block: number, from: Address, to: Address, value: bigint, tx?: Hex) =>
      log(block, PAIR, [LEDGER_TOPIC.transfer, topic(from), topic(to)], uints(value), tx)
    const shared = [
      lpTransfer(1, ZERO, ACCOUNT, 1_000n, mintTx),
      log(1, PAIR, [LEDGER_TOPIC.v2Mint, topic(ROUTER)], uints(300n, 400n), mintTx),
      lpTransfer(2, ACCOUNT, FARM, 600n),
      log(2, FARM, [LEDGER_TOPIC.staked, topic(ACCOUNT)], uints(600n)),
      log(3, FARM, [LEDGER_TOPIC.rewardPaid, topic(ACCOUNT)], uints(77n)),
      log(3, FARM, [LEDGER_TOPIC.withdrawn, topic(ACCOUNT)], uints(600n)),
      lpTransfer(3, FARM, ACCOUNT, 600n),
      lpTransfer(4, ACCOUNT, PAIR, 500n, burnTx),
      log(4, PAIR, [LEDGER_TOPIC.v2Burn, topic(ROUTER), topic(ROUTER)], uints(151n, 202n), burnTx),
      lpTransfer(5, ACCOUNT, OTHER, 100n),
      // Someone else's mint: not the account's.
      lpTransfer(6, ZERO, OTHER, 5n),
      log(6, PAIR, [LEDGER_TOPIC.v2Mint, topic(ROUTER)], uints(1n, 2n)),
    ]
    const rows = build([], [], shared)
    expect(rows.map((r) => r.kind)).toEqual(['mint', 'stake', 'claim', 'unstake', 'burn', 'transfer-out'])
    expect(rows.find((r) => r.kind === 'burn')?.feesNotSeparable).toBe(true)
    expect(ledgerNetFlows(rows)).toEqual(
      new Map([
        [T0, -149n],
        [T1, -198n],
        [REWARD, 77n],
      ]),
    )
  })
})
