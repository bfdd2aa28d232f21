import type { Atlas } from '../../domain/data/atlas'
import type { LinkTo } from '../links'

/** Two-column list of links that select each technique (unknown ids are skipped). */
export function TechniqueLinks({
  atlas,
  ids,
  linkTo,
}: {
  atlas: Atlas
  ids: readonly string[]
  linkTo: LinkTo
}) {
  return (
    <ul className="link-list columns">
      {ids.map((id) => {
        const t = atlas.techniques.get(id)
        return t ? (
          <li key={id}>
            <a {...linkTo({ technique: id })}>{t.name}</a>
          </li>
        ) : null
      })}
    </ul>
  )
}
