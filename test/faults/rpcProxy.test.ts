// @vitest-environment node
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { decodeFunctionResult, encodeFunctionData, encodeFunctionResult, type Hex, parseAbi } from 'viem'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type AnvilProcess, spawnAnvil } from '../../devnet/anvil.ts'
import { RPC_LIMIT_PROFILES, type RpcProxy, scaleLogRange, startRpcProxy } from './rpcProxy.ts'

/** The unit layer's fixed ports start here (3 of them: this file's anvil and proxy, devnet/anvil.test.ts). */
const UNIT_PORT_BASE = Number(process.env.POOLSCOPE_UNIT_PORT_BASE ?? 9120)

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

/**
 * The public-RPC limits, against a real chain: an anvil on UNIT_PORT_BASE (9120 unless POOLSCOPE_UNIT_PORT_BASE
 * says otherwise) behind a second proxy on the next port. Expected answers are worked out here from the chain (block numbers, state
 * roots, receipts), never read back from the proxy's own code.
 */
describe('public-RPC limits', () => {
  let anvil: AnvilProcess
  let limited: RpcProxy
  const SENDER = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
  type Answer = { id?: unknown; result?: unknown; error?: { code: number; message: string; data?: unknown } }
  const send = async (url: string, body: unknown) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Answer & Answer[],
    }
  }
  const viaProxy = async (method: string, params: unknown[] = []) =>
    (await send(limited.url, call(method, params))).body
  const direct = async (method: string, params: unknown[] = []) => {
    const answer = (await send(anvil.rpcUrl, call(method, params))).body
    if (answer.error) throw new Error(answer.error.message)
    return answer.result
  }
  const headNumber = async () => BigInt((await direct('eth_blockNumber')) as string)
  const hexOf = (value: bigint) => `0x${value.toString(16)}`
  /** Creation code that emits one LOG0 (PUSH1 0 PUSH1 0 LOG0 STOP): one log per transaction. */
  const EMIT_LOG = '0x60006000a000'
  /** Logs emitted by the tests, with the block of each, read from the receipts. */
  const logBlocks: bigint[] = []

  beforeAll(async () => {
    anvil = await spawnAnvil({ port: UNIT_PORT_BASE })
    limited = await startRpcProxy({ upstream: anvil.rpcUrl, port: UNIT_PORT_BASE + 1 })
    for (let i = 0; i < 5; i++) {
      const hash = await direct('eth_sendTransaction', [{ from: SENDER, data: EMIT_LOG }])
      // anvil mines the transaction just after answering: wait for its receipt.
      type Receipt = { blockNumber: string; logs: unknown[] }
      const waitForReceipt = async (): Promise<Receipt> => {
        const found = (await direct('eth_getTransactionReceipt', [hash])) as Receipt | null
        if (found) return found
        await new Promise((resolve) => setTimeout(resolve, 10))
        return waitForReceipt()
      }
      const receipt = await waitForReceipt()
      expect(receipt.logs).toHaveLength(1)
      logBlocks.push(BigInt(receipt.blockNumber))
    }
    await direct('anvil_mine', ['0xc8']) // 200 more blocks: a history older than 128 blocks
  })
  afterEach(() => {
    limited.setLimits(null)
    limited.resetStats()
  })
  afterAll(async () => {
    await limited?.close()
    await anvil?.stop()
  })

  it('eth_getLogs range: one block over the limit is refused, at the limit it passes', async () => {
    limited.setLimits({ getLogsMaxRange: 10 })
    const passes = await viaProxy('eth_getLogs', [{ fromBlock: '0x0', toBlock: '0x9' }])
    expect(passes.error).toBeUndefined()
    expect(Array.isArray(passes.result)).toBe(true)
    const refused = await viaProxy('eth_getLogs', [{ fromBlock: '0x0', toBlock: '0xa' }])
    expect(refused.error).toEqual({ code: -32602, message: 'eth_getLogs is limited to a 10 block range' })
    expect(limited.stats.refused.range).toBe(1)
  })

  it('eth_getLogs range: latest and a missing bound are resolved to the head first', async () => {
    limited.setLimits(RPC_LIMIT_PROFILES.standard)
    const head = await headNumber()
    // head − 9,999 … latest is 10,000 blocks; one block more is refused (the head is 205 here, so
    // fromBlock is "negative": use a toBlock far above instead, which is resolved as written).
    expect(head).toBeLessThan(10_000n)
    const open = await viaProxy('eth_getLogs', [{ fromBlock: '0x0' }]) // toBlock missing = latest
    expect(open.error).toBeUndefined()
    expect((open.result as unknown[]).length).toBe(logBlocks.length)
    limited.setLimits({ getLogsMaxRange: 10 })
    const lastTen = await viaProxy('eth_getLogs', [{ fromBlock: hexOf(head - 9n), toBlock: 'latest' }])
    expect(lastTen.error).toBeUndefined()
    const lastEleven = await viaProxy('eth_getLogs', [{ fromBlock: hexOf(head - 10n) }])
    expect(lastEleven.error?.message).toBe('eth_getLogs is limited to a 10 block range')
    const fromEarliest = await viaProxy('eth_getLogs', [{ fromBlock: 'earliest', toBlock: '0xa' }])
    expect(fromEarliest.error?.code).toBe(-32602)
  })

  it("eth_getLogs range: the standard text for 10,000 and Alchemy's for the strict 2,000 profile", async () => {
    limited.setLimits(RPC_LIMIT_PROFILES.standard)
    const standard = await viaProxy('eth_getLogs', [{ fromBlock: '0x0', toBlock: hexOf(10_000n) }])
    expect(standard.error).toEqual({
      code: -32602,
      message: 'eth_getLogs is limited to a 10,000 block range',
    })
    limited.setLimits(RPC_LIMIT_PROFILES.strict)
    const strict = await viaProxy('eth_getLogs', [{ fromBlock: '0x10', toBlock: hexOf(16n + 2_000n) }])
    expect(strict.error?.code).toBe(-32602)
    expect(strict.error?.message).toBe(
      'Log response size exceeded. You can make eth_getLogs requests with up to a 2,000 block range and no limit on the response size, or you can request any block range with a cap of 10,000 logs in the response. Based on your parameters, this block range should work: [0x10, 0x7df]',
    )
    expect(hexOf(16n + 1_999n)).toBe('0x7df')
    const atLimit = await viaProxy('eth_getLogs', [{ fromBlock: '0x10', toBlock: '0x7df' }])
    expect(atLimit.error).toBeUndefined()
  })

  it('eth_getLogs by blockHash has no range', async () => {
    limited.setLimits({ getLogsMaxRange: 1 })
    const block = (await direct('eth_getBlockByNumber', [hexOf(logBlocks[0] as bigint), false])) as {
      hash: string
    }
    const byHash = await viaProxy('eth_getLogs', [{ blockHash: block.hash }])
    expect(byHash.error).toBeUndefined()
    expect((byHash.result as unknown[]).length).toBe(1)
  })

  it('eth_getLogs results: more than the cap is refused with a range that fits, which then passes', async () => {
    limited.setLimits({ getLogsMaxResults: 3 })
    const from = logBlocks[0] as bigint
    const to = logBlocks[4] as bigint
    const refused = await viaProxy('eth_getLogs', [{ fromBlock: hexOf(from), toBlock: hexOf(to) }])
    // One log per block: the 4th log is in logBlocks[3], so the range that fits ends one block before.
    const fitsTo = (logBlocks[3] as bigint) - 1n
    expect(refused.error).toEqual({
      code: -32005,
      message: `query returned more than 3 results. Try with this block range [${hexOf(from)}, ${hexOf(fitsTo)}].`,
      data: { from: hexOf(from), to: hexOf(fitsTo), limit: 3 },
    })
    const fits = await viaProxy('eth_getLogs', [{ fromBlock: hexOf(from), toBlock: hexOf(fitsTo) }])
    expect((fits.result as unknown[]).length).toBe(3)
    expect(limited.stats.refused.results).toBe(1)
  })

  it('rate: a burst over the limit gets HTTP 429 with Retry-After, counted; the next second passes', async () => {
    limited.setLimits({ requestsPerSecond: 5 })
    const burst = await Promise.all(Array.from({ length: 8 }, () => send(limited.url, call('eth_chainId'))))
    const refused = burst.filter((answer) => answer.status === 429)
    expect(burst.filter((answer) => answer.status === 200)).toHaveLength(5)
    expect(refused).toHaveLength(3)
    for (const answer of refused) {
      expect(answer.headers.get('retry-after')).toBe('1')
      expect(answer.body.error?.code).toBe(429)
    }
    expect(limited.stats.refused.rate).toBe(3)
    expect(limited.stats.http429).toBe(3)
    expect(limited.stats.requests).toBe(8)
    await new Promise((resolve) => setTimeout(resolve, 1_050))
    expect((await send(limited.url, call('eth_chainId'))).status).toBe(200)
  })

  it('batch: one call over the cap is refused call by call, at the cap it passes', async () => {
    limited.setLimits({ maxBatchSize: 3 })
    const ok = await send(
      limited.url,
      [1, 2, 3].map((id) => call('eth_chainId', [], id)),
    )
    expect(ok.body.map((answer) => answer.result)).toEqual(['0x7a69', '0x7a69', '0x7a69'])
    const tooLarge = await send(
      limited.url,
      [1, 2, 3, 4].map((id) => call('eth_chainId', [], id)),
    )
    expect(tooLarge.body).toEqual(
      [1, 2, 3, 4].map((id) => ({ jsonrpc: '2.0', id, error: { code: -32600, message: 'batch too large' } })),
    )
    expect(limited.stats.refused.batch).toBe(1)
  })

  it('state: reads older than head − 128 fail with "missing trie node", recent ones pass', async () => {
    limited.setLimits({ stateHistoryBlocks: 128 })
    const head = await headNumber()
    const old = head - 129n
    const { stateRoot } = (await direct('eth_getBlockByNumber', [hexOf(old), false])) as { stateRoot: string }
    const refused = await viaProxy('eth_getBalance', [SENDER, hexOf(old)])
    expect(refused.error).toEqual({
      code: -32000,
      message: `missing trie node ${stateRoot.slice(2)} (path ) state ${stateRoot} is not available`,
    })
    expect((await viaProxy('eth_getBalance', [SENDER, hexOf(head - 128n)])).result).toBe(
      await direct('eth_getBalance', [SENDER, hexOf(head - 128n)]),
    )
    for (const tag of ['latest', 'pending', 'safe', 'finalized'])
      expect((await viaProxy('eth_getBalance', [SENDER, tag])).error).toBeUndefined()
    expect((await viaProxy('eth_getCode', [SENDER, 'earliest'])).error?.message).toMatch(
      /^missing trie node /,
    )
    expect((await viaProxy('eth_call', [{ to: SENDER }, hexOf(old)])).error?.message).toMatch(
      /^missing trie node /,
    )
    expect((await viaProxy('eth_getStorageAt', [SENDER, '0x0', hexOf(old)])).error?.code).toBe(-32000)
    const oldHash = ((await direct('eth_getBlockByNumber', [hexOf(old), false])) as { hash: string }).hash
    const recentHash = ((await direct('eth_getBlockByNumber', [hexOf(head - 5n), false])) as { hash: string })
      .hash
    expect((await viaProxy('eth_getTransactionCount', [SENDER, { blockHash: oldHash }])).error?.code).toBe(
      -32000,
    )
    expect(
      (await viaProxy('eth_getTransactionCount', [SENDER, { blockHash: recentHash }])).error,
    ).toBeUndefined()
    expect(limited.stats.refused.state).toBe(5)
  })

  it('gas cap: eth_call and eth_estimateGas run with gas capped; a call that needs more fails like geth', async () => {
    const cap = 100_000
    limited.setLimits({ ethCallGasCap: cap })
    // GAS PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN: returns the gas left after the creation's
    // intrinsic cost (21,000 + 32,000 + calldata), so it is below the cap that was forwarded.
    const gasLeftCode = '0x5a60005260206000f3'
    for (const asked of [undefined, hexOf(200_000n)]) {
      const answer = await viaProxy('eth_call', [
        { data: gasLeftCode, ...(asked ? { gas: asked } : {}) },
        'latest',
      ])
      const gasLeft = BigInt(answer.result as string)
      expect(gasLeft).toBeLessThan(BigInt(cap - 53_000))
      expect(gasLeft).toBeGreaterThan(BigInt(cap - 53_500))
    }
    // JUMPDEST PUSH1 0 JUMP: loops until the gas runs out.
    const endless = '0x5b600056'
    expect((await viaProxy('eth_call', [{ data: endless }, 'latest'])).error).toEqual({
      code: -32000,
      message: 'out of gas',
    })
    expect(
      (await viaProxy('eth_estimateGas', [{ from: SENDER, data: endless, gas: hexOf(10n ** 6n) }])).error,
    ).toEqual({
      code: -32000,
      message: 'gas required exceeds allowance (100000)',
    })
    expect((await viaProxy('eth_call', [{ data: '0x00' }, 'latest'])).error).toBeUndefined()
    expect(limited.stats.refused.gas).toBe(2)
  })

  it('size: an answer over the cap becomes an error, per call and per HTTP response', async () => {
    limited.setLimits({ maxResponseBytes: 1_000 })
    // PUSH2 n PUSH1 0 RETURN: returns n zero bytes (2n hex digits in the JSON answer).
    const returning = (n: number) => `0x61${n.toString(16).padStart(4, '0')}6000f3`
    expect((await viaProxy('eth_call', [{ data: returning(100) }, 'latest'])).result).toBe(
      `0x${'00'.repeat(100)}`,
    )
    expect((await viaProxy('eth_call', [{ data: returning(600) }, 'latest'])).error).toEqual({
      code: -32000,
      message: 'response size exceeded: the answer is larger than the 1,000 bytes limit',
    })
    // Three answers of ~450 bytes each: each fits, the HTTP response (~1,350 bytes) does not.
    const batch = await send(
      limited.url,
      [1, 2, 3].map((id) => call('eth_call', [{ data: returning(200) }, 'latest'], id)),
    )
    expect(batch.body.map((answer) => answer.error?.code)).toEqual([-32000, -32000, -32000])
    expect(limited.stats.refused.size).toBe(4)
  })

  it('counts refusals: total, probes (range and results), 429s; byMethod includes refused calls; reset', async () => {
    limited.setLimits({ getLogsMaxRange: 2, getLogsMaxResults: 1, stateHistoryBlocks: 128 })
    const head = await headNumber()
    await viaProxy('eth_getLogs', [{ fromBlock: '0x0', toBlock: '0x2' }]) // range
    await viaProxy('eth_getLogs', [
      { fromBlock: hexOf(logBlocks[0] as bigint), toBlock: hexOf((logBlocks[0] as bigint) + 1n) },
    ]) // results
    await viaProxy('eth_getBalance', [SENDER, hexOf(head - 200n)]) // state
    await viaProxy('eth_getBalance', [SENDER, 'latest']) // passes
    expect(limited.stats.refused).toEqual({
      range: 1,
      results: 1,
      rate: 0,
      batch: 0,
      state: 1,
      gas: 0,
      size: 0,
    })
    expect(limited.stats.refusedTotal).toBe(3)
    expect(limited.stats.probes).toBe(2)
    expect(limited.stats.byMethod).toEqual({ eth_getLogs: 2, eth_getBalance: 2 })
    expect(limited.stats.calls).toBe(4)
    const { stats } = limited
    const { refused, byMethod } = stats
    limited.resetStats()
    expect(limited.stats).toBe(stats)
    expect(limited.stats.refused).toBe(refused)
    expect(limited.stats.byMethod).toBe(byMethod)
    expect(limited.stats).toEqual({
      requests: 0,
      calls: 0,
      faulted: 0,
      byMethod: {},
      refused: { range: 0, results: 0, rate: 0, batch: 0, state: 0, gas: 0, size: 0 },
      refusedTotal: 0,
      http429: 0,
      probes: 0,
    })
  })

  it('without limits nothing is refused', async () => {
    const head = await headNumber()
    expect(
      (await viaProxy('eth_getLogs', [{ fromBlock: '0x0', toBlock: hexOf(head) }])).error,
    ).toBeUndefined()
    expect((await viaProxy('eth_getBalance', [SENDER, '0x1'])).error).toBeUndefined()
    expect(limited.stats.refusedTotal).toBe(0)
  })
})

