// The transaction-lifecycle scenarios, shared by test/integration/tx-lifecycle.test.ts (asserts each)
// and bench/txLifecycle.ts (counts them and the transactions shown in a state other than the chain's).
// Each drives the app's own flow runner (the code behind every stepper) on a real devnet with an
// unlocked account, "reloads" by re-reading the stored list with the app's reload code, and compares
// what would be shown with the truth read directly from the devnet.
import {
  type Address,
  type Client,
  createPublicClient,
  createWalletClient,
  encodeFunctionData,
  type Hex,
  http,
  type PublicClient,
  TransactionReceiptNotFoundError,
} from 'viem'
import { devnetChain } from '../../../devnet/index.ts'
import { DROP_AFTER_BLOCKS } from '../../../src/chain/write/classifyStoredTx.ts'
import { recheckStoredTxs } from '../../../src/chain/write/recheckStoredTxs.ts'
import type { TxRequest } from '../../../src/chain/write/txRequest.ts'
import { erc20WriteAbi } from '../../../src/chain/write/writeAbis.ts'
import type { Deployments } from '../../../src/domain/catalogue/types.ts'
import type { StoredTx } from '../../../src/domain/transactions/storedTx.ts'
import { PENDING_TX_STORAGE_KEY, readStoredTxs } from '../../../src/features/transactions/pendingTxStore.ts'
import { createTxFlow, type TxFlowDeps } from '../../../src/features/transactions/txFlowRunner.ts'
import { createMemoryStorage } from '../../../src/test-utils/memoryStorage.ts'
import { devnetRpc } from '../../helpers/devnetRpc.ts'

export type TxLifecycleEnv = { rpcUrl: string; deployments: Deployments }

/** One scenario's verdict: what the app shows after the reload versus what the chain says. */
export type TxScenarioResult = {
  name: string
  /** The status the app shows (flow step or reloaded entry). */
  shown: string
  /** The status read directly from the devnet. */
  truth: string
  /** Extra facts the integration test checks (replacement hash, warnings, …). */
  facts: Record<string, unknown>
}

type Storage = ReturnType<typeof createMemoryStorage>

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls until `predicate` holds (a bound, not a timing assertion: 20 s is far above any devnet step). */
async function until(predicate: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 1_000; i++) {
    if (await predicate()) return
    await wait(20)
  }
  throw new Error(`timed out waiting for ${what}`)
}

function clients(env: TxLifecycleEnv) {
  const publicClient = createPublicClient({
    chain: devnetChain,
    transport: http(env.rpcUrl),
    cacheTime: 0,
    pollingInterval: 20,
  }) as PublicClient
  const walletClient = createWalletClient({ chain: devnetChain, transport: http(env.rpcUrl) })
  const rpc = (method: string, params: unknown[] = []) => devnetRpc(env.rpcUrl, method, params)
  return { publicClient, walletClient, rpc }
}

/** An exact approval the account can always send (WETH → position manager). */
export function approveRequest(env: TxLifecycleEnv, amount: bigint): TxRequest {
  return {
    kind: 'approve-token0',
    label: `Approve ${amount} wei of WETH`,
    to: env.deployments.contracts.weth9,
    data: encodeFunctionData({
      abi: erc20WriteAbi,
      functionName: 'approve',
      args: [env.deployments.contracts.nonfungiblePositionManager, amount],
    }),
    valueWei: 0n,
    abi: erc20WriteAbi,
    functionName: 'approve',
  }
}

/** The app's flow runner wired to the devnet: the unlocked demo account signs, the wallet is on 31337. */
export function devnetFlow(
  env: TxLifecycleEnv,
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined,
  overrides: Partial<TxFlowDeps> & { client?: Client } = {},
) {
  const { publicClient, walletClient } = clients(env)
  const account = env.deployments.demoAccount as Address
  const sent: Hex[] = []
  const flow = createTxFlow({
    getClient: () => overrides.client ?? publicClient,
    async send({ request, gas }) {
      const hash = await walletClient.sendTransaction({
        account,
        chain: devnetChain,
        to: request.to,
        data: request.data,
        value: request.valueWei,
        gas,
      })
      sent.push(hash)
      return hash
    },
    walletChainId: () => devnetChain.id,
    storage: () => storage,
    pollingInterval: 20,
    ...overrides,
  })
  flow.configure({ chainId: devnetChain.id, account })
  return { flow, account, sent }
}

