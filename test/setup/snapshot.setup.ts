import { afterEach, beforeEach, inject } from 'vitest'

// Every integration test starts from the seeded devnet state and leaves it unchanged for the next.
let snapshotId: string | undefined

async function rpc(method: string, params: unknown[] = []): Promise<unknown> {
  const response = await fetch(inject('rpcUrl'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  })
  const body = (await response.json()) as { result?: unknown; error?: { message: string } }
  if (body.error) throw new Error(`${method}: ${body.error.message}`)
  return body.result
}

beforeEach(async () => {
  snapshotId = (await rpc('evm_snapshot')) as string
})

afterEach(async () => {
  if (snapshotId === undefined) return
  const reverted = await rpc('evm_revert', [snapshotId])
  if (reverted !== true) throw new Error(`evm_revert(${snapshotId}) failed`)
  snapshotId = undefined
})
