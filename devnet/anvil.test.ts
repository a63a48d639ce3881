import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { spawnAnvil, sweepAnvilHomes } from './anvil.ts'

const homesIn = (root: string) => readdirSync(root).filter((name) => name.startsWith('poolscope-anvil-'))

/** A pid that is certainly dead: a child that has exited and been reaped. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
  const pid = child.pid as number
  await new Promise((resolve) => child.once('exit', resolve))
  return pid
}

describe('anvil homes (the block states anvil writes to disk never outlive it)', () => {
  it('gives anvil a private HOME that holds its on-disk states and is removed when it stops', async () => {
    const before = new Set(homesIn(tmpdir()))
    const anvil = await spawnAnvil({ port: Number(process.env.POOLSCOPE_UNIT_PORT_BASE ?? 9120) + 2 })
    const created = homesIn(tmpdir()).filter((name) => !before.has(name))
    expect(created).toHaveLength(1)
    const home = join(tmpdir(), created[0] as string)
    // 1,024 blocks push states past anvil's in-memory window: they land under this home, not ~/.foundry.
    await fetch(anvil.rpcUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'anvil_mine', params: ['0x400'] }),
    })
    expect(existsSync(join(home, '.foundry', 'anvil', 'tmp'))).toBe(true)
    await anvil.stop()
    expect(existsSync(home)).toBe(false)
  }, 30_000)

  describe('sweep', () => {
    const root = mkdtempSync(join(tmpdir(), 'poolscope-sweep-'))
    afterAll(() => rmSync(root, { recursive: true, force: true }))

    it('removes the homes whose creator and anvil are both gone, keeps those with a live process', async () => {
      const dead = await deadPid()
      const gone = join(root, 'poolscope-anvil-gone')
      const liveCreator = join(root, 'poolscope-anvil-live-creator')
      const liveAnvil = join(root, 'poolscope-anvil-live-anvil')
      const other = join(root, 'someone-else')
      for (const dir of [gone, liveCreator, liveAnvil, other]) mkdirSync(dir)
      writeFileSync(join(gone, 'creator.pid'), String(dead))
      writeFileSync(join(gone, 'anvil.pid'), String(dead))
      writeFileSync(join(liveCreator, 'creator.pid'), String(process.pid))
      writeFileSync(join(liveAnvil, 'creator.pid'), String(dead))
      writeFileSync(join(liveAnvil, 'anvil.pid'), String(process.pid))

      expect(sweepAnvilHomes(root)).toBe(1)
      expect(existsSync(gone)).toBe(false)
      expect(existsSync(liveCreator)).toBe(true)
      expect(existsSync(liveAnvil)).toBe(true)
      expect(existsSync(other)).toBe(true)
    })
  })
})
