import type { EIP1193RequestFn, Transport } from 'viem'

/**
 * A viem transport whose implementation is loaded on its first request (a dynamic import), so code
 * that only some users need stays out of the initial JS. Requests go to the loaded transport as they
 * are, with its own retries and error mapping (nothing is wrapped twice).
 *
 * Its type is `type` (not the loaded transport's): viem uses subscriptions only for a transport typed
 * 'webSocket' that carries `subscribe`, which this one cannot offer before loading, so block
 * watching polls (eth_blockNumber) over it instead.
 * @param load resolves to the transport factory, once (a failed load is retried on the next request)
 */
export function createLazyTransport(
  load: () => Promise<Transport>,
  config: { key: string; name: string; type: string },
): Transport {
  return (parameters) => {
    let inner: Promise<ReturnType<Transport>> | undefined
    const loaded = () => {
      inner ??= load().then(
        (factory) => factory(parameters),
        (error: unknown) => {
          inner = undefined
          throw error
        },
      )
      return inner
    }
    const request = (async (
      args: Parameters<EIP1193RequestFn>[0],
      options?: Parameters<EIP1193RequestFn>[1],
    ) => (await loaded()).request(args, options)) as EIP1193RequestFn
    return {
      config: {
        ...config,
        request,
        retryCount: 0, // the loaded transport retries
        ...(parameters.timeout === undefined ? {} : { timeout: parameters.timeout }),
      },
      request,
      value: undefined,
    }
  }
}
