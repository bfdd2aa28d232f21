import type { Core } from 'cytoscape'
import { useEffect, useState, type KeyboardEvent } from 'react'
import { neighbours, type Atlas } from '../../domain/data/atlas'

/**
 * The graph's keyboard: a cursor that moves along the lineage (↑ parent, ↓ child, ←/→
 * siblings), Enter to open, Escape to clear, + / − / F / 0 for the view. The cursor follows each
 * new selection and is drawn only while the graph has keyboard focus.
 */
export function useGraphKeyboard(
  cy: Core | null,
  atlas: Atlas,
  opts: {
    selected: string | undefined
    /** Whether a technique is drawn and can take the cursor. */
    isVisible: (id: string) => boolean
    onSelect: (id: string | undefined) => void
    onAnnounce: (text: string) => void
    zoomIn: () => void
    zoomOut: () => void
    fit: () => void
    reset: () => void
  },
) {
  const { selected, isVisible } = opts
  const [cursor, setCursor] = useState<string | undefined>(selected)
  // The cursor jumps to each new selection (adjusted while rendering, not in an effect).
  const [cursorFor, setCursorFor] = useState(selected)
  if (selected !== cursorFor) {
    setCursorFor(selected)
    if (selected) setCursor(selected)
  }
  const [focused, setFocused] = useState(false)
  useEffect(() => {
    if (!cy) return
    cy.batch(() => {
      cy.nodes('.cursor').removeClass('cursor')
      if (cursor && focused) cy.getElementById(cursor).addClass('cursor')
    })
  }, [cy, cursor, focused])

  const describe = (id: string) => {
    const t = atlas.techniques.get(id)
    if (!t) return ''
    const n = neighbours(atlas, id)
    return `${t.name}, ${t.year}. ${n.parents.length} parent${n.parents.length === 1 ? '' : 's'}, ${n.children.length} child${n.children.length === 1 ? '' : 'ren'}. Press Enter to open.`
  }

  const moveCursor = (id: string | undefined) => {
    if (!id) return
    setCursor(id)
    opts.onAnnounce(describe(id))
    const node = cy?.getElementById(id)
    if (cy && node && node.nonempty()) {
      const p = node.renderedPosition()
      if (p.x < 20 || p.y < 20 || p.x > cy.width() - 20 || p.y > cy.height() - 20) cy.center(node)
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const current = cursor && atlas.techniques.has(cursor) ? cursor : undefined
    const first = () => atlas.data.techniques.find((t) => isVisible(t.id))?.id
    const n = current ? neighbours(atlas, current) : null
    const step = (list: string[], delta: number) => {
      const options = list.filter(isVisible)
      const i = options.indexOf(current!)
      return options[(i + delta + options.length) % options.length]
    }
    switch (event.key) {
      case 'ArrowUp':
        moveCursor(n ? n.parents.filter(isVisible)[0] : first())
        break
      case 'ArrowDown':
        moveCursor(n ? n.children.filter(isVisible)[0] : first())
        break
      case 'ArrowLeft':
        moveCursor(n ? step(n.siblings, -1) : first())
        break
      case 'ArrowRight':
        moveCursor(n ? step(n.siblings, 1) : first())
        break
      case 'Enter':
      case ' ':
        if (current) opts.onSelect(current)
        else moveCursor(first())
        break
      case 'Escape':
        if (!selected) return
        opts.onSelect(undefined)
        break
      case '+':
      case '=':
        opts.zoomIn()
        break
      case '-':
      case '_':
        opts.zoomOut()
        break
      case 'f':
      case 'F':
        opts.fit()
        break
      case '0':
        opts.reset()
        break
      default:
        return
    }
    event.preventDefault()
  }

  return {
    cursor,
    /** The cursor as drawn: only while the graph has the keyboard focus. */
    drawnCursor: focused ? cursor : undefined,
    onKeyDown,
    onFocus: () => {
      setFocused(true)
      if (!cursor) setCursor(selected ?? atlas.data.techniques.find((t) => isVisible(t.id))?.id)
    },
    onBlur: () => setFocused(false),
  }
}
