import { arbitrum, base, mainnet } from 'viem/chains'
import { describe, expect, it } from 'vitest'
import { REPLICA_SPECS, replicaAppEnv } from './shape.ts'

describe('replica shapes', () => {
  it('carry the real chain ids (written as numbers so the module imports nothing)', () => {
    expect(REPLICA_SPECS.ethereum.chainId).toBe(mainnet.id)
    expect(REPLICA_SPECS.arbitrum.chainId).toBe(arbitrum.id)
    expect(REPLICA_SPECS.base.chainId).toBe(base.id)
  })

  it("give the app's build each replica's deployment block (genesis + 1) and a public RPC's rate limit", () => {
    expect(replicaAppEnv()).toEqual({
      VITE_DEPLOYMENT_BLOCK_1: '21000001',
      VITE_RPC_RATE_LIMIT_1: '20/8',
      VITE_DEPLOYMENT_BLOCK_42161: '250000001',
      VITE_RPC_RATE_LIMIT_42161: '20/8',
      VITE_DEPLOYMENT_BLOCK_8453: '20000001',
      VITE_RPC_RATE_LIMIT_8453: '20/8',
    })
  })
})
