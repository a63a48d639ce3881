// Re-measures the simulator's gas table (src/domain/projection/gasUnits.ts) from real receipts on the
// devnet: the app's own mint and remove-and-collect requests (src/chain/write/buildV3Requests.ts) and a
// SwapRouter exactInputSingle, on the WETH/USDC 0.3 % pool. A change of the contracts, of the request
// builders or of the table shows here, so the figures cannot drift silently.
import { type Hex, parseEventLogs } from 'viem'
import { describe, expect, it } from 'vitest'
import { devnetChain } from '../../devnet/index.ts'
import { readGasPrice } from '../../src/chain/readers/readGasPrice.ts'
import { buildV3MintRequest, buildV3RemoveAndCollectRequest } from '../../src/chain/write/buildV3Requests.ts'
import { GAS_UNITS, GAS_UNITS_TOLERANCE } from '../../src/domain/projection/gasUnits.ts'
import { npmAbi } from './helpers/abis.ts'
import { DEADLINE } from './helpers/devnetClient.ts'
import { setupMathFixture } from './helpers/mathFixture.ts'
import { routerSwap } from './helpers/v3Actions.ts'

const fx = setupMathFixture('simulator-gas-units')
const { deployments, lp: LP } = fx
const pool = deployments.v3Pools.find(
  (p) => p.fee === 3000 && p.token0 === deployments.contracts.weth9 && p.token1 === deployments.usdToken,
)
if (!pool) throw new Error('WETH/USDC 0.3 % pool missing')
const npm = deployments.contracts.nonfungiblePositionManager

async function send(to: `0x${string}`, data: Hex) {
  const { walletClient, publicClient } = fx.client
  const hash = await walletClient.sendTransaction({
    account: LP,
    chain: devnetChain,
    to,
    data,
    gas: 10_000_000n,
  })
  const receipt = await publicClient.waitForTransactionReceipt({ hash, pollingInterval: 10 })
  if (receipt.status !== 'success') throw new Error(`tx ${hash} reverted`)
  return receipt
}

describe('simulator gas table vs devnet receipts', () => {
  it('mint, remove + collect and a swap use the table gas units (each within its stated tolerance)', async () => {
    const { publicClient } = fx.client
    const slot0 = await publicClient.readContract({
      address: pool.address,
      abi: [
        {
          type: 'function',
          name: 'slot0',
          stateMutability: 'view',
          inputs: [],
          outputs: [
            { type: 'uint160' },
            { type: 'int24' },
            { type: 'uint16' },
            { type: 'uint16' },
            { type: 'uint16' },
            { type: 'uint8' },
            { type: 'bool' },
          ],
        },
      ] as const,
      functionName: 'slot0',
    })
    const tick = slot0[1]
    const spacing = 60
    const measured = { mint: [] as bigint[], removeAndCollect: [] as bigint[], swap: [] as bigint[] }
    // Three fresh ranges (ticks no position uses yet: a rebalance's new range initializes its ticks).
    for (const offset of [7, 11, 13]) {
      const centre = Math.floor(tick / spacing) * spacing
      const tickLower = centre - offset * spacing * 3 - 1 * spacing
      const tickUpper = centre + offset * spacing * 3 + 1 * spacing
      const mint = buildV3MintRequest({
        npm,
        token0: pool.token0,
        token1: pool.token1,
        fee: pool.fee,
        tickLower,
        tickUpper,
        amount0DesiredWei: 10n ** 18n,
        amount1DesiredWei: 4000n * 10n ** 6n,
        amount0MinWei: 0n,
        amount1MinWei: 0n,
        recipient: LP,
        deadline: DEADLINE,
      })
      const minted = await send(mint.to, mint.data)
      measured.mint.push(minted.gasUsed)
      const [increase] = parseEventLogs({ abi: npmAbi, eventName: 'IncreaseLiquidity', logs: minted.logs })
      if (!increase) throw new Error('no IncreaseLiquidity')
      const swap = await routerSwap(fx.client, deployments, LP, pool, true, 10n ** 15n)
      const swapReceipt = await publicClient.getTransactionReceipt({
        hash: (await publicClient.getBlock({ blockNumber: swap.blockNumber })).transactions[0] as Hex,
      })
      measured.swap.push(swapReceipt.gasUsed)
      const remove = buildV3RemoveAndCollectRequest({
        npm,
        tokenId: increase.args.tokenId,
        liquidity: increase.args.liquidity,
        amount0MinWei: 0n,
        amount1MinWei: 0n,
        deadline: DEADLINE,
        recipient: LP,
        token0: pool.token0,
        token1: pool.token1,
        label: 'remove',
        kind: 'remove',
      })
      measured.removeAndCollect.push((await send(remove.to, remove.data)).gasUsed)
    }
    console.info('[simulator-gas-units] measured gas', measured)
    for (const action of ['mint', 'removeAndCollect', 'swap'] as const)
      for (const gas of measured[action])
        expect(Math.abs(Number(gas) - GAS_UNITS[action].units)).toBeLessThanOrEqual(
          GAS_UNITS[action].units * GAS_UNITS_TOLERANCE,
        )
  })

  it('readGasPrice returns the node’s eth_gasPrice and the latest base fee', async () => {
    const { publicClient } = fx.client
    const reading = await readGasPrice(publicClient)
    const raw = BigInt(await publicClient.request({ method: 'eth_gasPrice' }))
    const latest = await publicClient.getBlock({ blockTag: 'latest' })
    expect(latest.number).toBe(reading.blockNumber) // no block mined in between: the same state
    expect(reading.gasPriceWei).toBe(raw)
    expect(reading.baseFeeWei).toBe(latest.baseFeePerGas ?? null)
    expect(reading.gasPriceWei).toBeGreaterThan(0n)
  })
})
