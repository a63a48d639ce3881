import {
  type Address,
  createPublicClient,
  createWalletClient,
  custom,
  encodeAbiParameters,
  erc20Abi,
  getAddress,
  type Hex,
  http,
  maxUint256,
  type PublicClient,
  parseAbi,
  parseAbiParameters,
  zeroAddress,
} from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { createCountingClient } from '../../bench/positions.ts'
import { devnetChain } from '../../devnet/chain.ts'
import { encodeV4Actions, V4_ACTIONS, v4ActionParams } from '../../devnet/v4Seed.ts'
import { positionManagerAbi } from '../../src/chain/abi/positionManagerAbi.ts'
import { getPositionsConfig, type PositionsConfig } from '../../src/chain/catalogue/positionsConfig.ts'
import { findV4TokenIds } from '../../src/chain/history/findV4TokenIds.ts'
import { createMemoryLogStore } from '../../src/chain/history/logStore.ts'
import { readV4FeeHistory } from '../../src/chain/history/readV4FeeHistory.ts'
import { readVersusHolding } from '../../src/chain/history/readVersusHolding.ts'
import { loadPositions } from '../../src/chain/readPositions.ts'
import type { SeededV4Position, V4DeploymentInfo } from '../../src/domain/catalogue/types.ts'
import type { PositionViewOk } from '../../src/domain/positions/model.ts'
import { devnetRpc } from '../helpers/devnetRpc.ts'

// Each test runs in its own devnet snapshot (test/setup/snapshot.setup.ts): every transaction below is reverted after.
/** Receives the oracle's collects: an address with no balances, so a payout is its balance change. */
const ORACLE_RECIPIENT: Address = '0x00000000000000000000000000000000000fee52'
const DEADLINE = 4_102_444_800n
const INCREASE_LIQUIDITY = 0x00
const permit2Abi = parseAbi([
  'function approve(address token, address spender, uint160 amount, uint48 expiration)',
])
const rpc = (method: string, params: unknown[] = []) => devnetRpc(inject('rpcUrl'), method, params)

type V4View = PositionViewOk & { v4: NonNullable<PositionViewOk['v4']> }

function setup() {
  const deployments = inject('deployments')
  const v4 = deployments.v4 as V4DeploymentInfo
  if (!v4) throw new Error('the devnet deployments have no v4 section')
  const config = getPositionsConfig(deployments.chainId) as PositionsConfig
  if (!config?.v4) throw new Error('the devnet positions config has no V4')
  const client = createPublicClient({ chain: devnetChain, transport: http(inject('rpcUrl')), cacheTime: 0 })
  const owner = deployments.demoAccount
  const wallet = createWalletClient({ chain: devnetChain, transport: http(inject('rpcUrl')), account: owner })
  return { deployments, v4, config, client: client as PublicClient, owner, wallet }
}

const balanceOf = (client: PublicClient, currency: Address, holder: Address) =>
  currency === zeroAddress
    ? client.getBalance({ address: holder })
    : client.readContract({ address: currency, abi: erc20Abi, functionName: 'balanceOf', args: [holder] })

async function loadV4Views(client: PublicClient, config: PositionsConfig, owner: Address) {
  const toBlock = await client.getBlockNumber()
  const tokenIds = await findV4TokenIds(client, {
    chainId: config.chainId,
    account: owner,
    v4: config.v4 as NonNullable<PositionsConfig['v4']>,
    store: createMemoryLogStore(),
    toBlock,
  })
  const snapshot = await loadPositions(client, {
    account: owner,
    config,
    toBlock,
    v4TokenIds: { ok: true, value: tokenIds },
  })
  return {
    snapshot,
    views: snapshot.positions.filter((p) => p.protocol === 'v4' && p.status === 'ok') as V4View[],
  }
}

/**
 * THE ORACLE of a position's accrued fees at the state a modification starts from: in a nested devnet snapshot,
 * send DECREASE_LIQUIDITY(0) + TAKE_PAIR to a fresh recipient, read its balance changes, revert. What the
 * contracts pay for a decrease of 0 is exactly the fees accrued (V4 credits them on any modify).
 */
