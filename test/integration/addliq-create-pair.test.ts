import { readFileSync } from 'node:fs'
import { sqrt } from '@uniswap/sdk-core'
import JSBI from 'jsbi'
import { type Abi, type Address, getAddress, type Hex, parseAbi, parseUnits, zeroAddress } from 'viem'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import { readPairCreationCheck } from '../../src/chain/pools/readPairCreationCheck.ts'
import { readPoolLiveState } from '../../src/chain/pools/readPoolLiveState.ts'
import { buildCreatePairPlan } from '../../src/chain/write/plans/buildCreatePairPlan.ts'
import { prepareTx } from '../../src/chain/write/prepareTx.ts'
import type { TxRequest } from '../../src/chain/write/txRequest.ts'
import { deriveCreatePair } from '../../src/domain/actions/deriveCreatePair.ts'
import { importedToken } from '../../src/domain/catalogue/importedToken.ts'
import { createDevnetClient, type DevnetClient, fundAndApprove } from './helpers/devnetClient.ts'

const deployments = inject('deployments')
const owner = deployments.demoAccount
/** Anvil account 1: a third party that reaches the pair first. */
const other: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'
const usdc = deployments.usdToken
const { v2Factory, v2Router02: router } = deployments.contracts
const abi = parseAbi([
  'function mint(address to, uint256 amount)',
  'function approve(address spender, uint256 amount) returns (bool)',
  'function balanceOf(address) view returns (uint256)',
  'function totalSupply() view returns (uint256)',
  'function getPair(address, address) view returns (address)',
  'function createPair(address, address) returns (address)',
  'function getReserves() view returns (uint112, uint112, uint32)',
  'function addLiquidity(address tokenA, address tokenB, uint256 amountADesired, uint256 amountBDesired, uint256 amountAMin, uint256 amountBMin, address to, uint256 deadline) returns (uint256, uint256, uint256)',
])
const artifact = JSON.parse(readFileSync('devnet/artifacts/tokens.json', 'utf8')).contracts.DevnetToken as {
  abi: Abi
  bytecode: Hex
}
/** The typed amounts: 1234.5678… of the fresh token and 987.654321 USDC. */
const TEXT_TOKEN = '1234.567890123456789'
const TEXT_USDC = '987.654321'
let client: DevnetClient
let token: Address

beforeEach(async () => {
  client = createDevnetClient(inject('rpcUrl'))
  await fundAndApprove(client, deployments, owner, [usdc], [])
  await fundAndApprove(client, deployments, other, [usdc], [router])
  const hash = await client.walletClient.deployContract({
    account: owner,
    chain: client.walletClient.chain,
    abi: artifact.abi,
    bytecode: artifact.bytecode,
    args: ['Fresh Token', 'FRSH', 18],
  })
  const { contractAddress } = await client.publicClient.waitForTransactionReceipt({
    hash,
    pollingInterval: 10,
  })
  token = getAddress(contractAddress ?? zeroAddress)
  for (const account of [owner, other])
    await client.write({
      from: account,
      address: token,
      abi,
      functionName: 'mint',
      args: [account, 10n ** 24n],
    })
  await client.write({
    from: other,
    address: token,
    abi,
    functionName: 'approve',
    args: [router, 2n ** 255n],
  })
})

/** The app's plan for "create FRSH/USDC at the typed amounts", exactly as the form builds it. */
async function appPlan() {
  const check = await readPairCreationCheck(client.publicClient, {
    factory: v2Factory,
    tokenA: token,
    tokenB: usdc,
    samePair: [],
  })
  expect(check.existingPair).toBeUndefined()
  expect(check.existingPairEmpty).toBe(false)
  const fresh = importedToken({ address: token, symbol: 'FRSH', name: 'Fresh Token', decimals: 18 })
  const usdcInfo = deployments.tokens.find((t) => t.address === usdc)
  if (!usdcInfo) throw new Error('no USDC')
  const derived = deriveCreatePair({
    input: {
      tokenA: token,
      tokenB: usdc,
      amountAText: TEXT_TOKEN,
      amountBText: TEXT_USDC,
      acknowledgedDeviation: false,
    },
    tokens: [fresh, usdcInfo],
    choices: [],
    check,
  })
  if (derived.status !== 'ready' || !derived.pool) throw new Error(derived.status)
  const live = await readPoolLiveState(client.publicClient, {
    pool: derived.pool,
    account: owner,
    spender: router,
  })
  expect(live.v2).toEqual({ reserve0: 0n, reserve1: 0n, totalSupply: 0n, feeOn: false, kLast: 0n })
  const plan = buildCreatePairPlan({
    pool: derived.pool,
    amount0Wei: derived.amount0Wei,
    amount1Wei: derived.amount1Wei,
    liquidityWei: derived.liquidityWei,
    live,
    settings: { slippageBps: 50, deadlineMinutes: 20 },
    account: owner,
    router,
    unlimitedApproval: false,
    nativeSide: undefined,
  })
  if (!plan.ok) throw new Error(plan.message)
  return { derived, plan }
}

