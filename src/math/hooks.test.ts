import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Address } from 'viem'
import { describe, expect, it } from 'vitest'
import { ALL_HOOK_MASK, decodeHookPermissions, HOOK_FLAGS } from './hooks.ts'

// Oracle: the flag constants of v4-core's Hooks.sol itself (`uint160 internal constant BEFORE_SWAP_FLAG = 1 << 7;`).
const hooksSol = readFileSync(
  createRequire(import.meta.url).resolve('@uniswap/v4-core/src/libraries/Hooks.sol'),
  'utf8',
)
const solidityFlags = new Map(
  [...hooksSol.matchAll(/uint160 internal constant (\w+)_FLAG = 1 << (\d+);/g)].map((m) => [
    (m[1] as string).toLowerCase().replaceAll('_', ''),
    1n << BigInt(m[2] as string),
  ]),
)
// Hooks.sol spells the return-delta flags "…_RETURNS_DELTA"; the Permissions struct "…ReturnDelta".
const solidityName = (name: string) => name.toLowerCase().replace('returndelta', 'returnsdelta')

const address = (bits: bigint): Address => `0x${(bits | (0xabcdn << 144n)).toString(16).padStart(40, '0')}`

describe('Hooks permission flags', () => {
  it('has the 14 flags of v4-core Hooks.sol, each at its bit', () => {
    expect(solidityFlags.size).toBe(14)
    for (const [name, flag] of Object.entries(HOOK_FLAGS))
      expect(flag).toBe(solidityFlags.get(solidityName(name)))
    expect(ALL_HOOK_MASK).toBe(0x3fffn)
  })

  it('decodes each single flag from an address, and only that flag', () => {
    for (const [name, flag] of Object.entries(HOOK_FLAGS)) {
      const decoded = decodeHookPermissions(address(flag))
      for (const [other, value] of Object.entries(decoded))
        expect(value, `${name} → ${other}`).toBe(other === name)
    }
  })

  it('ignores bits above the low 14 and decodes all flags at once', () => {
    expect(Object.values(decodeHookPermissions(address(1n << 14n))).every((v) => !v)).toBe(true)
    expect(Object.values(decodeHookPermissions(address(ALL_HOOK_MASK))).every((v) => v)).toBe(true)
  })
})
