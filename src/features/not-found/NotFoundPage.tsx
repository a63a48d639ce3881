import { useLocation } from 'wouter'
import { EmptyState } from '../../ui/EmptyState.tsx'
import { ButtonLink } from '../layout/ButtonLink.tsx'
import { PageHeading } from '../layout/PageHeading.tsx'

/** 404: the path matches no page. */
export default function NotFoundPage() {
  const [pathname] = useLocation()
  return (
    <>
      <PageHeading title="Page not found" />
      <EmptyState
        title="Nothing here"
        description={
          <>
            There is no page at <code className="font-mono break-all">{pathname}</code>.
          </>
        }
        actions={
          <>
            <ButtonLink href="/" variant="primary">
              Back to Positions
            </ButtonLink>
            <ButtonLink href="/pools">Pools</ButtonLink>
          </>
        }
      />
    </>
  )
}
