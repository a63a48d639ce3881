import {
  type Address,
  createClient,
  custom,
  decodeFunctionData,
  encodeAbiParameters,
  encodeFunctionResult,
  type Hex,
  parseAbi,
  stringToHex,
} from 'viem'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { multicall3Abi } from '../abi/multicall3Abi.ts'
import { uniswapV3PoolAbi } from '../abi/uniswapV3PoolAbi.ts'
import { decodeStringOrBytes32 } from '../readers/readTokenMetadata.ts'
import { type BatchResult, call, mapCall, rawCall } from './batchCall.ts'
import { allOk, zipResults } from './batchResult.ts'
import { readBatch } from './readBatch.ts'

const MULTICALL3: Address = '0xcA11bde05977b3631167028862bE2a173976CA11'
const POOL: Address = '0x00000000000000000000000000000000000000a1'
const OTHER: Address = '0x00000000000000000000000000000000000000b2'
const erc20 = parseAbi(['function balanceOf(address) view returns (uint256)'])

/** What the fake chain answers for one inner call: return data, a revert, or nothing (no code). */
type Answer = { success: boolean; returnData: Hex }

/**
 * A client whose node is a hand-written Multicall3: it decodes aggregate3's calls and answers each
 * from `answer`, recording every eth_call (so the test sees one request per batch).
 */
function fakeChain(answer: (target: Address, callData: Hex) => Answer) {
  const requests: { method: string; blockTag: unknown }[] = []
  const client = createClient({
    transport: custom({
      async request({ method, params }) {
        const [tx, blockTag] = params as [{ to: Address; data: Hex }, unknown]
        requests.push({ method, blockTag })
        if (method !== 'eth_call' || tx.to !== MULTICALL3) throw new Error(`unexpected ${method}`)
        const { args } = decodeFunctionData({ abi: multicall3Abi, data: tx.data })
        const [calls] = args as [readonly { target: Address; allowFailure: boolean; callData: Hex }[]]
        const results = calls.map((entry) => answer(entry.target.toLowerCase() as Address, entry.callData))
        return encodeFunctionResult({ abi: multicall3Abi, functionName: 'aggregate3', result: results })
      },
    }),
  })
  return { client, requests }
}

const slot0Return = encodeFunctionResult({
  abi: uniswapV3PoolAbi,
  functionName: 'slot0',
  result: [79228162514264337593543950336n, -5, 1, 2, 3, 0x44, true],
})
const liquidityReturn = encodeFunctionResult({
  abi: uniswapV3PoolAbi,
  functionName: 'liquidity',
  result: 123n,
})

