import { describe, expect, inject, it } from 'vitest'
import { createCountingClient } from '../../bench/positions.ts'
import { nonfungiblePositionManagerAbi } from '../../src/chain/abi/nonfungiblePositionManagerAbi.ts'
import { getPositionsConfig, type PositionsConfig } from '../../src/chain/catalogue/positionsConfig.ts'
import { createMemoryLogStore } from '../../src/chain/history/logStore.ts'
import { readVersusHolding } from '../../src/chain/history/readVersusHolding.ts'
import { loadPositions } from '../../src/chain/readPositions.ts'

function devnetConfig(): PositionsConfig {
  const config = getPositionsConfig(inject('deployments').chainId)
  if (!config) throw new Error('no devnet positions config')
  return config
}

async function loadAll(store = createMemoryLogStore()) {
  const deployments = inject('deployments')
  const { client, counter } = createCountingClient(inject('rpcUrl'))
  const config = devnetConfig()
  // The app gets the latest block from its chain-health poll: not counted as a positions request.
  const toBlock = await client.getBlockNumber()
  counter.requests = 0
  const snapshot = await loadPositions(client, { account: deployments.demoAccount, config, store, toBlock })
  const versus = await readVersusHolding(client, { config, store, snapshot })
  return { client, counter, snapshot, versus, store }
}

describe('versus holding from event history', () => {
  it('finds the staked position (the staker enumerated on chain, no DepositTransferred scan)', async () => {
    const { snapshot } = await loadAll()
    const staked = inject('deployments').seed.demoPositions.find((p) => p.label === 'staked')
    expect(snapshot.positions.find((p) => p.id === `v3:${staked?.tokenId}`)?.location).toBe('v3-staker')
  })

  it('V3 deposits equal the IncreaseLiquidity events; closed positions net to zero principal', async () => {
    const deployments = inject('deployments')
    const { client, versus } = await loadAll()
    for (const seeded of deployments.seed.demoPositions) {
      const figures = versus.get(`v3:${seeded.tokenId}`)
      if (!figures) throw new Error(`no figures for ${seeded.label}`)
      const events = await client.getContractEvents({
        address: deployments.contracts.nonfungiblePositionManager,
        abi: nonfungiblePositionManagerAbi,
        args: { tokenId: BigInt(seeded.tokenId) },
        fromBlock: 0n,
      })
      const total = (name: string, key: 'amount0' | 'amount1') =>
        events
          .filter((e) => e.eventName === name)
          .reduce((sum, e) => sum + ((e.args as Record<string, bigint>)[key] ?? 0n), 0n)
      expect([seeded.label, figures.deposited0Wei, figures.deposited1Wei]).toEqual([
        seeded.label,
        total('IncreaseLiquidity', 'amount0') - total('DecreaseLiquidity', 'amount0'),
        total('IncreaseLiquidity', 'amount1') - total('DecreaseLiquidity', 'amount1'),
      ])
      expect([seeded.label, figures.openedTimestamp]).toEqual([seeded.label, seeded.openedTimestamp])
      if (seeded.label === 'closed') {
        expect(figures.collectedFees0Wei + figures.collectedFees1Wei).toBeGreaterThan(0n)
        expect(figures.collectedFees0Wei).toBeGreaterThanOrEqual(0n)
      }
    }
  })

  it('fees, rewards, IL and net PnL add up; APR uses chain time', async () => {
    const deployments = inject('deployments')
    const { versus, snapshot } = await loadAll()
    const seeded = deployments.seed.demoPositions.find((p) => p.label === 'uncollected-fees')
    const figures = versus.get(`v3:${seeded?.tokenId}`)
    if (!figures) throw new Error('no figures')
    expect(figures.lifetimeFeesUsd).toBeGreaterThan(0)
    expect(figures.holdValueUsd).toBeGreaterThan(0)
    expect(figures.netPnlUsd).toBeCloseTo(
      (figures.lifetimeFeesUsd ?? 0) + (figures.rewardsUsd ?? 0) + (figures.impermanentLossUsd ?? 0),
      9,
    )
    // No withdrawals: the gross deposit equals the net deposit (holdValueUsd).
    const years = (snapshot.blockTimestamp - (seeded?.openedTimestamp ?? 0)) / 31_536_000
    expect(figures.realizedFeeApr).toBeCloseTo(
      (figures.lifetimeFeesUsd ?? 0) / (figures.holdValueUsd ?? 1) / years,
      9,
    )
    const staked = versus.get(
      `v3:${deployments.seed.demoPositions.find((p) => p.label === 'staked')?.tokenId}`,
    )
    expect(staked?.rewardsUsd).toBeGreaterThan(0)
    // V2 holdings: deposits found from Mint events of the account's LP mints.
    for (const holding of deployments.seed.demoV2Holdings) {
      const v2 = versus.get(`v2:${holding.pair.toLowerCase()}:${holding.stakedIn ? 'farm' : 'wallet'}`)
      expect(v2?.deposited0Wei).toBeGreaterThan(0n)
      expect(v2?.events[0]?.blockNumber).toBe(BigInt(holding.openedBlock))
    }
  })

  it('a reload with a warm cache asks ≤ 4 requests, and only for new blocks', async () => {
    const first = await loadAll()
    const firstRequests = first.counter.requests
    await first.client.request({ method: 'anvil_mine' as never, params: ['0x3'] as never })
    const second = await loadAll(first.store)
    // Current state is 5 eth_calls (the staker's NFTs are enumerated, no log); the rest is history: one getLogs per log set for the new blocks,
    // plus, shared by the entries, the old head's hash (each entry is anchored on the block it
    // reached, and is checked against it) and the new head's hash (the new anchor).
    const historyRequests = second.counter.requests - 5
    expect(historyRequests).toBeLessThanOrEqual(4)
    // Cold: one eth_getLogs per range for each of the two filters (the account's NPM token ids, and the
    // shared staker + V2 + farms log), one hash for the anchor, and no block read for timestamps: the
    // logs carry them. A reload costs the old head's hash more, so it is not cheaper on a one-range devnet.
    const window = first.snapshot.blockNumber - devnetConfig().historyFromBlock + 1n
    expect(firstRequests - 5).toBe(2 * Number((window + 9_999n) / 10_000n) + 1)
    const heads = [...first.store.entries.values()]
      .filter((v): v is { headBlock: bigint } => typeof v === 'object' && v !== null && 'headBlock' in v)
      .map((v) => v.headBlock)
    expect(heads.every((head) => head === second.snapshot.blockNumber)).toBe(true)
    expect(second.versus.size).toBe(first.versus.size)
  })
})
