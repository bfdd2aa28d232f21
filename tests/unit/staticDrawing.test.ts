import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { computeLineageLayout } from '../../src/build/lineageLayout'
import { readDataDir } from '../../src/build/readDataDir'
import { createAtlas, lineageOf } from '../../src/domain/data/atlas'
import { FIRST_FRAME_CANVAS, firstFrameSvg } from '../../src/components/graph/firstFrameSvg'
import { PREVIEW, previewLineage, previewSvg } from '../../src/components/graph/previewSvg'
import { CSS_PAINT, namesInView } from '../../src/components/graph/staticDrawing'
import { fitExtent, positionsExtent, READABLE_ZOOM } from '../../src/components/graph/viewportFit'
import { toElements } from '../../src/components/graph/elements'

const { data } = readDataDir('data', { requireSeedEntities: true })
const atlas = createAtlas(data)
const input = {
  techniques: data.techniques,
  lineage: data.lineage,
  categoryOrder: data.categories.map((c) => c.id),
}
const PAINT = { bg: '#fff', text: '#111', edge: '#888', family: (i: number) => `#00${i}` }

describe('the static first frame', async () => {
  const layout = await computeLineageLayout(input, {
    cacheDir: resolve('node_modules/.cache/atlas-layout'),
  })
  const extent = positionsExtent(toElements(atlas, layout))
  const svg = firstFrameSvg(atlas, layout, extent, layout.positions.lora!)

  it('draws one marker per technique at its layout position, named by id', () => {
    const markers = [...svg.matchAll(/<(?:circle|polygon) data-id="([^"]+)"/g)].map((m) => m[1])
    expect(new Set(markers)).toEqual(new Set(data.techniques.map((t) => t.id)))
    const lora = layout.positions.lora!
    const circleOrPolygon = new RegExp(`data-id="lora" points="([^"]+)"`).exec(svg)
    const xs = circleOrPolygon![1]!.split(' ').map((p) => Number(p.split(',')[0]))
    expect((Math.min(...xs) + Math.max(...xs)) / 2).toBeCloseTo(lora.x, 0)
  })

  it('frames the map exactly as the live graph fits it (the view box is the extent)', () => {
    expect(svg).toContain(
      `viewBox="${[extent.x1, extent.y1, extent.w, extent.h].map((n) => String(Math.round(n * 10) / 10)).join(' ')}"`,
    )
    expect(svg).toContain('preserveAspectRatio="xMidYMid meet"')
  })

  it('follows the page’s theme through its colour tokens', () => {
    expect(svg).toContain(`stroke="${CSS_PAINT.edge}"`)
    expect(svg).toContain('fill="var(--family-0)"')
    expect(svg).not.toMatch(/#[0-9a-f]{6}/i)
  })

  it('names what a 1280 × 800 screen has room for, as the live graph does', () => {
    const fit = fitExtent(extent, FIRST_FRAME_CANVAS, { min: 0.05, max: 4 })
    const names = namesInView(atlas, layout, { ...FIRST_FRAME_CANVAS, ...fit })
    const fitGroup = /<g class="ff-fit"[^>]*>(.*?)<\/g>/.exec(svg)![1]!
    expect(fitGroup.match(/<text /g)!.length).toBeGreaterThanOrEqual(names.size - 2)
    expect(names.size).toBeGreaterThan(60)
    // The most connected techniques are among them.
    expect([...names.keys()]).toEqual(expect.arrayContaining(['lora', 'dpo', 'rlhf']))
  })

  it('switches to the close-up where the live graph would (a canvas narrower than the fit)', () => {
    const narrow = /max-width: (\d+)px/.exec(svg)![1]
    // The fit's zoom falls below the readable zoom exactly there.
    const fitZoom = (width: number) =>
      fitExtent(extent, { width, height: 4000 }, { min: 0.01, max: 4 }).zoom
    expect(fitZoom(Number(narrow))).toBeGreaterThanOrEqual(READABLE_ZOOM)
    expect(fitZoom(Number(narrow) - 1)).toBeLessThan(READABLE_ZOOM)
  })

  it('escapes names', () => {
    expect(svg).not.toMatch(/>[^<]*&(?!amp;|lt;|gt;|quot;)[^<]*</)
  })
})

describe('a technique’s preview picture', async () => {
  const ids = previewLineage(atlas, 'qlora')
  const part = await computeLineageLayout(
    {
      techniques: data.techniques.filter((t) => ids.has(t.id)),
      lineage: data.lineage.filter((l) => ids.has(l.parent) && ids.has(l.child)),
      categoryOrder: data.categories.map((c) => c.id),
    },
    { cacheDir: resolve('node_modules/.cache/atlas-layout') },
  )
  const svg = previewSvg(atlas, part, 'qlora', PAINT, { name: 'Low-rank (LoRA family)', index: 2 })

  it('is the size link previews expect', () => {
    expect(svg).toContain(`width="${PREVIEW.width}" height="${PREVIEW.height}"`)
    expect(PREVIEW.width / PREVIEW.height).toBeCloseTo(1.91, 1)
  })

  it('shows two generations each way, with every name', () => {
    expect(ids).toEqual(lineageOf(atlas, 'qlora', 'both', 2).nodes)
    for (const id of ids) expect(svg).toContain(`>${atlas.techniques.get(id)!.name}</text>`)
  })

  it('says what it is: name, year, family and the size of the whole lineage', () => {
    expect(svg).toContain('>QLoRA <tspan font-size="30" font-weight="400">(2023)</tspan>')
    const all = lineageOf(atlas, 'qlora', 'both').nodes.size - 1
    expect(svg).toContain(`Low-rank (LoRA family) · ${all} related techniques in its lineage`)
  })

  it('rings its own technique, and only it, as the live graph rings a selection', () => {
    const rings = [...svg.matchAll(/<circle class="subject-ring" cx="([-\d.]+)" cy="([-\d.]+)"/g)]
    expect(rings).toHaveLength(2)
    const at = part.positions.qlora!
    for (const [, x, y] of rings) {
      expect(Number(x)).toBeCloseTo(at.x, 0)
      expect(Number(y)).toBeCloseTo(at.y, 0)
    }
    const accented = previewSvg(
      atlas,
      part,
      'qlora',
      { ...PAINT, accent: '#b42318' },
      {
        name: 'Low-rank (LoRA family)',
        index: 2,
      },
    )
    expect(accented).toContain('stroke="#b42318"')
  })
})
