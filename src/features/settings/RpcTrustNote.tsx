import { useRpcTrustOf } from '../chain-status/useRpcTrust.ts'

/**
 * Under a chain's RPC URLs: with one URL, that the figures trust that one node; with two or more,
 * which URL cross-checks the first and what the checks found so far (see `rpcCrossCheck.ts`).
 */
export function RpcTrustNote({ chainId, urls }: { chainId: number; urls: readonly string[] }) {
  const trust = useRpcTrustOf(chainId)
  if (urls.length < 2)
    return (
      <p
        className="text-xs text-amber-800 dark:text-amber-300"
        data-testid={`rpc-trust-${chainId}`}
        data-trust="single"
      >
        Figures trust this one node: nothing checks its answers. Add a second RPC URL to have block hashes,
        every read behind a review or a write, and a sample of the others re-checked against it.
      </p>
    )
  const disagreement = trust?.disagreement
  return (
    <p
      className={`text-xs break-all ${disagreement ? 'text-red-700 dark:text-red-300' : 'text-slate-500 dark:text-slate-400'}`}
      data-testid={`rpc-trust-${chainId}`}
      data-trust={disagreement ? 'disagree' : 'cross-checked'}
    >
      Cross-checked against {urls[1]}: block hashes, every read behind a review or a write, and a sample of
      the others.
      {trust &&
        ` ${trust.checked} checks so far${trust.unverified > 0 ? `, ${trust.unverified} could not be made` : ''}.`}
      {disagreement && ` They disagree about ${disagreement.about}: writes are blocked.`}
    </p>
  )
}
