import {AffiliationGroups} from '@/components/AffiliationGroups'
import {getAffiliations} from '@/lib/content'
import {resolveHref} from '@/lib/shared/routes'
import {pageMetadata} from '@/lib/seo'

export function generateMetadata() {
  return pageMetadata({
    title: 'Affiliations',
    description:
      'The professional societies our physicians belong to and the hospitals we work with.',
    path: resolveHref({type: 'affiliations'}),
  })
}

export default async function AffiliationsPage() {
  const affiliations = await getAffiliations()
  return (
    <div className="container stack">
      <header className="page-header">
        <h1>Affiliations</h1>
        <p className="lead">
          Our physicians are members of these professional societies and associations, and work with
          these hospitals and medical centers.
        </p>
      </header>
      <AffiliationGroups {...affiliations} headingLevel="h2" />
    </div>
  )
}
