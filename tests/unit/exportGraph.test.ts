import cytoscape from 'cytoscape'
import { describe, expect, it } from 'vitest'
import { toElements } from '../../src/components/graph/elements'
import { graphToSvg } from '../../src/components/graph/exportGraph'
import { graphStyle } from '../../src/components/graph/graphStyle'
import { createAtlas } from '../../src/domain/data/atlas'
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

  const meta = {
    title: 'C in the Fine-Tuning Atlas',
    source: 'Fine-Tuning Atlas · https://atlas.example/?technique=c · data CC BY 4.0',
    legend: [{ name: 'Cat <alpha>', color: '#123456', path: 'M0 0H16V16Z' }],
    text: '#111111',
    muted: '#555555',
  }
  cy.nodes().addClass('label-shown')

  it('draws every visible technique with its name, escaped, and every link with an arrow', () => {
    cy.getElementById('f').addClass('hidden')
    const svg = graphToSvg(cy, '#ffffff', meta)
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg).toContain('>A &amp; &lt;B&gt;</text>')
    expect(svg).toContain('>ROOT</text>')
    expect(svg).not.toContain('>F</text>')
    // Seven links, two of them into the hidden technique.
    expect(svg.match(/<polyline /g)).toHaveLength(5)
  })

  it('stands on its own: a title, a legend of the families drawn and a source line', () => {
    const svg = graphToSvg(cy, '#ffffff', meta)
    expect(svg).toContain('<title>C in the Fine-Tuning Atlas</title>')
    expect(svg).toContain('font-weight="700" fill="#111111">C in the Fine-Tuning Atlas</text>')
    expect(svg).toContain('<path d="M0 0H16V16Z" fill="#123456"/>')
    expect(svg).toContain('>Cat &lt;alpha&gt;</text>')
    expect(svg).toContain(
      'fill="#555555">Fine-Tuning Atlas · https://atlas.example/?technique=c · data CC BY 4.0</text>',
    )
  })

  it('names only what the view names, and keeps its dimming', () => {
    cy.getElementById('b').removeClass('label-shown')
    cy.getElementById('root').addClass('dimmed')
    const svg = graphToSvg(cy, '#ffffff', meta)
    expect(svg).not.toContain('>B</text>')
    expect(svg).toMatch(/<g opacity="0\.18"><ellipse/)
  })
})
