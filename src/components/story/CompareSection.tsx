import { useMemo } from 'react'
import type { Atlas } from '../../domain/data/atlas'
import { compareRows, type CompareCell } from '../../domain/explore/compare'
import type { LinkTo } from '../links'

/**
 * Techniques side by side in a real table: the techniques are the column headers, the aspects
 * the row headers; rows whose cells differ are marked. It scrolls sideways in its own box with
 * the aspect column kept in view.
 */
export function CompareSection(props: {
  atlas: Atlas
  ids: readonly string[]
  linkTo: LinkTo
  onRemove: (id: string) => void
  onClose: () => void
}) {
  const { atlas, ids, linkTo } = props
  // Computed here, in the comparison's own chunk: the first view does not carry the rules.
  const rows = useMemo(() => compareRows(atlas, ids), [atlas, ids])
  const names = ids.map((id) => atlas.techniques.get(id)?.name ?? id)
  return (
    <section className="story-section" aria-labelledby="compare-title">
      <header className="story-head">
        <h2 id="compare-title">Comparing {names.join(', ')}</h2>
        <button type="button" className="button button-quiet" onClick={props.onClose}>
          Close
        </button>
      </header>
      <div className="compare-wrap" tabIndex={0} role="region" aria-labelledby="compare-caption">
        <table className="compare-table">
          <caption id="compare-caption" className="visually-hidden">
            {names.join(', ')} compared; rows marked “differs” say different things.
          </caption>
          <thead>
            <tr>
              <td />
              {ids.map((id, i) => (
                <th key={id} scope="col">
                  <a {...linkTo({ technique: id })}>{names[i]}</a>
                  {ids.length > 2 ? (
                    <button
                      type="button"
                      className="button button-quiet compare-remove"
                      aria-label={`Remove ${names[i]} from the comparison`}
                      onClick={() => props.onRemove(id)}
                    >
                      ×
                    </button>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label} className={row.differs ? 'differs' : undefined}>
                <th scope="row">
                  {row.label}
                  {row.differs ? <span className="differs-mark"> differs</span> : null}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={ids[i]}>
                    <Cell cell={cell} linkTo={linkTo} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

function Cell({ cell, linkTo }: { cell: CompareCell; linkTo: LinkTo }) {
  switch (cell.kind) {
    case 'text':
      return <>{cell.text}</>
    case 'paper':
      return (
        <>
          <a href={cell.url} target="_blank" rel="noopener noreferrer">
            {cell.title}
          </a>
          <span className="muted"> · {cell.detail}</span>
        </>
      )
    case 'links':
      return cell.items.length ? (
        <>
          {cell.items.map((item, i) => (
            <span key={item.label}>
              {i ? ', ' : ''}
              {item.issue !== undefined ? (
                <a {...linkTo({ issue: item.issue })}>{item.label}</a>
              ) : item.tool ? (
                <a {...linkTo({ tool: item.tool })}>{item.label}</a>
              ) : (
                item.label
              )}
            </span>
          ))}
        </>
      ) : (
        <>—</>
      )
    case 'usage':
      return cell.items.length ? (
        <ul className="compare-usage">
          {cell.items.map((u) => (
            <li key={`${u.tool}:${u.api}`}>
              <code>{u.api}</code>
            </li>
          ))}
        </ul>
      ) : (
        <>—</>
      )
  }
}
