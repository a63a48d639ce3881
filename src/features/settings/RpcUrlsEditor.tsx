import { type FormEvent, useState } from 'react'
import type { Chain } from 'viem'
import { resolveChainRpcSources } from '../../config/chainTransport.ts'
import { checkRpcUrlAllowedByCsp } from '../../config/csp.ts'
import { rpcEnvVarName, splitRpcUrlList, validateRpcUrl } from '../../config/rpcUrl.ts'
import { getUserRpcUrls } from '../../config/settings.ts'
import { Button } from '../../ui/Button.tsx'
import { Field } from '../../ui/Field.tsx'
import { useRpcTrustOf } from '../chain-status/useRpcTrust.ts'
import { RpcNodeSources } from './RpcNodeSources.tsx'
import { RpcTrustNote } from './RpcTrustNote.tsx'
import { useSettings } from './useSettings.ts'

/**
 * Edits the user's RPC URLs of one chain (comma-separated, tried first), and shows which node is used
 * and where it came from. Saving rebuilds the transports, so the change applies without a reload.
 */
export function RpcUrlsEditor({ chain }: { chain: Chain }) {
  const [settings, updateSettings] = useSettings()
  const saved = getUserRpcUrls(settings, chain.id)
  const [draft, setDraft] = useState(saved.join(', '))
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const answeringUrl = useRpcTrustOf(chain.id)?.lastNodeUrl

  const save = (urls: readonly string[]) => {
    const rpcUrls = { ...settings.rpcUrls }
    if (urls.length > 0) rpcUrls[String(chain.id)] = urls
    else delete rpcUrls[String(chain.id)]
    updateSettings({ rpcUrls })
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const items = splitRpcUrlList(draft)
    for (const item of items) {
      const checked = validateRpcUrl(item)
      // The built app's CSP (same allowlist) would block any other origin: refuse it here, clearly.
      const allowed = checked.ok
        ? checkRpcUrlAllowedByCsp(checked.url, chain.id, import.meta.env, window.location.origin)
        : checked
      if (!allowed.ok) {
        setError(allowed.message)
        setStatus(null)
        return
      }
    }
    setError(null)
    save(items)
    setStatus(items.length > 0 ? 'Saved. Reading through the new RPC now.' : 'Cleared.')
  }

  const sources = resolveChainRpcSources(chain, saved)
  const effective = sources.map((entry) => entry.url)
  // What the chain is read through when this field is empty: the build's URL, else the public default.
  const defaultUrl = resolveChainRpcSources(chain, [])[0]?.url ?? chain.rpcUrls.default.http[0]

  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex max-w-2xl flex-col gap-2"
      aria-label={`RPC URLs for ${chain.name}`}
    >
      <Field
        label={`${chain.name} (chain ${chain.id})`}
        value={draft}
        placeholder={defaultUrl}
        error={error}
        hint={`Your URLs, comma-separated: http(s):// or ws(s)://. Tried before the build's; the public default is used only when neither is set. Only local nodes and origins this build allows (set ${rpcEnvVarName(chain.id)} at build time) can be used.`}
        onChange={(event) => {
          setDraft(event.target.value)
          setStatus(null)
        }}
        spellCheck={false}
        autoComplete="off"
        data-testid={`rpc-url-input-${chain.id}`}
      />
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" size="sm" data-testid={`rpc-url-save-${chain.id}`}>
          Save
        </Button>
        {saved.length > 0 && (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => {
              setDraft('')
              setError(null)
              save([])
              setStatus('Cleared.')
            }}
          >
            Clear my URLs
          </Button>
        )}
        <span role="status" className="text-sm text-emerald-700 dark:text-emerald-300">
          {status}
        </span>
      </div>
      <RpcNodeSources chainId={chain.id} sources={sources} answeringUrl={answeringUrl} />
      <RpcTrustNote chainId={chain.id} urls={effective} />
    </form>
  )
}