async function accruedFees(client: PublicClient, setupValues: ReturnType<typeof setup>, view: V4View) {
  const { wallet, v4 } = setupValues
  const { poolKey, tokenId } = view.v4
  const snapshotId = (await rpc('evm_snapshot')) as string
  const before0 = await balanceOf(client, poolKey.currency0, ORACLE_RECIPIENT)
  const before1 = await balanceOf(client, poolKey.currency1, ORACLE_RECIPIENT)
  const hash = await wallet.writeContract({
    address: v4.positionManager,
    abi: positionManagerAbi,
    functionName: 'modifyLiquidities',
    args: [
      encodeV4Actions([
        { action: V4_ACTIONS.DECREASE_LIQUIDITY, params: v4ActionParams.decrease(tokenId, 0n) },
        { action: V4_ACTIONS.TAKE_PAIR, params: v4ActionParams.takePair(poolKey, ORACLE_RECIPIENT) },
      ]),
      DEADLINE,
    ],
  })
  expect((await client.waitForTransactionReceipt({ hash })).status).toBe('success')
  const fees = {
    fees0Wei: (await balanceOf(client, poolKey.currency0, ORACLE_RECIPIENT)) - before0,
    fees1Wei: (await balanceOf(client, poolKey.currency1, ORACLE_RECIPIENT)) - before1,
  }
  expect(await rpc('evm_revert', [snapshotId])).toBe(true)
  return fees
}

async function send(
  setupValues: ReturnType<typeof setup>,
  steps: { action: number; params: Hex }[],
  value = 0n,
) {
  const { wallet, client, v4 } = setupValues
  const hash = await wallet.writeContract({
    address: v4.positionManager,
    abi: positionManagerAbi,
    functionName: 'modifyLiquidities',
    args: [encodeV4Actions(steps), DEADLINE],
    value,
  })
  const receipt = await client.waitForTransactionReceipt({ hash })
  expect(receipt.status).toBe('success')
  return hash
}

const v4Config = (config: PositionsConfig) => config.v4 as NonNullable<PositionsConfig['v4']>

const labelOf = (v4: V4DeploymentInfo, label: SeededV4Position['label']) => {
  const seeded = v4.demoPositions.find((p) => p.label === label)
  if (!seeded) throw new Error(`no seeded V4 position '${label}'`)
  return seeded
}

