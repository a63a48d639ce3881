import type { Address, Hex, PublicClient, WalletClient } from 'viem'
import { loadArtifact } from './artifacts.ts'

/** Storage slot of UsdtLikeToken's `allowed` mapping (after 10 reserved words, totalSupply, balances). */
export const USDT_LIKE_ALLOWANCE_SLOT = 12n

/**
 * Deploys, on demand, the tokens that behave like real-world approval quirks, from
 * devnet/contracts/ApprovalQuirkTokens.sol: a Tether-like token (approve returns nothing and refuses a
 * non-zero → non-zero change; allowances at slot 12) and the same token behind an EIP-1967 proxy (as
 * USDC is). They are not part of the seeded state, so the seeded addresses and token list stay as they
 * are; a test deploys them after its snapshot.
 */
export async function deployApprovalQuirkTokens(
  walletClient: WalletClient,
  publicClient: PublicClient,
  from: Address,
): Promise<{ usdtLike: Address; proxiedUsdtLike: Address }> {
  const deploy = async (name: 'UsdtLikeToken' | 'SlotProxy', args: readonly unknown[]) => {
    const { abi, bytecode } = loadArtifact(name)
    const hash = await walletClient.deployContract({
      abi,
      bytecode: bytecode as Hex,
      args,
      account: from,
      chain: walletClient.chain,
    })
    const receipt = await publicClient.waitForTransactionReceipt({ hash, pollingInterval: 10 })
    if (!receipt.contractAddress) throw new Error(`${name} deployment failed`)
    return receipt.contractAddress
  }
  const usdtLike = await deploy('UsdtLikeToken', [])
  const implementation = await deploy('UsdtLikeToken', [])
  const proxiedUsdtLike = await deploy('SlotProxy', [implementation])
  return { usdtLike, proxiedUsdtLike }
}
