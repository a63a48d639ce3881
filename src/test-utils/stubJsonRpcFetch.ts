import { vi } from 'vitest'

/**
 * Replaces global fetch with a JSON-RPC responder so components that poll the chain render
 * without a node. Unknown methods answer null. Returns the mock for call assertions.
 */
export function stubJsonRpcFetch(results: Record<string, unknown> = {}) {
  const answers: Record<string, unknown> = {
    eth_chainId: '0x7a69',
    eth_blockNumber: '0x2a',
    eth_getBlockByNumber: { number: '0x2a', hash: `0x${'2a'.repeat(32)}`, timestamp: '0x6956b400' },
    ...results,
  }
  const fetchMock = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body ?? '{}'))
    const answer = (call: { id: number; method: string }) => ({
      jsonrpc: '2.0',
      id: call.id,
      result: answers[call.method] ?? null,
    })
    const payload = Array.isArray(body) ? body.map(answer) : answer(body)
    return new Response(JSON.stringify(payload), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}
