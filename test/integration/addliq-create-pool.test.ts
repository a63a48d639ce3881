import { readFileSync } from 'node:fs'
import { type Abi, type Address, type Hex, parseAbi, parseEventLogs, zeroAddress } from 'viem'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { readPoolCreationCheck } from '../../src/chain/pools/readPoolCreationCheck.ts'
import { readTokenMetadata } from '../../src/chain/readers/readTokenMetadata.ts'
import { buildV3MintRequest } from '../../src/chain/write/buildV3Requests.ts'
import { prepareTx } from '../../src/chain/write/prepareTx.ts'
import { readChainDeadline } from '../../src/chain/write/readChainDeadline.ts'
import { erc20WriteAbi, npmWriteAbi } from '../../src/chain/write/writeAbis.ts'
import { assessToken } from '../../src/domain/actions/assessToken.ts'
import { deriveV3Deposit } from '../../src/domain/actions/deriveV3Deposit.ts'
import { v3MintMinimums } from '../../src/domain/actions/slippage.ts'
import { startingSqrtPrice } from '../../src/domain/actions/startingSqrtPrice.ts'
import { rangeFromPercent } from '../../src/domain/actions/validateRange.ts'
import type { PoolChoice } from '../../src/domain/catalogue/poolChoice.ts'
import { getTickAtSqrtRatio } from '../../src/math/index.ts'
import { v3PoolAbi } from './helpers/abis.ts'
import { createDevnetClient, type DevnetClient, fundAndApprove } from './helpers/devnetClient.ts'

const deployments = inject('deployments')
const npm = deployments.contracts.nonfungiblePositionManager
const owner = deployments.demoAccount
const weth = deployments.contracts.weth9
const usdc = deployments.usdToken
const factoryAbi = parseAbi([
  'function getPool(address tokenA, address tokenB, uint24 fee) view returns (address)',
  'function feeAmountTickSpacing(uint24 fee) view returns (int24)',
])
/** WETH/USDC has 0.05 % and 0.3 % pools on the devnet, not 1 %: the test creates that one. */
const NEW_FEE = 10_000
let client: DevnetClient
let fileSnapshot: Hex | undefined

// The funding and approvals are the file's own: taken back after it (the per-test snapshots do not cover a
// beforeAll), so later files still see the seeded demo account, which has no approvals.
beforeAll(async () => {
  client = createDevnetClient(inject('rpcUrl'))
  fileSnapshot = await client.testClient.snapshot()
  await fundAndApprove(client, deployments, owner, [weth, usdc], [npm])
})
afterAll(async () => {
  if (client && fileSnapshot) await client.testClient.revert({ id: fileSnapshot })
})

const balanceOf = (token: Address) =>
  client.publicClient.readContract({
    address: token,
    abi: erc20WriteAbi,
    functionName: 'balanceOf',
    args: [owner],
  })

describe('create and initialize a missing V3 pool in the same multicall as the mint', () => {
  it('creates WETH/USDC 1 % at 2000 USDC/WETH and mints exactly what was predicted', async () => {
    const { v3Factory } = deployments.contracts
    const [token0, token1] = weth.toLowerCase() < usdc.toLowerCase() ? [weth, usdc] : [usdc, weth]
    const read = client.publicClient.readContract
    expect(
      await read({
        address: v3Factory,
        abi: factoryAbi,
        functionName: 'getPool',
        args: [token0, token1, NEW_FEE],
      }),
    ).toBe(zeroAddress)
    const tickSpacing = await read({
      address: v3Factory,
      abi: factoryAbi,
      functionName: 'feeAmountTickSpacing',
      args: [NEW_FEE],
    })
    expect(tickSpacing).toBe(200)
    const decimals0 = token0 === weth ? 18 : 6
    const decimals1 = token1 === weth ? 18 : 6
    // The price the user types is token1 per token0.
    const priceText = token0 === weth ? '2000' : '0.0005'
    const start = startingSqrtPrice(priceText, decimals0, decimals1)
    if (!start.ok) throw new Error(start.message)
    const startTick = getTickAtSqrtRatio(start.sqrtPriceX96)
    const range = rangeFromPercent(startTick, tickSpacing, 20, 20)
    const independent = token0 === weth ? 'token0' : 'token1'
    const predicted = deriveV3Deposit({
      sqrtPriceX96: start.sqrtPriceX96,
      ...range,
      independent,
      amountWei: 10n ** 18n,
    })
    const mins = v3MintMinimums({ sqrtPriceX96: start.sqrtPriceX96, ...range, ...predicted, slippageBps: 50 })
    const request = buildV3MintRequest({
      npm,
      token0,
      token1,
      fee: NEW_FEE,
      ...range,
      amount0DesiredWei: predicted.amount0DesiredWei,
      amount1DesiredWei: predicted.amount1DesiredWei,
      ...mins,
      recipient: owner,
      deadline: await readChainDeadline(client.publicClient, 20),
      initializeSqrtPriceX96: start.sqrtPriceX96,
    })
    expect(request.functionName).toBe('multicall')
    // The app simulates the exact multicall (pool creation included) before it asks for a signature.
    const prepared = await prepareTx(client.publicClient, owner, request)
    if (!prepared.ok) throw new Error(prepared.error.message)
    const before0 = await balanceOf(token0)
    const before1 = await balanceOf(token1)
    const hash = await client.walletClient.sendTransaction({
      account: owner,
      chain: client.walletClient.chain,
      to: request.to,
      data: request.data,
      value: request.valueWei,
      gas: prepared.gasLimit,
    })
    const receipt = await client.publicClient.waitForTransactionReceipt({ hash, pollingInterval: 10 })
    expect(receipt.status).toBe('success')

    const pool = await read({
      address: v3Factory,
      abi: factoryAbi,
      functionName: 'getPool',
      args: [token0, token1, NEW_FEE],
    })
    expect(pool).not.toBe(zeroAddress)
    const [sqrtPriceX96, tick] = await read({ address: pool, abi: v3PoolAbi, functionName: 'slot0' })
    expect(sqrtPriceX96).toBe(start.sqrtPriceX96)
    expect(tick).toBe(startTick)
    expect(await read({ address: pool, abi: v3PoolAbi, functionName: 'liquidity' })).toBe(predicted.liquidity)
    const [increase] = parseEventLogs({
      abi: npmWriteAbi,
      logs: receipt.logs,
      eventName: 'IncreaseLiquidity',
    })
    expect(increase?.args.liquidity).toBe(predicted.liquidity)
    expect(increase?.args.amount0).toBe(predicted.amount0Wei)
    expect(increase?.args.amount1).toBe(predicted.amount1Wei)
    expect(before0 - (await balanceOf(token0))).toBe(predicted.amount0Wei)
    expect(before1 - (await balanceOf(token1))).toBe(predicted.amount1Wei)
  })
})

