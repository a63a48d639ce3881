import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import {
  type Address,
  concatHex,
  encodeAbiParameters,
  encodeDeployData,
  getContractAddress,
  type Hex,
  keccak256,
  numberToHex,
  parseAbiParameters,
  toHex,
} from 'viem'
import { loadArtifact } from './artifacts.ts'
import type { ChainWriter } from './chainWriter.ts'

const require = createRequire(import.meta.url)

/** Permit2's canonical address on every chain. */
export const PERMIT2_ADDRESS: Address = '0x000000000022D473030F116dDEE9F6B43aC78BA3'

/** The deterministic CREATE2 deployer's usual address (calldata = salt ‖ init code). */
export const CREATE2_DEPLOYER: Address = '0x4e59b44847b379578913340ee82f09d6a9c23702'

/**
 * Runtime code of that deployer (github.com/Arachnid/deterministic-deployment-proxy). anvil 1.7 has no
 * code at its address, so the seed places it with anvil_setCode when it is missing.
 */
const CREATE2_DEPLOYER_CODE: Hex =
  '0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe03601600081602082378035828234f58015156039578182fd5b8082525050506014600cf3'

/** v4-core `Hooks`: BEFORE_SWAP_FLAG | AFTER_SWAP_FLAG, the swap-counter hook's permissions. */
export const SWAP_COUNTER_HOOK_FLAGS = (1n << 7n) | (1n << 6n)
const ALL_HOOK_FLAGS = (1n << 14n) - 1n

/** PositionManager's gas limit for a subscriber's notifyUnsubscribe (the value v4-periphery's deploy scripts use). */
const UNSUBSCRIBE_GAS_LIMIT = 300_000n

export interface V4Contracts {
  poolManager: Address
  positionManager: Address
  stateView: Address
  quoter: Address
  permit2: Address
  /** v4-core's PoolSwapTest: the router the seeded V4 swaps go through. */
  swapRouter: Address
  /** The devnet's swap-counter hook, at a mined address carrying {@link SWAP_COUNTER_HOOK_FLAGS}. */
  swapCounterHook: Address
  /** The devnet's PositionManager subscriber (counts notifications per token id). */
  subscriber: Address
}

/** keccak256 of Permit2's EIP-712 domain type and name (its EIP712.sol). */
const EIP712_DOMAIN_TYPEHASH = keccak256(
  toHex('EIP712Domain(string name,uint256 chainId,address verifyingContract)'),
)
const PERMIT2_NAME_HASH = keccak256(toHex('Permit2'))

/** Permit2's EIP-712 domain separator on `chainId` at `address`, as its `_buildDomainSeparator` computes it. */
export function permit2DomainSeparator(chainId: number, address: Address = PERMIT2_ADDRESS): Hex {
  return keccak256(
    encodeAbiParameters(parseAbiParameters('bytes32, bytes32, uint256, address'), [
      EIP712_DOMAIN_TYPEHASH,
      PERMIT2_NAME_HASH,
      BigInt(chainId),
      address,
    ]),
  )
}

/**
 * Permit2's runtime bytecode for `chainId`, from the hex literal in v4-periphery's
 * `lib/permit2/test/utils/DeployPermit2.sol` (Permit2 ships no artifact). The literal was dumped from a
 * forge test deployment: its immutables cache chain id 31337 and a domain separator built for another
 * address. anvil_setCode runs no constructor, so both immutables (the `PUSH32 chainId` compared with
 * CHAINID and the `PUSH32 separator` returned on a match) are rewritten here for `chainId` at
 * {@link PERMIT2_ADDRESS}.
 * @throws when the literal or the cached-separator pattern is not found (a changed Permit2 build)
 */
