import { type Address, encodeAbiParameters, type Hex, pad, toEventSelector } from 'viem'
import { describe, expect, it } from 'vitest'
import { REWARD_TOPIC } from '../../chain/history/readPositionHistory.ts'
import type { PositionViewOk, TokenAmount } from '../positions/model.ts'
import { FARM, farmV2, stakedV3 } from '../positions/positionsFixture.ts'
import { attributeClaimedRewards } from './attributeClaimedRewards.ts'
import type { RawLog } from './logTypes.ts'

const ACCOUNT: Address = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
const OTHER: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const STAKER: Address = '0xe34139463bA50bD61336E0c446Bd8C0867c6fE65'
const FARM_ADDRESS = farmV2.v2?.farm as Address
const INCENTIVE: Hex = '0xab23e5996cbc4c12477370271a51f3d860f07a2459c89923a3fbb27f84fb9bab'
const topic = (address: Address) => pad(address, { size: 32 })
const uint = (value: bigint) => encodeAbiParameters([{ type: 'uint256' }], [value])

let logIndex = 0
const log = (address: Address, topics: Hex[], data: Hex, transactionHash: Hex = '0x01'): RawLog => ({
  address,
  topics,
  data,
  blockNumber: 10n,
  transactionHash,
  logIndex: logIndex++,
})
const rewardPaid = (user: Address, amountWei: bigint) =>
  log(FARM_ADDRESS, [toEventSelector('RewardPaid(address,uint256)'), topic(user)], uint(amountWei))
const unstaked = (tokenId: bigint) =>
  log(
    STAKER,
    [toEventSelector('TokenUnstaked(uint256,bytes32)'), pad(`0x${tokenId.toString(16)}`), INCENTIVE],
    '0x',
  )
const claimed = (to: Address, amountWei: bigint, tx: Hex) =>
  log(STAKER, [toEventSelector('RewardClaimed(address,uint256)'), topic(to)], uint(amountWei), tx)

const secondStaked: PositionViewOk = {
  ...stakedV3,
  id: 'v3:41',
  v3: { ...(stakedV3.v3 as NonNullable<PositionViewOk['v3']>), tokenId: 41n },
}
const owed = (amountWei: bigint): TokenAmount[] => [{ token: FARM, amountWei, valueUsd: null }]
const base = {
  account: ACCOUNT,
  positions: [stakedV3, secondStaked, farmV2],
  farms: [{ address: FARM_ADDRESS, stakingToken: farmV2.v2?.pair as Address, rewardsToken: FARM.address }],
  v3Staker: STAKER,
  incentives: [
    {
      rewardToken: FARM.address,
      pool: STAKER,
      startTime: 0,
      endTime: 1,
      refundee: STAKER,
      incentiveId: INCENTIVE,
    },
  ],
  claimTokenByTx: new Map<Hex, string>([['0xaa', FARM.address.toLowerCase()]]),
  pricesUsd: { [FARM.address.toLowerCase()]: 2 },
}

describe('#attributeClaimedRewards', () => {
  it("farm: the account's RewardPaid events go to its farm position (others' are ignored)", () => {
    const result = attributeClaimedRewards({
      rewardTopics: REWARD_TOPIC,
      ...base,
      logs: [rewardPaid(ACCOUNT, 100n), rewardPaid(OTHER, 7n), rewardPaid(ACCOUNT, 50n)],
      stakerRewardsOwed: owed(0n),
    })
    expect(result.get(farmV2.id)).toEqual([{ token: FARM, amountWei: 150n, valueUsd: 150e-18 * 2 }])
    expect(result.has(stakedV3.id)).toBe(false)
  })

  it('staker: owed + claimed, split evenly between unstaked positions (remainder to the lowest id)', () => {
    const result = attributeClaimedRewards({
      rewardTopics: REWARD_TOPIC,
      ...base,
      logs: [unstaked(41n), unstaked(40n), claimed(ACCOUNT, 1_000n, '0xaa'), claimed(OTHER, 9n, '0xaa')],
      stakerRewardsOwed: owed(1n),
    })
    expect(result.get('v3:40')?.map((r) => r.amountWei)).toEqual([501n])
    expect(result.get('v3:41')?.map((r) => r.amountWei)).toEqual([500n])
  })

  it('one unstaked position gets everything; never-unstaked positions get nothing', () => {
    const result = attributeClaimedRewards({
      rewardTopics: REWARD_TOPIC,
      ...base,
      logs: [unstaked(40n), claimed(ACCOUNT, 1_000n, '0xaa')],
      stakerRewardsOwed: owed(234n),
    })
    expect(result.get('v3:40')?.map((r) => r.amountWei)).toEqual([1_234n])
    expect(result.has('v3:41')).toBe(false)
  })

  it('unreadable owed balance: the unstaked positions are unknown (null), not 0', () => {
    const result = attributeClaimedRewards({
      rewardTopics: REWARD_TOPIC,
      ...base,
      logs: [unstaked(40n), claimed(ACCOUNT, 1_000n, '0xaa')],
      stakerRewardsOwed: null,
    })
    expect(result.get('v3:40')).toBeNull()
  })
})
