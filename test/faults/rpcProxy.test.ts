// @vitest-environment node
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type RpcProxy, startRpcProxy } from './rpcProxy.ts'

/** A tiny upstream: chain 31337 at block `head`; eth_call echoes its block tag so rewrites show. */
let head = 100
let upstream: Server
let upstreamUrl = ''
let proxy: RpcProxy

type Call = { id: number; method: string; params?: unknown[] }
function answer(call: Call) {
  const result = (() => {
    switch (call.method) {
      case 'eth_chainId':
        return '0x7a69'
      case 'eth_blockNumber':
        return `0x${head.toString(16)}`
      case 'eth_call':
        return call.params?.[1] ?? 'no-tag'
      case 'eth_getTransactionReceipt':
        return { blockNumber: `0x${head.toString(16)}`, status: '0x1' }
      default:
        return null
    }
  })()
  return { jsonrpc: '2.0', id: call.id, result }
}

beforeAll(async () => {
  upstream = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = JSON.parse(Buffer.concat(chunks).toString()) as Call | Call[]
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify(Array.isArray(body) ? body.map(answer) : answer(body)))
  })
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
  proxy = await startRpcProxy({ upstream: upstreamUrl, port: 0, seed: 42 })
})
afterEach(async () => {
  await proxy.setFault(null)
  head = 100
})
afterAll(async () => {
  await proxy.close()
  await new Promise((resolve) => upstream.close(resolve))
})

const rpc = (body: unknown) =>
  fetch(proxy.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
const call = (method: string, params: unknown[] = [], id = 1) => ({ jsonrpc: '2.0', id, method, params })

describe('startRpcProxy', () => {
  it('passes calls and batches through unchanged without a fault, and counts them', async () => {
    const before = { ...proxy.stats }
    expect(await (await rpc(call('eth_chainId'))).json()).toEqual({ jsonrpc: '2.0', id: 1, result: '0x7a69' })
    const batch = await (
      await rpc([call('eth_blockNumber', [], 1), call('eth_call', [{}, 'latest'], 2)])
    ).json()
    expect(batch).toEqual([
      { jsonrpc: '2.0', id: 1, result: '0x64' },
      { jsonrpc: '2.0', id: 2, result: 'latest' },
    ])
    expect(proxy.stats.requests - before.requests).toBe(2)
    expect(proxy.stats.calls - before.calls).toBe(3)
    expect(proxy.stats.faulted).toBe(before.faulted)
  })

  it('answers CORS preflights so a browser app on another origin can use it', async () => {
    const response = await fetch(proxy.url, { method: 'OPTIONS' })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('adds latency', async () => {
    await proxy.setFault({ kind: 'latency', ms: 300 })
    const started = performance.now()
    expect((await (await rpc(call('eth_chainId'))).json()).result).toBe('0x7a69')
    expect(performance.now() - started).toBeGreaterThanOrEqual(290)
  })

  it.each([429, 500, 503] as const)('returns HTTP %i', async (status) => {
    await proxy.setFault({ kind: 'http-status', status })
    expect((await rpc(call('eth_chainId'))).status).toBe(status)
  })

  it('returns JSON-RPC errors only for the chosen methods, call by call inside a batch', async () => {
    await proxy.setFault({
      kind: 'rpc-error',
      code: -32005,
      message: 'limit exceeded',
      methods: ['eth_call'],
    })
    const batch = await (
      await rpc([call('eth_blockNumber', [], 1), call('eth_call', [{}, 'latest'], 2)])
    ).json()
    expect(batch).toEqual([
      { jsonrpc: '2.0', id: 1, result: '0x64' },
      { jsonrpc: '2.0', id: 2, error: { code: -32005, message: 'limit exceeded' } },
    ])
  })

  it('truncates and corrupts bodies so they no longer parse', async () => {
    await proxy.setFault({ kind: 'truncated-body' })
    const truncated = await (await rpc(call('eth_chainId'))).text()
    expect(truncated).toBe('{"jsonrpc":"2.0","id"')
    expect(() => JSON.parse(truncated)).toThrow()
    await proxy.setFault({ kind: 'corrupted-json' })
    const corrupted = await (await rpc(call('eth_chainId'))).text()
    expect(corrupted.length).toBeGreaterThan(10)
    expect(() => JSON.parse(corrupted)).toThrow()
  })

  it('drops the connection', async () => {
    await proxy.setFault({ kind: 'dropped-connection' })
    await expect(rpc(call('eth_chainId'))).rejects.toThrow(/fetch failed/)
  })

  it('serves a stale head: block number frozen, latest reads pinned to it, newer receipts hidden', async () => {
    await proxy.setFault({ kind: 'stale-block' })
    head = 105
    const batch = await (
      await rpc([
        call('eth_blockNumber', [], 1),
        call('eth_call', [{}, 'latest'], 2),
        call('eth_call', [{}, '0x10'], 3),
        call('eth_getTransactionReceipt', ['0xabc'], 4),
      ])
    ).json()
    expect(batch).toEqual([
      { jsonrpc: '2.0', id: 1, result: '0x64' },
      { jsonrpc: '2.0', id: 2, result: '0x64' },
      { jsonrpc: '2.0', id: 3, result: '0x10' },
      { jsonrpc: '2.0', id: 4, result: null },
    ])
    await proxy.setFault(null)
    expect((await (await rpc(call('eth_blockNumber'))).json()).result).toBe('0x69')
  })

  it('reports another chain id', async () => {
    await proxy.setFault({ kind: 'chain-id', chainId: 1 })
    expect((await (await rpc(call('eth_chainId'))).json()).result).toBe('0x1')
    expect((await (await rpc(call('net_version'))).json()).result).toBe('1')
  })

  it('hits a seeded fraction of requests, the same ones on every run', async () => {
    const outcomes = async (seed: number) => {
      const seeded = await startRpcProxy({ upstream: upstreamUrl, port: 0, seed })
      await seeded.setFault({ kind: 'http-status', status: 503, fraction: 0.5 })
      const statuses: number[] = []
      for (let i = 0; i < 40; i++)
        statuses.push(
          (await fetch(seeded.url, { method: 'POST', body: JSON.stringify(call('eth_chainId')) })).status,
        )
      await seeded.close()
      return statuses
    }
    const first = await outcomes(9)
    expect(await outcomes(9)).toEqual(first)
    const failed = first.filter((s) => s === 503).length
    expect(failed).toBeGreaterThan(8)
    expect(failed).toBeLessThan(32)
  })
})
