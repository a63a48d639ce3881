import * as v from 'valibot'
import { type Address, getAddress } from 'viem'

/** Why an address to watch was refused; each has its own message. */
export type WatchAddressProblem = 'empty' | 'not-hex' | 'wrong-length' | 'bad-checksum'

export type WatchAddressValidation =
  | { ok: true; address: Address }
  | { ok: false; problem: WatchAddressProblem; message: string }

const HEX_BODY_LENGTH = 40

/** Mixed case must be EIP-55; single case carries no checksum. */
const checksumHolds = (input: string) => {
  const body = input.slice(2)
  return body === body.toLowerCase() || body === body.toUpperCase() || getAddress(input) === input
}

/**
 * A pasted or linked (`?watch=`) address: trimmed, then checked step by step, the first failing step
 * giving the message. Read as EIP-55 checksummed.
 */
export const WatchAddressInputSchema = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty('Paste an address to watch (0x followed by 40 hex characters).'),
  v.regex(/^0x[0-9a-fA-F]*$/, 'Not a hex address: it must start with 0x and use only 0-9 and a-f.'),
  v.length(
    HEX_BODY_LENGTH + 2,
    (issue) => `An address has 40 hex characters after 0x; this one has ${issue.input.length - 2}.`,
  ),
  v.check(
    checksumHolds,
    'The mix of capital letters does not match the EIP-55 checksum: check the address for a typo.',
  ),
  v.transform((input): Address => getAddress(input)),
)

/** Which step of the schema refused the input (issue type → problem). */
const PROBLEM_BY_ISSUE: Record<string, WatchAddressProblem> = {
  non_empty: 'empty',
  regex: 'not-hex',
  length: 'wrong-length',
  check: 'bad-checksum',
}

/**
 * Checks a pasted address. All-lowercase and all-uppercase hex carry no checksum and are accepted;
 * mixed case must match EIP-55, since a wrong capital usually means a typo.
 * @param input what the user pasted (surrounding spaces are ignored)
 * @returns the checksummed address, or the problem with a message to show inline
 * @example validateWatchAddress('0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266') // { ok: true, address: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266' }
 */
export function validateWatchAddress(input: string): WatchAddressValidation {
  const result = v.safeParse(WatchAddressInputSchema, input, { abortPipeEarly: true })
  if (result.success) return { ok: true, address: result.output }
  const [issue] = result.issues
  return { ok: false, problem: PROBLEM_BY_ISSUE[issue.type] ?? 'not-hex', message: issue.message }
}
