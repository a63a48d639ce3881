import { type Address, createPublicClient, getAddress, http } from 'viem'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { getPositionsConfig, type PositionsConfig } from '../../src/chain/catalogue/positionsConfig.ts'
import { discoverV3Incentives } from '../../src/chain/history/discoverV3Incentives.ts'
import { createMemoryLogStore } from '../../src/chain/history/logStore.ts'
import { loadPositions } from '../../src/chain/readPositions.ts'
import { type RpcProxy, startRpcProxy } from '../faults/rpcProxy.ts'
import { npmAbi, v3StakerAbi } from './helpers/abis.ts'

/** This helper's port block is 9130-9135; the devnet is on 9130. */
const PROXY_PORT = 9131

function devnetConfig(): PositionsConfig {
  const config = getPositionsConfig(inject('deployments').chainId)
  if (!config) throw new Error('no devnet positions config')
  return config
}

let proxy: RpcProxy
beforeAll(async () => {
  proxy = await startRpcProxy({ upstream: inject('rpcUrl'), port: PROXY_PORT })
})
afterAll(async () => {
  await proxy?.close()
})

function resetStats() {
  proxy.stats.requests = 0
  proxy.stats.calls = 0
  proxy.stats.faulted = 0
  for (const method of Object.keys(proxy.stats.byMethod)) delete proxy.stats.byMethod[method]
}

describe('positions current state: request budget, no logs (issue 12)', () => {
  it('cold cache: ≤ 6 JSON-RPC calls at the proxy, no eth_getLogs, every read at the pinned block', async () => {
    const deployments = inject('deployments')
    const direct = createPublicClient({ transport: http(inject('rpcUrl')), cacheTime: 0 })
    const viaProxy = createPublicClient({ transport: http(proxy.url), cacheTime: 0 })
    // The head comes from the app's chain-health poll: read directly, so it is not counted (excluded).
    const toBlock = await direct.getBlockNumber()
    resetStats()
    const snapshot = await loadPositions(viaProxy, {
      account: deployments.demoAccount,
      config: devnetConfig(),
      store: createMemoryLogStore(),
      toBlock,
    })
    expect(proxy.stats.calls).toBeLessThanOrEqual(6)
    expect(proxy.stats.byMethod.eth_getLogs ?? 0).toBe(0)
    expect(Object.keys(proxy.stats.byMethod)).toEqual(['eth_call'])
    expect(snapshot.blockNumber).toBe(toBlock)

    // Staked positions, found with no log: compared with the contracts read here directly with viem.
    const staker = deployments.contracts.v3Staker as Address
    const seededStaked = deployments.seed.demoPositions.filter((p) => p.label === 'staked')
    expect(seededStaked.length).toBeGreaterThan(0)
    const shownStaked = snapshot.positions.filter((p) => p.location === 'v3-staker')
    const expectedIds: bigint[] = []
    for (const seeded of seededStaked) {
      const tokenId = BigInt(seeded.tokenId)
      const [owner] = await direct.readContract({
        address: staker,
        abi: v3StakerAbi,
        functionName: 'deposits',
        args: [tokenId],
        blockNumber: toBlock,
      })
      if (getAddress(owner) === getAddress(deployments.demoAccount)) expectedIds.push(tokenId)
    }
    expect(expectedIds.length).toBeGreaterThan(0)
    expect(shownStaked.map((p) => p.v3?.tokenId).sort()).toEqual(expectedIds.sort())
    for (const view of shownStaked) {
      if (view.status !== 'ok' || !view.v3) throw new Error(`${view.id} not ok`)
      const tokenId = view.v3.tokenId
      const position = await direct.readContract({
        address: deployments.contracts.nonfungiblePositionManager,
        abi: npmAbi,
        functionName: 'positions',
        args: [tokenId],
        blockNumber: toBlock,
      })
      expect(view.v3.liquidity).toBe(position[7])
      const seeded = seededStaked.find((p) => BigInt(p.tokenId) === tokenId)
      if (seeded?.incentiveId) {
        const [, stakeLiquidity] = await direct.readContract({
          address: staker,
          abi: v3StakerAbi,
          functionName: 'stakes',
          args: [tokenId, seeded.incentiveId],
          blockNumber: toBlock,
        })
        expect(stakeLiquidity).toBe(position[7])
        expect(view.pendingRewards.some((reward) => reward.source === seeded.incentiveId)).toBe(true)
      }
    }
  })

  it("discoverV3Incentives finds the devnet's incentive from IncentiveCreated logs, cached and extended", async () => {
    const deployments = inject('deployments')
    const direct = createPublicClient({ transport: http(inject('rpcUrl')), cacheTime: 0 })
    const viaProxy = createPublicClient({ transport: http(proxy.url), cacheTime: 0 })
    const toBlock = await direct.getBlockNumber()
    const store = createMemoryLogStore()
    const parameters = {
      chainId: deployments.chainId,
      staker: deployments.contracts.v3Staker as Address,
      fromBlock: BigInt(deployments.startBlock),
      toBlock,
      store,
    }
    resetStats()
    const found = await discoverV3Incentives(viaProxy, parameters)
    // Ids as the devnet's seeding computed them (keccak of the key, devnet/seedMarkets.ts).
    expect(found.map((incentive) => incentive.incentiveId).sort()).toEqual(
      deployments.v3Incentives.map((incentive) => incentive.incentiveId).sort(),
    )
    for (const incentive of found) {
      const seeded = deployments.v3Incentives.find((entry) => entry.incentiveId === incentive.incentiveId)
      expect(incentive).toEqual({ ...seeded, rewardToken: getAddress(seeded?.rewardToken as Address) })
    }
    // The devnet's whole window fits one 10,000-block range: one eth_getLogs (+ the anchor's hash).
    const windowBlocks = toBlock - BigInt(deployments.startBlock) + 1n
    expect(proxy.stats.byMethod.eth_getLogs).toBe(Number((windowBlocks + 9_999n) / 10_000n))
    // A new block extends the cached scan: one eth_getLogs for the new blocks only.
    await direct.request({ method: 'anvil_mine' as never, params: ['0x2'] as never })
    resetStats()
    const later = await discoverV3Incentives(viaProxy, { ...parameters, toBlock: toBlock + 2n })
    expect(later).toEqual(found)
    expect(proxy.stats.byMethod.eth_getLogs).toBe(1)
  })
})
