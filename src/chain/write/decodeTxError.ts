import {
  BaseError,
  ChainMismatchError,
  ContractFunctionRevertedError,
  decodeErrorResult,
  type Hex,
  HttpRequestError,
  InsufficientFundsError,
  TimeoutError,
  UserRejectedRequestError,
} from 'viem'

/** What went wrong with a transaction, in the terms the stepper acts on. */
export type TxErrorKind =
  | 'rejected'
  | 'reverted'
  | 'chain-mismatch'
  | 'insufficient-funds'
  | 'network'
  | 'unknown'

export type DecodedTxError = {
  kind: TxErrorKind
  /** Plain words for the user. */
  message: string
  /** The raw revert reason when there was one (e.g. "Price slippage check"). */
  reason?: string
}

/** Revert reasons of the Uniswap periphery/core and farms, in plain words. */
const REASONS: ReadonlyArray<[RegExp, string]> = [
  [
    /Price slippage check/i,
    'The price moved more than your slippage allows. Review the new amounts or raise the slippage.',
  ],
  [
    /INSUFFICIENT_[AB]_AMOUNT|INSUFFICIENT_(TOKEN|ETH)_AMOUNT/,
    'The price moved more than your slippage allows (V2 minimum amount not met).',
  ],
  [
    /Transaction too old|EXPIRED/i,
    'The deadline passed before the transaction was mined. Submit again with a fresh deadline.',
  ],
  [
    /STF|TRANSFER_FROM_FAILED|transfer amount exceeds (balance|allowance)|ERC20InsufficientAllowance/i,
    'A token transfer failed: the approval or the balance is too low.',
  ],
  [/ERC20InsufficientBalance|exceeds balance/i, 'Your token balance is too low for this amount.'],
  [/Not approved/i, 'This position is not yours to change (not owner or approved).'],
  [/TLU|TLM|TUM/, 'The range is invalid: lower tick must be below upper tick and within the limits.'],
  [/Cannot stake 0|Cannot withdraw 0/i, 'The amount is zero.'],
  [/incentive not started/i, 'The farm incentive has not started yet.'],
  [/incentive ended/i, 'The farm incentive has ended.'],
  [/token already staked/i, 'This position is already staked in that incentive.'],
  [/non-existent incentive/i, 'This farm incentive does not exist.'],
  [/cannot stake token with 0 liquidity/i, 'A position with no liquidity cannot be staked.'],
  [/INSUFFICIENT_LIQUIDITY_MINTED/, 'The amount is too small to mint any liquidity.'],
]

/** The revert reason to plain words; unknown reasons are shown as they are. */
export function explainRevertReason(reason: string): string {
  for (const [pattern, text] of REASONS) if (pattern.test(reason)) return text
  return `The contract refused the transaction: ${reason}`
}

/**
 * Turns any error from simulate / estimate / send / wait into one thing the user can act on. Walks the
 * viem error chain (like scaffold-eth's getParsedError) rather than matching the top message.
 */
export function decodeTxError(error: unknown): DecodedTxError {
  if (!(error instanceof BaseError)) {
    const text = error instanceof Error ? error.message : String(error)
    if (/user rejected|user denied|rejected the request/i.test(text))
      return { kind: 'rejected', message: 'You rejected the request in your wallet. Nothing was sent.' }
    return { kind: 'unknown', message: text }
  }
  if (
    error.walk((e) => e instanceof UserRejectedRequestError) ||
    /user rejected|user denied/i.test(error.message)
  )
    return { kind: 'rejected', message: 'You rejected the request in your wallet. Nothing was sent.' }
  if (error.walk((e) => e instanceof ChainMismatchError))
    return { kind: 'chain-mismatch', message: 'Your wallet is on another network. Switch back to continue.' }
  if (error.walk((e) => e instanceof InsufficientFundsError))
    return { kind: 'insufficient-funds', message: 'Not enough ETH to pay for gas and value.' }
  const reverted = error.walk(
    (e) => e instanceof ContractFunctionRevertedError,
  ) as ContractFunctionRevertedError | null
  const reason =
    reverted?.reason ?? reverted?.data?.errorName ?? reasonFromRevertData(error) ?? matchReason(error)
  if (reason !== undefined) return { kind: 'reverted', message: explainRevertReason(reason), reason }
  if (error.walk((e) => e instanceof HttpRequestError || e instanceof TimeoutError))
    return { kind: 'network', message: 'The network (RPC) did not answer. Check the connection and retry.' }
  if (/revert/i.test(error.message))
    return { kind: 'reverted', message: 'The transaction would fail (reverted without a reason).' }
  return { kind: 'unknown', message: error.shortMessage }
}

/** A raw eth_call revert carries Error(string)/Panic data somewhere in the chain: decode it. */
function reasonFromRevertData(error: BaseError): string | undefined {
  let data: Hex | undefined
  error.walk((e) => {
    const candidate = (e as { data?: unknown }).data
    if (typeof candidate === 'string' && candidate.startsWith('0x') && candidate.length >= 10)
      data = candidate as Hex
    return false
  })
  if (!data) return undefined
  try {
    const decoded = decodeErrorResult({ abi: [], data })
    if (decoded.errorName === 'Error') return String(decoded.args?.[0])
    if (decoded.errorName === 'Panic') return `panic ${String(decoded.args?.[0])}`
    return decoded.errorName
  } catch {
    return undefined
  }
}

/** Raw eth_call errors (no ABI attached) carry the reason only in the message text. */
function matchReason(error: BaseError): string | undefined {
  const text = `${error.details ?? ''} ${error.message}`
  const match = /reverted with reason string '([^']+)'|execution reverted: ([^\n"]+)|reason: ([^\n]+)/.exec(
    text,
  )
  const reason = match?.[1] ?? match?.[2] ?? match?.[3]
  return reason?.trim()
}
