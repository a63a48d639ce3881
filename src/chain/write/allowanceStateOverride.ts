import {
  type Address,
  type Client,
  decodeFunctionData,
  decodeFunctionResult,
  encodeAbiParameters,
  encodeFunctionData,
  type Hex,
  keccak256,
  numberToHex,
  type StateOverride,
} from 'viem'
import { call, createAccessList } from 'viem/actions'
import type { TxRequest } from './txRequest.ts'
import { erc20WriteAbi } from './writeAbis.ts'

/**
 * Fallback probe range when the access list does not lead to the slot: Solidity puts
 * `mapping(owner => mapping(spender => uint))` in one of the first slots (OZ: 1, WETH9: 4, USDC's
 * proxy: 10), but tokens with many leading variables go further.
 */
export const MAX_PROBED_MAPPING_SLOT = 64n
/** Probes sent at once in the fallback (eth_calls in flight). */
const PROBE_BATCH = 8
/** An allowance no real approval produces, to recognise our own override in the answer. */
const PROBE_ALLOWANCE = 0x5ca1ab1e_0000_0000_0000_0000_1234n

/** Storage key of allowance[owner][spender] if the mapping lives at `mappingSlot` (Solidity layout). */
export function allowanceStorageKey(owner: Address, spender: Address, mappingSlot: bigint): Hex {
  const inner = keccak256(
    encodeAbiParameters([{ type: 'address' }, { type: 'uint256' }], [owner, mappingSlot]),
  )
  return keccak256(encodeAbiParameters([{ type: 'address' }, { type: 'bytes32' }], [spender, inner]))
}

async function allowanceWith(client: Client, token: Address, owner: Address, spender: Address, key: Hex) {
  const { data = '0x' } = await call(client, {
    to: token,
    data: encodeFunctionData({ abi: erc20WriteAbi, functionName: 'allowance', args: [owner, spender] }),
    stateOverride: [
      { address: token, stateDiff: [{ slot: key, value: numberToHex(PROBE_ALLOWANCE, { size: 32 }) }] },
    ],
  })
  return decodeFunctionResult({ abi: erc20WriteAbi, functionName: 'allowance', data })
}

/**
 * Storage keys of `token` that `allowance(owner, spender)` reads: eth_createAccessList on that call
 * (a proxy's own keys included, since a delegatecall reads the proxy's storage). [] when the node
 * does not support the method.
 */
export async function allowanceReadKeys(
  client: Client,
  parameters: { token: Address; owner: Address; spender: Address },
): Promise<Hex[]> {
  const { token, owner, spender } = parameters
  try {
    const { accessList } = await createAccessList(client, {
      account: owner,
      to: token,
      data: encodeFunctionData({ abi: erc20WriteAbi, functionName: 'allowance', args: [owner, spender] }),
    })
    return accessList
      .filter((entry) => entry.address.toLowerCase() === token.toLowerCase())
      .flatMap((entry) => entry.storageKeys)
  } catch {
    return []
  }
}

/**
 * Finds where a token stores allowance[owner][spender]: first the storage keys the `allowance` call
 * touches (eth_createAccessList), each verified by overriding it in an eth_call and checking
 * `allowance()` answers the probe; then, if none verifies, the Solidity layout for mapping slots
 * 0…MAX_PROBED_MAPPING_SLOT. Tokens with another layout (Vyper, packed) give undefined.
 */
export async function findAllowanceStorageKey(
  client: Client,
  parameters: { token: Address; owner: Address; spender: Address },
): Promise<Hex | undefined> {
  const { token, owner, spender } = parameters
  const answers = async (key: Hex) =>
    (await allowanceWith(client, token, owner, spender, key).catch(() => undefined)) === PROBE_ALLOWANCE
  for (const key of await allowanceReadKeys(client, parameters)) if (await answers(key)) return key
  for (let start = 0n; start <= MAX_PROBED_MAPPING_SLOT; start += BigInt(PROBE_BATCH)) {
    const keys: Hex[] = []
    for (let slot = start; slot < start + BigInt(PROBE_BATCH) && slot <= MAX_PROBED_MAPPING_SLOT; slot++)
      keys.push(allowanceStorageKey(owner, spender, slot))
    const verified = await Promise.all(keys.map(answers))
    const found = keys[verified.indexOf(true)]
    if (found) return found
  }
  return undefined
}

/**
 * The state override that makes the approvals in `requests` look already mined, so the deposit after them
 * can be simulated in the review. undefined when a token's allowance slot cannot be found.
 */
export async function approvalsStateOverride(
  client: Client,
  owner: Address,
  requests: readonly TxRequest[],
): Promise<StateOverride | undefined> {
  // The last approval of each (token, spender) wins: a USDT-style reset to 0 is followed by the amount.
  const finalAllowance = new Map<string, { token: Address; spender: Address; amountWei: bigint }>()
  for (const request of requests) {
    if (request.functionName !== 'approve') continue
    const { args } = decodeFunctionData({ abi: erc20WriteAbi, data: request.data })
    const [spender, amountWei] = args as readonly [Address, bigint]
    finalAllowance.set(`${request.to.toLowerCase()}:${spender.toLowerCase()}`, {
      token: request.to,
      spender,
      amountWei,
    })
  }
  const byToken = new Map<string, { address: Address; stateDiff: { slot: Hex; value: Hex }[] }>()
  for (const { token, spender, amountWei } of finalAllowance.values()) {
    const key = await findAllowanceStorageKey(client, { token, owner, spender })
    if (!key) return undefined
    const entry = byToken.get(token.toLowerCase()) ?? { address: token, stateDiff: [] }
    entry.stateDiff.push({ slot: key, value: numberToHex(amountWei, { size: 32 }) })
    byToken.set(token.toLowerCase(), entry)
  }
  return [...byToken.values()]
}
