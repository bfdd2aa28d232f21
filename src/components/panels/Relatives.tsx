import { useState } from 'react'
import type { Atlas } from '../../domain/data/atlas'
import { RELATION_LABELS } from '../../domain/data/constants'
import type { LineageLink } from '../../domain/data/schema'
import type { LinkTo } from '../links'

/** A technique's parents or children, each with how it relates and why; long lists start short. */
export function Relatives(props: {
  title: string
  links: readonly LineageLink[]
  end: 'parent' | 'child'
  atlas: Atlas
  linkTo: LinkTo
  empty: string
}) {
  const id = `${props.end}-title`
  // A long list (LoRA has dozens of children) starts short, so the rest of the panel stays near.
  const [all, setAll] = useState(false)
  const shown = all ? props.links : props.links.slice(0, RELATIVES_SHOWN)
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {props.title} <span className="muted">({props.links.length})</span>
      </h3>
      {props.links.length ? (
        <ul className="relatives">
          {shown.map((l) => {
            const other = props.atlas.techniques.get(l[props.end])
            if (!other) return null
            const self = props.atlas.techniques.get(props.end === 'parent' ? l.child : l.parent)
            const relation =
              props.end === 'parent'
                ? `${self?.name ?? ''} ${RELATION_LABELS[l.relation]} it`
                : `${RELATION_LABELS[l.relation]} ${self?.name ?? ''}`
            return (
              <li key={`${l.parent}-${l.child}`}>
                <a {...props.linkTo({ technique: other.id })}>{other.name}</a>{' '}
                <span className="muted">({other.year})</span>
                <span className="relation">{relation}</span>
                <span className="reason">{l.reason}</span>
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="muted">{props.empty}</p>
      )}
      {shown.length < props.links.length ? (
        <button type="button" className="button" onClick={() => setAll(true)}>
          Show all {props.links.length} {props.title.toLowerCase()}
        </button>
      ) : null}
    </section>
  )
}

/** How many parents or children a list shows before "Show all". */
const RELATIVES_SHOWN = 8
