import Papa from 'papaparse'
import { type Address, getAddress, parseAbi } from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { createCountingClient } from '../../bench/positions.ts'
import { testAddress } from '../../devnet/index.ts'
import { getBundledCatalogue } from '../../src/chain/catalogue/getCatalogue.ts'
import { getPositionsConfig } from '../../src/chain/catalogue/positionsConfig.ts'
import { createMemoryLogStore } from '../../src/chain/history/logStore.ts'
import { readLedger } from '../../src/chain/ledger/readLedger.ts'
import { LEDGER_CSV_COLUMNS, toLedgerCsv } from '../../src/domain/ledger/ledgerExport.ts'
import { csvNetTotals, ledgerChainOracle } from '../helpers/ledgerOracle.ts'
import { erc20Abi, npmAbi, stakingRewardsAbi, v2RouterAbi, v3StakerAbi } from './helpers/abis.ts'
import { createDevnetClient, DEADLINE } from './helpers/devnetClient.ts'

const stakerWriteAbi = parseAbi([
  'function claimReward(address rewardToken, address to, uint256 amountRequested) returns (uint256 reward)',
  'function withdrawToken(uint256 tokenId, address to, bytes data)',
])
const npmEventsAbi = parseAbi([
  'event DecreaseLiquidity(uint256 indexed tokenId, uint128 liquidity, uint256 amount0, uint256 amount1)',
  'event Collect(uint256 indexed tokenId, address recipient, uint256 amount0, uint256 amount1)',
])

const lower = (value: string) => value.toLowerCase()

const chainOracle = (account: Address) => ledgerChainOracle(inject('rpcUrl'), inject('deployments'), account)

/** The ledger's CSV export, parsed back: Σ net_amount_wei per token over non-position legs. */
async function exportedTotals(account: Address) {
  const deployments = inject('deployments')
  const { client } = createCountingClient(inject('rpcUrl'), { batch: true })
  const config = getPositionsConfig(deployments.chainId)
  const catalogue = getBundledCatalogue(deployments.chainId)
  if (!config || !catalogue) throw new Error('no devnet catalogue')
  const toBlock = await client.getBlockNumber()
  const ledger = await readLedger(client, {
    config,
    catalogue,
    account,
    store: createMemoryLogStore(),
    toBlock,
  })
  const csv = toLedgerCsv({
    entries: ledger.entries,
    gas: ledger.gas,
    tokens: ledger.tokens,
    nativeSymbol: 'ETH',
    nonfungiblePositionManager: config.contracts.nonfungiblePositionManager,
  })
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  expect(parsed.meta.fields).toEqual([...LEDGER_CSV_COLUMNS])
  const totals = csvNetTotals(parsed.data)
  return { totals, ledger, parsed: parsed.data }
}

const sortedEntries = (map: Map<string, bigint>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1))

