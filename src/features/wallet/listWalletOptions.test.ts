import { describe, expect, it } from 'vitest'
import { DEV_WALLET_CONNECTOR_ID } from '../../config/devWalletConnector.ts'
import { listWalletOptions, walletDisplayName } from './listWalletOptions.ts'

const plainInjected = { id: 'injected', name: 'Injected', type: 'injected' }
const rabby = { id: 'io.rabby', name: 'Rabby Wallet', type: 'injected', icon: 'data:image/svg+xml,x' }
const devWallet = { id: DEV_WALLET_CONNECTOR_ID, name: 'Dev wallet (anvil account 0)', type: 'devWallet' }

describe('listWalletOptions', () => {
  it('offers the Dev wallet on the devnet only', () => {
    const connectors = [plainInjected, devWallet]
    expect(listWalletOptions(connectors, { chainId: 31337, hasWindowEthereum: false })).toEqual([devWallet])
    expect(listWalletOptions(connectors, { chainId: 1, hasWindowEthereum: false })).toEqual([])
  })

  it('lists discovered EIP-6963 wallets and hides the plain injected duplicate', () => {
    expect(
      listWalletOptions([plainInjected, rabby, devWallet], { chainId: 1, hasWindowEthereum: true }),
    ).toEqual([rabby])
  })

  it('falls back to the plain injected connector for a legacy window.ethereum', () => {
    expect(listWalletOptions([plainInjected, devWallet], { chainId: 10, hasWindowEthereum: true })).toEqual([
      plainInjected,
    ])
    expect(walletDisplayName(plainInjected)).toBe('Browser wallet')
    expect(walletDisplayName(rabby)).toBe('Rabby Wallet')
  })
})
