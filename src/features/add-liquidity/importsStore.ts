import { useState } from 'react'
import * as v from 'valibot'
import type { KeyValueStorage } from '../../config/settingsStore.ts'
import { AddressSchema } from '../../config/storedDataSchema.ts'
import { importedPoolChoice, importedToken } from '../../domain/catalogue/importedToken.ts'
import type { PoolChoice } from '../../domain/catalogue/poolChoice.ts'
import type { TokenInfo } from '../../domain/catalogue/types.ts'
import { browserStorage } from '../transactions/browserStorage.ts'

/** localStorage key of the tokens the user chose to use and the unlisted pools, per chain. */
export const IMPORTS_KEY = 'poolscope.imports'
/** At most this many of each, per chain (the oldest go first). */
export const IMPORTS_MAX = 50

const tokenSchema = v.object({
  address: AddressSchema,
  symbol: v.pipe(v.string(), v.maxLength(64)),
  name: v.pipe(v.string(), v.maxLength(128)),
  decimals: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(255)),
  tags: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(32))), v.maxLength(8))),
})
const poolSchema = v.object({
  protocol: v.picklist(['v2', 'v3']),
  address: AddressSchema,
  token0: tokenSchema,
  token1: tokenSchema,
  fee: v.pipe(v.number(), v.integer(), v.minValue(0)),
})

/** What is saved of one chain's imports: the chain's own metadata of each token, and each pool's key. */
export interface SavedImports {
  tokens: TokenInfo[]
  pools: PoolChoice[]
}

type StoredImports = Record<string, { tokens?: unknown; pools?: unknown }>

function readAll(storage: KeyValueStorage | undefined): StoredImports {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(IMPORTS_KEY) ?? '{}')
    return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as StoredImports) : {}
  } catch {
    return {}
  }
}

/**
 * A chain's saved imports, entry by entry: a damaged entry (a bad address, an unknown fee tier, a
 * non-integer decimals…) is dropped, never guessed; the others are kept, tagged "imported" again.
 */
export function parseSavedImports(storage: KeyValueStorage | undefined, chainId: number): SavedImports {
  const saved = readAll(storage)[String(chainId)]
  const list = (value: unknown) => (Array.isArray(value) ? value.slice(-IMPORTS_MAX) : [])
  const tokens: TokenInfo[] = []
  for (const item of list(saved?.tokens)) {
    const parsed = v.safeParse(tokenSchema, item)
    if (parsed.success && !tokens.some((t) => t.address === parsed.output.address)) {
      const { address, symbol, name, decimals } = parsed.output
      tokens.push(importedToken({ address, symbol, name, decimals }))
    }
  }
  const pools: PoolChoice[] = []
  for (const item of list(saved?.pools)) {
    const parsed = v.safeParse(poolSchema, item)
    if (!parsed.success || pools.some((p) => p.address === parsed.output.address)) continue
    try {
      const { token0, token1, ...key } = parsed.output
      pools.push(importedPoolChoice({ ...key, token0: tokenInfo(token0), token1: tokenInfo(token1) }))
    } catch {
      // An unknown V3 fee tier: dropped.
    }
  }
  return { tokens, pools }
}

/** A saved token as TokenInfo (its tags only when it had some). */
function tokenInfo(token: v.InferOutput<typeof tokenSchema>): TokenInfo {
  const { address, symbol, name, decimals, tags } = token
  return { address, symbol, name, decimals, ...(tags ? { tags } : {}) }
}

/** Saves a chain's imports (only what `parseSavedImports` reads back), keeping the other chains'. */
export function saveImports(storage: KeyValueStorage | undefined, chainId: number, imports: SavedImports) {
  if (!storage) return
  const all = readAll(storage)
  const token = ({ address, symbol, name, decimals, tags }: TokenInfo) => ({
    address,
    symbol,
    name,
    decimals,
    ...(tags ? { tags: [...tags] } : {}),
  })
  all[String(chainId)] = {
    tokens: imports.tokens.slice(-IMPORTS_MAX).map(token),
    pools: imports.pools
      .filter((pool) => pool.create === undefined)
      .slice(-IMPORTS_MAX)
      .map(({ protocol, address, token0, token1, fee }) => ({
        protocol,
        address,
        token0: token(token0),
        token1: token(token1),
        fee,
      })),
  }
  try {
    storage.setItem(IMPORTS_KEY, JSON.stringify(all))
  } catch {
    // Storage full or blocked: the imports still work for this session.
  }
}

/**
 * The add form's imported tokens and unlisted pools for `chainId`, saved in localStorage so a reload
 * or a later visit keeps them (the token check and its warning were passed when each was added).
 */
export function useSavedImports(chainId: number, storage: KeyValueStorage | undefined = browserStorage()) {
  const [state, setState] = useState(() => ({ chainId, ...parseSavedImports(storage, chainId) }))
  // Derived reset: another chain shows its own imports in the same render.
  const current = state.chainId === chainId ? state : { chainId, ...parseSavedImports(storage, chainId) }
  if (current !== state) setState(current)
  const update = (next: SavedImports) => {
    saveImports(storage, chainId, next)
    setState({ chainId, ...next })
  }
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
  return {
    tokens: current.tokens,
    pools: current.pools,
    addToken(token: TokenInfo) {
      if (current.tokens.some((t) => same(t.address, token.address))) return
      update({ tokens: [...current.tokens, token], pools: current.pools })
    },
    addPool(pool: PoolChoice) {
      if (current.pools.some((p) => same(p.address, pool.address))) return
      update({ tokens: current.tokens, pools: [...current.pools, pool] })
    },
  }
}
