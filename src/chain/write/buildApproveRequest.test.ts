import { decodeFunctionData, maxUint256 } from 'viem'
import { describe, expect, it } from 'vitest'
import { buildApprovalSteps } from './buildApproveRequest.ts'
import { erc20WriteAbi } from './writeAbis.ts'

const token = '0x00000000000000000000000000000000000000aa'
const spender = '0x00000000000000000000000000000000000000bb'
const base = { token, spender, label: 'Approve 5 USDT', kind: 'approve-token1', symbol: 'USDT' } as const
const amounts = (steps: ReturnType<typeof buildApprovalSteps>) =>
  steps.map((step) => {
    const { args } = decodeFunctionData({ abi: erc20WriteAbi, data: step.data })
    expect(args?.[0]).toBe(spender)
    return args?.[1]
  })

describe('#buildApprovalSteps', () => {
  it('no allowance: one exact approve', () => {
    expect(amounts(buildApprovalSteps({ ...base, currentAllowanceWei: 0n, amountWei: 5n }))).toEqual([5n])
  })
  it('a non-zero allowance remains: approve 0 first, then the exact amount (USDT rule)', () => {
    const steps = buildApprovalSteps({ ...base, currentAllowanceWei: 1n, amountWei: 5n })
    expect(amounts(steps)).toEqual([0n, 5n])
    expect(steps.map((s) => s.kind)).toEqual(['approve-token1-reset', 'approve-token1'])
    expect(steps.every((s) => s.to === token)).toBe(true)
  })
  it('enough allowance: no step; unlimited opt-in approves 2^256 − 1', () => {
    expect(buildApprovalSteps({ ...base, currentAllowanceWei: 5n, amountWei: 5n })).toEqual([])
    expect(amounts(buildApprovalSteps({ ...base, currentAllowanceWei: 3n, amountWei: 'unlimited' }))).toEqual(
      [0n, maxUint256],
    )
  })
})
