import { arbitrum, base, mainnet, optimism, polygon } from 'viem/chains'
import type { CatalogueCore, ChainCatalogue, TokenInfo } from '../../domain/catalogue/types.ts'
import { devnetCatalogue } from './devnetCatalogue.ts'
import { publicCatalogueCores } from './publicCatalogues.ts'

/** The bundled token list file of a public chain (written by scripts/generate-token-lists.ts). */
type TokenListModule = { default: { tokens: readonly TokenInfo[] } }

/*
 * One dynamic import per chain so no public token list is in the initial JS: a page that needs one
 * loads it through the catalogue query. The files are generated and checked by a test, so their
 * entries are TokenInfo as written (addresses checksummed).
 */
const tokenListLoaders: Readonly<Record<number, () => Promise<TokenListModule>>> = {
  [mainnet.id]: () => import('./tokens/1.json') as Promise<TokenListModule>,
  [arbitrum.id]: () => import('./tokens/42161.json') as Promise<TokenListModule>,
  [optimism.id]: () => import('./tokens/10.json') as Promise<TokenListModule>,
  [base.id]: () => import('./tokens/8453.json') as Promise<TokenListModule>,
  [polygon.id]: () => import('./tokens/137.json') as Promise<TokenListModule>,
}

/** Catalogues whose token list is in the bundle already (the devnet's, from its deployments file). */
const bundledCatalogues: Readonly<Record<number, ChainCatalogue>> = {
  [devnetCatalogue.chainId]: devnetCatalogue,
}

/**
 * The catalogue of `chainId` without its token list: contracts, anchors, known pools, farms. Synchronous
 * (no import, no RPC): what positions, pricing and the pools list need.
 * @returns undefined on a chain Poolscope has no catalogue for
 */
export function getCatalogueCore(chainId: number): CatalogueCore | undefined {
  return bundledCatalogues[chainId] ?? publicCatalogueCores[chainId]
}

/**
 * The full catalogue of `chainId` when it needs no loading (the devnet), else undefined: the catalogue
 * query's initial data, so a bundled chain never shows a loading state.
 */
export function getBundledCatalogue(chainId: number): ChainCatalogue | undefined {
  return bundledCatalogues[chainId]
}

/**
 * The full catalogue of `chainId`, token list included (a public chain's is a dynamic import). Local data
 * only: no RPC request.
 * @returns undefined on a chain Poolscope has no catalogue for
 */
export async function loadCatalogue(chainId: number): Promise<ChainCatalogue | undefined> {
  const bundled = bundledCatalogues[chainId]
  if (bundled) return bundled
  const core = publicCatalogueCores[chainId]
  const load = tokenListLoaders[chainId]
  if (!core || !load) return undefined
  const { default: list } = await load()
  return { ...core, tokens: list.tokens }
}

/**
 * First block a pool's whole event history is scanned from (backtests, price history), where the catalogue
 * says such scans are affordable (the devnet); undefined elsewhere, which keeps those reads off.
 */
export function getHistoryFromBlock(chainId: number): bigint | undefined {
  const core = getCatalogueCore(chainId)
  return core?.fullHistory ? BigInt(core.startBlock) : undefined
}