describe('scaleLogRange and the profiles', () => {
  it('has the two profiles the issue names', () => {
    const common = {
      getLogsMaxResults: 10_000,
      requestsPerSecond: 25,
      maxBatchSize: 100,
      stateHistoryBlocks: 128,
      ethCallGasCap: 50_000_000,
      maxResponseBytes: 10_485_760,
    }
    expect(RPC_LIMIT_PROFILES.standard).toEqual({
      ...common,
      getLogsMaxRange: 10_000,
      getLogsRangeStyle: 'range',
    })
    expect(RPC_LIMIT_PROFILES.strict).toEqual({
      ...common,
      getLogsMaxRange: 2_000,
      getLogsRangeStyle: 'alchemy',
    })
  })

  it('scales the range so a time window costs as many ranges as on the real chain (24 h on Arbitrum: 35)', () => {
    // Arbitrum: 4 blocks/s = 14,400/h; 24 h = 345,600 blocks = 35 ranges of 10,000 (34.56 rounded up).
    const realBlocksPerHour = 14_400
    const replicaBlocksPerHour = 600
    const scaled = scaleLogRange(RPC_LIMIT_PROFILES.standard, { replicaBlocksPerHour, realBlocksPerHour })
    expect(scaled.getLogsMaxRange).toBe(416) // 10,000 × 600 / 14,400 = 416.67
    expect(Math.ceil((24 * replicaBlocksPerHour) / 416)).toBe(35)
    expect(Math.ceil((24 * realBlocksPerHour) / 10_000)).toBe(35)
    expect(scaled.requestsPerSecond).toBe(25)
    expect(
      scaleLogRange(RPC_LIMIT_PROFILES.strict, { replicaBlocksPerHour, realBlocksPerHour }).getLogsMaxRange,
    ).toBe(83)
    expect(RPC_LIMIT_PROFILES.standard.getLogsMaxRange).toBe(10_000) // the profile itself is untouched
  })

  it('never goes below one block, and refuses rates that make no sense', () => {
    expect(
      scaleLogRange({ getLogsMaxRange: 10 }, { replicaBlocksPerHour: 1, realBlocksPerHour: 1_000_000 }),
    ).toEqual({
      getLogsMaxRange: 1,
    })
    expect(
      scaleLogRange({ getLogsMaxRange: 10 }, { replicaBlocksPerHour: 300, realBlocksPerHour: 300 }),
    ).toEqual({
      getLogsMaxRange: 10,
    })
    expect(() =>
      scaleLogRange({ getLogsMaxRange: 10 }, { replicaBlocksPerHour: 0, realBlocksPerHour: 300 }),
    ).toThrow(/positive/)
    expect(() =>
      scaleLogRange({ getLogsMaxRange: 10 }, { replicaBlocksPerHour: 600, realBlocksPerHour: 300 }),
    ).toThrow(/faster/)
  })
})
