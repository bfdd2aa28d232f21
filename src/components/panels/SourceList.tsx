import type { SeedNote } from '../../domain/data/schema'

export function SourceList({ sources }: { sources: readonly string[] }) {
  return (
    <details className="sources">
      <summary>Sources checked ({sources.length})</summary>
      <ul>
        {sources.map((s) => (
          <li key={s}>
            <a href={s} target="_blank" rel="noopener noreferrer">
              {s.replace(/^https:\/\//, '')}
            </a>
          </li>
        ))}
      </ul>
    </details>
  )
}

/** Where the newsletter recap and the primary source disagree; the source wins. */
export function SeedNotes({ notes }: { notes: readonly SeedNote[] | undefined }) {
  if (!notes?.length) return null
  return (
    <section className="seed-notes" aria-label="Corrections to the newsletter recap">
      <h3>Recap vs. source</h3>
      <ul>
        {notes.map((n, i) => (
          <li key={i}>
            <span className="muted">The recap says:</span> {n.seed}
            <br />
            <span className="muted">The source shows:</span> {n.source}
          </li>
        ))}
      </ul>
    </section>
  )
}
