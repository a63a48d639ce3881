import type { WalletClient } from 'viem'
import { sendTransaction } from 'viem/actions'
import { getClient, getConnectorClient } from 'wagmi/actions'
import type { AppWagmiConfig } from '../../config/wagmi.ts'
import { browserStorage } from './browserStorage.ts'
import { createTxFlow, type TxFlowController } from './txFlowRunner.ts'

/**
 * The app's transaction flow: the runner wired to wagmi (the app's client per chain for reads, the
 * connected wallet for sending) and to localStorage. Loaded with a dynamic import by TxFlowsProvider
 * when a page first asks for a flow, so viem's transaction-sending code stays out of the initial JS.
 */
export function createAppTxFlow(parameters: {
  config: () => AppWagmiConfig
  walletChainId: () => number | undefined
  onDone: () => unknown
}): TxFlowController {
  const { config, walletChainId, onDone } = parameters
  return createTxFlow({
    getClient: (chainId) => getClient(config(), { chainId: chainId as never }),
    async send({ chainId, account, request, gas }) {
      // Typed loosely: the app's config spans several chains; the request itself is chain-agnostic.
      const walletClient = (await getConnectorClient(config(), {
        chainId: chainId as never,
        account,
      })) as unknown as WalletClient
      return sendTransaction(walletClient, {
        account,
        chain: walletClient.chain,
        to: request.to,
        data: request.data,
        value: request.valueWei,
        gas,
      })
    },
    walletChainId,
    storage: browserStorage,
    onDone,
  })
}
