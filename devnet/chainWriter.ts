import {
  type Abi,
  type Address,
  createPublicClient,
  encodeDeployData,
  encodeFunctionData,
  getAddress,
  type Hex,
  http,
  type PublicClient,
  type TransactionReceipt,
} from 'viem'
import { foundry } from 'viem/chains'
import type { Artifact } from './artifacts.ts'

const TX_GAS_LIMIT = '0x989680' // 10M of the 30M block gas limit

/** A contract call sent from one of anvil's unlocked accounts. */
export interface WriteCall {
  from: Address
  address: Address
  abi: Abi
  functionName: string
  args?: readonly unknown[]
  valueWei?: bigint
}

/**
 * Thin helpers over one anvil RPC: send as unlocked accounts, deploy, read, and anvil_* calls.
 * Expects automine to be off (see {@link createChainWriter}'s `write`).
 */
export interface ChainWriter {
  client: PublicClient
  /** Raw JSON-RPC call (anvil_*, evm_* methods). */
  rpc<T = unknown>(method: string, params?: readonly unknown[]): Promise<T>
  /** Sends a transaction, mines it in its own block and returns its receipt; throws if it reverted. */
  write(call: WriteCall): Promise<TransactionReceipt>
  /** Sends raw calldata (e.g. to the CREATE2 deployer), mined like {@link ChainWriter.write}. */
  send(from: Address, to: Address, data: Hex, valueWei?: bigint): Promise<TransactionReceipt>
  /** Deploys `artifact` with constructor `args` and returns the new contract's address. */
  deploy(from: Address, artifact: Artifact, args?: readonly unknown[]): Promise<Address>
  read<T>(address: Address, abi: Abi, functionName: string, args?: readonly unknown[]): Promise<T>
  /** Makes the next mined block carry exactly this timestamp (seconds). */
  setNextBlockTimestamp(timestampSec: number): Promise<void>
}

/** Creates a {@link ChainWriter} for a local anvil at `rpcUrl`. */
export function createChainWriter(rpcUrl: string): ChainWriter {
  const client = createPublicClient({
    chain: foundry,
    transport: http(rpcUrl),
    cacheTime: 0,
    pollingInterval: 50,
  })
  const rpc = <T>(method: string, params: readonly unknown[] = []): Promise<T> =>
    client.request({ method: method as never, params: params as never }) as Promise<T>

  const sendRaw = async (from: Address, to: Address | undefined, data: Hex, valueWei = 0n) => {
    // A fixed gas limit: anvil's estimate is too tight for some NPM mints (out of gas), and skipping
    // estimation is faster. Reverts still surface through the receipt status below.
    const tx: Record<string, string> = { from, data, gas: TX_GAS_LIMIT }
    if (to) tx.to = to
    if (valueWei > 0n) tx.value = `0x${valueWei.toString(16)}`
    const hash = await rpc<Hex>('eth_sendTransaction', [tx])
    // Automine is off while seeding: mining explicitly gives one transaction per block and a receipt
    // that exists as soon as evm_mine returns.
    await rpc('evm_mine')
    const receipt = await client.getTransactionReceipt({ hash })
    if (receipt.status !== 'success') {
      // Replay on the parent block to recover the revert reason the receipt does not carry.
      const reason = await rpc('eth_call', [tx, `0x${(receipt.blockNumber - 1n).toString(16)}`]).then(
        () => 'no revert on replay (out of gas?)',
        (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] : String(error)),
      )
      throw new Error(
        `transaction ${hash} to ${to ?? 'create'} reverted (gas used ${receipt.gasUsed}): ${reason}`,
      )
    }
    return receipt
  }

  return {
    client,
    rpc,
    write: ({ from, address, abi, functionName, args = [], valueWei }) =>
      sendRaw(from, address, encodeFunctionData({ abi, functionName, args }), valueWei),
    send: (from, to, data, valueWei) => sendRaw(from, to, data, valueWei),
    deploy: async (from, artifact, args = []) => {
      const data = encodeDeployData({ abi: artifact.abi, bytecode: artifact.bytecode, args })
      const receipt = await sendRaw(from, undefined, data)
      if (!receipt.contractAddress) throw new Error('deployment produced no contract address')
      return getAddress(receipt.contractAddress)
    },
    read: async <T>(address: Address, abi: Abi, functionName: string, args: readonly unknown[] = []) =>
      (await client.readContract({ address, abi, functionName, args })) as T,
    setNextBlockTimestamp: async (timestampSec) => {
      await rpc('evm_setNextBlockTimestamp', [timestampSec])
    },
  }
}
