import type { Address } from 'viem'
import { type HDAccount, mnemonicToAccount } from 'viem/accounts'

/** anvil's default mnemonic: the devnet's accounts are anvil's well-known accounts 0..9. */
export const DEVNET_MNEMONIC = 'test test test test test test test test test test test junk'

/** anvil account 0: holds the seeded book of positions the app shows. */
export const DEMO_ACCOUNT: Address = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'

/** anvil account index per role. Traders are 2..5; 9 deploys so the demo account's nonce stays 0-based. */
export const ACCOUNT_INDEX = {
  demo: 0,
  liquidityProvider: 1,
  traders: [2, 3, 4, 5],
  deployer: 9,
} as const

const accountCache = new Map<number, HDAccount>()

/**
 * The anvil default account at `index` (with its private key), derived from {@link DEVNET_MNEMONIC}.
 * @param index HD address index: 0..9 are funded and unlocked by anvil (10 000 ETH each); the seed impersonates 10..17 (devnet/portfolioBooks.ts).
 * @example testAccount(0).address // '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'
 */
export function testAccount(index: number): HDAccount {
  let account = accountCache.get(index)
  if (!account) {
    account = mnemonicToAccount(DEVNET_MNEMONIC, { addressIndex: index })
    accountCache.set(index, account)
  }
  return account
}

/** Address of anvil default account `index`. */
export function testAddress(index: number): Address {
  return testAccount(index).address
}
