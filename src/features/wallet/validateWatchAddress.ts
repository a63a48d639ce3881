import { type Address, getAddress } from 'viem'

/** Why an address to watch was refused; each has its own message. */
export type WatchAddressProblem = 'empty' | 'not-hex' | 'wrong-length' | 'bad-checksum'

export type WatchAddressValidation =
  | { ok: true; address: Address }
  | { ok: false; problem: WatchAddressProblem; message: string }

const HEX_BODY_LENGTH = 40

/**
 * Checks a pasted address. All-lowercase and all-uppercase hex carry no checksum and are accepted;
 * mixed case must match EIP-55, since a wrong capital usually means a typo.
 * @param input what the user pasted (surrounding spaces are ignored)
 * @returns the checksummed address, or the problem with a message to show inline
 * @example validateWatchAddress('0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266') // { ok: true, address: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266' }
 */
export function validateWatchAddress(input: string): WatchAddressValidation {
  const trimmed = input.trim()
  if (trimmed === '') {
    return {
      ok: false,
      problem: 'empty',
      message: 'Paste an address to watch (0x followed by 40 hex characters).',
    }
  }
  if (!/^0x[0-9a-fA-F]*$/.test(trimmed)) {
    return {
      ok: false,
      problem: 'not-hex',
      message: 'Not a hex address: it must start with 0x and use only 0-9 and a-f.',
    }
  }
  const bodyLength = trimmed.length - 2
  if (bodyLength !== HEX_BODY_LENGTH) {
    return {
      ok: false,
      problem: 'wrong-length',
      message: `An address has 40 hex characters after 0x; this one has ${bodyLength}.`,
    }
  }
  const body = trimmed.slice(2)
  const isSingleCase = body === body.toLowerCase() || body === body.toUpperCase()
  const checksummed = getAddress(trimmed)
  if (!isSingleCase && checksummed !== trimmed) {
    return {
      ok: false,
      problem: 'bad-checksum',
      message: 'The mix of capital letters does not match the EIP-55 checksum: check the address for a typo.',
    }
  }
  return { ok: true, address: checksummed }
}