describe('#readBatch', () => {
  it('returns each result under the name its call was given, typed from the ABI', async () => {
    const { client, requests } = fakeChain((_target, data) => {
      if (data.startsWith('0x3850c7bd')) return { success: true, returnData: slot0Return } // slot0()
      if (data.startsWith('0x1a686502')) return { success: true, returnData: liquidityReturn } // liquidity()
      // balanceOf(holder): the holder's last byte as the balance, to tell entries apart.
      const holder = BigInt(`0x${data.slice(-2)}`)
      return {
        success: true,
        returnData: encodeFunctionResult({ abi: erc20, functionName: 'balanceOf', result: holder * 1000n }),
      }
    })
    // Built in an order unlike the record's, so index decoding would misplace them.
    const holders: Address[] = [OTHER, POOL]
    const results = await readBatch(client, {
      multicall3: MULTICALL3,
      blockNumber: 77n,
      calls: {
        balances: holders.map((holder) => ({ balance: call(OTHER, erc20, 'balanceOf', [holder]) })),
        liquidity: call(POOL, uniswapV3PoolAbi, 'liquidity', []),
        slot0: mapCall(
          call(POOL, uniswapV3PoolAbi, 'slot0', []),
          ([sqrtPriceX96, tick, , , , feeProtocol]) => ({
            sqrtPriceX96,
            tick,
            feeProtocol,
          }),
        ),
      },
    })
    expectTypeOf(results.liquidity).toEqualTypeOf<BatchResult<bigint>>()
    expectTypeOf(results.slot0).toEqualTypeOf<
      BatchResult<{ sqrtPriceX96: bigint; tick: number; feeProtocol: number }>
    >()
    expectTypeOf(results.balances).toEqualTypeOf<{ balance: BatchResult<bigint> }[]>()
    expect(results.liquidity).toEqual({ ok: true, value: 123n })
    expect(results.slot0).toEqual({
      ok: true,
      value: { sqrtPriceX96: 79228162514264337593543950336n, tick: -5, feeProtocol: 0x44 },
    })
    expect(zipResults(holders, results.balances).map(([holder, { balance }]) => [holder, balance])).toEqual([
      [OTHER, { ok: true, value: 0xb2n * 1000n }],
      [POOL, { ok: true, value: 0xa1n * 1000n }],
    ])
    // Every call in ONE eth_call, pinned to the block asked for.
    expect(requests).toEqual([{ method: 'eth_call', blockTag: '0x4d' }])
  })

  it('keeps each failure on its own entry: reverted, no code, undecodable', async () => {
    const { client } = fakeChain((target, data) => {
      if (target === OTHER) return { success: false, returnData: '0x' } // reverts
      if (data.startsWith('0x1a686502')) return { success: true, returnData: '0x' } // no code
      if (data.startsWith('0x3850c7bd')) return { success: true, returnData: '0x1234' } // garbage
      return { success: true, returnData: liquidityReturn }
    })
    const results = await readBatch(client, {
      multicall3: MULTICALL3,
      calls: {
        reverted: call(OTHER, uniswapV3PoolAbi, 'liquidity', []),
        noCode: call(POOL, uniswapV3PoolAbi, 'liquidity', []),
        undecodable: call(POOL, uniswapV3PoolAbi, 'slot0', []),
        fine: call(POOL, uniswapV3PoolAbi, 'feeGrowthGlobal0X128', []),
      },
    })
    expect(results).toEqual({
      reverted: { ok: false, error: 'call reverted' },
      noCode: { ok: false, error: 'no contract at address' },
      undecodable: { ok: false, error: 'undecodable return data' },
      fine: { ok: true, value: 123n },
    })
    expect(allOk(results)).toEqual({ ok: false, error: 'reverted: call reverted' })
  })

  it('decodes with a hand-written decoder (bytes32 symbols)', async () => {
    const bytes32 = stringToHex('MKR', { size: 32 })
    const string = encodeAbiParameters([{ type: 'string' }], ['DAI'])
    const { client } = fakeChain((target) => ({
      success: true,
      returnData: target === POOL ? bytes32 : string,
    }))
    const results = await readBatch(client, {
      multicall3: MULTICALL3,
      calls: [
        rawCall(POOL, '0x95d89b41', decodeStringOrBytes32),
        rawCall(OTHER, '0x95d89b41', decodeStringOrBytes32),
      ],
    })
    expect(results).toEqual([
      { ok: true, value: 'MKR' },
      { ok: true, value: 'DAI' },
    ])
  })

  it('sends nothing for an empty batch, and nothing once the signal is aborted', async () => {
    const { client, requests } = fakeChain(() => ({ success: true, returnData: liquidityReturn }))
    expect(await readBatch(client, { multicall3: MULTICALL3, calls: { none: [] } })).toEqual({ none: [] })
    const controller = new AbortController()
    controller.abort()
    await expect(
      readBatch(client, {
        multicall3: MULTICALL3,
        signal: controller.signal,
        calls: { liquidity: call(POOL, uniswapV3PoolAbi, 'liquidity', []) },
      }),
    ).rejects.toThrow()
    expect(requests).toEqual([])
  })

  it('throws when the request itself fails (an outage is not a reverted call)', async () => {
    const client = createClient({
      transport: custom({
        async request() {
          throw new Error('connection refused')
        },
      }),
    })
    await expect(
      readBatch(client, {
        multicall3: MULTICALL3,
        calls: { liquidity: call(POOL, uniswapV3PoolAbi, 'liquidity', []) },
      }),
    ).rejects.toThrow(/connection refused/)
  })
})