/** What a reload shows for `hash`: the app's reload code over the stored list. */
async function shownAfterReload(
  env: TxLifecycleEnv,
  storage: Storage,
  hash: Hex,
): Promise<StoredTx | undefined> {
  const { publicClient } = clients(env)
  const { txs } = readStoredTxs(storage)
  const shown = await recheckStoredTxs(publicClient, txs, { chainId: devnetChain.id })
  return shown.find((tx) => tx.hash === hash) ?? txs.find((tx) => tx.hash === hash)
}

async function receiptOf(publicClient: PublicClient, hash: Hex) {
  try {
    return await publicClient.getTransactionReceipt({ hash })
  } catch (error) {
    if (error instanceof TransactionReceiptNotFoundError) return undefined
    throw error
  }
}

/** The chain's own answer for a sent transaction, from direct reads only. */
async function chainTruth(env: TxLifecycleEnv, hash: Hex, replacement?: { hash: Hex; cancel: boolean }) {
  const { publicClient } = clients(env)
  const own = await receiptOf(publicClient, hash)
  if (own) return own.status === 'success' ? 'confirmed' : 'failed'
  if (replacement && (await receiptOf(publicClient, replacement.hash)))
    return replacement.cancel ? 'cancelled' : 'replaced'
  const known = await publicClient.getTransaction({ hash }).then(
    () => true,
    () => false,
  )
  return known ? 'pending' : 'not on chain'
}

/** Sends the first step with automine off, waits until it is stored as pending, then "closes the tab". */
async function sendAndClose(env: TxLifecycleEnv, storage: Storage) {
  const { rpc } = clients(env)
  await rpc('evm_setAutomine', [false])
  const { flow } = devnetFlow(env, storage)
  void flow.start([approveRequest(env, 123_456n)])
  await until(() => readStoredTxs(storage).txs.some((tx) => tx.status === 'pending'), 'the pending entry')
  flow.reset() // the tab is closed: nothing watches it any more
  return readStoredTxs(storage).txs[0] as StoredTx
}

/** Speed-up, cancel or other call with the same nonce, sent by the "wallet" while the tab is closed. */
async function sendWithNonce(env: TxLifecycleEnv, stored: StoredTx, cancel: boolean): Promise<Hex> {
  const { rpc } = clients(env)
  const account = env.deployments.demoAccount
  return (await rpc('eth_sendTransaction', [
    {
      from: account,
      ...(cancel
        ? { to: account, value: '0x0' }
        : { to: env.deployments.contracts.weth9, data: approveRequest(env, 999n).data }),
      nonce: `0x${(stored.nonce ?? 0).toString(16)}`,
      maxFeePerGas: '0x174876e800',
      maxPriorityFeePerGas: '0x174876e800',
    },
  ])) as Hex
}

async function replacedScenario(env: TxLifecycleEnv, cancel: boolean): Promise<TxScenarioResult> {
  const { rpc } = clients(env)
  const storage = createMemoryStorage()
  try {
    const stored = await sendAndClose(env, storage)
    const replacement = await sendWithNonce(env, stored, cancel)
    await rpc('evm_mine')
    const shown = await shownAfterReload(env, storage, stored.hash)
    return {
      name: cancel ? 'cancelled' : 'replaced',
      shown: shown?.status ?? 'missing',
      truth: await chainTruth(env, stored.hash, { hash: replacement, cancel }),
      facts: { replacedBy: shown?.replacedBy, replacement, nonce: stored.nonce },
    }
  } finally {
    await rpc('evm_setAutomine', [true])
  }
}

