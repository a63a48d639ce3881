import { useChainId, useChains, useConnection, useSwitchChain } from 'wagmi'
import { Banner } from '../../ui/Banner.tsx'
import { Button } from '../../ui/Button.tsx'
import { describeWalletError } from './describeWalletError.ts'

/**
 * Shown while the connected wallet sits on a chain Poolscope does not support; one click asks the
 * wallet to switch to the app's selected chain.
 */
export function WrongNetworkBanner() {
  const { status, chainId: walletChainId, chain: walletChain } = useConnection()
  const appChainId = useChainId()
  const chains = useChains()
  const switchChain = useSwitchChain()
  const appChain = chains.find((chain) => chain.id === appChainId)

  if (status !== 'connected' || walletChain) return null
  return (
    <Banner
      tone="warning"
      title="Wrong network"
      data-testid="wrong-network-banner"
      actions={
        <Button
          size="sm"
          disabled={switchChain.isPending}
          onClick={() => switchChain.mutate({ chainId: appChainId })}
          data-testid="switch-network-button"
        >
          {switchChain.isPending
            ? 'Check your wallet…'
            : `Switch to ${appChain?.name ?? 'a supported chain'}`}
        </Button>
      }
    >
      Your wallet is on chain {walletChainId}, which Poolscope does not support.
      {switchChain.error && ` ${describeWalletError(switchChain.error, 'switch network')}`}
    </Banner>
  )
}
