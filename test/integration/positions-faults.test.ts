import { createPublicClient, getAddress, http } from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { createCountingClient, measurePositionsLoad, mintManyPositions } from '../../bench/positions.ts'
import { testAddress } from '../../devnet/index.ts'
import { getPositionsConfig, type PositionsConfig } from '../../src/chain/catalogue/positionsConfig.ts'
import { readTokenMetadata } from '../../src/chain/readers/readTokenMetadata.ts'
import { readPositions } from '../../src/chain/readPositions.ts'

/** anvil account 6 has no devnet role: it starts with no positions. */
const FRESH_ACCOUNT = testAddress(6)
/** Bytecode that reverts on every call. */
const REVERTING_CODE = '0x60006000fd'

function devnetConfig(): PositionsConfig {
  const config = getPositionsConfig(inject('deployments').chainId)
  if (!config) throw new Error('no devnet positions config')
  return config
}

describe('positions reader: request count does not grow with positions', () => {
  // 5 rounds since staked positions are found by enumerating the staker's NFTs instead of its logs
  // (issue 12: current state in ≤ 6 requests, no eth_getLogs).
  it('uses the same ≤ 5 HTTP requests for 1 and 60 positions', async () => {
    const { client, counter } = createCountingClient(inject('rpcUrl'))
    const empty = await measurePositionsLoad(client, counter, FRESH_ACCOUNT)
    expect(empty.positions).toBe(0)
    await mintManyPositions(inject('rpcUrl'), inject('deployments'), FRESH_ACCOUNT, 1)
    const one = await measurePositionsLoad(client, counter, FRESH_ACCOUNT)
    await mintManyPositions(inject('rpcUrl'), inject('deployments'), FRESH_ACCOUNT, 59)
    const many = await measurePositionsLoad(client, counter, FRESH_ACCOUNT)
    expect([one.positions, many.positions]).toEqual([1, 60])
    expect(one.requests).toBeLessThanOrEqual(5)
    expect(many.requests).toBe(one.requests)
  })
})

describe('positions reader: faults stay local', () => {
  it('a pool whose reads revert marks only its positions unavailable', async () => {
    const deployments = inject('deployments')
    const client = createPublicClient({ transport: http(inject('rpcUrl')), cacheTime: 0 })
    const broken = deployments.seed.demoPositions.find((p) => p.label === 'full-range')
    if (!broken) throw new Error('no full-range position')
    await client.request({ method: 'anvil_setCode' as never, params: [broken.pool, REVERTING_CODE] as never })
    const snapshot = await readPositions(client, { account: deployments.demoAccount, config: devnetConfig() })
    const view = snapshot.positions.find((p) => p.id === `v3:${broken.tokenId}`)
    expect(view?.status).toBe('unavailable')
    if (view?.status === 'unavailable') expect(view.reason).toContain(getAddress(broken.pool))
    const others = snapshot.positions.filter(
      (p) => p.id !== `v3:${broken.tokenId}` && p.location !== 'v3-staker',
    )
    expect(others.length).toBeGreaterThan(5)
    expect(others.every((p) => p.status === 'ok')).toBe(true)
  })

  it('reads odd metadata safely: bytes32 symbol, missing name, 0/24 decimals, long and HTML symbols, no code', async () => {
    const deployments = inject('deployments')
    const client = createPublicClient({ transport: http(inject('rpcUrl')), cacheTime: 0 })
    const odd = deployments.tokens.filter((t) => t.tags?.includes('odd-metadata'))
    const noCode = '0x000000000000000000000000000000000000bEEF'
    const metas = await readTokenMetadata(client, {
      multicall3: deployments.contracts.multicall3,
      tokens: [...odd.map((t) => t.address), noCode],
    })
    for (const [index, token] of odd.entries()) {
      const meta = metas[index]
      expect([meta?.symbol, meta?.decimals, meta?.metadataOk]).toEqual([token.symbol, token.decimals, true])
      expect(meta?.name).toBe(token.name === '' ? token.symbol : token.name)
      expect(Array.from(meta?.displaySymbol ?? '').length).toBeLessThanOrEqual(13)
    }
    expect(metas.at(-1)).toMatchObject({ metadataOk: false, decimals: 18, address: getAddress(noCode) })
    // The seeded odd-metadata position (MKR, bytes32) is read and valued.
    const snapshot = await readPositions(client, { account: deployments.demoAccount, config: devnetConfig() })
    const oddPosition = deployments.seed.demoPositions.find((p) => p.label === 'odd-metadata')
    const view = snapshot.positions.find((p) => p.id === `v3:${oddPosition?.tokenId}`)
    expect(view?.status).toBe('ok')
    expect([view?.token0.symbol, view?.token1.symbol]).toContain('MKR')
  })

  it('a token without a price route has price null and positions in it value null, never 0', async () => {
    const deployments = inject('deployments')
    const client = createPublicClient({ transport: http(inject('rpcUrl')), cacheTime: 0 })
    const mkr = deployments.tokens.find((t) => t.symbol === 'MKR')?.address.toLowerCase()
    const config = devnetConfig()
    const pricing = config.pricing
    if (!pricing || !mkr) throw new Error('no pricing config')
    const withoutMkrRoute: PositionsConfig = {
      ...config,
      pricing: {
        ...pricing,
        pools: pricing.pools.filter((p) => p.token0.toLowerCase() !== mkr && p.token1.toLowerCase() !== mkr),
      },
    }
    const snapshot = await readPositions(client, {
      account: deployments.demoAccount,
      config: withoutMkrRoute,
    })
    expect(snapshot.pricesUsd[mkr]).toBeNull()
    const weth = deployments.contracts.weth9.toLowerCase()
    expect(snapshot.pricesUsd[weth]).toBeGreaterThan(100)
    const oddPosition = deployments.seed.demoPositions.find((p) => p.label === 'odd-metadata')
    const view = snapshot.positions.find((p) => p.id === `v3:${oddPosition?.tokenId}`)
    if (view?.status !== 'ok') throw new Error('odd-metadata position unavailable')
    expect(view.valueUsd).toBeNull()
    expect(snapshot.positionsWithoutPrice).toBe(1)
  })
})
