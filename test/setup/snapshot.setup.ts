import { afterEach, beforeEach, inject } from 'vitest'
import { devnetRpc } from '../helpers/devnetRpc.ts'

// Every integration test starts from the seeded devnet state and leaves it unchanged for the next.
let snapshotId: string | undefined

const rpc = (method: string, params: unknown[] = []) => devnetRpc(inject('rpcUrl'), method, params)

beforeEach(async () => {
  snapshotId = (await rpc('evm_snapshot')) as string
})

afterEach(async () => {
  if (snapshotId === undefined) return
  const reverted = await rpc('evm_revert', [snapshotId])
  if (reverted !== true) throw new Error(`evm_revert(${snapshotId}) failed`)
  snapshotId = undefined
})