/** Replaced while the tab was closed: another call with the same nonce was mined. */
export const replaced = (env: TxLifecycleEnv) => replacedScenario(env, false)
/** Cancelled while the tab was closed: a 0-value self-send with the same nonce was mined. */
export const cancelled = (env: TxLifecycleEnv) => replacedScenario(env, true)

/** Dropped: the node forgot it (anvil_dropTransaction); pending until DROP_AFTER_BLOCKS, then dropped. */
export async function dropped(env: TxLifecycleEnv): Promise<TxScenarioResult> {
  const { rpc } = clients(env)
  const storage = createMemoryStorage()
  try {
    const stored = await sendAndClose(env, storage)
    await rpc('anvil_dropTransaction', [stored.hash])
    await rpc('anvil_mine', [`0x${(DROP_AFTER_BLOCKS - 1n).toString(16)}`])
    const before = await shownAfterReload(env, storage, stored.hash)
    await rpc('anvil_mine', ['0x1'])
    const shown = await shownAfterReload(env, storage, stored.hash)
    const truth = await chainTruth(env, stored.hash)
    return {
      name: 'dropped',
      shown: shown?.status ?? 'missing',
      truth: truth === 'not on chain' ? 'dropped' : truth,
      facts: { beforeNBlocks: before?.status, dropReason: shown?.dropReason },
    }
  } finally {
    await rpc('evm_setAutomine', [true])
  }
}

/** Devnet reset: confirmed, then the chain is reverted to before its submission and grows a new history. */
export async function devnetReset(env: TxLifecycleEnv): Promise<TxScenarioResult> {
  const { rpc } = clients(env)
  const storage = createMemoryStorage()
  const snapshot = (await rpc('evm_snapshot')) as string
  await rpc('anvil_mine', ['0x2'])
  const { flow } = devnetFlow(env, storage)
  await flow.start([approveRequest(env, 42n)])
  const confirmedBefore = flow.getState().steps[0]?.status
  const stored = readStoredTxs(storage).txs[0] as StoredTx
  await rpc('evm_revert', [snapshot])
  const headBelow = await shownAfterReload(env, storage, stored.hash)
  // A new history: another account's transfer, then more blocks than there were.
  const other = env.deployments.seed.traders[0] as Address
  await rpc('eth_sendTransaction', [{ from: other, to: other, value: '0x1' }])
  await rpc('anvil_mine', ['0x5'])
  const shown = await shownAfterReload(env, storage, stored.hash)
  const truth = await chainTruth(env, stored.hash)
  return {
    name: 'devnet reset',
    shown: shown?.status ?? 'missing',
    truth: truth === 'not on chain' ? 'dropped' : truth,
    facts: { confirmedBefore, headBelow: headBelow?.status, dropReason: shown?.dropReason },
  }
}

/** A confirmed receipt removed by a reorg: back to pending (re-watched), never kept as confirmed. */
export async function reorgedReceipt(env: TxLifecycleEnv): Promise<TxScenarioResult> {
  const { rpc } = clients(env)
  const storage = createMemoryStorage()
  await rpc('evm_setAutomine', [false])
  try {
    const { flow } = devnetFlow(env, storage)
    const done = flow.start([approveRequest(env, 77n)])
    await until(() => flow.getState().steps[0]?.status === 'pending', 'the pending step')
    const snapshot = (await rpc('evm_snapshot')) as string
    await rpc('evm_mine')
    await done
    const stored = readStoredTxs(storage).txs[0] as StoredTx
    const confirmedBefore = stored.status
    // The reorg: the block with the receipt is replaced by another block at the same height.
    await rpc('evm_revert', [snapshot])
    await rpc('anvil_dropTransaction', [stored.hash]).catch(() => undefined)
    const other = env.deployments.seed.traders[0] as Address
    await rpc('eth_sendTransaction', [{ from: other, to: other, value: '0x1' }])
    await rpc('evm_mine')
    const shown = await shownAfterReload(env, storage, stored.hash)
    const truth = await chainTruth(env, stored.hash)
    // Not mined and no longer known: within DROP_AFTER_BLOCKS the true state is "pending" (re-watched).
    return {
      name: 'reorged receipt',
      shown: shown?.status ?? 'missing',
      truth: truth === 'not on chain' ? 'pending' : truth,
      facts: { confirmedBefore },
    }
  } finally {
    await rpc('evm_setAutomine', [true])
  }
}

