import { type Address, createPublicClient, encodeFunctionData, type Hex, http, maxUint128 } from 'viem'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { nonfungiblePositionManagerAbi } from '../../src/chain/abi/nonfungiblePositionManagerAbi.ts'
import { stakingRewardsAbi } from '../../src/chain/abi/stakingRewardsAbi.ts'
import { uniswapV2PairAbi } from '../../src/chain/abi/uniswapV2PairAbi.ts'
import { uniswapV3StakerAbi } from '../../src/chain/abi/uniswapV3StakerAbi.ts'
import { getPositionsConfig, type PositionsConfig } from '../../src/chain/catalogue/positionsConfig.ts'
import { readPositions } from '../../src/chain/readPositions.ts'
import type { Deployments } from '../../src/domain/catalogue/types.ts'
import type { PositionsSnapshot, PositionViewOk } from '../../src/domain/positions/model.ts'

const DEADLINE = 4_102_444_800n
const BURN_RECIPIENT: Address = '0x000000000000000000000000000000000000dEaD'

let deployments: Deployments
let config: PositionsConfig
let snapshot: PositionsSnapshot
const client = () => createPublicClient({ transport: http(inject('rpcUrl')), cacheTime: 0 })

function okView(id: string): PositionViewOk {
  const view = snapshot.positions.find((p) => p.id === id)
  if (!view) throw new Error(`no position ${id}`)
  if (view.status !== 'ok') throw new Error(`${id} unavailable: ${view.reason}`)
  return view
}