describe('ledger export reconciles with the chain to the wei', () => {
  it('demo account: every pool token', async () => {
    const account = inject('deployments').demoAccount
    const [oracle, exported] = await Promise.all([chainOracle(account), exportedTotals(account)])
    expect(oracle.size).toBeGreaterThan(0)
    expect(sortedEntries(exported.totals)).toEqual(sortedEntries(oracle))
    const kinds = new Set(exported.ledger.entries.map((e) => e.row.kind))
    for (const kind of ['mint', 'decrease', 'collect', 'stake'] as const) expect(kinds).toContain(kind)
    // Every LP transaction's gas is read from its receipt.
    expect(exported.ledger.missingReceipts).toEqual([])
    const lpTxs = new Set(exported.ledger.entries.map((e) => e.row.transactionHash))
    expect(
      exported.ledger.gas
        .filter((g) => g.kind === 'lp')
        .map((g) => g.transactionHash)
        .sort(),
    ).toEqual([...lpTxs].sort())
  })

  it('the liquidity provider (anvil account 1): every pool token', async () => {
    const account = getAddress(testAddress(1))
    const [oracle, exported] = await Promise.all([chainOracle(account), exportedTotals(account)])
    expect(oracle.size).toBeGreaterThan(0)
    expect(sortedEntries(exported.totals)).toEqual(sortedEntries(oracle))
  })

  it('gas of each transaction is gasUsed × effectiveGasPrice from its receipt', async () => {
    const account = inject('deployments').demoAccount
    const { ledger } = await exportedTotals(account)
    const { publicClient } = createDevnetClient(inject('rpcUrl'))
    for (const gas of ledger.gas.slice(0, 5)) {
      const receipt = await publicClient.getTransactionReceipt({ hash: gas.transactionHash })
      expect(gas.feeWei).toBe(receipt.gasUsed * receipt.effectiveGasPrice)
    }
  })

  it('after every other LP action (partial decrease + collect, V2 burn, farm exit, staker unstake + claim + withdraw): still exact, and each Collect splits principal first', async () => {
    const deployments = inject('deployments')
    const devnet = createDevnetClient(inject('rpcUrl'))
    const demo = deployments.demoAccount
    const c = deployments.contracts
    const MAX128 = (1n << 128n) - 1n
    // V3: half the liquidity out, then collect everything (principal + fees in one Collect).
    const seeded = deployments.seed.demoPositions.find((p) => p.label === 'uncollected-fees')
    if (!seeded) throw new Error('no uncollected-fees position')
    const tokenId = BigInt(seeded.tokenId)
    const position = await devnet.publicClient.readContract({
      address: c.nonfungiblePositionManager,
      abi: npmAbi,
      functionName: 'positions',
      args: [tokenId],
    })
    await devnet.write({
      from: demo,
      address: c.nonfungiblePositionManager,
      abi: npmAbi,
      functionName: 'decreaseLiquidity',
      args: [{ tokenId, liquidity: position[7] / 2n, amount0Min: 0n, amount1Min: 0n, deadline: DEADLINE }],
    })
    await devnet.write({
      from: demo,
      address: c.nonfungiblePositionManager,
      abi: npmAbi,
      functionName: 'collect',
      args: [{ tokenId, recipient: demo, amount0Max: MAX128, amount1Max: MAX128 }],
    })
    // V2 farm: exit (withdraw + getReward), then burn the wallet's LP through the router.
    const farm = deployments.stakingRewards[0]
    if (!farm) throw new Error('no farm')
    await devnet.advance(3_600)
    const stakedLp = await devnet.publicClient.readContract({
      address: farm.address,
      abi: stakingRewardsAbi,
      functionName: 'balanceOf',
      args: [demo],
    })
    await devnet.write({
      from: demo,
      address: farm.address,
      abi: stakingRewardsAbi,
      functionName: 'withdraw',
      args: [stakedLp],
    })
    await devnet.write({
      from: demo,
      address: farm.address,
      abi: stakingRewardsAbi,
      functionName: 'getReward',
      args: [],
    })
    const pair = deployments.v2Pairs.find((p) => lower(p.address) === lower(farm.stakingToken))
    if (!pair) throw new Error('no farm pair')
    const lp = await devnet.publicClient.readContract({
      address: pair.address,
      abi: erc20Abi,
      functionName: 'balanceOf',
      args: [demo],
    })
    await devnet.write({
      from: demo,
      address: pair.address,
      abi: erc20Abi,
      functionName: 'approve',
      args: [c.v2Router02, lp],
    })
    await devnet.write({
      from: demo,
      address: c.v2Router02,
      abi: v2RouterAbi,
      functionName: 'removeLiquidity',
      args: [pair.token0, pair.token1, lp / 3n, 0n, 0n, demo, DEADLINE],
    })
    // V3 staker: unstake, claim the credited reward, withdraw the NFT.
    const staked = deployments.seed.demoPositions.find((p) => p.label === 'staked')
    const incentive = deployments.v3Incentives.find((i) => i.incentiveId === staked?.incentiveId)
    if (!staked || !incentive) throw new Error('no staked position')
    const key = {
      rewardToken: incentive.rewardToken,
      pool: incentive.pool,
      startTime: BigInt(incentive.startTime),
      endTime: BigInt(incentive.endTime),
      refundee: incentive.refundee,
    }
    await devnet.write({
      from: demo,
      address: c.v3Staker,
      abi: v3StakerAbi,
      functionName: 'unstakeToken',
      args: [key, BigInt(staked.tokenId)],
    })
    await devnet.write({
      from: demo,
      address: c.v3Staker,
      abi: stakerWriteAbi,
      functionName: 'claimReward',
      args: [incentive.rewardToken, demo, 0n],
    })
    await devnet.write({
      from: demo,
      address: c.v3Staker,
      abi: stakerWriteAbi,
      functionName: 'withdrawToken',
      args: [BigInt(staked.tokenId), demo, '0x'],
    })

    const [oracle, exported] = await Promise.all([chainOracle(demo), exportedTotals(demo)])
    expect(sortedEntries(exported.totals)).toEqual(sortedEntries(oracle))
    const kinds = new Set(exported.ledger.entries.map((e) => e.row.kind))
    for (const kind of ['mint', 'decrease', 'collect', 'burn', 'stake', 'unstake', 'claim'] as const)
      expect(kinds).toContain(kind)

    // The Collect after the partial decrease: principal = the DecreaseLiquidity amounts (raw event), fees = the rest.
    const events = await devnet.publicClient.getContractEvents({
      address: c.nonfungiblePositionManager,
      abi: npmEventsAbi,
      args: { tokenId },
      fromBlock: 0n,
    })
    const decrease = events.filter((e) => e.eventName === 'DecreaseLiquidity').at(-1)
    const collect = events.filter((e) => e.eventName === 'Collect').at(-1)
    if (!decrease || !collect) throw new Error('no decrease / collect events')
    const row = exported.ledger.entries.find((e) => e.row.transactionHash === collect.transactionHash)?.row
    const leg = (part: string, index: number) => row?.legs.filter((l) => l.part === part)[index]?.amountWei
    expect([leg('principal', 0), leg('principal', 1)]).toEqual([decrease.args.amount0, decrease.args.amount1])
    expect([leg('fee', 0), leg('fee', 1)]).toEqual([
      (collect.args.amount0 as bigint) - (decrease.args.amount0 as bigint),
      (collect.args.amount1 as bigint) - (decrease.args.amount1 as bigint),
    ])
    expect((leg('fee', 0) as bigint) + (leg('fee', 1) as bigint)).toBeGreaterThan(0n)
  })
})
