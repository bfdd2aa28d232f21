import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { roots, type Atlas } from '../domain/atlas'
import type { LinkTo } from './links'
import { useRevealSelected } from './useRevealSelected'

interface Row {
  id: string
  level: number
  parentKey: string | null
  key: string
  hasChildren: boolean
  /** Already shown under an earlier parent: listed again, not expanded again. */
  repeat: boolean
}

/**
 * The lineage as a tree (WAI-ARIA treeview): roots first, each technique under its parents.
 * A technique with several parents appears under each, expanded only the first time.
 */
export function LineageOutline({
  atlas,
  matching,
  selected,
  linkTo,
  onSelect,
}: {
  atlas: Atlas
  matching: ReadonlySet<string>
  selected: string | undefined
  linkTo: LinkTo
  onSelect: (id: string) => void
}) {
  const rows = useMemo(() => {
    const out: Row[] = []
    const expanded = new Set<string>()
    const visit = (id: string, level: number, parentKey: string | null) => {
      const key = parentKey ? `${parentKey}/${id}` : id
      const repeat = expanded.has(id)
      const children = atlas.childLinks.get(id) ?? []
      out.push({ id, level, parentKey, key, hasChildren: !repeat && children.length > 0, repeat })
      if (repeat) return
      expanded.add(id)
      for (const l of [...children].sort((a, b) => {
        const ta = atlas.techniques.get(a.child)!
        const tb = atlas.techniques.get(b.child)!
        return ta.year - tb.year || ta.name.localeCompare(tb.name)
      }))
        visit(l.child, level + 1, key)
    }
    for (const r of roots(atlas)) visit(r.id, 1, null)
    return out
  }, [atlas])

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
  const onKeyDown = (event: KeyboardEvent, row: Row) => {
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
              <a {...linkTo({ technique: row.id })} tabIndex={-1}>
                {t.name}
              </a>{' '}
              <span className="muted">
                {t.year}
                {row.repeat ? ' · shown above' : ''}
              </span>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
