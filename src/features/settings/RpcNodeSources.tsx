import type { RpcUrlSource, SourcedRpcUrl } from '../../config/rpcUrl.ts'

/** How Settings names where an RPC URL came from. */
export const RPC_SOURCE_LABELS: Record<RpcUrlSource, string> = {
  user: 'your setting',
  env: 'build configuration',
  default: 'public default — rate-limited, set your own',
}

/**
 * The nodes one chain is read through, in fallback order, each with its source, and which one is
 * in use: the one that answered last, else the first (nothing has been read yet).
 */
export function RpcNodeSources({
  chainId,
  sources,
  answeringUrl,
}: {
  chainId: number
  sources: readonly SourcedRpcUrl[]
  /** The URL that answered last (rpcCrossCheck's lastNodeUrl), if any. */
  answeringUrl: string | undefined
}) {
  const answering = sources.find((entry) => entry.url === answeringUrl)
  const inUse = answering ?? sources[0]
  if (!inUse)
    return (
      <p className="text-xs text-red-700 dark:text-red-300" data-testid={`rpc-node-${chainId}`}>
        No RPC URL for this chain: set one here or at build time.
      </p>
    )
  const fallingBack = answering !== undefined && answering !== sources[0]
  return (
    <div className="text-xs text-slate-500 dark:text-slate-400" data-testid={`rpc-node-${chainId}`}>
      <p className="break-all" data-source={inUse.source} data-testid={`rpc-node-in-use-${chainId}`}>
        {answering ? 'Reading through ' : 'Will read through '}
        <span className="font-mono">{inUse.url}</span> ({RPC_SOURCE_LABELS[inUse.source]})
        {fallingBack ? ': the first URL did not answer, this is the fallback.' : '.'}
      </p>
      {sources.length > 1 && (
        <ol className="mt-1 list-decimal pl-5">
          {sources.map((entry) => (
            <li key={entry.url} className="break-all">
              <span className="font-mono">{entry.url}</span> ({RPC_SOURCE_LABELS[entry.source]})
            </li>
          ))}
        </ol>
      )}
      {inUse.source === 'default' && (
        <p className="mt-1 text-amber-800 dark:text-amber-300" data-testid={`rpc-node-public-${chainId}`}>
          Nobody configured a node for this chain, so viem&apos;s public default is used: it is rate-limited
          and may refuse large reads. Set your own URL above.
        </p>
      )}
    </div>
  )
}
