import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Atlas } from '../domain/data/atlas'
import { RELATION_LABELS } from '../domain/data/constants'
import { outlineRows, type OutlineRow } from '../domain/explore/outline'
import { familyShape } from '../theme/shapes'
import type { Theme } from '../theme/tokens'
import { LegendSwatch } from './LegendSwatch'
import type { LinkTo } from './links'
import { useRevealSelected } from './useRevealSelected'

/**
 * The lineage as a tree (WAI-ARIA treeview): roots first, each technique under its most recent
 * parent with its family swatch and how it relates to that parent; under its other parents it is
 * named with a pointer to where it is expanded. With *Hide non-matching*, only matches are
 * listed, each under its nearest matching ancestor.
 */
export function LineageOutline({
  atlas,
  theme,
  matching,
  hideUnmatched,
  selected,
  linkTo,
  onSelect,
}: {
  atlas: Atlas
  theme: Theme
  matching: ReadonlySet<string>
  /** Hide non-matching is on and a filter is active: list only the matches. */
  hideUnmatched: boolean
  selected: string | undefined
  linkTo: LinkTo
  onSelect: (id: string) => void
}) {
  const rows = useMemo(
    () => outlineRows(atlas, hideUnmatched ? matching : null),
    [atlas, hideUnmatched, matching],
  )
  const families = useMemo(() => [...atlas.categories.keys()], [atlas])

  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const [focusKey, setFocusKey] = useState<string | undefined>(undefined)
  const itemRefs = useRef(new Map<string, HTMLLIElement>())
  const outlineRef = useRef<HTMLDivElement>(null)
  useRevealSelected(outlineRef, '[aria-selected="true"]', selected)

  const visibleRows = rows.filter((r) => {
    let p = r.parentKey
    while (p) {
      if (collapsed.has(p)) return false
      p = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : null
    }
    return true
  })
  const active = focusKey ?? visibleRows.find((r) => r.id === selected)?.key ?? visibleRows[0]?.key

  const focus = (key: string | undefined) => {
    if (!key) return
    setFocusKey(key)
    itemRefs.current.get(key)?.focus()
  }
  const onKeyDown = (event: KeyboardEvent, row: OutlineRow) => {
    const i = visibleRows.findIndex((r) => r.key === row.key)
    const toggle = (open: boolean) =>
      setCollapsed((prev) => {
        const next = new Set(prev)
        if (open) next.delete(row.key)
        else next.add(row.key)
        return next
      })
    switch (event.key) {
      case 'ArrowDown':
        focus(visibleRows[i + 1]?.key)
        break
      case 'ArrowUp':
        focus(visibleRows[i - 1]?.key)
        break
      case 'ArrowRight':
        if (row.hasChildren && collapsed.has(row.key)) toggle(true)
        else if (row.hasChildren) focus(visibleRows[i + 1]?.key)
        break
      case 'ArrowLeft':
        if (row.hasChildren && !collapsed.has(row.key)) toggle(false)
        else focus(row.parentKey ?? undefined)
        break
      case 'Home':
        focus(visibleRows[0]?.key)
        break
      case 'End':
        focus(visibleRows[visibleRows.length - 1]?.key)
        break
      case 'Enter':
        onSelect(row.id)
        break
      default:
        return
    }
    event.preventDefault()
    event.stopPropagation()
  }

  // Rendered flat with aria-level: simpler than nested groups and equally announced.
  return (
    <div className="outline" ref={outlineRef}>
      <h2 className="visually-hidden" id="outline-title">
        Lineage outline
      </h2>
      <ul role="tree" aria-labelledby="outline-title">
        {visibleRows.map((row) => {
          const t = atlas.techniques.get(row.id)!
          const siblings = visibleRows.filter((r) => r.parentKey === row.parentKey)
          return (
            <li
              key={row.key}
              ref={(el) => {
                if (el) itemRefs.current.set(row.key, el)
                else itemRefs.current.delete(row.key)
              }}
              role="treeitem"
              aria-level={row.level}
              aria-setsize={siblings.length}
              aria-posinset={siblings.indexOf(row) + 1}
              aria-expanded={row.hasChildren ? !collapsed.has(row.key) : undefined}
              aria-selected={row.id === selected}
              tabIndex={row.key === active ? 0 : -1}
              className={`outline-row${matching.has(row.id) ? '' : ' outline-dim'}`}
              style={{ paddingInlineStart: `${(row.level - 1) * 1.25 + 0.5}rem` }}
              onKeyDown={(e) => onKeyDown(e, row)}
              onFocus={(e) => {
                if (e.target === e.currentTarget) setFocusKey(row.key)
              }}
            >
              <span aria-hidden="true" className="outline-marker">
                {row.hasChildren ? (collapsed.has(row.key) ? '▸' : '▾') : '·'}
              </span>
              <LegendSwatch
                theme={theme}
                index={families.indexOf(t.categories[0] ?? '')}
                shape={familyShape(families.indexOf(t.categories[0] ?? ''))}
              />{' '}
              <a {...linkTo({ technique: row.id })} tabIndex={-1}>
                {t.name}
              </a>{' '}
              <span className="muted">
                {t.year}
                {relationText(atlas, row)}
              </span>
            </li>
          )
        })}
      </ul>
    </div>
  )
}

/** ", quantizes LoRA" — how a row relates to the row it sits under, and where it is expanded. */
function relationText(atlas: Atlas, row: OutlineRow): string {
  const parent = row.parentKey?.split('/').pop()
  const parentName = parent ? atlas.techniques.get(parent)?.name : undefined
  const verb =
    row.relation === 'descends-from'
      ? 'descends from'
      : row.relation
        ? RELATION_LABELS[row.relation]
        : undefined
  const how = verb && parentName ? ` · ${verb} ${parentName}` : ''
  const home = row.homeParent ? atlas.techniques.get(row.homeParent)?.name : undefined
  return how + (home ? ` (listed under ${home})` : '')
}
