import cytoscape from 'cytoscape'
import { describe, expect, it } from 'vitest'
import { toElements } from '../../src/components/graph/elements'
import { graphToSvg } from '../../src/components/graph/exportGraph'
import { graphStyle } from '../../src/components/graph/graphStyle'
import { createAtlas } from '../../src/domain/atlas'
import { tinyData } from '../fixtures/tinyData'

describe('SVG export', () => {
  const data = tinyData()
  data.techniques[1]!.name = 'A & <B>'
  const atlas = createAtlas(data)
  const positions = Object.fromEntries(
    atlas.data.techniques.map((t, i) => [t.id, { x: i * 150, y: (t.year - 2015) * 40 }]),
  )
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(atlas, { positions, routes: {} }),
    style: graphStyle('light', 3),
  })

  it('draws every visible technique with its label, escaped, and every link with an arrow', () => {
    cy.getElementById('f').addClass('hidden')
    const svg = graphToSvg(cy, '#ffffff')
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg).toContain('>A &amp; &lt;B&gt;</text>')
    expect(svg).toContain('>ROOT</text>')
    expect(svg).not.toContain('>F</text>')
    // Seven links, two of them into the hidden technique.
    expect(svg.match(/<line /g)).toHaveLength(5)
  })

  it('keeps the dimming of the view', () => {
    cy.getElementById('root').addClass('dimmed')
    expect(graphToSvg(cy, '#ffffff')).toMatch(/<g opacity="0\.18"><ellipse/)
  })
})
