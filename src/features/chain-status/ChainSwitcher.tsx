import { useId } from 'react'
import { useChainId, useChains, useConnection, useDisconnect, useSwitchChain } from 'wagmi'
import { DEV_WALLET_CONNECTOR_ID } from '../../config/devWalletConnector.ts'
import { cx } from '../../ui/cx.ts'
import { FOCUS_RING } from '../../ui/focusRing.ts'
import { describeWalletError } from '../wallet/describeWalletError.ts'
import { useChainHealth } from './useChainHealth.ts'

const STATUS_DOT: Record<string, string> = {
  ok: 'bg-emerald-500',
  checking: 'bg-slate-400',
  stale: 'bg-amber-500',
  unreachable: 'bg-red-500',
  'wrong-chain': 'bg-red-500',
}

/**
 * The selected chain with a health dot, and a picker to change it. With a wallet connected the
 * wallet is asked to switch too; the Dev wallet, bound to the devnet, is disconnected first.
 */
export function ChainSwitcher() {
  const selectId = useId()
  const chainId = useChainId()
  const chains = useChains()
  const health = useChainHealth()
  const { connector, status } = useConnection()
  const switchChain = useSwitchChain()
  const disconnect = useDisconnect()

  const onChange = async (nextChainId: typeof chainId) => {
    if (status === 'connected' && connector?.id === DEV_WALLET_CONNECTOR_ID) {
      await disconnect.mutateAsync({ connector })
    }
    switchChain.mutate({ chainId: nextChainId })
  }

  const statusText =
    health.status === 'ok'
      ? `connected, block ${health.blockNumber}`
      : health.status === 'stale'
        ? `stale node, block ${health.blockNumber}`
        : health.status === 'checking'
          ? 'checking'
          : 'RPC problem'

  return (
    <div className="flex min-w-0 items-center gap-2" data-testid="chain-indicator" data-chain-id={chainId}>
      <span
        aria-hidden="true"
        className={cx('size-2.5 shrink-0 rounded-full', STATUS_DOT[health.status])}
        title={statusText}
      />
      <label htmlFor={selectId} className="sr-only">
        Network ({statusText})
      </label>
      <select
        id={selectId}
        value={chainId}
        disabled={switchChain.isPending}
        onChange={(event) => void onChange(Number(event.target.value) as typeof chainId)}
        data-testid="chain-switcher"
        className={cx(
          'h-8 min-w-0 max-w-[7.5rem] cursor-pointer truncate min-[400px]:max-w-[11rem] rounded-lg border border-slate-300 bg-white px-2 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100',
          FOCUS_RING,
        )}
      >
        {chains.map((chain) => (
          <option key={chain.id} value={chain.id}>
            {chain.name}
          </option>
        ))}
      </select>
      {switchChain.error && (
        <span role="alert" className="sr-only">
          {describeWalletError(switchChain.error, 'switch network')}
        </span>
      )}
    </div>
  )
}
