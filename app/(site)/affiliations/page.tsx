import type {Metadata} from 'next'

import {AffiliationGroups} from '@/components/AffiliationGroups'
import {getAffiliations} from '@/lib/content'

export const metadata: Metadata = {
  title: 'Affiliations',
  description:
    'The professional societies our physicians belong to and the hospitals we work with.',
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
