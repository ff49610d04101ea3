import Link from 'next/link'

import {AffiliationGroups} from '@/components/AffiliationGroups'
import {CallToAction} from '@/components/CallToAction'
import {JsonLd} from '@/components/JsonLd'
import {TreatmentList} from '@/components/TreatmentList'
import {getAffiliations, getFeaturedTreatments, getClinic} from '@/lib/content'
import {resolveHref} from '@/lib/shared/routes'
import {clinicJsonLd, pageMetadata} from '@/lib/seo'

export function generateMetadata() {
  return pageMetadata({path: resolveHref({type: 'home'})})
}

export default async function HomePage() {
  const [clinic, treatments, affiliations] = await Promise.all([
    getClinic(),
    getFeaturedTreatments(),
    getAffiliations(),
  ])
  return (
    <>
      <JsonLd data={clinicJsonLd(clinic, affiliations)} />
      <section className="hero">
        <div className="container">
          <h1>{clinic.name}</h1>
          {clinic.tagline && <p className="hero__tagline">{clinic.tagline}</p>}
          <p>
            We help people with back and spine pain. Read about our treatments in plain words, then
            call us with your questions.
          </p>
          <p className="hero__links">
            <Link className="button" href={resolveHref({type: 'treatments'})}>
              See all treatments
            </Link>
          </p>
        </div>
      </section>
      <div className="container stack">
        <section aria-labelledby="home-treatments">
          <h2 id="home-treatments">Treatments</h2>
          <TreatmentList treatments={treatments} headingLevel="h3" />
          <p>
            <Link href={resolveHref({type: 'treatments'})}>All treatments</Link>
          </p>
        </section>
        <CallToAction clinic={clinic} />
        <section aria-labelledby="home-affiliations">
          <h2 id="home-affiliations">Our affiliations</h2>
          <p>
            Our physicians are members of these professional groups and work with these hospitals.
          </p>
          <AffiliationGroups {...affiliations} headingLevel="h3" />
        </section>
      </div>
    </>
  )
}
