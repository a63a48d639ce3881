import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { type Address, createPublicClient, custom, type PublicClient } from 'viem'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { hashFn } from 'wagmi/query'
import { buildApproveRequest } from '../../../chain/write/buildApproveRequest.ts'
import { buildV3MintRequest } from '../../../chain/write/buildV3Requests.ts'
import type { AddPlan } from '../../../chain/write/plans/buildAddPlan.ts'
import type { PoolChoice } from '../../../domain/catalogue/poolChoice.ts'
import { ReviewStep } from './ReviewStep.tsx'

// The node behind the review's simulation: each test decides how eth_call answers.
let answer: (method: string) => Promise<unknown>
const client: PublicClient = createPublicClient({
  transport: custom({ request: ({ method }: { method: string }) => answer(method) }),
  cacheTime: 0,
})
// The queries look the client up from the wagmi config when they run: both answer with the node above.
vi.mock('wagmi', () => ({ useConfig: () => ({}) }))
vi.mock('../../../queries/client.ts', () => ({ clientFor: () => client }))

const account: Address = '0x00000000000000000000000000000000000000a1'
const npm: Address = '0x00000000000000000000000000000000000000b2'
const token = (address: Address, symbol: string, decimals: number) => ({
  address,
  symbol,
  name: symbol,
  decimals,
})
const pool: PoolChoice = {
  protocol: 'v3',
  address: '0x00000000000000000000000000000000000000c3',
  token0: token('0x00000000000000000000000000000000000000d4', 'WETH', 18),
  token1: token('0x00000000000000000000000000000000000000e5', 'USDC', 6),
  fee: 3000,
  tickSpacing: 60,
}
const mint = (amount0MinWei: bigint, amount1MinWei: bigint, deadline = 1_769_840_400n) =>
  buildV3MintRequest({
    npm,
    token0: pool.token0.address,
    token1: pool.token1.address,
    fee: 3000,
    tickLower: -60,
    tickUpper: 60,
    amount0DesiredWei: 10n ** 18n,
    amount1DesiredWei: 3000n * 10n ** 6n,
    amount0MinWei,
    amount1MinWei,
    recipient: account,
    deadline,
  })
function plan(options: {
  approvals: boolean
  mins?: [bigint, bigint]
  deadline?: bigint
}): Extract<AddPlan, { ok: true }> {
  const [amount0MinWei, amount1MinWei] = options.mins ?? [9n * 10n ** 17n, 2900n * 10n ** 6n]
  return {
    ok: true,
    rangePosition: 'in',
    dependentText: '3000',
    amount0DesiredWei: 10n ** 18n,
    amount1DesiredWei: 3000n * 10n ** 6n,
    amount0Wei: 10n ** 18n,
    amount1Wei: 3000n * 10n ** 6n,
    amount0MinWei,
    amount1MinWei,
    liquidity: 123n,
    deadline: options.deadline ?? 1_769_840_400n,
    requests: [
      ...(options.approvals
        ? [
            buildApproveRequest({
              token: pool.token0.address,
              spender: npm,
              amountWei: 10n ** 18n,
              label: 'Approve',
            }),
          ]
        : []),
      mint(amount0MinWei, amount1MinWei, options.deadline),
    ],
  }
}

function renderReview(p: Extract<AddPlan, { ok: true }>) {
  const onSubmit = vi.fn()
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, queryKeyHashFn: hashFn } },
  })
  const view = (current: Extract<AddPlan, { ok: true }>) => (
    <QueryClientProvider client={queryClient}>
      <ReviewStep
        chainId={31337}
        account={account}
        pool={pool}
        plan={current}
        nativeSide={undefined}
        currentTick={0}
        tickLower={-60}
        tickUpper={60}
        settings={{ slippageBps: 50, deadlineMinutes: 20 }}
        onSettings={() => {}}
        unlimitedApproval={false}
        onUnlimitedApproval={() => {}}
        onSubmit={onSubmit}
        canSign
        cannotSignReason={undefined}
        snapshot={undefined}
      />
    </QueryClientProvider>
  )
  const { rerender } = render(view(p))
  return {
    onSubmit,
    submit: () => screen.getByTestId('submit-add') as HTMLButtonElement,
    rerender: (next: Extract<AddPlan, { ok: true }>) => rerender(view(next)),
  }
}

const succeed = async (method: string) => {
  if (method === 'eth_call') return '0x'
  if (method === 'eth_estimateGas') return '0x5208'
  if (method === 'eth_chainId') return '0x7a69'
  return null
}

