import { createPublicClient, custom, http } from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { getPositionsConfig } from '../../src/chain/catalogue/positionsConfig.ts'
import { createMemoryLogStore } from '../../src/chain/history/logStore.ts'
import { readVersusHolding } from '../../src/chain/history/readVersusHolding.ts'
import { loadPositions } from '../../src/chain/readPositions.ts'

/** How far back a pruned (non-archive) node keeps state. */
const STATE_BLOCKS = 128n

describe('positions on an RPC without archive state (issue 12, bad input and faults)', () => {
  it('current state and history load from logs only: no eth_call older than the node keeps', async () => {
    const deployments = inject('deployments')
    const config = getPositionsConfig(deployments.chainId)
    if (!config) throw new Error('no devnet positions config')
    const upstream = createPublicClient({ transport: http(inject('rpcUrl')), cacheTime: 0 })
    const head = await upstream.getBlockNumber()
    const refusedOldState: string[] = []
    // A node that answers eth_call at blocks older than head - 128 with "missing trie node".
    const pruned = createPublicClient({
      cacheTime: 0,
      transport: custom({
        async request({ method, params }) {
          if (method === 'eth_call') {
            const tag = (params as unknown[])[1]
            if (typeof tag === 'string' && tag.startsWith('0x') && BigInt(tag) < head - STATE_BLOCKS) {
              refusedOldState.push(tag)
              throw new Error('missing trie node 0x1234 (path ) state is not available')
            }
          }
          return upstream.request({ method, params } as never)
        },
      }),
    })
    const store = createMemoryLogStore()
    const snapshot = await loadPositions(pruned, {
      account: deployments.demoAccount,
      config,
      store,
      toBlock: head,
    })
    const versus = await readVersusHolding(pruned, { config, store, snapshot })
    expect(refusedOldState).toEqual([])
    // The same figures as on a full node.
    const fullStore = createMemoryLogStore()
    const full = await loadPositions(upstream, {
      account: deployments.demoAccount,
      config,
      store: fullStore,
      toBlock: head,
    })
    const fullVersus = await readVersusHolding(upstream, { config, store: fullStore, snapshot: full })
    expect(versus.size).toBeGreaterThan(0)
    expect([...versus.keys()].sort()).toEqual([...fullVersus.keys()].sort())
    for (const [id, figures] of versus) expect(figures).toEqual(fullVersus.get(id))
  })
})
