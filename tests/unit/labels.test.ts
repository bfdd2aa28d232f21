import { describe, expect, it } from 'vitest'
import { readDataDir } from '../../src/build/readDataDir'
import { createAtlas } from '../../src/domain/data/atlas'
import { placeLabels, placeMapLabels } from '../../src/domain/layout/labels'
import { labelRect } from '../../src/domain/layout/labelBox'
import { labelImportance } from '../../src/domain/layout/labelImportance'
import { candidate, viewport } from './labelFixtures'

describe('map-style labels', () => {
  it('places labels above their marker when there is room', () => {
    expect([...placeLabels([candidate('a', 100, 100)], viewport, 8)]).toEqual([['a', 'above']])
  })

  it('the more important of two clashing labels wins the spot; the other moves or waits', () => {
    // Two markers side by side: both labels cannot sit above, so the second goes below.
    const shown = placeLabels(
      [candidate('low', 120, 100, 1), candidate('high', 100, 100, 5)],
      viewport,
      8,
    )
    expect(shown.get('high')).toBe('above')
    expect(shown.get('low')).toBe('below')
  })

  it('never draws two labels over each other, nor over another marker', () => {
    const crowd = Array.from({ length: 60 }, (_, i) =>
      candidate(`t${i}`, 50 + (i % 10) * 30, 50 + Math.floor(i / 10) * 20, i % 7),
    )
    const shown = placeLabels(crowd, viewport, 8)
    const rects = [...shown].map(([id, side]) =>
      labelRect(
        crowd.find((c) => c.id === id)!,
        8,
        side,
      ),
    )
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i]!
        const b = rects[j]!
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false)
      }
    for (const [id, side] of shown) {
      const r = labelRect(
        crowd.find((c) => c.id === id)!,
        8,
        side,
      )
      for (const c of crowd)
        if (c.id !== id)
          expect(
            c.screen.x > r.x0 - 4 &&
              c.screen.x < r.x1 + 4 &&
              c.screen.y > r.y0 - 4 &&
              c.screen.y < r.y1 + 4,
          ).toBe(false)
    }
    expect(shown.size).toBeGreaterThan(5)
    expect(shown.size).toBeLessThan(60)
  })

  it('keeps labels inside the viewport and clear of controls drawn over the graph', () => {
    expect(placeLabels([candidate('edge', 2, 100)], viewport, 8).get('edge')).toBe('right')
    const toolbar = { x0: 0, y0: 0, x1: 400, y1: 120 }
    expect(placeLabels([candidate('a', 100, 125)], viewport, 8, [toolbar]).get('a')).toBe('below')
  })

  it('always names the selection, even where other markers crowd it', () => {
    // Markers all round the selected one leave no free side for an ordinary label.
    const crowd = [
      candidate('n', 100, 80),
      candidate('s', 100, 120),
      candidate('e', 140, 100),
      candidate('w', 60, 100),
    ]
    const picked = { ...candidate('picked', 100, 100, 10_000, 60) }
    expect(placeLabels([picked, ...crowd], viewport, 8).get('picked')).toBeUndefined()
    expect(placeLabels([{ ...picked, force: true }, ...crowd], viewport, 8).get('picked')).toBe(
      'above',
    )
  })

  it('writes a link’s relation on its longest level stretch, clear of technique labels', () => {
    const link = {
      id: 'a->b',
      text: 'quantizes',
      width: 50,
      route: [
        { x: 20, y: 100 },
        { x: 60, y: 100 },
        { x: 60, y: 200 },
        { x: 300, y: 200 },
      ],
    }
    const { nodes, edges } = placeMapLabels(
      [candidate('a', 20, 100, 1), candidate('b', 300, 200, 1)],
      [link],
      viewport,
      8,
    )
    expect(nodes.size).toBe(2)
    expect(edges).toEqual([{ id: 'a->b', text: 'quantizes', x: 180, y: 200 }])
  })

  it('leaves a trunk that several links share unlabelled: it would not say whose words they are', () => {
    const trunk = [
      { x: 20, y: 100 },
      { x: 300, y: 100 },
    ]
    const one = { id: 'a->b', text: 'extends', width: 40, route: [...trunk, { x: 300, y: 200 }] }
    const two = { id: 'a->c', text: 'simplifies', width: 50, route: [...trunk, { x: 300, y: 20 }] }
    expect(placeMapLabels([], [one, two], viewport, 8).edges).toEqual([])
    expect(placeMapLabels([], [one], viewport, 8).edges).toHaveLength(1)
  })

  it('treats stretches under a pixel apart as one trunk, across pixel rows; 2 px apart, two links', () => {
    const level = (y: number) => [
      { x: 20, y },
      { x: 300, y },
    ]
    const link = (id: string, y: number, end: number) => ({
      id,
      text: 'extends',
      width: 40,
      route: [...level(y), { x: 300, y: end }],
    })
    // 100.2 and 99.6 sit in different pixel rows but draw as one line.
    expect(
      placeMapLabels([], [link('a', 100.2, 200), link('b', 99.6, 20)], viewport, 8).edges,
    ).toEqual([])
    const apart = placeMapLabels([], [link('a', 100, 200), link('b', 98, 20)], viewport, 8)
    expect(apart.edges.map((e) => e.id).sort()).toEqual(['a', 'b'])
  })

  it('leaves a link unlabelled when no stretch has room or the spot is taken', () => {
    const short = {
      id: 's',
      text: 'extends',
      width: 50,
      route: [
        { x: 100, y: 100 },
        { x: 150, y: 100 },
      ],
    }
    expect(placeMapLabels([], [short], viewport, 8).edges).toEqual([])
    // A technique label sits where the relation would go.
    const long = {
      ...short,
      route: [
        { x: 100, y: 100 },
        { x: 300, y: 100 },
      ],
    }
    const blocker = { ...candidate('c', 200, 120, 1, 80) }
    expect(placeMapLabels([blocker], [long], viewport, 8).edges).toEqual([])
    expect(placeMapLabels([], [long], viewport, 8).edges).toHaveLength(1)
  })

  it('ranks the techniques a reader looks for first: LoRA above a leaf method', () => {
    const atlas = createAtlas(readDataDir('data', { requireSeedEntities: true }).data)
    const importance = labelImportance(atlas)
    expect(importance.get('lora')!).toBeGreaterThan(importance.get('qa-lora')!)
    expect(importance.get('dpo')!).toBeGreaterThan(importance.get('ld-dpo')!)
  })
})
