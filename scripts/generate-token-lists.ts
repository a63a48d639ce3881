// Writes the pruned token list of every public chain Poolscope supports to src/chain/catalogue/tokens/<id>.json,
// from @uniswap/default-token-list (devDependency) and the catalogue's anchors and known pools.
// Usage: npx tsx scripts/generate-token-lists.ts   (scripts/generate-token-lists.test.ts checks the files match)
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  pruneTokenList,
  TOP_TOKEN_COUNT,
  type TokenListEntry,
} from '../src/chain/catalogue/pruneTokenList.ts'
import { publicCatalogueCores } from '../src/chain/catalogue/publicCatalogues.ts'

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
/** Where the bundled lists live (one JSON per chain id, loaded with a dynamic import). */
export const TOKEN_LISTS_DIR = join(REPO_ROOT, 'src', 'chain', 'catalogue', 'tokens')

interface DefaultTokenList {
  version: { major: number; minor: number; patch: number }
  tokens: TokenListEntry[]
}

/** The file name and exact bytes of every chain's bundled token list. */
export function tokenListFiles(): { file: string; content: string }[] {
  const list = createRequire(import.meta.url)('@uniswap/default-token-list') as DefaultTokenList
  const version = `${list.version.major}.${list.version.minor}.${list.version.patch}`
  return Object.values(publicCatalogueCores).map((core) => ({
    file: join(TOKEN_LISTS_DIR, `${core.chainId}.json`),
    content: `${JSON.stringify(
      {
        source: `@uniswap/default-token-list ${version}`,
        rule: `catalogue tokens (anchors, known pools, pools-list tokens) + the ${TOP_TOKEN_COUNT} tokens whose symbol the list carries on the most chains`,
        chainId: core.chainId,
        tokens: pruneTokenList(list.tokens, core),
      },
      null,
      2,
    )}\n`,
  }))
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const { file, content } of tokenListFiles()) {
    writeFileSync(file, content)
    console.log(`wrote ${file} (${(JSON.parse(content) as { tokens: unknown[] }).tokens.length} tokens)`)
  }
}