export function permit2RuntimeCode(chainId = 31337): Hex {
  const path = require.resolve('@uniswap/v4-periphery/lib/permit2/test/utils/DeployPermit2.sol')
  const literal = /hex"([0-9a-fA-F]+)"/.exec(readFileSync(path, 'utf8'))?.[1]
  if (!literal) throw new Error(`no bytecode literal in ${path}`)
  // CHAINID PUSH32 <cached chain id> SUB PUSH2 <dest> JUMPI PUSH32 <cached separator>
  const pattern = /467f([0-9a-f]{64})0361([0-9a-f]{4})577f([0-9a-f]{64})/g
  const matches = [...literal.toLowerCase().matchAll(pattern)]
  if (matches.length !== 1)
    throw new Error(`Permit2 code: expected one cached domain separator, found ${matches.length}`)
  const chainWord = numberToHex(chainId, { size: 32 }).slice(2)
  const separator = permit2DomainSeparator(chainId).slice(2)
  const patched = literal
    .toLowerCase()
    .replace(pattern, (_all, _chain: string, dest: string) => `467f${chainWord}0361${dest}577f${separator}`)
  return `0x${patched}`
}

/**
 * HookMiner (v4-periphery `src/utils/HookMiner.sol`): the first CREATE2 salt from 0 whose address has
 * exactly `flags` in its low 14 bits.
 * @throws when no salt below `maxSalt` fits
 */
export function mineHookSalt(
  deployer: Address,
  initCode: Hex,
  flags: bigint,
  maxSalt = 1_000_000,
): { salt: Hex; address: Address } {
  const bytecodeHash = keccak256(initCode)
  for (let i = 0; i < maxSalt; i++) {
    const salt = numberToHex(i, { size: 32 })
    const address = getContractAddress({ opcode: 'CREATE2', from: deployer, salt, bytecodeHash })
    if ((BigInt(address) & ALL_HOOK_FLAGS) === flags) return { salt, address }
  }
  throw new Error(`no hook salt below ${maxSalt} for flags ${flags}`)
}

/**
 * Deploys Uniswap V4 from the npm artifacts: Permit2 at its canonical address (anvil_setCode of the runtime
 * code; the constructor never runs, see the v4-devnet test for its domain separator), PoolManager (owner
 * `deployer`), PositionManager (no token descriptor), StateView, V4Quoter, v4-core's PoolSwapTest router,
 * the swap-counter hook through the CREATE2 deployer (placed if missing) at a mined address, and a subscriber.
 */
export async function deployV4(writer: ChainWriter, deployer: Address, weth9: Address): Promise<V4Contracts> {
  const code = await writer.rpc<Hex>('eth_getCode', [CREATE2_DEPLOYER, 'latest'])
  if (code === '0x') await writer.rpc('anvil_setCode', [CREATE2_DEPLOYER, CREATE2_DEPLOYER_CODE])
  await writer.rpc('anvil_setCode', [PERMIT2_ADDRESS, permit2RuntimeCode()])

  const poolManager = await writer.deploy(deployer, loadArtifact('PoolManager'), [deployer])
  const positionManager = await writer.deploy(deployer, loadArtifact('PositionManager'), [
    poolManager,
    PERMIT2_ADDRESS,
    UNSUBSCRIBE_GAS_LIMIT,
    '0x0000000000000000000000000000000000000000',
    weth9,
  ])
  const stateView = await writer.deploy(deployer, loadArtifact('StateView'), [poolManager])
  const quoter = await writer.deploy(deployer, loadArtifact('V4Quoter'), [poolManager])
  const swapRouter = await writer.deploy(deployer, loadArtifact('PoolSwapTest'), [poolManager])

  const hookArtifact = loadArtifact('DevnetSwapCounterHook')
  const initCode = encodeDeployData({
    abi: hookArtifact.abi,
    bytecode: hookArtifact.bytecode,
    args: [poolManager],
  })
  const { salt, address: swapCounterHook } = mineHookSalt(CREATE2_DEPLOYER, initCode, SWAP_COUNTER_HOOK_FLAGS)
  await writer.send(deployer, CREATE2_DEPLOYER, concatHex([salt, initCode]))
  const hookCode = await writer.rpc<Hex>('eth_getCode', [swapCounterHook, 'latest'])
  if (hookCode === '0x') throw new Error(`hook was not deployed at ${swapCounterHook}`)

  const subscriber = await writer.deploy(deployer, loadArtifact('DevnetSubscriber'), [positionManager])

  return {
    subscriber,
    poolManager,
    positionManager,
    stateView,
    quoter,
    permit2: PERMIT2_ADDRESS,
    swapRouter,
    swapCounterHook,
  }
}
