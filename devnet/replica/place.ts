import { gunzipSync } from 'node:zlib'
import { type Address, getAddress, type Hex } from 'viem'
import type { ChainWriter } from '../chainWriter.ts'

interface DumpedAccount {
  code?: Hex
  storage?: Record<Hex, Hex>
}

/** Every storage slot of `address`, read from anvil_dumpState (hex of gzipped JSON of the whole state). */
export async function readAllStorage(writer: ChainWriter, address: Address): Promise<Record<Hex, Hex>> {
  const dumpHex = await writer.rpc<Hex>('anvil_dumpState')
  const state = JSON.parse(gunzipSync(Buffer.from(dumpHex.slice(2), 'hex')).toString('utf8')) as {
    accounts: Record<string, DumpedAccount>
  }
  const account = state.accounts[address.toLowerCase()] ?? state.accounts[address]
  return account?.storage ?? {}
}

/** How many times a 20-byte address occurs in runtime code. */
export function countAddressInCode(code: Hex, address: Address): number {
  const needle = address.slice(2).toLowerCase()
  return code.toLowerCase().split(needle).length - 1
}

export interface PlaceOptions {
  /**
   * Occurrences of the contract's own (temporary) address in its runtime code, i.e. `address(this)`
   * immutables such as NoDelegateCall's `original`. Each is rewritten to the canonical address; the
   * count is checked so a layout change cannot go unnoticed. Default 0 (none allowed).
   */
  selfReferences?: number
}

/**
 * Moves a contract deployed at `temporary` to `canonical`: its runtime code (with `address(this)`
 * immutables rewritten) goes there with anvil_setCode, every storage slot is copied with
 * anvil_setStorageAt, and the temporary account's code is removed so only the canonical copy exists.
 * Immutables that point at dependencies must already hold canonical addresses (deploy with them).
 */
export async function placeAtCanonical(
  writer: ChainWriter,
  temporary: Address,
  canonical: Address,
  options: PlaceOptions = {},
): Promise<Address> {
  const { selfReferences = 0 } = options
  let code = await writer.rpc<Hex>('eth_getCode', [temporary, 'latest'])
  if (code === '0x') throw new Error(`no code at ${temporary} to place at ${canonical}`)
  const found = countAddressInCode(code, temporary)
  if (found !== selfReferences) {
    throw new Error(
      `${canonical}: expected ${selfReferences} self-reference(s) of ${temporary} in the runtime code, found ${found}`,
    )
  }
  if (selfReferences > 0) {
    code = code
      .toLowerCase()
      .split(temporary.slice(2).toLowerCase())
      .join(canonical.slice(2).toLowerCase()) as Hex
  }
  await writer.rpc('anvil_setCode', [canonical, code])
  const storage = await readAllStorage(writer, temporary)
  for (const [slot, value] of Object.entries(storage)) {
    await writer.rpc('anvil_setStorageAt', [canonical, slot, value])
  }
  await writer.rpc('anvil_setCode', [temporary, '0x'])
  return getAddress(canonical)
}
