import { parseAbi, parseEventLogs } from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { getPositionsConfig } from '../../src/chain/catalogue/positionsConfig.ts'
import { createMemoryLogStore } from '../../src/chain/history/logStore.ts'
import { readVersusHolding } from '../../src/chain/history/readVersusHolding.ts'
import { loadPositions } from '../../src/chain/readPositions.ts'
import { stakingRewardsAbi, v3StakerAbi } from './helpers/abis.ts'
import { createDevnetClient } from './helpers/devnetClient.ts'

const stakerWriteAbi = parseAbi([
  'function claimReward(address rewardToken, address to, uint256 amountRequested) returns (uint256 reward)',
  'function rewards(address rewardToken, address owner) view returns (uint256)',
  'event RewardClaimed(address indexed to, uint256 reward)',
])
const rewardPaidAbi = parseAbi(['event RewardPaid(address indexed user, uint256 reward)'])

async function loadFigures() {
  const deployments = inject('deployments')
  const devnet = createDevnetClient(inject('rpcUrl'))
  const config = getPositionsConfig(deployments.chainId)
  if (!config) throw new Error('no devnet positions config')
  const store = createMemoryLogStore()
  const toBlock = await devnet.publicClient.getBlockNumber()
  const snapshot = await loadPositions(devnet.publicClient, {
    account: deployments.demoAccount,
    config,
    store,
    toBlock,
  })
  const versus = await readVersusHolding(devnet.publicClient, { config, store, snapshot })
  return { snapshot, versus }
}

describe('claimed rewards count in "rewards earned"', () => {
  it('StakingRewards: getReward() moves pending to claimed, the total stays exact', async () => {
    const deployments = inject('deployments')
    const devnet = createDevnetClient(inject('rpcUrl'))
    const farm = deployments.stakingRewards[0]
    if (!farm) throw new Error('no farm')
    const receipt = await devnet.write({
      from: deployments.demoAccount,
      address: farm.address,
      abi: stakingRewardsAbi,
      functionName: 'getReward',
      args: [],
    })
    const [paid] = parseEventLogs({ abi: rewardPaidAbi, logs: receipt.logs, eventName: 'RewardPaid' })
    expect(paid?.args.reward).toBeGreaterThan(0n)
    // Every RewardPaid of the account on this farm, from the chain itself.
    const allPaid = await devnet.publicClient.getContractEvents({
      address: farm.address,
      abi: rewardPaidAbi,
      eventName: 'RewardPaid',
      args: { user: deployments.demoAccount },
      fromBlock: 0n,
    })
    const paidWei = allPaid.reduce((sum, log) => sum + (log.args.reward ?? 0n), 0n)

    const { snapshot, versus } = await loadFigures()
    const position = snapshot.positions.find((p) => p.status === 'ok' && p.v2?.farm === farm.address)
    if (position?.status !== 'ok') throw new Error('no farm position')
    const figures = versus.get(position.id)
    expect(figures?.claimedRewards.map((r) => r.amountWei)).toEqual([paidWei])
    const earnedWei = await devnet.publicClient.readContract({
      address: farm.address,
      abi: stakingRewardsAbi,
      functionName: 'earned',
      args: [deployments.demoAccount],
    })
    expect(position.pendingRewards[0]?.reward.amountWei).toBe(earnedWei)
    const expectedUsd =
      (position.pendingRewards[0]?.reward.valueUsd ?? Number.NaN) +
      (figures?.claimedRewards[0]?.valueUsd ?? Number.NaN)
    expect(figures?.rewardsUsd).toBeCloseTo(expectedUsd, 9)
    expect(figures?.netPnlUsd).toBeCloseTo((figures?.rewardsUsd ?? 0) + (figures?.impermanentLossUsd ?? 0), 9)
  })

  it('V3 staker: unstake + partial claimReward keep the credited reward, to the wei', async () => {
    const deployments = inject('deployments')
    const devnet = createDevnetClient(inject('rpcUrl'))
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
    const staker = deployments.contracts.v3Staker
    const owed = () =>
      devnet.publicClient.readContract({
        address: staker,
        abi: stakerWriteAbi,
        functionName: 'rewards',
        args: [incentive.rewardToken, deployments.demoAccount],
      })
    const owedBeforeWei = await owed()
    await devnet.advance(3_600)
    await devnet.write({
      from: deployments.demoAccount,
      address: staker,
      abi: v3StakerAbi,
      functionName: 'unstakeToken',
      args: [key, BigInt(staked.tokenId)],
    })
    const creditedWei = (await owed()) - owedBeforeWei
    expect(creditedWei).toBeGreaterThan(0n)
    const receipt = await devnet.write({
      from: deployments.demoAccount,
      address: staker,
      abi: stakerWriteAbi,
      functionName: 'claimReward',
      args: [incentive.rewardToken, deployments.demoAccount, creditedWei / 3n],
    })
    const [claimed] = parseEventLogs({ abi: stakerWriteAbi, logs: receipt.logs, eventName: 'RewardClaimed' })
    expect(claimed?.args.reward).toBe(creditedWei / 3n)

    const { snapshot, versus } = await loadFigures()
    const position = snapshot.positions.find((p) => p.id === `v3:${staked.tokenId}`)
    if (position?.status !== 'ok') throw new Error('staked position not loaded')
    // Unstaked: nothing pending any more, everything credited is counted as claimed.
    expect(position.pendingRewards).toEqual([])
    expect(snapshot.stakerRewardsOwed?.map((r) => r.amountWei)).toEqual([await owed()])
    const figures = versus.get(position.id)
    expect(figures?.claimedRewards.map((r) => r.amountWei)).toEqual([owedBeforeWei + creditedWei])
    expect(figures?.rewardsUsd).toBeCloseTo(figures?.claimedRewards[0]?.valueUsd ?? Number.NaN, 9)
  })

  it('V3 staker reward APR predicts the reward the staker pays over the next hour', async () => {
    const deployments = inject('deployments')
    const devnet = createDevnetClient(inject('rpcUrl'))
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
    const rewardWei = async () =>
      (
        await devnet.publicClient.readContract({
          address: deployments.contracts.v3Staker,
          abi: v3StakerAbi,
          functionName: 'getRewardInfo',
          args: [key, BigInt(staked.tokenId)],
        })
      )[0]
    const { snapshot } = await loadFigures()
    const position = snapshot.positions.find((p) => p.id === `v3:${staked.tokenId}`)
    if (position?.status !== 'ok' || !position.v3?.inRange) throw new Error('staked position not in range')
    const pending = position.pendingRewards[0]
    const apr = pending?.aprFraction
    const principalUsd = (position.amount0.valueUsd ?? Number.NaN) + (position.amount1.valueUsd ?? Number.NaN)
    const rewardPriceUsd = snapshot.pricesUsd[incentive.rewardToken.toLowerCase()]
    if (typeof apr !== 'number' || !pending || typeof rewardPriceUsd !== 'number')
      throw new Error('no reward APR')
    expect(apr).toBeGreaterThan(0)
    const before = await rewardWei()
    const start = await devnet.publicClient.getBlock()
    const { timestamp } = await devnet.advance(3_600)
    const earnedWei = (await rewardWei()) - before
    const seconds = Number(timestamp - start.timestamp)
    const earnedUsd = (Number(earnedWei) / 10 ** pending.reward.token.decimals) * rewardPriceUsd
    const predictedUsd = (apr * principalUsd * seconds) / 31_536_000
    // No swaps in between: the rate is constant until the end, so only wei rounding differs.
    expect(Math.abs(earnedUsd / predictedUsd - 1)).toBeLessThan(1e-6)
  })
})
