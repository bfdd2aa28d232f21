import type { Atlas } from '../domain/data/atlas'
import { MAX_COMPARED } from '../domain/explore/compare'
import { nextSort, tableRows } from '../domain/explore/table'
import type { SortDirection, TableSort } from '../domain/url/viewState'
import type { LinkTo } from './links'

const COLUMNS: { id: TableSort; label: string; numeric?: boolean }[] = [
  { id: 'name', label: 'Name' },
  { id: 'year', label: 'Year', numeric: true },
  { id: 'categories', label: 'Family' },
  { id: 'parents', label: 'Parents' },
  { id: 'children', label: 'Children', numeric: true },
  { id: 'organizations', label: 'Organizations' },
  { id: 'paper', label: 'Paper (arXiv)' },
  { id: 'issues', label: 'Newsletter issues' },
  { id: 'tools', label: 'Tools', numeric: true },
]

/**
 * Every matching technique as a sortable table; the sort is view state in the URL. A count
 * column's first click sorts most-first. On a narrow screen the table scrolls inside its own
 * box with the names kept in view.
 */
export function TechniqueTable({
  atlas,
  matching,
  selected,
  sort,
  dir,
  linkTo,
  onSort,
  compare,
  onToggleCompare,
}: {
  atlas: Atlas
  matching: ReadonlySet<string>
  selected: string | undefined
  sort: TableSort
  dir: SortDirection
  linkTo: LinkTo
  onSort: (sort: TableSort, dir: SortDirection) => void
  /** Techniques ticked for comparison (up to MAX_COMPARED). */
  compare: readonly string[]
  onToggleCompare: (id: string) => void
}) {
  const rows = tableRows(atlas, matching, sort, dir)
  const sortLabel = COLUMNS.find((c) => c.id === sort)?.label.toLowerCase() ?? sort
  return (
    <div
      className="table-wrap"
      tabIndex={0}
      role="region"
      aria-labelledby="technique-table-caption"
    >
      <table className="technique-table">
        <caption id="technique-table-caption">
          {rows.length} technique{rows.length === 1 ? '' : 's'}, sorted by {sortLabel} (
          {dir === 'asc' ? 'ascending' : 'descending'}). Tick two to {MAX_COMPARED} to compare them.
        </caption>
        <thead>
          <tr>
            <td className="compare-tick">
              <span className="visually-hidden">Compare</span>
            </td>
            {COLUMNS.map((c) => (
              <th
                key={c.id}
                scope="col"
                className={c.numeric ? 'numeric' : undefined}
                aria-sort={c.id === sort ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => {
                    const next = nextSort({ sort, dir }, c.id)
                    onSort(next.sort, next.dir)
                  }}
                >
                  {c.label}
                  <span aria-hidden="true">
                    {c.id === sort ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.technique.id}
              aria-current={r.technique.id === selected ? 'true' : undefined}
            >
              <td className="compare-tick">
                <input
                  type="checkbox"
                  aria-label={`Compare ${r.technique.name}`}
                  checked={compare.includes(r.technique.id)}
                  disabled={!compare.includes(r.technique.id) && compare.length >= MAX_COMPARED}
                  onChange={() => onToggleCompare(r.technique.id)}
                />
              </td>
              <th scope="row">
                <a {...linkTo({ technique: r.technique.id })}>{r.technique.name}</a>
              </th>
              <td className="numeric">{r.technique.year}</td>
              <td>{r.families}</td>
              <td>
                {r.parents.length
                  ? r.parents.map((p, i) => (
                      <span key={p.id}>
                        {i ? ', ' : ''}
                        <a {...linkTo({ technique: p.id })}>{p.name}</a>
                      </span>
                    ))
                  : '—'}
              </td>
              <td className="numeric">{r.children}</td>
              <td>{r.organizations || '—'}</td>
              <td>
                {r.paper ? (
                  <a href={r.paper.url} target="_blank" rel="noopener noreferrer">
                    {r.paper.arxivId ?? r.paper.title}
                  </a>
                ) : (
                  '—'
                )}
              </td>
              <td>
                {r.issues.length
                  ? r.issues.map((n, i) => (
                      <span key={n}>
                        {i ? ', ' : ''}
                        <a {...linkTo({ issue: n })}>Edge {n}</a>
                      </span>
                    ))
                  : '—'}
              </td>
              <td className="numeric">{r.tools}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
