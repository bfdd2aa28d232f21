/**
 * Export of the graph as it is drawn, as a picture that stands on its own: a title, the
 * drawing (positions, shapes, colours, dimming, routed links, the names on screen), a legend
 * of the families it shows and a source line. SVG is written from the live elements' computed
 * styles; PNG is that SVG rasterised, so both say the same. Loaded on demand: the first view
 * does not pay for it.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape'

export interface ExportMeta {
  title: string
  /** "Fine-Tuning Atlas · https://… · data CC BY 4.0 · 2026-11-26" */
  source: string
  /** Families drawn, in legend order. */
  legend: { name: string; color: string; path: string }[]
  text: string
  muted: string
}

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

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  )

const num = (n: number) => Math.round(n * 100) / 100

function nodeSvg(node: NodeSingular): string {
  const { x, y } = node.position()
  const w = node.numericStyle('width')
  const h = node.numericStyle('height')
  const fill = node.style('background-color') as string
  const stroke = node.style('border-color') as string
  const strokeWidth = node.numericStyle('border-width')
  const paint = `fill="${fill}" stroke="${stroke}" stroke-width="${num(strokeWidth)}"`
  const shape = node.style('shape') as string
  const raw = node.style('shape-polygon-points') as unknown
  const coords = (Array.isArray(raw) ? raw : String(raw ?? '').split(/[\s,]+/))
    .map(Number)
    .filter((n) => Number.isFinite(n))
  const body =
    shape === 'polygon' && coords.length >= 6
      ? `<polygon points="${coords
          .reduce<string[]>((pts, v, i) => {
            if (i % 2 === 0) pts.push(`${num(x + (v * w) / 2)}`)
            else pts[pts.length - 1] += `,${num(y + (v * h) / 2)}`
            return pts
          }, [])
          .join(' ')}" ${paint}/>`
      : `<ellipse cx="${num(x)}" cy="${num(y)}" rx="${num(w / 2)}" ry="${num(h / 2)}" ${paint}/>`
  const ring =
    node.numericStyle('outline-width') > 0
      ? `<ellipse cx="${num(x)}" cy="${num(y)}" rx="${num(w / 2 + strokeWidth)}" ry="${num(h / 2 + strokeWidth)}" fill="none" stroke="${node.style('outline-color') as string}" stroke-width="${num(node.numericStyle('outline-width'))}"/>`
      : ''
  return `<g opacity="${num(node.effectiveOpacity())}">${ring}${body}${labelSvg(node, x, y, w, h)}</g>`
}

/** The node's name where the graph draws it (above, below, right or left), if it is drawn. */
function labelSvg(node: NodeSingular, x: number, y: number, w: number, h: number): string {
  const label = String(node.data('label') ?? '')
  // The names on screen, and the whole highlighted lineage's wherever it runs.
  const named =
    Number(node.style('text-opacity')) > 0 ||
    node.hasClass('selected') ||
    node.hasClass('highlighted')
  if (!label || !named) return ''
  const size = node.numericStyle('font-size')
  const gap =
    Math.abs(node.numericStyle('text-margin-y')) || Math.abs(node.numericStyle('text-margin-x'))
  const valign = node.style('text-valign') as string
  const halign = node.style('text-halign') as string
  const [tx, ty, anchor, baseline] =
    valign === 'top'
      ? [x, y - h / 2 - gap, 'middle', 'text-after-edge']
      : valign === 'bottom'
        ? [x, y + h / 2 + gap, 'middle', 'text-before-edge']
        : halign === 'left'
          ? [x - w / 2 - gap, y, 'end', 'central']
          : [x + w / 2 + gap, y, 'start', 'central']
  return `<text x="${num(tx)}" y="${num(ty)}" text-anchor="${anchor}" dominant-baseline="${baseline}" font-size="${num(size)}" font-weight="${node.style('font-weight') as string}" fill="${node.style('color') as string}" paint-order="stroke" stroke="${node.style('text-background-color') as string}" stroke-width="${num(size / 4)}">${escapeXml(label)}</text>`
}

