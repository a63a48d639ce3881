import { createPublicClient, custom, type EIP1193RequestFn } from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { devnetChain } from '../../devnet/index.ts'
import { createMemoryStorage } from '../../src/test-utils/memoryStorage.ts'
import { devnetRpc } from '../helpers/devnetRpc.ts'
import { approveRequest, devnetFlow, type TxLifecycleEnv } from './helpers/txLifecycle.ts'

const env: TxLifecycleEnv = { rpcUrl: inject('rpcUrl'), deployments: inject('deployments') }
const account = env.deployments.demoAccount
const nonceNow = async () =>
  Number(BigInt((await devnetRpc(env.rpcUrl, 'eth_getTransactionCount', [account, 'latest'])) as string))

/** The devnet behind an RPC that claims another chain id (a mistyped RPC URL in Settings). */
function clientServingChainId(chainIdHex: string) {
  const request = (async ({ method, params }: { method: string; params?: unknown }) =>
    method === 'eth_chainId'
      ? chainIdHex
      : devnetRpc(env.rpcUrl, method, (params as unknown[] | undefined) ?? [])) as EIP1193RequestFn
  return createPublicClient({ chain: devnetChain, transport: custom({ request }), cacheTime: 0 })
}

describe('write gates, checked right before each step is simulated', () => {
  it('the RPC serves another chain id than the selected chain: every write is blocked, nothing is sent', async () => {
    const before = await nonceNow()
    const { flow, sent } = devnetFlow(env, createMemoryStorage(), { client: clientServingChainId('0x1') })
    await flow.start([approveRequest(env, 1n), approveRequest(env, 2n)])
    const state = flow.getState()
    expect(state.phase).toBe('failed')
    expect(state.message).toBe(
      'The RPC serves chain id 1, not 31337: writes are blocked until the RPC URL in Settings is fixed.',
    )
    expect(state.steps.map((s) => s.status)).toEqual(['failed', 'queued'])
    expect(sent).toEqual([])
    expect(await nonceNow()).toBe(before)
    // Continue does not get around it either.
    await flow.continue()
    expect(flow.getState().phase).toBe('failed')
    expect(sent).toEqual([])
  })

  it('a gate asking for confirmation pauses the flow; "Send anyway" (continue) sends exactly once', async () => {
    const before = await nonceNow()
    const confirm = 'The node is 10 minutes behind: the deadline is computed from its time.'
    let checks = 0
    const { flow, sent } = devnetFlow(env, createMemoryStorage(), {
      writeGate: async () => {
        checks++
        return { blocked: null, confirm }
      },
    })
    await flow.start([approveRequest(env, 3n)])
    expect(flow.getState()).toMatchObject({ phase: 'confirm', message: confirm })
    expect(sent).toEqual([])
    expect(await nonceNow()).toBe(before)
    await flow.continue()
    expect(flow.getState().phase).toBe('done')
    expect(sent).toHaveLength(1)
    expect(checks).toBe(2) // checked again before sending; the acknowledged warning lets it through
    expect(await nonceNow()).toBe(before + 1)
  })
})
