import { fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '../../../test-utils/renderApp.tsx'
import { stubJsonRpcFetch } from '../../../test-utils/stubJsonRpcFetch.ts'

const PASTED = '0x9000000000000000000000000000000000000009'

beforeEach(() => {
  localStorage.clear()
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('TokenCheck when the RPC fails', () => {
  it('says the check could not run, keeps the address, offers a retry and no "use this token"', async () => {
    const fetchMock = stubJsonRpcFetch()
    const answer = fetchMock.getMockImplementation()
    // Every eth_call (the token check's multicall) fails like a node that is down.
    fetchMock.mockImplementation(async (url, init) => {
      const body = JSON.parse(String(init?.body ?? '{}'))
      const calls = Array.isArray(body) ? body : [body]
      if (!calls.some((c: { method: string }) => c.method === 'eth_call'))
        return (answer as typeof fetch)(url, init)
      const payload = calls.map((c: { id: number }) => ({
        jsonrpc: '2.0',
        id: c.id,
        error: { code: -32000, message: 'backend unavailable' },
      }))
      return new Response(JSON.stringify(Array.isArray(body) ? payload : payload[0]), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      })
    })
    renderApp('/add')
    const input = (await screen.findByTestId(
      'token-address-input',
      {},
      { timeout: 10_000 },
    )) as HTMLInputElement
    fireEvent.change(input, { target: { value: PASTED } })
    const error = await screen.findByTestId('token-check-error', {}, { timeout: 15_000 })
    expect(error.textContent).toContain('Could not check this address')
    expect(error.textContent).toContain('Nothing was lost')
    expect(input.value).toBe(PASTED)
    expect(screen.queryByTestId('token-use')).toBeNull()
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy()
  }, 30_000)
})
