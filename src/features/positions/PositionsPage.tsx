import { useState } from 'react'
import { AddressDisplay } from '../../ui/AddressDisplay.tsx'
import { Button } from '../../ui/Button.tsx'
import { Card } from '../../ui/Card.tsx'
import { EmptyState } from '../../ui/EmptyState.tsx'
import { ButtonLink } from '../layout/ButtonLink.tsx'
import { PageHeading } from '../layout/PageHeading.tsx'
import { ConnectWalletDialog } from '../wallet/ConnectWalletDialog.tsx'
import { useActiveAccount } from '../wallet/useActiveAccount.ts'
import { useWatchAddress } from '../wallet/useWatchAddress.ts'
import { WatchAddressForm } from '../wallet/WatchAddressForm.tsx'

/** Every liquidity position of the active account (the dashboard itself arrives in a later issue). */
export default function PositionsPage() {
  const active = useActiveAccount()
  const { watch } = useWatchAddress()
  const [connectOpen, setConnectOpen] = useState(false)

  return (
    <>
      <PageHeading
        title="Positions"
        description="Your Uniswap V2 and V3 liquidity, staked and unstaked: value now, fees earned, rewards waiting, and how it compares with simply holding."
      />
      {active.source === null ? (
        <EmptyState
          title="Connect a wallet or watch an address"
          description="Poolscope reads positions straight from the chain. Connect a wallet to manage them, or paste any address to look without connecting."
          icon={<WalletGlyph />}
          actions={
            <div className="flex w-full max-w-sm flex-col gap-4">
              <Button onClick={() => setConnectOpen(true)}>Connect a wallet</Button>
              <WatchAddressForm onWatch={watch} />
            </div>
          }
        />
      ) : (
        <div className="flex flex-col gap-4">
          <Card title={active.source === 'wallet' ? 'Connected account' : 'Watched account (read-only)'}>
            <AddressDisplay address={active.address} full className="max-w-full" />
          </Card>
          <EmptyState
            title="No positions to show yet"
            description="Each V2 LP balance, V3 position NFT and staked farm position of this account will appear here, with uncollected fees, pending rewards and impermanent loss versus holding."
            actions={
              <>
                <ButtonLink href="/pools" variant="primary">
                  Browse pools
                </ButtonLink>
                <ButtonLink href="/add">Add liquidity</ButtonLink>
              </>
            }
          />
        </div>
      )}
      <ConnectWalletDialog open={connectOpen} onClose={() => setConnectOpen(false)} />
    </>
  )
}

function WalletGlyph() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-10" fill="none" stroke="currentColor">
      <rect x="3" y="6" width="18" height="13" rx="2.5" strokeWidth="1.6" />
      <path d="M16 12.5h2.5M3 9.5h18" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  )
}
