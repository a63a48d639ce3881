// Reward contracts against src/math, to the wei: StakingRewards.earned and UniswapV3Staker.getRewardInfo
// predicted from raw contract state across random time jumps, stakes, withdrawals and swaps.
// Random cases replay with POOLSCOPE_MATH_SEED.
import { type Address, encodeAbiParameters, parseAbiParameters } from 'viem'
import { describe, expect, it } from 'vitest'
import { stakingRewardsEarned, v3StakerReward } from '../../src/math/index.ts'
import { npmAbi, stakingRewardsAbi, v2PairAbi, v2RouterAbi, v3PoolAbi, v3StakerAbi } from './helpers/abis.ts'
import { DEADLINE } from './helpers/devnetClient.ts'
import { setupMathFixture } from './helpers/mathFixture.ts'
import { mintAndCheck, randomSwaps } from './helpers/v3Cases.ts'

const fx = setupMathFixture('math-contracts-rewards')
const { random, deployments, lp: LP, other: OTHER, poolOf } = fx
const { contracts } = deployments
const npm = contracts.nonfungiblePositionManager

describe('reward contracts vs src/math', () => {
  it('StakingRewards.earned == stakingRewardsEarned from raw state, across time jumps and stake changes', async () => {
    const { client } = fx
    const farm = deployments.stakingRewards[0]
    if (!farm) throw new Error('no StakingRewards farm')
    const pair = deployments.v2Pairs.find((p) => p.address === farm.stakingToken)
    if (!pair) throw new Error('farm staking token is not a seeded pair')
    const stakers = [LP, OTHER]
    for (const account of stakers) {
      const { reserve0, reserve1 } = await (async () => {
        const r = await client.publicClient.readContract({
          address: pair.address,
          abi: v2PairAbi,
          functionName: 'getReserves',
        })
        return { reserve0: r[0], reserve1: r[1] }
      })()
      await client.write({
        from: account,
        address: contracts.v2Router02,
        abi: v2RouterAbi,
        functionName: 'addLiquidity',
        args: [pair.token0, pair.token1, reserve0 / 10n, reserve1 / 10n, 0n, 0n, account, DEADLINE],
      })
      await client.write({
        from: account,
        address: pair.address,
        abi: v2PairAbi,
        functionName: 'approve',
        args: [farm.address, 2n ** 256n - 1n],
      })
      const lp = await client.publicClient.readContract({
        address: pair.address,
        abi: v2PairAbi,
        functionName: 'balanceOf',
        args: [account],
      })
      await client.write({
        from: account,
        address: farm.address,
        abi: stakingRewardsAbi,
        functionName: 'stake',
        args: [random.share(lp, 0.1, 0.6) + 1n],
      })
    }
    const accounts = [...stakers, deployments.demoAccount]
    const periodFinish = await client.publicClient.readContract({
      address: farm.address,
      abi: stakingRewardsAbi,
      functionName: 'periodFinish',
    })
    let checked = 0
    for (let step = 0; step < 16; step++) {
      const account = random.pick(stakers)
      const action = random.float()
      if (action < 0.2) {
        const lp = await client.publicClient.readContract({
          address: pair.address,
          abi: v2PairAbi,
          functionName: 'balanceOf',
          args: [account],
        })
        if (lp > 0n)
          await client.write({
            from: account,
            address: farm.address,
            abi: stakingRewardsAbi,
            functionName: 'stake',
            args: [random.share(lp, 0.1, 0.9) + 1n],
          })
      } else if (action < 0.35) {
        const staked = await client.publicClient.readContract({
          address: farm.address,
          abi: stakingRewardsAbi,
          functionName: 'balanceOf',
          args: [account],
        })
        if (staked > 1n)
          await client.write({
            from: account,
            address: farm.address,
            abi: stakingRewardsAbi,
            functionName: 'withdraw',
            args: [random.share(staked, 0.1, 0.9) + 1n],
          })
      } else if (action < 0.5) {
        await client.write({
          from: account,
          address: farm.address,
          abi: stakingRewardsAbi,
          functionName: 'getReward',
          args: [],
        })
      }
      const latest = await client.publicClient.getBlock({ blockTag: 'latest' })
      // Mostly hours to days; step 12 jumps past periodFinish, where accrual must stop.
      const seconds =
        step === 12 ? Number(periodFinish - latest.timestamp) + 86_400 : random.int(1, 5 * 86_400)
      const { blockNumber, timestamp } = await client.advance(Math.max(1, seconds))
      const farmCall = { address: farm.address, abi: stakingRewardsAbi } as const
      const [rewardRate, rewardPerTokenStored, lastUpdateTime, periodFinishNow, totalSupply] =
        await client.publicClient.multicall({
          allowFailure: false,
          blockNumber,
          contracts: [
            { ...farmCall, functionName: 'rewardRate' },
            { ...farmCall, functionName: 'rewardPerTokenStored' },
            { ...farmCall, functionName: 'lastUpdateTime' },
            { ...farmCall, functionName: 'periodFinish' },
            { ...farmCall, functionName: 'totalSupply' },
          ],
        })
      const state = {
        rewardRate,
        rewardPerTokenStored,
        lastUpdateTime,
        periodFinish: periodFinishNow,
        totalSupply,
      }
      for (const staker of accounts) {
        const [balance, userRewardPerTokenPaid, rewards, earned] = await client.publicClient.multicall({
          allowFailure: false,
          blockNumber,
          contracts: [
            { ...farmCall, functionName: 'balanceOf', args: [staker] },
            { ...farmCall, functionName: 'userRewardPerTokenPaid', args: [staker] },
            { ...farmCall, functionName: 'rewards', args: [staker] },
            { ...farmCall, functionName: 'earned', args: [staker] },
          ],
        })
        const account = { balance, userRewardPerTokenPaid, rewards }
        expect(earned, `${staker} at ${timestamp}`).toBe(stakingRewardsEarned(state, account, timestamp))
        if (earned > 0n) checked++
      }
    }
    expect(checked).toBeGreaterThan(30)
  })

  it('UniswapV3Staker.getRewardInfo == v3StakerReward from incentives(), stakes() and snapshotCumulativesInside', async () => {
    const { client } = fx
    const incentive = deployments.v3Incentives[0]
    if (!incentive) throw new Error('no V3 incentive')
    const key = {
      rewardToken: incentive.rewardToken,
      pool: incentive.pool,
      startTime: BigInt(incentive.startTime),
      endTime: BigInt(incentive.endTime),
      refundee: incentive.refundee,
    }
    const pool = poolOf(incentive.pool)
    const seededStake = deployments.seed.demoPositions.find((p) => p.label === 'staked')
    const staked: { tokenId: bigint; owner: Address }[] = seededStake
      ? [{ tokenId: BigInt(seededStake.tokenId), owner: seededStake.owner }]
      : []
    const keyData = encodeAbiParameters(
      parseAbiParameters(
        '(address rewardToken, address pool, uint256 startTime, uint256 endTime, address refundee)',
      ),
      [key],
    )
    for (let i = 0; i < 3; i++) {
      const minted = await mintAndCheck(fx, pool, true)
      if (!minted) continue
      // Depositing into the staker with the key as data stakes the token in one transaction.
      await client.write({
        from: LP,
        address: npm,
        abi: npmAbi,
        functionName: 'safeTransferFrom',
        args: [LP, contracts.v3Staker, minted.tokenId, keyData],
      })
      staked.push({ tokenId: minted.tokenId, owner: LP })
    }
    expect(staked.length).toBeGreaterThanOrEqual(3)
    let compared = 0
    let rewarded = 0
    for (let step = 0; step < 10; step++) {
      await randomSwaps(fx, pool, random.int(1, 3))
      if (step === 5) {
        const mine = staked.findIndex((s) => s.owner === LP)
        // Unstaking claims: totalRewardUnclaimed and totalSecondsClaimedX128 change for the others.
        await client.write({
          from: LP,
          address: contracts.v3Staker,
          abi: v3StakerAbi,
          functionName: 'unstakeToken',
          args: [key, (staked[mine] as { tokenId: bigint }).tokenId],
        })
        staked.splice(mine, 1)
      }
      const latest = await client.publicClient.getBlock({ blockTag: 'latest' })
      const seconds = step === 8 ? Number(key.endTime - latest.timestamp) + 3_600 : random.int(60, 3 * 86_400)
      const { blockNumber, timestamp } = await client.advance(Math.max(1, seconds))
      const [totalRewardUnclaimed, totalSecondsClaimedX128] = await client.publicClient.readContract({
        address: contracts.v3Staker,
        abi: v3StakerAbi,
        functionName: 'incentives',
        args: [incentive.incentiveId],
        blockNumber,
      })
      for (const { tokenId } of staked) {
        const [secondsPerLiquidityInsideInitialX128, liquidity] = await client.publicClient.readContract({
          address: contracts.v3Staker,
          abi: v3StakerAbi,
          functionName: 'stakes',
          args: [tokenId, incentive.incentiveId],
          blockNumber,
        })
        const deposit = await client.publicClient.readContract({
          address: contracts.v3Staker,
          abi: v3StakerAbi,
          functionName: 'deposits',
          args: [tokenId],
          blockNumber,
        })
        const snapshot = await client.publicClient.readContract({
          address: pool.address,
          abi: v3PoolAbi,
          functionName: 'snapshotCumulativesInside',
          args: [deposit[2], deposit[3]],
          blockNumber,
        })
        const expected = v3StakerReward({
          totalRewardUnclaimed,
          totalSecondsClaimedX128,
          startTime: key.startTime,
          endTime: key.endTime,
          liquidity,
          secondsPerLiquidityInsideInitialX128,
          secondsPerLiquidityInsideX128: snapshot[1],
          currentTime: timestamp,
        })
        const [reward, secondsInsideX128] = await client.publicClient.readContract({
          address: contracts.v3Staker,
          abi: v3StakerAbi,
          functionName: 'getRewardInfo',
          args: [key, tokenId],
          blockNumber,
        })
        expect({ reward, secondsInsideX128 }, `token ${tokenId} at ${timestamp}`).toEqual(expected)
        compared++
        if (reward > 0n) rewarded++
      }
    }
    expect(compared).toBeGreaterThanOrEqual(30)
    expect(rewarded).toBeGreaterThanOrEqual(10) // in-range stakes really earned
  })
})
