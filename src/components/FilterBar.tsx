import { useState } from 'react'
import { useDraft } from './useDraft'
import { SearchCombobox } from './SearchCombobox'
import type { Atlas } from '../domain/data/atlas'
import type { Suggestion } from '../domain/explore/explorerView'
import type { UnmatchedMode } from '../domain/url/viewState'
import { familyShape } from '../theme/shapes'
import type { Theme } from '../theme/tokens'
import { LegendSwatch } from './LegendSwatch'

export interface FilterBarProps {
  atlas: Atlas
  theme: Theme
  query: string
  categories: readonly string[]
  counts: ReadonlyMap<string, number>
  from: number
  to: number
  bounds: { min: number; max: number }
  unmatched: UnmatchedMode
  matchCount: number
  onQuery: (q: string) => void
  /** What the search box lists under the text. */
  suggestions: { matches: readonly Suggestion[]; nearby: readonly Suggestion[] }
  onPick: (id: string) => void
  relateTo?: { name: string; onRelate: (id: string) => void }
  /** Enter in the search box, with the text as typed (the URL may lag a keystroke behind). */
  onSubmitQuery: (text: string) => void
  onToggleCategory: (id: string) => void
  onClearCategories: () => void
  onYears: (from: number, to: number) => void
  onUnmatched: (mode: UnmatchedMode) => void
}

/** Search, year range, dim-or-hide, and the category legend that doubles as a filter. */
export function FilterBar(props: FilterBarProps) {
  const { atlas, theme, categories, counts, bounds } = props
  // On phones the filters fold away behind a toggle so the graph keeps the screen (local UI state).
  const [open, setOpen] = useState(false)
  const activeFilters =
    categories.length + (props.from > bounds.min || props.to < bounds.max ? 1 : 0)
  const familyIndex = [...atlas.categories.keys()]

  return (
    <div className="filter-bar" data-open={open ? 'true' : 'false'}>
      <div className="filter-row">
        <form
          role="search"
          className="search"
          onSubmit={(event) => {
            event.preventDefault()
            props.onSubmitQuery(String(new FormData(event.currentTarget).get('q') ?? ''))
          }}
        >
          <SearchCombobox
            label="Search"
            value={props.query}
            onChange={props.onQuery}
            onSubmit={props.onSubmitQuery}
            onPick={props.onPick}
            relateTo={props.relateTo}
            matches={props.suggestions.matches}
            nearby={props.suggestions.nearby}
            placeholder="qlora, DPO…"
          />
        </form>
        <button
          type="button"
          className="button filters-toggle"
          aria-expanded={open}
          aria-controls="more-filters"
          onClick={() => setOpen(!open)}
        >
          Filters{activeFilters ? ` (${activeFilters})` : ''}
        </button>
        <p className="match-count" aria-live="off">
          <strong>{props.matchCount}</strong> of {atlas.techniques.size} techniques match
        </p>
        <div id="more-filters" className="more-filters">
          <fieldset className="years">
            <legend>Years</legend>
            <YearField
              label="From year"
              value={props.from}
              min={bounds.min}
              max={props.to}
              onCommit={(from) => props.onYears(from, props.to)}
            />
            <span aria-hidden="true">–</span>
            <YearField
              label="To year"
              value={props.to}
              min={props.from}
              max={bounds.max}
              onCommit={(to) => props.onYears(props.from, to)}
            />
          </fieldset>
          <label className="inline-check">
            <input
              type="checkbox"
              checked={props.unmatched === 'hide'}
              onChange={(e) => props.onUnmatched(e.target.checked ? 'hide' : 'dim')}
            />
            Hide non-matching
          </label>
        </div>
      </div>
      <fieldset className="categories more-filters">
        <legend>
          Categories
          {categories.length ? <span className="muted"> ({categories.length} on)</span> : null}
        </legend>
        <ul>
          {[...atlas.categories.values()].map((c) => {
            const index = familyIndex.indexOf(c.id)
            const on = categories.includes(c.id)
            return (
              <li key={c.id}>
                <button
                  type="button"
                  className={`chip${on ? ' chip-on' : ''}`}
                  aria-pressed={on}
                  aria-label={`${c.name}, ${counts.get(c.id) ?? 0} techniques`}
                  title={c.description}
                  onClick={() => props.onToggleCategory(c.id)}
                >
                  <LegendSwatch theme={theme} index={index} shape={familyShape(index)} />
                  {c.name}
                  <span className="chip-count">{counts.get(c.id) ?? 0}</span>
                </button>
              </li>
            )
          })}
          {categories.length ? (
            <li>
              <button
                type="button"
                className="button button-quiet"
                onClick={props.onClearCategories}
              >
                Show all categories
              </button>
            </li>
          ) : null}
        </ul>
      </fieldset>
    </div>
  )
}

/**
 * A year box you can type into: the text is yours while you type; a complete year in range is
 * applied at once. On Enter or when you leave the box, a year out of range is moved into it and
 * anything that is not a whole year is put back. The arrows and ↑/↓ step one year.
 */
function YearField(props: {
  label: string
  value: number
  min: number
  max: number
  onCommit: (year: number) => void
}) {
  const [draft, setDraft] = useDraft(String(props.value))
  const commit = (text: string) => {
    // Not a whole year (empty, or half typed): put back the year that applies.
    if (!/^\d{4}$/.test(text.trim())) return setDraft(String(props.value))
    const year = Number(text.trim())
    const clamped = Math.min(props.max, Math.max(props.min, year))
    setDraft(String(clamped))
    if (clamped !== props.value) props.onCommit(clamped)
  }
  return (
    <label>
      <span className="visually-hidden">{props.label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        value={draft}
        onChange={(e) => {
          const text = e.target.value
          setDraft(text)
          const year = Number(text)
          if (
            /^\d{4}$/.test(text) &&
            year >= props.min &&
            year <= props.max &&
            year !== props.value
          )
            props.onCommit(year)
        }}
        onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            commit(e.currentTarget.value)
          }
        }}
      />
    </label>
  )
}
