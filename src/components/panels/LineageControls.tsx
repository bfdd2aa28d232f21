import { LINEAGE_MODES, type LineageMode } from '../../domain/data/atlas'
import { MAX_DEPTH } from '../../domain/url/viewState'
import type { LineageControlsProps } from './detailsPanelProps'

const LINEAGE_LABELS: Record<LineageMode, string> = {
  both: 'Ancestors and descendants',
  ancestors: 'Ancestors only',
  descendants: 'Descendants only',
  none: 'Just this technique',
}

/** Which part of the selection's lineage the graph highlights, and how many generations. */
export function LineageControls(props: LineageControlsProps) {
  const focused = props.focus === 'lineage'
  return (
    <div className="lineage-controls">
      <label>
        Highlight
        <select
          value={props.lineage}
          onChange={(e) => props.onLineage(e.target.value as LineageMode)}
        >
          {LINEAGE_MODES.map((m) => (
            <option key={m} value={m}>
              {LINEAGE_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Depth
        <select
          value={String(props.depth)}
          disabled={props.lineage === 'none'}
          onChange={(e) => props.onDepth(e.target.value === 'all' ? 'all' : Number(e.target.value))}
        >
          <option value="all">All generations</option>
          {Array.from({ length: MAX_DEPTH }, (_, i) => i + 1).map((d) => (
            <option key={d} value={d}>
              {d} generation{d === 1 ? '' : 's'}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button"
        aria-pressed={focused}
        title="Lay out only this lineage, without the rest of the map (Back returns)"
        onClick={() => props.onFocus(focused ? 'map' : 'lineage')}
      >
        {focused ? 'Show the whole map' : 'Show only this lineage'}
      </button>
    </div>
  )
}