describe('V4 fee history from ModifyLiquidity logs (issue 14)', () => {
  it('fees of a decrease (native ETH), a collect (hooked, native ETH) and a deposit (WBTC/USDC) equal the oracle’s accrued fees, to the wei', async () => {
    const values = setup()
    const { v4, config, client, owner, wallet } = values
    const { views } = await loadV4Views(client, config, owner)
    const view = (label: SeededV4Position['label']) => {
      const found = views.find((v) => v.v4.tokenId === BigInt(labelOf(v4, label).tokenId))
      if (!found) throw new Error(`demo V4 position '${label}' not loaded`)
      return found
    }
    const inRange = view('in-range')
    const hooked = view('full-range')
    const tight = view('uncollected-fees')
    expect(inRange.v4.poolKey.currency0).toBe(zeroAddress)
    expect(hooked.v4.hook).not.toBeNull()
    expect(tight.v4.poolKey.currency0).not.toBe(zeroAddress)

    const expected = new Map<Hex, { fees0Wei: bigint; fees1Wei: bigint; tokenId: bigint }>()
    // 1. in range, native ETH: decrease 40 % of the liquidity, TAKE_PAIR to the owner.
    const oracle1 = await accruedFees(client, values, inRange)
    const tx1 = await send(values, [
      {
        action: V4_ACTIONS.DECREASE_LIQUIDITY,
        params: v4ActionParams.decrease(inRange.v4.tokenId, (inRange.v4.liquidity * 4n) / 10n),
      },
      { action: V4_ACTIONS.TAKE_PAIR, params: v4ActionParams.takePair(inRange.v4.poolKey, owner) },
    ])
    expected.set(tx1, { ...oracle1, tokenId: inRange.v4.tokenId })
    // 2. the hooked full-range pool (native ETH): a collect, DECREASE_LIQUIDITY(0) + TAKE_PAIR.
    const oracle2 = await accruedFees(client, values, hooked)
    const tx2 = await send(values, [
      { action: V4_ACTIONS.DECREASE_LIQUIDITY, params: v4ActionParams.decrease(hooked.v4.tokenId, 0n) },
      { action: V4_ACTIONS.TAKE_PAIR, params: v4ActionParams.takePair(hooked.v4.poolKey, owner) },
    ])
    expected.set(tx2, { ...oracle2, tokenId: hooked.v4.tokenId })
    // 3. WBTC/USDC: a deposit (INCREASE_LIQUIDITY + SETTLE_PAIR) pays the accrued fees out too. The seed revoked
    // the demo's Permit2 approvals: approve again (exact to Permit2's needs, reverted after the test).
    for (const token of [tight.v4.poolKey.currency0, tight.v4.poolKey.currency1]) {
      await client.waitForTransactionReceipt({
        hash: await wallet.writeContract({
          address: token,
          abi: erc20Abi,
          functionName: 'approve',
          args: [v4.permit2, maxUint256],
        }),
      })
      await client.waitForTransactionReceipt({
        hash: await wallet.writeContract({
          address: v4.permit2,
          abi: permit2Abi,
          functionName: 'approve',
          args: [token, v4.positionManager, 2n ** 160n - 1n, 2 ** 48 - 1],
        }),
      })
    }
    const oracle3 = await accruedFees(client, values, tight)
    expect(oracle3.fees0Wei + oracle3.fees1Wei).toBeGreaterThan(0n)
    const increase = encodeAbiParameters(parseAbiParameters('uint256, uint256, uint128, uint128, bytes'), [
      tight.v4.tokenId,
      tight.v4.liquidity / 10n,
      2n ** 128n - 1n,
      2n ** 128n - 1n,
      '0x',
    ])
    const tx3 = await send(values, [
      { action: INCREASE_LIQUIDITY, params: increase },
      { action: V4_ACTIONS.SETTLE_PAIR, params: v4ActionParams.pair(tight.v4.poolKey) },
    ])
    expected.set(tx3, { ...oracle3, tokenId: tight.v4.tokenId })
    for (const oracle of expected.values()) expect(oracle.fees0Wei + oracle.fees1Wei).toBeGreaterThan(0n)

    const toBlock = await client.getBlockNumber()
    const history = await readV4FeeHistory(client, {
      chainId: config.chainId,
      v4: config.v4 as NonNullable<PositionsConfig['v4']>,
      store: createMemoryLogStore(),
      toBlock,
      account: owner,
      positions: [inRange, hooked, tight].map((p) => ({
        tokenId: p.v4.tokenId,
        poolId: p.v4.poolId,
        currency0: p.v4.poolKey.currency0,
        currency1: p.v4.poolKey.currency1,
        hookMayAlterAmounts: p.v4.hook?.mayAlterAmounts ?? false,
      })),
    })
    for (const [hash, oracle] of expected) {
      const events = history.events.get(oracle.tokenId) ?? []
      const event = events.find((e) => e.transactionHash === hash)
      expect(event, `modification ${hash}`).toBeDefined()
      expect({ fees0Wei: event?.fees0Wei, fees1Wei: event?.fees1Wei, notes: event?.notes }).toEqual({
        fees0Wei: oracle.fees0Wei,
        fees1Wei: oracle.fees1Wei,
        notes: [],
      })
      // The mint before it paid no fees (a new position has none), exactly.
      expect(events[0]?.liquidityDelta).toBeGreaterThan(0n)
      expect([events[0]?.fees0Wei, events[0]?.fees1Wei]).toEqual([0n, 0n])
    }

    // The cards' figures: lifetime collected fees = the oracle's, uncollected = what is accrued since (0 here).
    const { snapshot } = await loadV4Views(client, config, owner)
    const figures = await readVersusHolding(client, { config, store: createMemoryLogStore(), snapshot })
    for (const oracle of expected.values()) {
      const vh = figures.get(`v4:${oracle.tokenId}`)
      expect(vh, `versus holding of V4 #${oracle.tokenId}`).toBeDefined()
      expect([vh?.collectedFees0Wei, vh?.collectedFees1Wei]).toEqual([oracle.fees0Wei, oracle.fees1Wei])
      expect(vh?.feeNotes).toEqual([])
      expect(vh?.lifetimeFeesUsd).toBeGreaterThan(0)
      expect(vh?.events.map((e) => e.kind)).toContain('collect')
      expect(vh?.holdValueUsd).toBeGreaterThan(0)
      expect(vh?.impermanentLossUsd).not.toBeNull()
    }
    // Net deposit of the decreased position, token1 (USDC), from the receipts alone: what the mint's Transfer
    // from the owner paid − (what the decrease's Transfer to the owner paid − the oracle's fees).
    const usdc = inRange.v4.poolKey.currency1
    const transferred = async (hash: Hex, from: Address | null, to: Address | null) => {
      const receipt = await client.getTransactionReceipt({ hash })
      let total = 0n
      for (const log of receipt.logs)
        if (
          log.address.toLowerCase() === usdc.toLowerCase() &&
          log.topics[0] === '0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef' &&
          (from === null || `0x${log.topics[1]?.slice(26)}` === from.toLowerCase()) &&
          (to === null || `0x${log.topics[2]?.slice(26)}` === to.toLowerCase())
        )
          total += BigInt(log.data)
      return total
    }
    const mintHash = history.events.get(inRange.v4.tokenId)?.[0]?.transactionHash as Hex
    const paidIn = await transferred(mintHash, owner, null)
    const paidOut = await transferred(tx1, null, owner)
    expect(paidIn).toBeGreaterThan(0n)
    expect(figures.get(`v4:${inRange.v4.tokenId}`)?.deposited1Wei).toBe(paidIn - (paidOut - oracle1.fees1Wei))
  })

  it('a burn (BURN_POSITION + TAKE_PAIR) pays the accrued fees: equal to the oracle’s, to the wei; the seeded burn is read exact', async () => {
    const values = setup()
    const { v4, config, client, owner } = values
    const { views } = await loadV4Views(client, config, owner)
    const tight = views.find(
      (v) => v.v4.tokenId === BigInt(labelOf(v4, 'uncollected-fees').tokenId),
    ) as V4View
    const oracle = await accruedFees(client, values, tight)
    expect(oracle.fees0Wei + oracle.fees1Wei).toBeGreaterThan(0n)
    const hash = await send(values, [
      { action: V4_ACTIONS.BURN_POSITION, params: v4ActionParams.burn(tight.v4.tokenId) },
      { action: V4_ACTIONS.TAKE_PAIR, params: v4ActionParams.takePair(tight.v4.poolKey, owner) },
    ])
    const closed = labelOf(v4, 'closed')
    const closedPool = v4.pools.find((p) => p.poolId === closed.poolId)
    if (!closedPool || closed.closedBlock === undefined) throw new Error('the seed burned no V4 position')
    const history = await readV4FeeHistory(client, {
      chainId: config.chainId,
      v4: config.v4 as NonNullable<PositionsConfig['v4']>,
      store: createMemoryLogStore(),
      toBlock: await client.getBlockNumber(),
      account: owner,
      positions: [
        {
          tokenId: tight.v4.tokenId,
          poolId: tight.v4.poolId,
          currency0: tight.v4.poolKey.currency0,
          currency1: tight.v4.poolKey.currency1,
          hookMayAlterAmounts: false,
        },
        {
          tokenId: BigInt(closed.tokenId),
          poolId: closedPool.poolId,
          currency0: closedPool.currency0,
          currency1: closedPool.currency1,
          hookMayAlterAmounts: false,
        },
      ],
    })
    const burn = history.events.get(tight.v4.tokenId)?.find((e) => e.transactionHash === hash)
    expect(burn?.liquidityDelta).toBe(-tight.v4.liquidity)
    expect({ fees0Wei: burn?.fees0Wei, fees1Wei: burn?.fees1Wei, notes: burn?.notes }).toEqual({
      ...oracle,
      notes: [],
    })
    // The seed's burn of the DAI/USDC position: found from the logs (mint, then the burn of all its liquidity at
    // the recorded block), exact. Its fees have no oracle here: the devnet is loaded from a state cache and keeps
    // no state of past blocks, so no eth_call at the burn's block − 1 (the live burn above is the oracle check).
    const seeded = history.events.get(BigInt(closed.tokenId)) ?? []
    expect(seeded.map((e) => e.liquidityDelta)).toEqual([
      BigInt(closed.liquidityAtMint),
      -BigInt(closed.liquidityAtMint),
    ])
    expect(seeded[1]?.blockNumber).toBe(BigInt(closed.closedBlock))
    expect(seeded.map((e) => e.estimate)).toEqual([false, false])
    expect((seeded[1]?.fees0Wei ?? 0n) + (seeded[1]?.fees1Wei ?? 0n)).toBeGreaterThan(0n)
  })

  it('two positions collected in one transaction: each figure is labelled an estimate', async () => {
    const values = setup()
    const { v4, config, client, owner } = values
    const { views } = await loadV4Views(client, config, owner)
    const a = views.find((v) => v.v4.tokenId === BigInt(labelOf(v4, 'in-range').tokenId)) as V4View
    const b = views.find((v) => v.v4.tokenId === BigInt(labelOf(v4, 'subscribed').tokenId)) as V4View
    expect(a.v4.poolId).toBe(b.v4.poolId)
    const hash = await send(values, [
      { action: V4_ACTIONS.DECREASE_LIQUIDITY, params: v4ActionParams.decrease(a.v4.tokenId, 0n) },
      { action: V4_ACTIONS.DECREASE_LIQUIDITY, params: v4ActionParams.decrease(b.v4.tokenId, 0n) },
      { action: V4_ACTIONS.TAKE_PAIR, params: v4ActionParams.takePair(a.v4.poolKey, owner) },
    ])
    const history = await readV4FeeHistory(client, {
      chainId: config.chainId,
      v4: config.v4 as NonNullable<PositionsConfig['v4']>,
      store: createMemoryLogStore(),
      toBlock: await client.getBlockNumber(),
      account: owner,
      positions: [a, b].map((p) => ({
        tokenId: p.v4.tokenId,
        poolId: p.v4.poolId,
        currency0: p.v4.poolKey.currency0,
        currency1: p.v4.poolKey.currency1,
        hookMayAlterAmounts: false,
      })),
    })
    for (const view of [a, b]) {
      const event = history.events.get(view.v4.tokenId)?.find((e) => e.transactionHash === hash)
      expect(event?.estimate).toBe(true)
      expect(event?.notes.join(' ')).toMatch(/several positions changed/)
    }
  })

  it('history requests: one eth_getLogs for every pool and one for the NFTs (no receipt for the seeded held positions, only minted); none warm at the same head; after new blocks, their range and the anchor', async () => {
    const { config, owner } = setup()
    const { client, counter } = createCountingClient(inject('rpcUrl'))
    const { views } = await loadV4Views(client as PublicClient, config, owner)
    const positions = views.map((p) => ({
      tokenId: p.v4.tokenId,
      poolId: p.v4.poolId,
      currency0: p.v4.poolKey.currency0,
      currency1: p.v4.poolKey.currency1,
      hookMayAlterAmounts: p.v4.hook?.mayAlterAmounts ?? false,
    }))
    const pools = new Set(positions.map((p) => p.poolId)).size
    const store = createMemoryLogStore()
    const read = async () => {
      const toBlock = await client.getBlockNumber()
      counter.requests = 0
      const result = await readV4FeeHistory(client, {
        chainId: config.chainId,
        v4: config.v4 as NonNullable<PositionsConfig['v4']>,
        store,
        toBlock,
        account: owner,
        positions,
      })
      return { result, requests: counter.requests }
    }
    const cold = await read()
    // The seeded held positions were only minted: no receipt is needed (a change from zero liquidity pays no fees).
    expect([...cold.result.events.values()].flat().every((e) => e.liquidityDelta > 0n)).toBe(true)
    const window = (await client.getBlockNumber()) - v4Config(config).fromBlock + 1n
    expect(pools).toBeGreaterThan(1)
    // two filters (the pools' PoolManager logs, the NFTs' Transfers), one eth_getLogs per range each
    expect(cold.requests).toBe(2 * Number((window + 9_999n) / 10_000n))
    const warm = await read()
    expect(warm.requests).toBe(0)
    expect(warm.result.events).toEqual(cold.result.events)
    await client.request({ method: 'anvil_mine' as never, params: ['0x3'] as never })
    const later = await read()
    expect(later.requests).toBeLessThanOrEqual(3)
    expect(later.result.events).toEqual(cold.result.events)
  })

  it('a failing V4 log read leaves the V4 positions without figures (the card says unavailable) and V2/V3 as they were', async () => {
    const { config, owner, client } = setup()
    const { snapshot } = await loadV4Views(client, config, owner)
    const poolManager = v4Config(config).poolManager.toLowerCase()
    const failing = createPublicClient({
      chain: devnetChain,
      cacheTime: 0,
      transport: custom({
        async request({ method, params }) {
          const [filter] = (params ?? []) as [{ address?: string } | undefined]
          if (method === 'eth_getLogs' && String(filter?.address ?? '').toLowerCase() === poolManager)
            throw new Error('eth_getLogs: upstream timeout')
          return client.request({ method, params } as never)
        },
      }),
    })
    const healthy = await readVersusHolding(client, { config, store: createMemoryLogStore(), snapshot })
    const broken = await readVersusHolding(failing, { config, store: createMemoryLogStore(), snapshot })
    const v4Ids = snapshot.positions.filter((p) => p.protocol === 'v4').map((p) => p.id)
    expect(v4Ids.length).toBe(5)
    for (const id of v4Ids) {
      expect(healthy.has(id)).toBe(true)
      expect(broken.has(id)).toBe(false)
    }
    const others = [...healthy.keys()].filter((id) => !id.startsWith('v4:'))
    expect(others.length).toBeGreaterThan(0)
    for (const id of others) expect(broken.get(id)).toEqual(healthy.get(id))
  })

  it('a position sent to another account: its fees before the transfer were paid to the sender, after to the new holder; both equal the oracle', async () => {
    const values = setup()
    const { v4, config, client, owner, wallet } = values
    const { views } = await loadV4Views(client, config, owner)
    const tight = views.find(
      (v) => v.v4.tokenId === BigInt(labelOf(v4, 'uncollected-fees').tokenId),
    ) as V4View
    const collectSteps = (recipient: Address) => [
      { action: V4_ACTIONS.DECREASE_LIQUIDITY, params: v4ActionParams.decrease(tight.v4.tokenId, 0n) },
      { action: V4_ACTIONS.TAKE_PAIR, params: v4ActionParams.takePair(tight.v4.poolKey, recipient) },
    ]
    const before = await accruedFees(client, values, tight)
    const first = await send(values, collectSteps(owner))
    // No swap in between: the new holder's collect right after pays 0, exactly; the sender's stays its own.
    const holder = getAddress('0x00000000000000000000000000000000000b0b01')
    await client.waitForTransactionReceipt({
      hash: await wallet.writeContract({
        address: v4.positionManager,
        abi: parseAbi(['function transferFrom(address from, address to, uint256 id)']),
        functionName: 'transferFrom',
        args: [owner, holder, tight.v4.tokenId],
      }),
    })
    await rpc('anvil_setBalance', [holder, '0x56BC75E2D63100000'])
    await rpc('anvil_impersonateAccount', [holder])
    const holderWallet = createWalletClient({
      chain: devnetChain,
      transport: http(inject('rpcUrl')),
      account: holder,
    })
    const hash = await holderWallet.writeContract({
      address: v4.positionManager,
      abi: positionManagerAbi,
      functionName: 'modifyLiquidities',
      args: [encodeV4Actions(collectSteps(holder)), DEADLINE],
    })
    expect((await client.waitForTransactionReceipt({ hash })).status).toBe('success')
    await rpc('anvil_stopImpersonatingAccount', [holder])
    const history = await readV4FeeHistory(client, {
      chainId: config.chainId,
      v4: v4Config(config),
      store: createMemoryLogStore(),
      toBlock: await client.getBlockNumber(),
      account: holder,
      positions: [
        {
          tokenId: tight.v4.tokenId,
          poolId: tight.v4.poolId,
          currency0: tight.v4.poolKey.currency0,
          currency1: tight.v4.poolKey.currency1,
          hookMayAlterAmounts: false,
        },
      ],
    })
    const events = history.events.get(tight.v4.tokenId) ?? []
    const paidToSender = events.find((e) => e.transactionHash === first)
    const paidToHolder = events.find((e) => e.transactionHash === hash)
    expect(paidToSender).toMatchObject({
      owner,
      fees0Wei: before.fees0Wei,
      fees1Wei: before.fees1Wei,
      notes: [],
    })
    expect(paidToHolder).toMatchObject({ owner: holder, fees0Wei: 0n, fees1Wei: 0n, notes: [] })
  })
})
