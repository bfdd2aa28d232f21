import type { Atlas } from '../domain/atlas'
import type { SortDirection, TableSort } from '../domain/viewState'
import type { LinkTo } from './links'

const COLUMNS: { id: TableSort; label: string }[] = [
  { id: 'name', label: 'Name' },
  { id: 'year', label: 'Year' },
  { id: 'categories', label: 'Categories' },
  { id: 'paper', label: 'Paper' },
  { id: 'tools', label: 'Tools' },
]

/** Every matching technique as a sortable table; the sort is view state in the URL. */
export function TechniqueTable({
  atlas,
  matching,
  selected,
  sort,
  dir,
  linkTo,
  onSort,
}: {
  atlas: Atlas
  matching: ReadonlySet<string>
  selected: string | undefined
  sort: TableSort
  dir: SortDirection
  linkTo: LinkTo
  onSort: (sort: TableSort, dir: SortDirection) => void
}) {
  const rows = atlas.data.techniques
    .filter((t) => matching.has(t.id))
    .map((t) => ({
      t,
      categories: t.categories.map((c) => atlas.categories.get(c)?.name ?? c).join(', '),
      paper: atlas.papers.get(t.paper),
      tools: atlas.toolsByTechnique.get(t.id)?.length ?? 0,
    }))
  const value = (r: (typeof rows)[number]): string | number =>
    sort === 'name'
      ? r.t.name.toLowerCase()
      : sort === 'year'
        ? r.t.year
        : sort === 'categories'
          ? r.categories
          : sort === 'paper'
            ? (r.paper?.title ?? '')
            : r.tools
  rows.sort((a, b) => {
    const va = value(a)
    const vb = value(b)
    const c =
      typeof va === 'number' && typeof vb === 'number'
        ? va - vb
        : String(va).localeCompare(String(vb))
    return (dir === 'asc' ? c : -c) || a.t.name.localeCompare(b.t.name)
  })
  return (
    <div className="table-wrap">
      <table className="technique-table">
        <caption>
          {rows.length} technique{rows.length === 1 ? '' : 's'}, sorted by {sort} (
          {dir === 'asc' ? 'ascending' : 'descending'})
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.id}
                scope="col"
                aria-sort={c.id === sort ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => onSort(c.id, c.id === sort && dir === 'asc' ? 'desc' : 'asc')}
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
            <tr key={r.t.id} aria-current={r.t.id === selected ? 'true' : undefined}>
              <th scope="row">
                <a {...linkTo({ technique: r.t.id })}>{r.t.name}</a>
              </th>
              <td>{r.t.year}</td>
              <td>{r.categories}</td>
              <td>
                {r.paper ? (
                  <a href={r.paper.url} target="_blank" rel="noopener noreferrer">
                    {r.paper.title}
                  </a>
                ) : (
                  '—'
                )}
              </td>
              <td>{r.tools}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
