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
import { call } from 'viem/actions'
import type { TxRequest } from './txRequest.ts'
import { erc20WriteAbi } from './writeAbis.ts'

/** Solidity puts `mapping(owner => mapping(spender => uint))` in one of the first slots (OZ: 1, WETH9: 4). */
const MAX_MAPPING_SLOT = 10n
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
 * Finds where a token stores allowance[owner][spender] by overriding each candidate slot in an eth_call
 * and checking `allowance()` answers the probe. Tokens with another layout (Vyper, packed) give undefined.
 */
export async function findAllowanceStorageKey(
  client: Client,
  parameters: { token: Address; owner: Address; spender: Address },
): Promise<Hex | undefined> {
  const { token, owner, spender } = parameters
  for (let slot = 0n; slot < MAX_MAPPING_SLOT; slot++) {
    const key = allowanceStorageKey(owner, spender, slot)
    const answered = await allowanceWith(client, token, owner, spender, key).catch(() => undefined)
    if (answered === PROBE_ALLOWANCE) return key
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
  const override: StateOverride = []
  for (const request of requests) {
    if (request.functionName !== 'approve') continue
    const { args } = decodeFunctionData({ abi: erc20WriteAbi, data: request.data })
    const [spender, amountWei] = args as readonly [Address, bigint]
    const key = await findAllowanceStorageKey(client, { token: request.to, owner, spender })
    if (!key) return undefined
    override.push({
      address: request.to,
      stateDiff: [{ slot: key, value: numberToHex(amountWei, { size: 32 }) }],
    })
  }
  return override
}
