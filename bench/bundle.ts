import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { BenchMetrics } from './types.ts'

interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
}

/**
 * Gzip size of the JavaScript the first page load needs: the entry chunk and its static imports
 * (what index.html loads or modulepreloads), excluding lazily loaded route chunks.
 */
export function initialJsGzipBytes(distDir: string): { bytes: number; files: string[] } {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry)
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    for (const imported of manifest[key]?.imports ?? []) visit(imported)
  }
  for (const [key] of entries) visit(key)
  const files = [...seen]
    .map((key) => manifest[key]?.file)
    .filter((f): f is string => !!f && f.endsWith('.js'))
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length,
    0,
  )
  return { bytes, files }
}

export async function runBundleBench(): Promise<BenchMetrics> {
  execFileSync('npx', ['vite', 'build', '--manifest', '--logLevel', 'warn'], { stdio: 'inherit' })
  const { bytes, files } = initialJsGzipBytes('dist')
  console.log(`[bench] initial JS: ${files.join(', ')}`)
  return { 'bundle.initialJsGzipKB': { value: Math.round((bytes / 1024) * 10) / 10, unit: 'KB' } }
}
