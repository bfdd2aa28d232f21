/**
 * Export of the graph as it is drawn: PNG through Cytoscape's own renderer, SVG written from
 * the live elements' computed styles (positions, shapes, colours, opacity, labels). Loaded on
 * demand: the first view does not pay for it.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape'

export function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

export function exportPng(cy: Core, background: string, filename: string) {
  const blob = cy.png({ output: 'blob', bg: background, full: true, scale: 2 })
  downloadBlob(blob, filename)
}

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  )

/** Outline of a Cytoscape node shape as SVG polygon points (ellipses are drawn separately). */
function shapePoints(shape: string, x: number, y: number, w: number, h: number): string | null {
  const rx = w / 2
  const ry = h / 2
  const regular = (n: number, rotate: number) =>
    Array.from({ length: n }, (_, i) => {
      const a = rotate + (i * 2 * Math.PI) / n
      return `${x + rx * Math.cos(a)},${y + ry * Math.sin(a)}`
    }).join(' ')
  switch (shape) {
    case 'diamond':
      return `${x},${y - ry} ${x + rx},${y} ${x},${y + ry} ${x - rx},${y}`
    case 'triangle':
      return `${x},${y - ry} ${x + rx},${y + ry} ${x - rx},${y + ry}`
    case 'vee':
      return `${x - rx},${y - ry} ${x},${y - ry / 3} ${x + rx},${y - ry} ${x},${y + ry}`
    case 'hexagon':
      return regular(6, 0)
    case 'round-pentagon':
    case 'pentagon':
      return regular(5, -Math.PI / 2)
    case 'octagon':
      return regular(8, Math.PI / 8)
    case 'star':
      return Array.from({ length: 10 }, (_, i) => {
        const a = -Math.PI / 2 + (i * Math.PI) / 5
        const r = i % 2 ? 0.45 : 1
        return `${x + rx * r * Math.cos(a)},${y + ry * r * Math.sin(a)}`
      }).join(' ')
    case 'round-rectangle':
    case 'rectangle':
      return `${x - rx},${y - ry} ${x + rx},${y - ry} ${x + rx},${y + ry} ${x - rx},${y + ry}`
    default:
      return null
  }
}

function nodeSvg(node: NodeSingular): string {
  const { x, y } = node.position()
  const w = node.numericStyle('width')
  const h = node.numericStyle('height')
  const opacity = node.effectiveOpacity()
  const fill = node.style('background-color') as string
  const fillOpacity = node.numericStyle('background-opacity')
  const stroke = node.style('border-color') as string
  const strokeWidth = node.numericStyle('border-width')
  const paint = `fill="${fill}" fill-opacity="${fillOpacity}" stroke="${stroke}" stroke-width="${strokeWidth}"`
  const points = shapePoints(node.style('shape') as string, x, y, w, h)
  const body =
    fillOpacity === 0 && strokeWidth === 0
      ? ''
      : points
        ? `<polygon points="${points}" ${paint}/>`
        : `<ellipse cx="${x}" cy="${y}" rx="${w / 2}" ry="${h / 2}" ${paint}/>`
  const label = String(node.data('label') ?? '')
  const size = node.numericStyle('font-size')
  const left = node.style('text-halign') === 'left'
  const tx = left ? x - w / 2 - 4 : x + w / 2 + 4
  const text = label
    ? `<text x="${tx}" y="${y}" dominant-baseline="central" text-anchor="${left ? 'end' : 'start'}" font-size="${size}" font-weight="${node.style('font-weight')}" fill="${node.style('color')}">${escapeXml(label)}</text>`
    : ''
  return `<g opacity="${opacity}">${body}${text}</g>`
}

function edgeSvg(edge: EdgeSingular): string {
  const s = edge.source().position()
  const t = edge.target().position()
  const length = Math.hypot(t.x - s.x, t.y - s.y) || 1
  const ux = (t.x - s.x) / length
  const uy = (t.y - s.y) / length
  const inset = edge.target().numericStyle('width') / 2 + 1
  const ex = t.x - ux * inset
  const ey = t.y - uy * inset
  const color = edge.style('line-color') as string
  const width = edge.numericStyle('width')
  const a = 6 + width * 2
  const arrow = `${ex},${ey} ${ex - ux * a - uy * a * 0.5},${ey - uy * a + ux * a * 0.5} ${ex - ux * a + uy * a * 0.5},${ey - uy * a - ux * a * 0.5}`
  return `<g opacity="${edge.effectiveOpacity()}"><line x1="${s.x}" y1="${s.y}" x2="${ex - ux * a * 0.8}" y2="${ey - uy * a * 0.8}" stroke="${color}" stroke-width="${width}"/><polygon points="${arrow}" fill="${color}"/></g>`
}

/** The whole graph as a standalone SVG document, with the current highlight and dimming. */
export function graphToSvg(cy: Core, background: string): string {
  const visible = cy.elements().filter((e) => e.visible())
  const box = visible.boundingBox({ includeLabels: true })
  const pad = 20
  const width = box.w + 2 * pad
  const height = box.h + 2 * pad
  const edges = visible.edges().map(edgeSvg).join('')
  const nodes = visible.nodes().map(nodeSvg).join('')
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${box.x1 - pad} ${box.y1 - pad} ${width} ${height}" font-family="system-ui, sans-serif">`,
    `<rect x="${box.x1 - pad}" y="${box.y1 - pad}" width="${width}" height="${height}" fill="${background}"/>`,
    edges,
    nodes,
    '</svg>',
  ].join('')
}

export function exportSvg(cy: Core, background: string, filename: string) {
  downloadBlob(new Blob([graphToSvg(cy, background)], { type: 'image/svg+xml' }), filename)
}
