import { BaseError, SwitchChainError, UserRejectedRequestError } from 'viem'

function isRejection(error: unknown): boolean {
  if (error instanceof BaseError) {
    return error.walk((cause) => cause instanceof UserRejectedRequestError) !== null
  }
  // EIP-1193 code 4001: the user rejected the request (some wallets throw plain objects).
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 4001
}

/**
 * One readable sentence for a failed wallet action (connect, switch network).
 * @param action what was attempted, e.g. 'connect' or 'switch network'
 */
export function describeWalletError(error: unknown, action: string): string {
  if (isRejection(error)) return `The wallet declined the request to ${action}. Try again and approve it.`
  if (error instanceof SwitchChainError) return error.details || `The wallet could not ${action}.`
  if (error instanceof BaseError) return error.shortMessage
  if (error instanceof Error && error.message) return error.message
  return `The wallet could not ${action}.`
}
