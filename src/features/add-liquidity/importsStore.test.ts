import { describe, expect, it } from 'vitest'
import { importedPoolChoice, importedToken, isImportedToken } from '../../domain/catalogue/importedToken.ts'
import { IMPORTS_KEY, IMPORTS_MAX, parseSavedImports, saveImports } from './importsStore.ts'

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  }
}

const A = '0x1111111111111111111111111111111111111111'
const B = '0x2222222222222222222222222222222222222222'
const POOL = '0x3333333333333333333333333333333333333333'
const token = (address: `0x${string}`, symbol: string) =>
  importedToken({ address, symbol, name: symbol, decimals: 18 })
const usdc = { address: B, symbol: 'USDC', name: 'USD Coin', decimals: 6, tags: ['stablecoin'] } as const

describe('saved imports', () => {
  it('round-trips a chain’s tokens and pools, tagged imported again, keeping other chains apart', () => {
    const storage = memoryStorage()
    const pool = importedPoolChoice({
      protocol: 'v3',
      address: POOL,
      token0: token(A, 'NEW'),
      token1: usdc,
      fee: 3000,
    })
    saveImports(storage, 1, { tokens: [token(A, 'NEW')], pools: [pool] })
    saveImports(storage, 8453, { tokens: [token(B, 'OTHER')], pools: [] })
    const back = parseSavedImports(storage, 1)
    expect(back.tokens).toEqual([token(A, 'NEW')])
    expect(back.tokens.every(isImportedToken)).toBe(true)
    expect(back.pools).toEqual([pool])
    expect(back.pools[0]?.tickSpacing).toBe(60)
    expect(parseSavedImports(storage, 8453).tokens.map((t) => t.symbol)).toEqual(['OTHER'])
    expect(parseSavedImports(storage, 10)).toEqual({ tokens: [], pools: [] })
  })

  it('never saves a pool that does not exist yet (its creation is pending)', () => {
    const storage = memoryStorage()
    const pending = {
      ...importedPoolChoice({
        protocol: 'v3',
        address: POOL,
        token0: token(A, 'NEW'),
        token1: usdc,
        fee: 500,
      }),
      create: { sqrtPriceX96: 2n ** 96n },
    }
    saveImports(storage, 1, { tokens: [], pools: [pending] })
    expect(parseSavedImports(storage, 1).pools).toEqual([])
  })

  it('drops damaged entries one by one and keeps the rest; unreadable storage reads as empty', () => {
    const good = { address: A, symbol: 'NEW', name: 'New', decimals: 18 }
    const storage = memoryStorage({
      [IMPORTS_KEY]: JSON.stringify({
        1: {
          tokens: [good, { ...good, address: '0xnot' }, { ...good, address: B, decimals: 1.5 }, good],
          pools: [
            { protocol: 'v3', address: POOL, token0: good, token1: usdc, fee: 1234 },
            { protocol: 'v4', address: POOL, token0: good, token1: usdc, fee: 3000 },
            { protocol: 'v2', address: POOL, token0: good, token1: usdc, fee: 3000 },
          ],
        },
      }),
    })
    const back = parseSavedImports(storage, 1)
    expect(back.tokens.map((t) => t.address)).toEqual([A])
    expect(back.pools.map((p) => [p.protocol, p.fee])).toEqual([['v2', 3000]])
    expect(parseSavedImports(memoryStorage({ [IMPORTS_KEY]: '{not json' }), 1)).toEqual({
      tokens: [],
      pools: [],
    })
    expect(parseSavedImports(memoryStorage({ [IMPORTS_KEY]: '[1,2]' }), 1)).toEqual({ tokens: [], pools: [] })
    expect(parseSavedImports(undefined, 1)).toEqual({ tokens: [], pools: [] })
  })

  it(`keeps the newest ${IMPORTS_MAX} of each`, () => {
    const storage = memoryStorage()
    const many = Array.from({ length: IMPORTS_MAX + 5 }, (_, i) =>
      token(`0x${(i + 1).toString(16).padStart(40, '0')}` as `0x${string}`, `T${i}`),
    )
    saveImports(storage, 1, { tokens: many, pools: [] })
    const back = parseSavedImports(storage, 1).tokens
    expect(back).toHaveLength(IMPORTS_MAX)
    expect(back[0]?.symbol).toBe('T5')
  })
})
