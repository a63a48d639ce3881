import { describe, expect, it } from 'vitest'
import {
  deploymentBlockEnvVarName,
  deploymentBlocksOf,
  earliestDeploymentBlock,
  publicDeploymentBlocks,
  readDeploymentBlockOverride,
} from './deploymentBlocks.ts'
import { publicCatalogueCores } from './publicCatalogues.ts'
import { publicUniswapContracts } from './uniswapContracts.ts'

describe('deployment blocks', () => {
  it('every public catalogue starts its scans at a recorded deployment block, never at 0', () => {
    for (const [chainId, core] of Object.entries(publicCatalogueCores)) {
      const blocks = publicDeploymentBlocks[Number(chainId)]
      expect(blocks, `chain ${chainId}`).toBeDefined()
      expect(core.startBlock, `chain ${chainId}`).toBeGreaterThan(0)
      // Not after any contract the positions history reads.
      expect(BigInt(core.startBlock)).toBeLessThanOrEqual(blocks?.nonfungiblePositionManager as bigint)
    }
  })

  it('the V3 factory is never recorded after the NPM, and a staker block exists exactly where a staker does', () => {
    for (const [chainId, blocks] of Object.entries(publicDeploymentBlocks)) {
      expect(blocks.v3Factory).toBeLessThanOrEqual(blocks.nonfungiblePositionManager)
      const staker = publicUniswapContracts[Number(chainId) as keyof typeof publicUniswapContracts].v3Staker
      expect(blocks.v3Staker === undefined).toBe(staker === undefined)
    }
  })

  it('reads the override VITE_DEPLOYMENT_BLOCK_<chainId> (decimal or hex) from the env passed in', () => {
    expect(deploymentBlockEnvVarName(1)).toBe('VITE_DEPLOYMENT_BLOCK_1')
    expect(readDeploymentBlockOverride(1, {})).toBeUndefined()
    expect(readDeploymentBlockOverride(1, { VITE_DEPLOYMENT_BLOCK_1: '21000000' })).toBe(21_000_000n)
    expect(readDeploymentBlockOverride(42161, { VITE_DEPLOYMENT_BLOCK_42161: ' 0xee6b280 ' })).toBe(
      250_000_000n,
    )
    const overridden = deploymentBlocksOf(1, { VITE_DEPLOYMENT_BLOCK_1: '21000000' })
    expect(overridden).toEqual({
      v2Factory: 21_000_000n,
      v3Factory: 21_000_000n,
      nonfungiblePositionManager: 21_000_000n,
      v3Staker: 21_000_000n,
    })
    // Base has no canonical staker: the override does not invent one.
    expect(deploymentBlocksOf(8453, { VITE_DEPLOYMENT_BLOCK_8453: '20000000' })?.v3Staker).toBeUndefined()
    expect(earliestDeploymentBlock(overridden as NonNullable<typeof overridden>)).toBe(21_000_000n)
  })

  it('a value that is not a block number fails with the variable name', () => {
    expect(() => readDeploymentBlockOverride(1, { VITE_DEPLOYMENT_BLOCK_1: '21m' })).toThrow(
      'VITE_DEPLOYMENT_BLOCK_1 must be one block number',
    )
    expect(() => readDeploymentBlockOverride(1, { VITE_DEPLOYMENT_BLOCK_1: '-5' })).toThrow()
  })

  it('the real chains keep their blocks when no override is set', () => {
    expect(deploymentBlocksOf(1, {})).toBe(publicDeploymentBlocks[1])
    expect(deploymentBlocksOf(31337, {})).toBeUndefined()
  })
})
