import type { Client, TransactionReceipt } from 'viem'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const waitMock = vi.fn()
vi.mock('viem/actions', () => ({ waitForTransactionReceipt: (...args: unknown[]) => waitMock(...args) }))
const { watchTransaction } = await import('./watchTransaction.ts')

const hash = `0x${'ab'.repeat(32)}` as const
const receipt = (status: 'success' | 'reverted') =>
  ({ status, transactionHash: hash }) as unknown as TransactionReceipt
const client = {} as Client

beforeEach(() => waitMock.mockReset())

describe('#watchTransaction', () => {
  it('keeps watching through RPC drops and recovers the receipt', async () => {
    waitMock
      .mockRejectedValueOnce(new Error('fetch failed'))
      .mockRejectedValueOnce(new Error('fetch failed'))
      .mockResolvedValueOnce(receipt('success'))
    const errors: number[] = []
    const outcome = await watchTransaction(client, hash, {
      retryDelayMs: () => 1,
      onConnectionError: (_, attempt) => errors.push(attempt),
    })
    expect(outcome.status).toBe('confirmed')
    expect(errors).toEqual([0, 1])
    expect(waitMock).toHaveBeenCalledTimes(3)
  })

  it('reports a mined revert as failed', async () => {
    waitMock.mockResolvedValueOnce(receipt('reverted'))
    expect((await watchTransaction(client, hash)).status).toBe('failed')
  })

  it('detects cancelled and replaced transactions; a speed-up (repriced) counts as ours', async () => {
    const replaced =
      (reason: string) => async (_: unknown, options: { onReplaced: (r: unknown) => void }) => {
        options.onReplaced({ reason, transaction: { hash: `0x${'cd'.repeat(32)}` } })
        return receipt('success')
      }
    waitMock.mockImplementationOnce(replaced('cancelled'))
    expect(await watchTransaction(client, hash)).toMatchObject({
      status: 'cancelled',
      replacedBy: `0x${'cd'.repeat(32)}`,
    })
    waitMock.mockImplementationOnce(replaced('replaced'))
    expect((await watchTransaction(client, hash)).status).toBe('replaced')
    waitMock.mockImplementationOnce(replaced('repriced'))
    expect((await watchTransaction(client, hash)).status).toBe('confirmed')
  })

  it('stops when aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(watchTransaction(client, hash, { signal: controller.signal })).rejects.toThrow('aborted')
  })
})
