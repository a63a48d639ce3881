import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { type Address, getAddress, isAddress } from 'viem'
import { useConfig } from 'wagmi'
import { assessToken } from '../../../domain/actions/assessToken.ts'
import type { TokenInfo } from '../../../domain/catalogue/types.ts'
import { tokenCheckQueryOptions } from '../../../queries/tokenCheckQuery.ts'
import { Banner } from '../../../ui/Banner.tsx'
import { Field } from '../../../ui/Field.tsx'

/** Paste a token address: verified on chain, then judged against the token list. */
export function TokenCheck(props: {
  chainId: number
  list: readonly TokenInfo[]
  onToken: (address: Address | undefined) => void
}) {
  const [text, setText] = useState('')
  const config = useConfig()
  const valid = isAddress(text.trim(), { strict: false })
  const address = valid ? getAddress(text.trim()) : undefined
  const read = useQuery(tokenCheckQueryOptions(config, { chainId: props.chainId, token: address }))
  const check = {
    ...read,
    data: read.data?.metadata ? assessToken(read.data.metadata, read.data.erc20Ok, props.list) : undefined,
    error: read.error ?? (read.data && !read.data.metadata ? new Error('no metadata') : null),
  }
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
      {check.error && (
        <p className="text-sm text-red-700">Could not check this address: {check.error.message}</p>
      )}
    </div>
  )
}