async function sendAll(requests: readonly TxRequest[]) {
  for (const request of requests) {
    const prepared = await prepareTx(client.publicClient, owner, request)
    if (!prepared.ok) throw new Error(`${request.kind}: ${prepared.error.message}`)
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
  }
}

const read = <T>(parameters: Parameters<DevnetClient['publicClient']['readContract']>[0]) =>
  client.publicClient.readContract(parameters) as Promise<T>
const getPair = () => read<Address>({ address: v2Factory, abi, functionName: 'getPair', args: [token, usdc] })
/** Independent oracle: the Uniswap SDK's integer sqrt, minus MINIMUM_LIQUIDITY. */
const sdkLp = (a: bigint, b: bigint) => BigInt(sqrt(JSBI.BigInt((a * b).toString())).toString()) - 1000n

describe('create a V2 pair with its first deposit (Router02.addLiquidity, minimums = typed amounts)', () => {
  it('the pair holds exactly the typed amounts and mints sqrt(a*b) - 1000 LP to the user', async () => {
    const { derived, plan } = await appPlan()
    const a = parseUnits(TEXT_TOKEN, 18)
    const b = parseUnits(TEXT_USDC, 6)
    expect(derived.liquidityWei).toBe(sdkLp(a, b))
    // Approvals only where the allowance is short (the fresh token's is 0), each for the exact typed amount.
    expect(plan.requests.at(-1)?.kind).toBe('create-v2')
    expect(plan.requests.map((r) => r.label)).toContain(`Approve ${TEXT_TOKEN} FRSH`)
    for (const approval of plan.requests.slice(0, -1))
      expect([`Approve ${TEXT_TOKEN} FRSH`, `Approve ${TEXT_USDC} USDC`]).toContain(approval.label)
    await sendAll(plan.requests)
    const pair = await getPair()
    expect(pair).not.toBe(zeroAddress)
    const [reserve0, reserve1] = await read<readonly [bigint, bigint, number]>({
      address: pair,
      abi,
      functionName: 'getReserves',
    })
    expect([reserve0, reserve1]).toEqual([derived.amount0Wei, derived.amount1Wei])
    expect(await read<bigint>({ address: pair, abi, functionName: 'balanceOf', args: [owner] })).toBe(
      sdkLp(a, b),
    )
    expect(await read<bigint>({ address: pair, abi, functionName: 'totalSupply' })).toBe(sdkLp(a, b) + 1000n)
    const after = await readPairCreationCheck(client.publicClient, {
      factory: v2Factory,
      tokenA: usdc,
      tokenB: token,
      samePair: [],
    })
    expect(after.existingPair).toBe(pair)
  })

  it('someone seeds the pair first at another ratio: the reviewed calldata reverts instead of adding at their price', async () => {
    const { plan } = await appPlan()
    const approvals = plan.requests.slice(0, -1)
    await sendAll(approvals)
    // The third party creates the pair at 2 USDC per FRSH (the user typed ~0.8).
    await client.write({
      from: other,
      address: router,
      abi,
      functionName: 'addLiquidity',
      args: [token, usdc, 10n ** 18n, 2n * 10n ** 6n, 0n, 0n, other, 4_102_444_800n],
    })
    const final = plan.requests.at(-1)
    if (!final) throw new Error('no final step')
    const prepared = await prepareTx(client.publicClient, owner, final)
    expect(prepared.ok).toBe(false)
    if (prepared.ok) return
    // Router02: INSUFFICIENT_A/B_AMOUNT (decoded: the V2 minimum amount not met).
    expect(prepared.error.message).toContain('V2 minimum amount not met')
    // And the form's check now reports the pair: the review closes.
    const check = await readPairCreationCheck(client.publicClient, {
      factory: v2Factory,
      tokenA: token,
      tokenB: usdc,
      samePair: [],
    })
    expect(check.existingPair).toBe(await getPair())
    expect(check.existingPairEmpty).toBe(false)
  })

  it('someone only creates the empty pair: the deposit still takes exactly the typed amounts and mints sqrt(a*b) - 1000', async () => {
    const { derived, plan } = await appPlan()
    await client.write({
      from: other,
      address: v2Factory,
      abi,
      functionName: 'createPair',
      args: [token, usdc],
    })
    // The form's check sees the pair, empty: still a first deposit at the typed price (the review stays open).
    const check = await readPairCreationCheck(client.publicClient, {
      factory: v2Factory,
      tokenA: token,
      tokenB: usdc,
      samePair: [],
    })
    expect(check.existingPair).toBe(await getPair())
    expect(check.existingPairEmpty).toBe(true)
    await sendAll(plan.requests)
    const pair = await getPair()
    const [reserve0, reserve1] = await read<readonly [bigint, bigint, number]>({
      address: pair,
      abi,
      functionName: 'getReserves',
    })
    expect([reserve0, reserve1]).toEqual([derived.amount0Wei, derived.amount1Wei])
    expect(await read<bigint>({ address: pair, abi, functionName: 'balanceOf', args: [owner] })).toBe(
      derived.liquidityWei,
    )
  })
})
