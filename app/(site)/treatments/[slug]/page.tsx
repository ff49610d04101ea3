import type {Metadata} from 'next'
import Link from 'next/link'
import {notFound} from 'next/navigation'

import {CallToAction} from '@/components/CallToAction'
import {Disclaimer} from '@/components/Disclaimer'
import {Faqs} from '@/components/Faqs'
import {JsonLd} from '@/components/JsonLd'
import {MedicalReview} from '@/components/MedicalReview'
import {OnThisPage} from '@/components/OnThisPage'
import {PortableBody} from '@/components/PortableBody'
import {TreatmentList} from '@/components/TreatmentList'
import {bodyHeadings} from '@/lib/render/anchors'
import {getClinic, getTreatment, getTreatmentSlugs} from '@/lib/content'
import {absoluteUrl, resolveHref} from '@/lib/shared/routes'
import {breadcrumbTrail, pageMetadata, siteOrigin, treatmentJsonLd} from '@/lib/seo'

type Props = {params: Promise<{slug: string}>}

export async function generateStaticParams() {
  return (await getTreatmentSlugs()).map((slug) => ({slug}))
}

export async function generateMetadata({params}: Props): Promise<Metadata> {
  const treatment = await getTreatment((await params).slug, {stega: false})
  if (!treatment?.slug) return {}
  return pageMetadata({
    title: treatment.seo?.title || treatment.title || undefined,
    description: treatment.seo?.description || treatment.summary || undefined,
    path: resolveHref({type: 'treatment', slug: treatment.slug}),
  })
}

export default async function TreatmentPage({params}: Props) {
  const {slug} = await params
  const [treatment, clinic] = await Promise.all([getTreatment(slug), getClinic()])
  if (!treatment?.title) notFound()
  const parent = treatment.parent?.slug && treatment.parent.title ? treatment.parent : null
  const aliases = treatment.aliases?.filter(Boolean) ?? []
  const conditions = treatment.conditions?.filter(Boolean) ?? []
  const trail = breadcrumbTrail(treatment)
  const related = [...(parent ? [parent] : []), ...treatment.siblings]
  const faqs = (treatment.faqs ?? []).filter((faq) => faq.question && faq.answer)
  const sections = [
    ...bodyHeadings(treatment.body ?? [])
      .filter(({level}) => level === 2)
      .map(({id, text}) => ({id, title: text})),
    ...(conditions.length ? [{id: 'conditions', title: 'What it may help'}] : []),
    ...(treatment.children.length ? [{id: 'types', title: `Types of ${treatment.title}`}] : []),
    ...(related.length ? [{id: 'related', title: 'Related treatments'}] : []),
    ...(faqs.length ? [{id: 'faqs', title: 'Questions and answers'}] : []),
  ]
  const pageUrl = absoluteUrl(siteOrigin(), resolveHref({type: 'treatment', slug: treatment.slug!}))

  return (
    <article className="container treatment">
      {treatmentJsonLd(treatment, clinic.name).map((data) => (
        <JsonLd key={data['@type']} data={data} />
      ))}
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          {trail.map(({name, path}, index) =>
            index < trail.length - 1 ? (
              <li key={path}>
                <Link href={path}>{name}</Link>
              </li>
            ) : (
              <li key={path} aria-current="page">
                {name}
              </li>
            ),
          )}
        </ol>
      </nav>
      <header className="page-header">
        <h1>{treatment.title}</h1>
        {aliases.length > 0 && <p className="aliases">Also called: {aliases.join(', ')}</p>}
        {treatment.summary && <p className="lead">{treatment.summary}</p>}
        <MedicalReview review={treatment.medicalReview} />
      </header>

      <OnThisPage sections={sections} />

      {treatment.body && treatment.body.length > 0 && <PortableBody value={treatment.body} />}

      {conditions.length > 0 && (
        <section aria-labelledby="conditions">
          <h2 id="conditions">What it may help</h2>
          <ul>
            {conditions.map((condition) => (
              <li key={condition}>{condition}</li>
            ))}
          </ul>
        </section>
      )}

      {treatment.children.length > 0 && (
        <section aria-labelledby="types">
          <h2 id="types">Types of {treatment.title}</h2>
          <TreatmentList treatments={treatment.children} headingLevel="h3" />
        </section>
      )}

      {related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related">Related treatments</h2>
          {parent && (
            <p>
              {treatment.title} is one kind of{' '}
              <Link href={resolveHref({type: 'treatment', slug: parent.slug!})}>
                {parent.title}
              </Link>
              .
            </p>
          )}
          <TreatmentList treatments={related} headingLevel="h3" />
        </section>
      )}

      <Faqs faqs={treatment.faqs ?? []} />
      <CallToAction clinic={clinic} />
      <Disclaimer text={clinic.disclaimer} />
      <p className="print-only">
        {clinic.name}
        {clinic.phone && <> · {clinic.phone.label}</>} · {pageUrl}
      </p>
    </article>
  )
}
