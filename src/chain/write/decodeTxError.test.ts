import {
  BaseError,
  ChainMismatchError,
  encodeErrorResult,
  HttpRequestError,
  parseAbi,
  RawContractError,
  UserRejectedRequestError,
} from 'viem'
import { mainnet } from 'viem/chains'
import { describe, expect, it } from 'vitest'
import { decodeTxError, explainRevertReason } from './decodeTxError.ts'
import { gasWithMargin } from './prepareTx.ts'

const errorStringAbi = parseAbi(['error Error(string)'])
const revertWith = (reason: string) =>
  new BaseError('Execution reverted', {
    cause: new RawContractError({
      data: encodeErrorResult({ abi: errorStringAbi, errorName: 'Error', args: [reason] }),
    }),
  })

describe('#decodeTxError', () => {
  it('decodes an Error(string) revert from raw eth_call data into plain words', () => {
    expect(decodeTxError(revertWith('Price slippage check'))).toEqual({
      kind: 'reverted',
      reason: 'Price slippage check',
      message:
        'The price moved more than your slippage allows. Review the new amounts or raise the slippage.',
    })
    expect(decodeTxError(revertWith('Transaction too old')).message).toMatch(/deadline passed/)
    expect(decodeTxError(revertWith('STF')).message).toMatch(/approval or the balance/)
    expect(decodeTxError(revertWith('UniswapV2Router: INSUFFICIENT_A_AMOUNT')).message).toMatch(/slippage/)
    expect(decodeTxError(revertWith('something new')).message).toBe(
      'The contract refused the transaction: something new',
    )
  })

  it('recognises a user rejection, a chain mismatch and a network failure', () => {
    expect(decodeTxError(new UserRejectedRequestError(new Error('User rejected the request.'))).kind).toBe(
      'rejected',
    )
    expect(decodeTxError(new Error('MetaMask Tx Signature: User denied transaction signature.')).kind).toBe(
      'rejected',
    )
    expect(decodeTxError(new ChainMismatchError({ chain: mainnet, currentChainId: 31337 })).kind).toBe(
      'chain-mismatch',
    )
    expect(decodeTxError(new HttpRequestError({ url: 'http://127.0.0.1:9', body: {} })).kind).toBe('network')
  })

  it('maps the farm and staker reasons', () => {
    expect(explainRevertReason('UniswapV3Staker::stakeToken: incentive ended')).toBe(
      'The farm incentive has ended.',
    )
    expect(explainRevertReason('Cannot stake 0')).toBe('The amount is zero.')
  })
})

describe('#gasWithMargin', () => {
  it('adds 25 % (rounded up) with a 100k floor', () => {
    expect(gasWithMargin(400_001n)).toBe(500_002n)
    expect(gasWithMargin(1n)).toBe(100_000n)
  })
})
