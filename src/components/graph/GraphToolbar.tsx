/** The graph's own controls: zoom, fit, reset and export. */
export function GraphToolbar(props: {
  onZoomIn: () => void
  onZoomOut: () => void
  onFit: () => void
  onReset: () => void
  onExport: (format: 'png' | 'svg') => void
  keyOpen: boolean
  onKey: () => void
}) {
  return (
    <div className="graph-controls" role="toolbar" aria-label="Graph view">
      <button type="button" onClick={props.onZoomIn} aria-label="Zoom in" title="Zoom in (+)">
        +
      </button>
      <button type="button" onClick={props.onZoomOut} aria-label="Zoom out" title="Zoom out (−)">
        −
      </button>
      <button
        type="button"
        onClick={props.onFit}
        title="Fit the highlighted or visible techniques (F)"
      >
        Fit
      </button>
      <button type="button" onClick={props.onReset} title="Show the whole graph (0)">
        Reset
      </button>
      <button
        type="button"
        aria-expanded={props.keyOpen}
        aria-controls="graph-key"
        onClick={props.onKey}
        title="What the marks on the graph mean"
      >
        Key
      </button>
      <button
        type="button"
        onClick={() => props.onExport('png')}
        title="Download the graph as a PNG image"
      >
        PNG
      </button>
      <button
        type="button"
        onClick={() => props.onExport('svg')}
        title="Download the graph as an SVG drawing"
      >
        SVG
      </button>
    </div>
  )
}
