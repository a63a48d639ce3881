import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { type Address, getAddress, isAddress } from 'viem'
import { useConfig } from 'wagmi'
import { assessToken } from '../../../domain/actions/assessToken.ts'
import { importDecision, importedToken } from '../../../domain/catalogue/importedToken.ts'
import type { TokenInfo } from '../../../domain/catalogue/types.ts'
import { tokenCheckQueryOptions } from '../../../queries/tokenCheckQuery.ts'
import { Banner } from '../../../ui/Banner.tsx'
import { Button } from '../../../ui/Button.tsx'
import { Field } from '../../../ui/Field.tsx'
import { formatSymbol } from '../../../ui/format/formatSymbol.ts'

/**
 * Paste a token address: verified on chain, then judged against the token list. An unlisted token can then
 * be used to create a pool or pair, once the user acknowledged the warning (never an invalid one).
 */
export function TokenCheck(props: {
  chainId: number
  list: readonly TokenInfo[]
  onToken: (address: Address | undefined) => void
  /** Use the checked, acknowledged unlisted token in the create panels (it is then badged "unlisted"). */
  onImport: (token: TokenInfo) => void
  /** Tokens already imported (the button then says so). */
  imported: readonly TokenInfo[]
}) {
  const [text, setText] = useState('')
  // The acknowledgement holds for the address it was given for.
  const [ackFor, setAckFor] = useState<string | undefined>(undefined)
  const config = useConfig()
  const valid = isAddress(text.trim(), { strict: false })
  const address = valid ? getAddress(text.trim()) : undefined
  const read = useQuery(tokenCheckQueryOptions(config, { chainId: props.chainId, token: address }))
  const check = {
    ...read,
    data: read.data?.metadata ? assessToken(read.data.metadata, read.data.erc20Ok, props.list) : undefined,
    error: read.error ?? (read.data && !read.data.metadata ? new Error('no metadata') : null),
  }
  const decision = check.data
    ? importDecision(check.data, ackFor !== undefined && ackFor === address)
    : undefined
  const alreadyImported =
    address !== undefined && props.imported.some((t) => t.address.toLowerCase() === address.toLowerCase())
  const tone = { listed: 'success', unknown: 'warning', imitation: 'error', invalid: 'error' } as const
  return (
    <div className="flex flex-col gap-2">
      <Field
        label="Or paste a token address"
        value={text}
        placeholder="0x…"
        data-testid="token-address-input"
        error={text.trim() !== '' && !valid ? 'Not an address: 0x followed by 40 hex characters.' : undefined}
        onChange={(event) => {
          setText(event.target.value)
          const next = event.target.value.trim()
          props.onToken(isAddress(next, { strict: false }) ? getAddress(next) : undefined)
        }}
      />
      {check.data && (
        <Banner
          tone={tone[check.data.level]}
          title={
            check.data.level === 'imitation'
              ? 'Imitation of a listed token'
              : check.data.level === 'unknown'
                ? 'Unknown token'
                : check.data.level === 'invalid'
                  ? 'Not a usable token'
                  : 'Listed token'
          }
          data-testid="token-verdict"
          data-level={check.data.level}
        >
          {check.data.message}
        </Banner>
      )}
      {check.data && read.data?.metadata && (decision === 'needs-ack' || decision === 'allowed') && (
        <div className="flex flex-col gap-2 text-sm" data-testid="token-import">
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={decision === 'allowed'}
              onChange={(event) => setAckFor(event.target.checked ? address : undefined)}
              data-testid="token-ack"
            />
            I checked this address and want to use this unlisted token anyway.
          </label>
          {alreadyImported ? (
            <p data-testid="token-imported">
              {formatSymbol(read.data.metadata.symbol)} is offered in "Create a new V3 pool" and "Create a new
              V2 pair" below, marked (unlisted).
            </p>
          ) : (
            <div>
              <Button
                size="sm"
                variant="secondary"
                disabled={decision !== 'allowed'}
                data-testid="token-use"
                onClick={() => {
                  const metadata = read.data?.metadata
                  if (metadata && decision === 'allowed') props.onImport(importedToken(metadata))
                }}
              >
                Use this token
              </Button>
            </div>
          )}
        </div>
      )}
      {check.error && (
        <div
          className="flex flex-wrap items-center gap-2 text-sm text-red-700 dark:text-red-400"
          data-testid="token-check-error"
        >
          <span>
            Could not check this address:{' '}
            {check.error.message === 'no metadata'
              ? 'it answers no token metadata.'
              : `${check.error.message.split('\n')[0]} Nothing was lost: retry when the network answers.`}
          </span>
          {read.error && (
            <Button size="sm" variant="secondary" onClick={() => void read.refetch()}>
              Retry
            </Button>
          )}
        </div>
      )}
    </div>
  )
}
