// A stand-in for a browser wallet extension (the one part that cannot run here): an EIP-1193 provider
// announced through EIP-6963, forwarding reads to the devnet and scripted by the test through
// `window.__fakeWallets[rdns]`. Runs inside the page (addInitScript), so it must be self-contained.

export interface FakeWalletSpec {
  rdns: string
  name: string
  account: string
  rpcUrl: string
  /** Refuse eth_requestAccounts with EIP-1193 error 4001, as a user pressing "Reject" does. */
  rejectConnect?: boolean
  /** The chain the wallet starts on, as hex (default the devnet's 0x7a69). */
  chainId?: string
  /**
   * Retry an HTTP 429 after its Retry-After (as wallets do with their own RPC): a wallet sharing a public
   * RPC's rate limit with the app. Default false (an error is thrown, as before).
   */
  retryRateLimited?: boolean
}

export function installFakeWallets(specs: FakeWalletSpec[]): void {
  type Listener = (...args: unknown[]) => void
  const registry: Record<string, unknown> = {}
  for (const spec of specs) {
    const listeners = new Map<string, Set<Listener>>()
    const state = {
      chainId: spec.chainId ?? '0x7a69',
      connected: false,
      switchRequests: [] as string[],
      /** Every eth_sendTransaction as the wallet received it, with the hash the node returned (decodeSentCalldata). */
      sent: [] as { transaction: unknown; hash: string }[],
    }
    const emit = (event: string, value: unknown) => {
      for (const listener of listeners.get(event) ?? []) listener(value)
    }
    const provider = {
      async request({ method, params }: { method: string; params?: unknown[] }) {
        switch (method) {
          case 'eth_requestAccounts':
            if (spec.rejectConnect)
              throw Object.assign(new Error('User rejected the request.'), { code: 4001 })
            state.connected = true
            return [spec.account]
          case 'eth_accounts':
            return state.connected ? [spec.account] : []
          case 'eth_chainId':
            return state.chainId
          case 'wallet_requestPermissions':
            state.connected = true
            return [{ parentCapability: 'eth_accounts' }]
          case 'wallet_revokePermissions':
            state.connected = false
            return null
          case 'wallet_switchEthereumChain': {
            const chainId = (params?.[0] as { chainId: string } | undefined)?.chainId ?? state.chainId
            state.switchRequests.push(chainId)
            state.chainId = chainId
            emit('chainChanged', chainId)
            return null
          }
          default: {
            const post = () =>
              fetch(spec.rpcUrl, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params: params ?? [] }),
              })
            let response = await post()
            for (
              let attempt = 0;
              spec.retryRateLimited && response.status === 429 && attempt < 20;
              attempt++
            ) {
              const seconds = Number(response.headers.get('retry-after') ?? '1')
              await new Promise((resolve) => setTimeout(resolve, Math.max(1, seconds) * 1000))
              response = await post()
            }
            const body = await response.json()
            if (body.error) throw Object.assign(new Error(body.error.message), { code: body.error.code })
            if (method === 'eth_sendTransaction')
              state.sent.push({ transaction: params?.[0], hash: body.result })
            return body.result
          }
        }
      },
      on(event: string, listener: Listener) {
        if (!listeners.has(event)) listeners.set(event, new Set())
        listeners.get(event)?.add(listener)
      },
      removeListener(event: string, listener: Listener) {
        listeners.get(event)?.delete(listener)
      },
    }
    registry[spec.rdns] = {
      state,
      /** Simulates the user switching chains inside the wallet. */
      switchChain(chainId: string) {
        state.chainId = chainId
        emit('chainChanged', chainId)
      },
    }
    const icon = `data:image/svg+xml,${encodeURIComponent(
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8" fill="#f60"/></svg>`,
    )}`
    const detail = Object.freeze({
      info: { uuid: crypto.randomUUID(), name: spec.name, icon, rdns: spec.rdns },
      provider,
    })
    const announce = () => window.dispatchEvent(new CustomEvent('eip6963:announceProvider', { detail }))
    window.addEventListener('eip6963:requestProvider', announce)
    announce()
  }
  ;(window as unknown as { __fakeWallets: unknown }).__fakeWallets = registry
}