function edgeSvg(edge: EdgeSingular): string {
  const s = edge.source().position()
  const t = edge.target().position()
  let bends: { x: number; y: number }[] = []
  if (edge.hasClass('routed'))
    try {
      bends = edge.segmentPoints()
    } catch {
      bends = []
    }
  const points = [s, ...bends, t]
  const last = points[points.length - 2]!
  const length = Math.hypot(t.x - last.x, t.y - last.y) || 1
  const ux = (t.x - last.x) / length
  const uy = (t.y - last.y) / length
  const inset = edge.target().numericStyle('width') / 2 + 1
  const ex = t.x - ux * inset
  const ey = t.y - uy * inset
  const color = edge.style('line-color') as string
  const width = edge.numericStyle('width')
  const a = 4 + width * 2
  const arrow = `${num(ex)},${num(ey)} ${num(ex - ux * a - uy * a * 0.5)},${num(ey - uy * a + ux * a * 0.5)} ${num(ex - ux * a + uy * a * 0.5)},${num(ey - uy * a - ux * a * 0.5)}`
  const line = [...points.slice(0, -1), { x: ex - ux * a * 0.8, y: ey - uy * a * 0.8 }]
    .map((p) => `${num(p.x)},${num(p.y)}`)
    .join(' ')
  return `<g opacity="${num(edge.effectiveOpacity())}"><polyline points="${line}" fill="none" stroke="${color}" stroke-width="${num(width)}" stroke-linejoin="round"/><polygon points="${arrow}" fill="${color}"/></g>`
}

/** The graph as a standalone SVG document: title, drawing, legend and source line. */
export function graphToSvg(cy: Core, background: string, meta: ExportMeta): string {
  const visible = cy.elements().filter((e) => e.visible())
  const box = visible.boundingBox({ includeLabels: true })
  const pad = 24
  const scale = Math.max(1, box.w / 900)
  const font = 14 * scale
  const head = font * 2.4
  const legendRows = Math.ceil(meta.legend.length / 4)
  const foot = font * 1.6 * (legendRows + 1.5)
  const x0 = box.x1 - pad
  const y0 = box.y1 - pad - head
  const width = box.w + 2 * pad
  const height = box.h + 2 * pad + head + foot
  const colWidth = width / 4
  const legend = meta.legend
    .map((f, i) => {
      const lx = x0 + pad + (i % 4) * colWidth
      const ly = box.y2 + pad + font * 1.2 + Math.floor(i / 4) * font * 1.6
      const k = font / 16
      return `<g transform="translate(${num(lx)} ${num(ly - font * 0.85)}) scale(${num(k)})"><path d="${f.path}" fill="${f.color}"/></g><text x="${num(lx + font * 1.3)}" y="${num(ly)}" font-size="${num(font * 0.85)}" fill="${meta.text}">${escapeXml(f.name)}</text>`
    })
    .join('')
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="${num(x0)} ${num(y0)} ${num(width)} ${num(height)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">`,
    `<title>${escapeXml(meta.title)}</title>`,
    `<rect x="${num(x0)}" y="${num(y0)}" width="${num(width)}" height="${num(height)}" fill="${background}"/>`,
    `<text x="${num(x0 + pad)}" y="${num(y0 + font * 1.6)}" font-size="${num(font * 1.3)}" font-weight="700" fill="${meta.text}">${escapeXml(meta.title)}</text>`,
    visible.edges().map(edgeSvg).join(''),
    visible.nodes('.technique').map(nodeSvg).join(''),
    legend,
    `<text x="${num(x0 + pad)}" y="${num(y0 + height - font * 0.8)}" font-size="${num(font * 0.8)}" fill="${meta.muted}">${escapeXml(meta.source)}</text>`,
    '</svg>',
  ].join('')
}

export function exportSvg(cy: Core, background: string, meta: ExportMeta, filename: string) {
  downloadBlob(new Blob([graphToSvg(cy, background, meta)], { type: 'image/svg+xml' }), filename)
}

/** The same picture as the SVG, rasterised at twice its size. */
export async function exportPng(cy: Core, background: string, meta: ExportMeta, filename: string) {
  const svg = graphToSvg(cy, background, meta)
  const image = new Image()
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  await image.decode()
  const canvas = document.createElement('canvas')
  const limit = 8000
  const scale = Math.min(2, limit / image.naturalWidth, limit / image.naturalHeight)
  canvas.width = Math.round(image.naturalWidth * scale)
  canvas.height = Math.round(image.naturalHeight * scale)
  const ctx = canvas.getContext('2d')!
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height)
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (blob) downloadBlob(blob, filename)
}
