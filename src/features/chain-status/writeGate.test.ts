import { createClient } from 'viem'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCheckedTransport } from '../../config/chainTransport.ts'
import { getRpcTrust, resetRpcTrust } from '../../config/rpcCrossCheck.ts'
import { checkWriteGate } from './writeGate.ts'

const NOW_S = 1_767_225_600 // 2026-01-01T00:00:00Z
const hash = (salt: string) => `0x${salt.repeat(64).slice(0, 64)}`

/**
 * Nodes behind fake URLs: each answers eth_chainId, eth_blockNumber, eth_getBlockByNumber (head
 * 100 at `headTimestamp`, hash from `salt`) and eth_call (returns `callResult`).
 */
function stubNodes(
  nodes: Record<string, { chainId: number; headTimestamp: number; salt: string; callResult: string }>,
) {
  const seen: { url: string; method: string; params: unknown[] }[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const node = nodes[String(url)]
      if (!node) throw new TypeError('fetch failed')
      const body = JSON.parse(String(init?.body))
      const answer = (call: { id: number; method: string; params: unknown[] }) => {
        seen.push({ url: String(url), method: call.method, params: call.params })
        const result =
          call.method === 'eth_chainId'
            ? `0x${node.chainId.toString(16)}`
            : call.method === 'eth_blockNumber'
              ? '0x64'
              : call.method === 'eth_getBlockByNumber'
                ? { number: '0x64', hash: hash(node.salt), timestamp: `0x${node.headTimestamp.toString(16)}` }
                : node.callResult
        return { jsonrpc: '2.0', id: call.id, result }
      }
      const payload = Array.isArray(body) ? body.map(answer) : answer(body)
      return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } })
    }),
  )
  return seen
}

const A = 'http://127.0.0.1:1/a'
const B = 'http://127.0.0.1:1/b'
const honest = { chainId: 1, headTimestamp: NOW_S - 12, salt: 'a', callResult: `0x${'00'.repeat(31)}01` }

function clientFor(chainId: number, urls: string[]) {
  return createClient({ transport: createCheckedTransport(chainId, urls) })
}

beforeEach(() => {
  resetRpcTrust()
  vi.spyOn(Date, 'now').mockReturnValue(NOW_S * 1000)
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

describe('#checkWriteGate', () => {
  it('passes a fresh, single, honest node', async () => {
    stubNodes({ [A]: honest })
    expect(await checkWriteGate(clientFor(1, [A]), 1)).toEqual({ blocked: null, confirm: null })
  })

  it('asks to confirm when a public node’s head is more than 180 s behind the wall clock, naming the node', async () => {
    stubNodes({ [A]: { ...honest, headTimestamp: NOW_S - 300 } })
    const gate = await checkWriteGate(clientFor(1, [A]), 1)
    expect(gate.blocked).toBeNull()
    expect(gate.confirm).toContain('127.0.0.1:1')
    expect(gate.confirm).toContain('5 min 0 s old')
  })

  it('does not ask at 180 s exactly', async () => {
    stubNodes({ [A]: { ...honest, headTimestamp: NOW_S - 180 } })
    expect((await checkWriteGate(clientFor(1, [A]), 1)).confirm).toBeNull()
  })

  it('exempts the devnet, whose chain time is seeded', async () => {
    stubNodes({ [A]: { ...honest, chainId: 31337, headTimestamp: NOW_S - 30 * 86_400 } })
    expect(await checkWriteGate(clientFor(31337, [A]), 31337)).toEqual({ blocked: null, confirm: null })
  })

  it('blocks when the RPC serves another chain', async () => {
    stubNodes({ [A]: { ...honest, chainId: 5 } })
    expect((await checkWriteGate(clientFor(1, [A]), 1)).blocked).toMatch(/chain id 5, not 1/)
  })

  it('blocks when a second RPC has another hash for the head block', async () => {
    stubNodes({ [A]: honest, [B]: { ...honest, salt: 'b' } })
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    try {
      const pending = checkWriteGate(clientFor(1, [A, B]), 1)
      await vi.advanceTimersByTimeAsync(2_500)
      const gate = await pending
      expect(gate.blocked).toMatch(/Two RPCs disagree about the hash of block 100/)
    } finally {
      vi.useRealTimers()
    }
  })

  it('a head-hash mismatch that settles within the re-check pause (a reorg at the head) is no disagreement', async () => {
    const witness = { ...honest, salt: 'b' }
    stubNodes({ [A]: honest, [B]: witness })
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    try {
      const pending = checkWriteGate(clientFor(1, [A, B]), 1)
      await vi.advanceTimersByTimeAsync(1_000)
      witness.salt = 'a'
      await vi.advanceTimersByTimeAsync(1_500)
      expect(await pending).toEqual({ blocked: null, confirm: null })
      expect(getRpcTrust(1)?.disagreement).toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })

  it('with two agreeing RPCs passes, and the reads that follow are re-run on the second at the pinned block', async () => {
    const seen = stubNodes({ [A]: honest, [B]: honest })
    const client = clientFor(1, [A, B])
    expect(await checkWriteGate(client, 1)).toEqual({ blocked: null, confirm: null })
    seen.length = 0
    await client.request({
      method: 'eth_call',
      params: [{ to: '0x00000000000000000000000000000000000000a1', data: '0x70a08231' }, 'latest'],
    })
    const onWitness = seen.filter((call) => call.url === B).map((call) => [call.method, call.params.at(-1)])
    expect(onWitness).toEqual([
      ['eth_getBlockByNumber', false],
      ['eth_call', '0x64'],
    ])
    expect(getRpcTrust(1)?.disagreement).toBeNull()
  })

  it('a critical read answered differently by the two RPCs blocks every write', async () => {
    stubNodes({ [A]: honest, [B]: { ...honest, callResult: `0x${'00'.repeat(31)}02` } })
    const client = clientFor(1, [A, B])
    expect(await checkWriteGate(client, 1)).toEqual({ blocked: null, confirm: null })
    // The primary's answer is returned; the disagreement is recorded.
    expect(
      await client.request({
        method: 'eth_call',
        params: [{ to: '0x00000000000000000000000000000000000000a1', data: '0x70a08231' }, 'latest'],
      }),
    ).toBe(honest.callResult)
    expect(getRpcTrust(1)?.disagreement?.about).toBe('the result of balanceOf() at block 100')
    expect((await checkWriteGate(client, 1)).blocked).toMatch(/Two RPCs disagree/)
  })
})