beforeEach(() => {
  answer = succeed
})
afterEach(() => vi.clearAllMocks())

describe('ReviewStep: the submit waits for the simulation', () => {
  it('disabled while the simulation is pending, enabled once it succeeds', async () => {
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    answer = async (method) => {
      await gate
      return succeed(method)
    }
    const { submit, onSubmit } = renderReview(plan({ approvals: false }))
    expect(screen.getByTestId('simulation').dataset.status).toBe('pending')
    expect(submit().disabled).toBe(true)
    fireEvent.click(submit())
    expect(onSubmit).not.toHaveBeenCalled()
    release()
    await waitFor(() => expect(screen.getByTestId('simulation').dataset.status).toBe('ok'))
    expect(submit().disabled).toBe(false)
    fireEvent.click(submit())
    expect(onSubmit).toHaveBeenCalledOnce()
  })

  it('disabled when the simulation fails (the deposit would revert)', async () => {
    answer = async (method) => {
      if (method === 'eth_call')
        throw Object.assign(new Error('execution reverted: Price slippage check'), { code: 3 })
      return succeed(method)
    }
    const { submit } = renderReview(plan({ approvals: false }))
    await waitFor(() => expect(screen.getByTestId('simulation').dataset.status).toBe('failed'))
    expect(submit().disabled).toBe(true)
  })

  it('a simulation that cannot run (allowance slot not found) says why and needs an acknowledgement', async () => {
    // Every eth_call answers allowance 0: no override is recognised, so the deposit cannot be simulated.
    answer = async (method) => {
      if (method === 'eth_call') return `0x${'0'.repeat(64)}`
      if (method === 'eth_createAccessList') throw new Error('method not supported')
      return succeed(method)
    }
    const { submit } = renderReview(plan({ approvals: true }))
    await screen.findByTestId('simulation-skipped', {}, { timeout: 5_000 })
    expect(screen.getByTestId('simulation-skipped').textContent).toMatch(/cannot reproduce/)
    expect(submit().disabled).toBe(true)
    fireEvent.click(screen.getByTestId('simulation-skip-ack'))
    expect(submit().disabled).toBe(false)
  })

  it('zero-side minimums: the warning blocks the submit until acknowledged', async () => {
    const { submit } = renderReview(plan({ approvals: false, mins: [0n, 2900n * 10n ** 6n] }))
    await waitFor(() => expect(screen.getByTestId('simulation').dataset.status).toBe('ok'))
    expect(screen.getByTestId('zero-minimum').textContent).toMatch(/WETH side/)
    expect(submit().disabled).toBe(true)
    fireEvent.click(screen.getByTestId('zero-minimum-ack'))
    expect(submit().disabled).toBe(false)
  })

  it("a new block's deadline keeps the acknowledgement and the shown simulation (no flicker), then re-simulates", async () => {
    const { submit, rerender } = renderReview(plan({ approvals: false, mins: [0n, 2900n * 10n ** 6n] }))
    await waitFor(() => expect(screen.getByTestId('simulation').dataset.status).toBe('ok'))
    fireEvent.click(screen.getByTestId('zero-minimum-ack'))
    expect(submit().disabled).toBe(false)
    let calls = 0
    answer = async (method) => {
      if (method === 'eth_call') calls++
      return succeed(method)
    }
    rerender(plan({ approvals: false, mins: [0n, 2900n * 10n ** 6n], deadline: 1_769_840_412n }))
    expect(screen.getByTestId('simulation').dataset.status).toBe('ok')
    expect(submit().disabled).toBe(false)
    await waitFor(() => expect(calls).toBeGreaterThan(0))
    // Other minimums are another deposit: the acknowledgement no longer holds.
    rerender(plan({ approvals: false, mins: [0n, 2800n * 10n ** 6n], deadline: 1_769_840_412n }))
    expect(submit().disabled).toBe(true)
  })

  it('an invalid slippage disables the action and the minimums show as unavailable', async () => {
    const { submit } = renderReview(plan({ approvals: false }))
    await waitFor(() => expect(submit().disabled).toBe(false))
    fireEvent.change(screen.getByTestId('slippage-input'), { target: { value: '60' } })
    expect(submit().disabled).toBe(true)
    expect(screen.getByTestId('review-min').textContent).toMatch(/unavailable/)
    fireEvent.change(screen.getByTestId('slippage-input'), { target: { value: '0.5' } })
    expect(submit().disabled).toBe(false)
  })
})