describe('positions reader equals the contracts for every seeded position', () => {
  beforeAll(async () => {
    deployments = inject('deployments')
    const found = getPositionsConfig(deployments.chainId)
    if (!found) throw new Error('no devnet config')
    config = found
    const staked = deployments.seed.demoPositions
      .filter((p) => p.label === 'staked')
      .map((p) => BigInt(p.tokenId))
    snapshot = await readPositions(client(), {
      account: deployments.demoAccount,
      config,
      stakerTokenIdCandidates: staked,
    })
  })

  it('finds every seeded V3 position and both V2 holdings', () => {
    const ids = snapshot.positions.map((p) => p.id)
    for (const seeded of deployments.seed.demoPositions) expect(ids).toContain(`v3:${seeded.tokenId}`)
    expect(
      okView(`v3:${deployments.seed.demoPositions.find((p) => p.label === 'staked')?.tokenId}`).location,
    ).toBe('v3-staker')
    for (const holding of deployments.seed.demoV2Holdings)
      expect(ids).toContain(`v2:${holding.pair.toLowerCase()}:${holding.stakedIn ? 'farm' : 'wallet'}`)
    expect(snapshot.positions.every((p) => p.status === 'ok')).toBe(true)
  })

  it('V3 amounts == static decreaseLiquidity(full) and owed == static collect(max)', async () => {
    const publicClient = client()
    for (const seeded of deployments.seed.demoPositions) {
      const view = okView(`v3:${seeded.tokenId}`)
      const tokenId = BigInt(seeded.tokenId)
      // The NPM owner of a staked position is the staker; eth_call may use it as `from`.
      const owner: Address =
        view.location === 'v3-staker' ? (config.contracts.v3Staker as Address) : seeded.owner
      const liquidity = view.v3?.liquidity ?? 0n
      if (liquidity > 0n) {
        const { result } = await publicClient.simulateContract({
          account: owner,
          address: config.contracts.nonfungiblePositionManager,
          abi: nonfungiblePositionManagerAbi,
          functionName: 'decreaseLiquidity',
          args: [{ tokenId, liquidity, amount0Min: 0n, amount1Min: 0n, deadline: DEADLINE }],
          blockNumber: snapshot.blockNumber,
        })
        expect([seeded.label, view.amount0.amountWei, view.amount1.amountWei]).toEqual([
          seeded.label,
          result[0],
          result[1],
        ])
      } else {
        expect(seeded.label).toBe('closed')
        expect([view.amount0.amountWei, view.amount1.amountWei]).toEqual([0n, 0n])
      }
      const { result: fees } = await publicClient.simulateContract({
        account: owner,
        address: config.contracts.nonfungiblePositionManager,
        abi: nonfungiblePositionManagerAbi,
        functionName: 'collect',
        args: [{ tokenId, recipient: owner, amount0Max: maxUint128, amount1Max: maxUint128 }],
        blockNumber: snapshot.blockNumber,
      })
      expect([seeded.label, view.owed0.amountWei, view.owed1.amountWei]).toEqual([
        seeded.label,
        fees[0],
        fees[1],
      ])
    }
    // The uncollected-fees position must actually have fees for the check to mean something.
    const withFees = okView(
      `v3:${deployments.seed.demoPositions.find((p) => p.label === 'uncollected-fees')?.tokenId}`,
    )
    expect(withFees.owed0.amountWei + withFees.owed1.amountWei).toBeGreaterThan(0n)
  })

  it('V3 staker reward == getRewardInfo', async () => {
    const seeded = deployments.seed.demoPositions.find((p) => p.label === 'staked')
    const view = okView(`v3:${seeded?.tokenId}`)
    const incentive = deployments.v3Incentives.find((i) => i.incentiveId === seeded?.incentiveId)
    if (!incentive) throw new Error('no incentive')
    // getRewardInfo is `view` in the staker's artifact (the generated ABI): an eth_call, as simulate was.
    const result = await client().readContract({
      address: config.contracts.v3Staker as Address,
      abi: uniswapV3StakerAbi,
      functionName: 'getRewardInfo',
      args: [
        {
          rewardToken: incentive.rewardToken,
          pool: incentive.pool,
          startTime: BigInt(incentive.startTime),
          endTime: BigInt(incentive.endTime),
          refundee: incentive.refundee,
        },
        BigInt(seeded?.tokenId ?? 0),
      ],
      blockNumber: snapshot.blockNumber,
    })
    expect(view.pendingRewards).toHaveLength(1)
    expect(view.pendingRewards[0]?.reward.amountWei).toBe(result[0])
    expect(result[0]).toBeGreaterThan(0n)
  })

  it('V2 amounts == pair burn, farm rewards == StakingRewards.earned', async () => {
    const publicClient = client()
    for (const holding of deployments.seed.demoV2Holdings) {
      const view = okView(`v2:${holding.pair.toLowerCase()}:${holding.stakedIn ? 'farm' : 'wallet'}`)
      const lp = view.v2?.lpBalanceWei ?? 0n
      expect(lp).toBeGreaterThan(0n)
      // burn() pays out the LP the pair holds: the holder (the account, or the farm for staked LP)
      // sends `lp` to the pair in this test's snapshot, then burn is simulated.
      const from = holding.stakedIn ?? deployments.demoAccount
      const testRpc = (method: string, params: unknown[]) =>
        publicClient.request({ method: method as never, params: params as never })
      await testRpc('anvil_impersonateAccount', [from])
      await testRpc('anvil_setBalance', [from, '0xDE0B6B3A7640000'])
      const hash = await testRpc('eth_sendTransaction', [
        {
          from,
          to: holding.pair,
          data: encodeFunctionData({
            abi: uniswapV2PairAbi,
            functionName: 'transfer',
            args: [holding.pair, lp],
          }),
        },
      ])
      await publicClient.waitForTransactionReceipt({ hash: hash as Hex, pollingInterval: 10 })
      const { result } = await publicClient.simulateContract({
        address: holding.pair,
        abi: uniswapV2PairAbi,
        functionName: 'burn',
        args: [BURN_RECIPIENT],
      })
      expect([view.amount0.amountWei, view.amount1.amountWei]).toEqual([result[0], result[1]])
      if (holding.stakedIn) {
        const earned = await publicClient.readContract({
          address: holding.stakedIn,
          abi: stakingRewardsAbi,
          functionName: 'earned',
          args: [deployments.demoAccount],
          blockNumber: snapshot.blockNumber,
        })
        expect(view.pendingRewards[0]?.reward.amountWei).toBe(earned)
        expect(earned).toBeGreaterThan(0n)
      }
    }
  })
})