describe('a token imitating a listed symbol', () => {
  it('deployed on the devnet as "USDC" at another address, it gets the strong (imitation) warning', async () => {
    const artifact = JSON.parse(readFileSync('devnet/artifacts/tokens.json', 'utf8')).contracts
      .DevnetToken as {
      abi: Abi
      bytecode: string
    }
    const bytecode = (
      artifact.bytecode.startsWith('0x') ? artifact.bytecode : `0x${artifact.bytecode}`
    ) as Hex
    // A Cyrillic "С" makes it look identical in most fonts.
    const hash = await client.walletClient.deployContract({
      account: owner,
      chain: client.walletClient.chain,
      abi: artifact.abi,
      bytecode,
      args: ['USD Coin', 'USD\u0421', 6],
    })
    const { contractAddress } = await client.publicClient.waitForTransactionReceipt({
      hash,
      pollingInterval: 10,
    })
    if (!contractAddress) throw new Error('no contract address')
    expect(contractAddress.toLowerCase()).not.toBe(usdc.toLowerCase())
    // The same reads TokenCheck makes: metadata in one multicall, then an ERC20 call.
    const [meta] = await readTokenMetadata(client.publicClient, {
      multicall3: deployments.contracts.multicall3,
      tokens: [contractAddress],
    })
    if (!meta) throw new Error('no metadata')
    expect(meta.decimals).toBe(6)
    await client.publicClient.readContract({
      address: contractAddress,
      abi: erc20WriteAbi,
      functionName: 'balanceOf',
      args: [owner],
    })
    const verdict = assessToken(meta, true, deployments.tokens)
    expect(verdict.level).toBe('imitation')
    expect(verdict.level === 'imitation' && verdict.imitates.address).toBe(usdc)
  })
})

describe('#readPoolCreationCheck on the devnet', () => {
  it('WETH/USDC 1 % is missing; 0.3 % exists; the pair’s listed pools give their spot prices', async () => {
    const [token0, token1] = weth.toLowerCase() < usdc.toLowerCase() ? [weth, usdc] : [usdc, weth]
    const tokenInfo = (address: Address) => {
      const token = deployments.tokens.find((t) => t.address === address)
      if (!token) throw new Error(`token ${address} not listed`)
      return token
    }
    const samePair: PoolChoice[] = deployments.v3Pools
      .filter((p) => p.token0 === token0 && p.token1 === token1)
      .map((p) => ({
        protocol: 'v3',
        address: p.address,
        token0: tokenInfo(token0),
        token1: tokenInfo(token1),
        fee: p.fee,
        tickSpacing: p.tickSpacing,
      }))
    expect(samePair.map((p) => p.fee).sort()).toEqual([3000, 500])
    const factory = deployments.contracts.v3Factory
    const missing = await readPoolCreationCheck(client.publicClient, {
      factory,
      token0,
      token1,
      fee: NEW_FEE,
      samePair,
    })
    expect(missing.existingPool).toBeUndefined()
    const slot0s = await Promise.all(
      samePair.map((p) =>
        client.publicClient.readContract({ address: p.address, abi: v3PoolAbi, functionName: 'slot0' }),
      ),
    )
    expect(missing.references).toEqual(
      samePair.map((p, i) => ({ protocol: 'v3', fee: p.fee, sqrtPriceX96: slot0s[i]?.[0] })),
    )
    const existing = await readPoolCreationCheck(client.publicClient, {
      factory,
      token0,
      token1,
      fee: 3000,
      samePair: [],
    })
    expect(existing.existingPool).toBe(samePair.find((p) => p.fee === 3000)?.address)
  })
})