/** The page that started a two-step flow unmounts after step 1 was sent: the flow still finishes. */
export async function tabSwitchMidFlow(env: TxLifecycleEnv): Promise<TxScenarioResult> {
  const { rpc, publicClient } = clients(env)
  const storage = createMemoryStorage()
  const unhandled: unknown[] = []
  const onUnhandled = (reason: unknown) => unhandled.push(reason)
  process.on('unhandledRejection', onUnhandled)
  await rpc('evm_setAutomine', [false])
  try {
    const { flow, account } = devnetFlow(env, storage)
    const unsubscribePage = flow.subscribe(() => undefined) // the page
    const done = flow.start([approveRequest(env, 11n), approveRequest(env, 22n)])
    await until(() => flow.getState().steps[0]?.status === 'pending', 'step 1 pending')
    unsubscribePage() // navigated away
    await rpc('evm_setAutomine', [true])
    await rpc('evm_mine')
    await done
    const allowance = await publicClient.readContract({
      address: env.deployments.contracts.weth9,
      abi: erc20WriteAbi,
      functionName: 'allowance',
      args: [account, env.deployments.contracts.nonfungiblePositionManager],
    })
    const state = flow.getState()
    return {
      name: 'tab switch mid-flow',
      shown: state.steps.map((s) => s.status).join(','),
      truth: ['confirmed', allowance === 22n ? 'confirmed' : 'not sent'].join(','),
      facts: { phase: state.phase, unhandled: unhandled.length },
    }
  } finally {
    process.off('unhandledRejection', onUnhandled)
    await rpc('evm_setAutomine', [true])
  }
}

/** A hand-edited entry (no `from`) next to a real one: the bad one is dropped, the real one classified. */
export async function corruptStoredEntry(env: TxLifecycleEnv): Promise<TxScenarioResult> {
  const storage = createMemoryStorage()
  const { flow } = devnetFlow(env, storage)
  await flow.start([approveRequest(env, 5n)])
  const real = readStoredTxs(storage).txs[0] as StoredTx
  // The tab closed before it saw the receipt; then someone edited the list by hand.
  const { from: _from, ...corrupt } = { ...real, hash: `0x${'ee'.repeat(32)}` }
  storage.setItem(PENDING_TX_STORAGE_KEY, JSON.stringify([corrupt, { ...real, status: 'pending' }]))
  const read = readStoredTxs(storage)
  const shown = await shownAfterReload(env, storage, real.hash)
  return {
    name: 'corrupt stored entry',
    shown: shown?.status ?? 'missing',
    truth: await chainTruth(env, real.hash),
    facts: { unreadable: read.unreadable },
  }
}

/** localStorage refuses the write after the wallet returned the hash: tracked in memory, with a warning. */
export async function failedStorageWrite(env: TxLifecycleEnv): Promise<TxScenarioResult> {
  const storage = {
    getItem: () => null,
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    },
  }
  const { flow, sent } = devnetFlow(env, storage)
  await flow.start([approveRequest(env, 6n)])
  const state = flow.getState()
  return {
    name: 'failed storage write',
    shown: state.steps[0]?.status ?? 'missing',
    truth: sent[0] ? await chainTruth(env, sent[0]) : 'not sent',
    facts: { phase: state.phase, storageWarning: state.storageWarning },
  }
}

/** Every scenario, in the order of issue 10. */
export const TX_LIFECYCLE_SCENARIOS = [
  replaced,
  cancelled,
  dropped,
  devnetReset,
  tabSwitchMidFlow,
  corruptStoredEntry,
  failedStorageWrite,
  reorgedReceipt,
] as const

/** A transaction shown in a state other than the chain's. */
export const isLost = (result: TxScenarioResult) => result.shown !== result.truth
