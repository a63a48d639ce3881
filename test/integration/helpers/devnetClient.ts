import {
  type Abi,
  type Address,
  type ContractFunctionArgs,
  type ContractFunctionName,
  createPublicClient,
  createTestClient,
  createWalletClient,
  http,
  maxUint256,
  type PublicClient,
  type TestClient,
  type TransactionReceipt,
  type WalletClient,
} from 'viem'
import { devnetChain } from '../../../devnet/index.ts'
import type { Deployments } from '../../../src/domain/catalogue/types.ts'
import { erc20Abi } from './abis.ts'

/** Far-future deadline for router calls. */
export const DEADLINE = 4_102_444_800n
// anvil's gas estimate is too tight for some NPM mints; a fixed limit is also faster.
const GAS_LIMIT = 10_000_000n

export type WriteParameters<
  abi extends Abi,
  name extends ContractFunctionName<abi, 'nonpayable' | 'payable'>,
> = {
  from: Address
  address: Address
  abi: abi
  functionName: name
  args: ContractFunctionArgs<abi, 'nonpayable' | 'payable', name>
  value?: bigint
}

/** viem clients over one devnet plus the few chain actions the math integration tests need. */
export type DevnetClient = {
  publicClient: PublicClient
  walletClient: WalletClient
  testClient: TestClient
  /** Sends from an unlocked anvil account (automine) and returns the receipt; throws if it reverted. */
  write<abi extends Abi, name extends ContractFunctionName<abi, 'nonpayable' | 'payable'>>(
    parameters: WriteParameters<abi, name>,
  ): Promise<TransactionReceipt>
  /** Moves the clock forward and mines one block; returns that block's number and timestamp. */
  advance(seconds: number): Promise<{ blockNumber: bigint; timestamp: bigint }>
}

/** Creates the clients for the devnet at rpcUrl (short polling, no cache: it is a local chain). */
export function createDevnetClient(rpcUrl: string): DevnetClient {
  const transport = http(rpcUrl)
  const publicClient = createPublicClient({
    chain: devnetChain,
    transport,
    cacheTime: 0,
    pollingInterval: 20,
  })
  const walletClient = createWalletClient({
    chain: devnetChain,
    transport,
    cacheTime: 0,
    pollingInterval: 20,
  })
  const testClient = createTestClient({ chain: devnetChain, mode: 'anvil', transport, cacheTime: 0 })
  return {
    publicClient,
    walletClient,
    testClient,
    async write({ from, address, abi, functionName, args, value }) {
      const hash = await walletClient.writeContract({
        account: from,
        chain: devnetChain,
        address,
        abi: abi as Abi,
        functionName: functionName as string,
        args: args as readonly unknown[],
        gas: GAS_LIMIT,
        ...(value === undefined ? {} : { value }),
      })
      const receipt = await publicClient.waitForTransactionReceipt({ hash, pollingInterval: 10 })
      if (receipt.status !== 'success') {
        // Replay at the parent block to surface the revert reason.
        const reason = await publicClient
          .simulateContract({
            account: from,
            address,
            abi: abi as Abi,
            functionName: functionName as string,
            args: args as readonly unknown[],
            blockNumber: receipt.blockNumber - 1n,
            ...(value === undefined ? {} : { value }),
          })
          .then(
            () => 'no reason',
            (error: Error) => error.message.split('\n').slice(0, 3).join(' '),
          )
        throw new Error(`${String(functionName)} reverted (${hash}): ${reason}`)
      }
      return receipt
    },
    async advance(seconds) {
      await testClient.increaseTime({ seconds })
      await testClient.mine({ blocks: 1 })
      const block = await publicClient.getBlock({ blockTag: 'latest' })
      return { blockNumber: block.number, timestamp: block.timestamp }
    },
  }
}

/**
 * Gives `account` plenty of every listed token (faucet mint; WETH is wrapped from ETH) and approves
 * each spender for all of them.
 */
export async function fundAndApprove(
  client: DevnetClient,
  deployments: Deployments,
  account: Address,
  tokens: readonly Address[],
  spenders: readonly Address[],
): Promise<void> {
  await client.testClient.setBalance({ address: account, value: 10n ** 30n })
  for (const token of new Set(tokens)) {
    const info = deployments.tokens.find((t) => t.address === token)
    if (!info) throw new Error(`unknown token ${token}`)
    // 1e12 whole tokens: far more than any test moves, small enough for every pool's math.
    const amount = 10n ** BigInt(info.decimals + 12)
    if (token === deployments.contracts.weth9) {
      await client.write({
        from: account,
        address: token,
        abi: erc20Abi,
        functionName: 'deposit',
        args: [],
        value: 10n ** 29n,
      })
    } else {
      await client.write({
        from: account,
        address: token,
        abi: erc20Abi,
        functionName: 'mint',
        args: [account, amount],
      })
    }
    for (const spender of spenders)
      await client.write({
        from: account,
        address: token,
        abi: erc20Abi,
        functionName: 'approve',
        args: [spender, maxUint256],
      })
  }
}
