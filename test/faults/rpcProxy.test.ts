// @vitest-environment node
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { decodeFunctionResult, encodeFunctionData, encodeFunctionResult, type Hex, parseAbi } from 'viem'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type RpcProxy, startRpcProxy } from './rpcProxy.ts'

/** A tiny upstream: chain 31337 at block `head`; eth_call echoes its block tag so rewrites show. */
let head = 100
let upstream: Server
let upstreamUrl = ''
let proxy: RpcProxy

type Call = { id: number; method: string; params?: unknown[] }
/** Contract reads the lying modes rewrite, answered with fixed values by the tiny upstream. */
const reads = parseAbi([
  'function slot0() view returns (uint160 sqrtPriceX96, int24 tick, uint16 observationIndex, uint16 observationCardinality, uint16 observationCardinalityNext, uint8 feeProtocol, bool unlocked)',
  'function balanceOf(address) view returns (uint256)',
  'function positions(uint256 tokenId) view returns (uint96 nonce, address operator, address token0, address token1, uint24 fee, int24 tickLower, int24 tickUpper, uint128 liquidity, uint256 feeGrowthInside0LastX128, uint256 feeGrowthInside1LastX128, uint128 tokensOwed0, uint128 tokensOwed1)',
  'function getReserves() view returns (uint112 reserve0, uint112 reserve1, uint32 blockTimestampLast)',
  'function decimals() view returns (uint8)',
  'struct Call3 { address target; bool allowFailure; bytes callData; }',
  'struct Result { bool success; bytes returnData; }',
  'function aggregate3(Call3[] calls) payable returns (Result[] returnData)',
])
const Q96 = 2n ** 96n
const ZERO = '0x0000000000000000000000000000000000000000'
const TRUE_VALUES = {
  slot0: [Q96 * 100n, 46_054, 0, 1, 1, 0, true],
  balanceOf: 10n ** 18n,
  positions: [0n, ZERO, ZERO, ZERO, 3000, -600, 600, 5_000_000n, 0n, 0n, 0n, 0n],
  getReserves: [10n ** 20n, 3n * 10n ** 23n, 7],
  decimals: 18,
} as const
type ReadName = keyof typeof TRUE_VALUES
const encodeRead = (name: ReadName) =>
  encodeFunctionResult({ abi: reads, functionName: name, result: TRUE_VALUES[name] } as never) as Hex
function readResult(data: Hex): Hex {
  if (data.startsWith('0x82ad56cb')) {
    // The aggregate the tests send: slot0, balanceOf, decimals (in that order).
    return encodeFunctionResult({
      abi: reads,
      functionName: 'aggregate3',
      result: (['slot0', 'balanceOf', 'decimals'] as const).map((name) => ({
        success: true,
        returnData: encodeRead(name),
      })),
    })
  }
  const byName: Record<string, ReadName> = {
    '0x3850c7bd': 'slot0',
    '0x70a08231': 'balanceOf',
    '0x99fbab88': 'positions',
    '0x0902f1ac': 'getReserves',
    '0x313ce567': 'decimals',
  }
  const name = byName[data.slice(0, 10)]
  return name ? encodeRead(name) : '0x'
}

function answer(call: Call) {
  const result = (() => {
    switch (call.method) {
      case 'eth_chainId':
        return '0x7a69'
      case 'eth_blockNumber':
        return `0x${head.toString(16)}`
      case 'eth_call': {
        const data = (call.params?.[0] as { data?: Hex } | undefined)?.data
        return data ? readResult(data) : (call.params?.[1] ?? 'no-tag')
      }
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

describe('lying-call fault: eth_call results rewritten by selector', () => {
  const target = '0x00000000000000000000000000000000000000a1'
  const readThroughProxy = async (functionName: ReadName, args: readonly unknown[] = []) => {
    const data = encodeFunctionData({ abi: reads, functionName, args } as never)
    const response = await rpc(call('eth_call', [{ to: target, data }, 'latest']))
    const { result } = (await response.json()) as { result: Hex }
    return decodeFunctionResult({ abi: reads, functionName, data: result } as never) as unknown
  }

  it('slot0: the price (sqrtPriceX96 squared) is 5 % higher or lower, the other fields untouched', async () => {
    await proxy.setFault({ kind: 'lying-call', lie: 'slot0-price-up' })
    const up = (await readThroughProxy('slot0')) as readonly [bigint, number]
    await proxy.setFault({ kind: 'lying-call', lie: 'slot0-price-down' })
    const down = (await readThroughProxy('slot0')) as readonly [bigint, number]
    const truePrice = Number(TRUE_VALUES.slot0[0]) ** 2
    expect(Number(up[0]) ** 2 / truePrice).toBeCloseTo(1.05, 4)
    expect(Number(down[0]) ** 2 / truePrice).toBeCloseTo(0.95, 4)
    expect(up[1]).toBe(46_054)
  })

  it('balanceOf: one wei more', async () => {
    await proxy.setFault({ kind: 'lying-call', lie: 'balance-plus-1-wei' })
    expect(await readThroughProxy('balanceOf', [target])).toBe(10n ** 18n + 1n)
  })

  it('positions(): liquidity 1 % lower, ticks untouched', async () => {
    await proxy.setFault({ kind: 'lying-call', lie: 'position-liquidity' })
    const position = (await readThroughProxy('positions', [1n])) as readonly unknown[]
    expect(position[7]).toBe(4_950_000n)
    expect([position[5], position[6]]).toEqual([-600, 600])
  })

  it('getReserves: reserve0 1 % higher', async () => {
    await proxy.setFault({ kind: 'lying-call', lie: 'v2-reserves' })
    const reserves = (await readThroughProxy('getReserves')) as readonly bigint[]
    expect(reserves).toEqual([101n * 10n ** 18n, 3n * 10n ** 23n, 7])
  })

  it('rewrites the matching inner result of a Multicall3 aggregate3 and leaves the others', async () => {
    await proxy.setFault({ kind: 'lying-call', lie: 'balance-plus-1-wei' })
    const data = encodeFunctionData({
      abi: reads,
      functionName: 'aggregate3',
      args: [
        [
          { target, allowFailure: true, callData: encodeFunctionData({ abi: reads, functionName: 'slot0' }) },
          {
            target,
            allowFailure: true,
            callData: encodeFunctionData({ abi: reads, functionName: 'balanceOf', args: [target] }),
          },
          {
            target,
            allowFailure: true,
            callData: encodeFunctionData({ abi: reads, functionName: 'decimals' }),
          },
        ],
      ],
    })
    const response = await rpc(call('eth_call', [{ to: target, data }, 'latest']))
    const { result } = (await response.json()) as { result: Hex }
    const inner = decodeFunctionResult({ abi: reads, functionName: 'aggregate3', data: result })
    expect(inner.map((entry) => entry.returnData)).toEqual([
      encodeRead('slot0'),
      encodeFunctionResult({ abi: reads, functionName: 'balanceOf', result: 10n ** 18n + 1n }),
      encodeRead('decimals'),
    ])
    expect(proxy.stats.faulted).toBeGreaterThan(0)
  })

  it('leaves other reads alone', async () => {
    await proxy.setFault({ kind: 'lying-call', lie: 'balance-plus-1-wei' })
    expect(await readThroughProxy('decimals')).toBe(18)
  })
})
