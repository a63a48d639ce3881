import { createPublicClient, http, type PublicClient } from 'viem'
import { describe, expect, inject, it } from 'vitest'
import { devnetChain } from '../../devnet/chain.ts'
import { getBundledCatalogue } from '../../src/chain/catalogue/getCatalogue.ts'
import { getPositionsConfig } from '../../src/chain/catalogue/positionsConfig.ts'
import { createMemoryLogStore } from '../../src/chain/history/logStore.ts'
import { readLedger } from '../../src/chain/ledger/readLedger.ts'
import { loadPositions } from '../../src/chain/readPositions.ts'
import type { PositionViewOk } from '../../src/domain/positions/model.ts'
import { appV3Pnl, pnlTermErrorsUsd } from '../helpers/appPositionPnl.ts'
import { oracleV3Pnl, type PnlOracleSetup } from '../helpers/pnlOracle.ts'

describe('a V3 position’s PnL terms against the raw-chain oracle', () => {
  it('every V3 position of the demo account, any pair, wallet-held or staked: value, deposits, withdrawals, HODL value, fees, gas and the total agree to a millionth', async () => {
    const deployments = inject('deployments')
    const client = createPublicClient({
      chain: devnetChain,
      transport: http(inject('rpcUrl')),
      cacheTime: 0,
    }) as PublicClient
    const config = getPositionsConfig(deployments.chainId)
    const catalogue = getBundledCatalogue(deployments.chainId)
    if (!config || !catalogue) throw new Error('no devnet catalogue')
    const setup: PnlOracleSetup = {
      client,
      npm: deployments.contracts.nonfungiblePositionManager,
      weth: deployments.contracts.weth9,
      deployments,
    }
    const account = deployments.demoAccount
    // Everything as of one block: other test files move the same devnet.
    const head = await client.getBlockNumber()
    const [ledger, snapshot] = await Promise.all([
      readLedger(client, { config, catalogue, account, store: createMemoryLogStore(), toBlock: head }),
      loadPositions(client, { account, config, toBlock: head }),
    ])
    const covered = snapshot.positions.filter(
      (p): p is PositionViewOk => p.status === 'ok' && p.protocol === 'v3',
    )
    // The demo book's uncollected-fees, out-of-range and in-range positions at least (and any the
    // other test files added since).
    const demoIds = deployments.seed.demoPositions
      .filter((p) => ['uncollected-fees', 'out-of-range', 'in-range'].includes(p.label))
      .map((p) => `v3:${p.tokenId}`)
    expect(demoIds).toHaveLength(3)
    for (const id of demoIds) expect(covered.map((p) => p.id)).toContain(id)
    // More than one pair: the oracle prices any token its rule can (two hops through a priced token).
    const pairs = new Set(covered.map((p) => `${p.token0.symbol}/${p.token1.symbol}`))
    expect(pairs.size).toBeGreaterThan(1)

    let maxErrorUsd = 0
    for (const position of covered) {
      const app = appV3Pnl(position, ledger, snapshot.pricesUsd)
      const oracle = await oracleV3Pnl(setup, BigInt(position.v3?.tokenId ?? -1), head)
      for (const { term, got, want, error } of pnlTermErrorsUsd(app, oracle)) {
        expect(got, `${position.id} ${term}`).not.toBeNull()
        maxErrorUsd = Math.max(maxErrorUsd, error)
        expect(error, `${position.id} ${term}: app ${got}, oracle ${want}`).toBeLessThanOrEqual(
          1e-6 * Math.max(1, Math.abs(want)),
        )
      }
      expect(app.partial).toBe(false)
      expect(oracle.gas).toBeGreaterThan(0)
      expect(oracle.deposits).toBeGreaterThan(0)
    }
    const staked = covered.filter((p) => p.location === 'v3-staker').length
    // A staked position too: the staker owns its NFT, the oracle simulates as the staker.
    expect(staked).toBeGreaterThan(0)
    console.info(
      `[pnl oracle] ${covered.length} positions (${staked} staked) in ${pairs.size} pairs (${[...pairs].join(', ')}), largest term error $${maxErrorUsd}`,
    )
    // Every term within half a cent: what the cents shown can bear.
    expect(maxErrorUsd).toBeLessThan(0.005)
  })
})
