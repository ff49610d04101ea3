import {CallToAction} from '@/components/CallToAction'
import {TreatmentList} from '@/components/TreatmentList'
import {TreatmentSearch} from '@/components/TreatmentSearch'
import {getClinic, getTreatmentsIndex} from '@/lib/content'
import {resolveHref} from '@/lib/shared/routes'
import {pageMetadata} from '@/lib/seo'

export function generateMetadata() {
  return pageMetadata({
    title: 'Treatments',
    description:
      'All treatments offered by the clinic, grouped by body area, explained in plain words.',
    path: resolveHref({type: 'treatments'}),
  })
}

export default async function TreatmentsPage() {
  const [index, clinic] = await Promise.all([getTreatmentsIndex(), getClinic()])
  const areas = index.bodyAreas.filter((area) => area.treatments.length > 0)
  return (
    <div className="container stack">
      <header className="page-header">
        <h1>Treatments</h1>
        <p className="lead">
          Choose a treatment to learn what it is, how it works and what it may help.
        </p>
      </header>
      <TreatmentSearch />
      {areas.map((area) => (
        <section key={area._id} aria-labelledby={`area-${area._id}`}>
          <h2 id={`area-${area._id}`}>{area.title}</h2>
          {area.description && <p>{area.description}</p>}
          <TreatmentList treatments={area.treatments} headingLevel="h3" />
        </section>
      ))}
      {index.otherTreatments.length > 0 && (
        <section aria-labelledby="area-other">
          <h2 id="area-other">{areas.length > 0 ? 'Other treatments' : 'All treatments'}</h2>
          <TreatmentList treatments={index.otherTreatments} headingLevel="h3" />
        </section>
      )}
      {areas.length === 0 && index.otherTreatments.length === 0 && (
        <p>No treatments are published yet.</p>
      )}
      <CallToAction clinic={clinic} />
    </div>
  )
}
