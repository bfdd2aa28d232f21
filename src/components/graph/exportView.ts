import type { Core } from 'cytoscape'
import type { Atlas } from '../../domain/data/atlas'
import { familyShape, shapePath } from '../../theme/shapes'
import { TOKENS, familyColor, type Theme } from '../../theme/tokens'

/**
 * Downloads the graph as drawn (PNG or SVG) with a title, the legend of the families drawn and
 * a source line; the exporter itself loads on first use.
 */
export async function exportView(
  cy: Core,
  atlas: Atlas,
  theme: Theme,
  selected: string | undefined,
  format: 'png' | 'svg',
) {
  const { exportPng, exportSvg } = await import('./exportGraph')
  const name = `fine-tuning-atlas${selected ? `-${selected}` : ''}.${format}`
  const t = TOKENS[theme]
  const subject = selected ? atlas.techniques.get(selected)?.name : undefined
  // The families drawn, in legend order.
  const drawn = new Set<number>()
  cy.nodes('.technique')
    .filter(':visible')
    .forEach((n) => {
      const m = /family-(\d+)/.exec(n.classes().join(' '))
      if (m) drawn.add(Number(m[1]))
    })
  const meta = {
    title: subject
      ? `${subject} in the Fine-Tuning Atlas`
      : 'Fine-Tuning Atlas: the lineage of fine-tuning techniques',
    source: `Fine-Tuning Atlas · ${window.location.href} · data CC BY 4.0 · ${new Date().toISOString().slice(0, 10)}`,
    legend: [...atlas.categories.values()]
      .map((c, i) => ({
        name: c.name,
        color: familyColor(theme, i),
        path: shapePath(familyShape(i)),
        i,
      }))
      .filter((f) => drawn.has(f.i)),
    text: t.text,
    muted: t.muted,
  }
  if (format === 'png') await exportPng(cy, t.bg, meta, name)
  else exportSvg(cy, t.bg, meta, name)
}
