import { describe, expect, it } from 'vitest'
import type { LabelCandidate, Rect } from '../../src/domain/layout/labelBox'
import { placeMapLabels, type EdgeLabelCandidate } from '../../src/domain/layout/labels'
import { boxedIn, candidate, rect, viewport } from './labelFixtures'

describe('placing relation labels on links', () => {
  // A text 50 wide takes 56 with padding and 15 in height; markers are 8.
  const edge = (route: [number, number][], extra: Partial<EdgeLabelCandidate> = {}) => ({
    id: 'e',
    text: 'extends',
    width: 50,
    route: route.map(([x, y]) => ({ x, y })),
    ...extra,
  })
  const place = (e: EdgeLabelCandidate, obstacles: Rect[] = [], nodes: LabelCandidate[] = []) =>
    placeMapLabels(nodes, [e], viewport, 8, obstacles)

  it('centres the text on the level stretch, in a box 6 wider than the text and 15 high', () => {
    // The stretch runs 20–300: room from 20 + 8 + 28 to 300 − 8 − 28, centred at 160. Obstacles
    // touch the box (132–188, 92.5–107.5) on every side.
    const around = boxedIn(rect(132, 92.5, 188, 107.5))
    expect(
      place(
        edge([
          [20, 100],
          [300, 100],
        ]),
        around,
      ).edges,
    ).toEqual([{ id: 'e', text: 'extends', x: 160, y: 100 }])
    // Something over the top half of the box is in the way wherever the label slides.
    expect(
      place(
        edge([
          [20, 100],
          [300, 100],
        ]),
        [rect(0, 93, 400, 99)],
      ).edges,
    ).toEqual([])
  })

  it('needs a stretch at least as long as the text box and two markers', () => {
    // 56 + 2 × 8 = 72.
    expect(
      place(
        edge([
          [20, 100],
          [92, 100],
        ]),
      ).edges,
    ).toEqual([{ id: 'e', text: 'extends', x: 56, y: 100 }])
    expect(
      place(
        edge([
          [20, 100],
          [91, 100],
        ]),
      ).edges,
    ).toEqual([])
    // Unmeasured, "extends" at 11 px is estimated 47 wide: 53 + 16 = 69 is enough.
    expect(
      place(
        edge(
          [
            [20, 100],
            [91, 100],
          ],
          { width: undefined },
        ),
      ).edges,
    ).toHaveLength(1)
    expect(
      place(
        edge(
          [
            [20, 100],
            [88, 100],
          ],
          { width: undefined },
        ),
      ).edges,
    ).toEqual([])
  })

  it('writes only on level stretches', () => {
    expect(
      place(
        edge([
          [20, 100],
          [300, 101],
        ]),
      ).edges,
    ).toEqual([])
    expect(
      place(
        edge([
          [20, 100],
          [300, 100.5],
        ]),
      ).edges,
    ).toEqual([{ id: 'e', text: 'extends', x: 160, y: 100 }])
  })

  it('prefers the longest level stretch', () => {
    const route: [number, number][] = [
      [20, 100],
      [120, 100],
      [120, 200],
      [320, 200],
    ]
    expect(place(edge(route)).edges).toEqual([{ id: 'e', text: 'extends', x: 220, y: 200 }])
  })

  it('prefers the longest level stretch wherever it lies', () => {
    // A long stretch near the left (20–300) and a short one further right (300–390).
    const route: [number, number][] = [
      [20, 100],
      [300, 100],
      [300, 200],
      [390, 200],
    ]
    expect(place(edge(route)).edges).toEqual([{ id: 'e', text: 'extends', x: 160, y: 100 }])
  })

  it('slides away from the middle when it is taken, trying the left first', () => {
    const route: [number, number][] = [
      [20, 100],
      [300, 100],
    ]
    // Taken just right of the middle: 12 to the left is free.
    expect(place(edge(route), [rect(185, 0, 190, 300)]).edges[0]!.x).toBe(148)
    // Taken left of the middle and 12 to the left: 12 to the right is free.
    expect(place(edge(route), [rect(130, 0, 135, 300)]).edges[0]!.x).toBe(172)
  })

  it('slides as far as the ends of the stretch', () => {
    // Room from 56 to 104 (centre 80): only the far left end, 24 from the centre, is free.
    expect(
      place(
        edge([
          [20, 100],
          [140, 100],
        ]),
        [rect(85, 0, 95, 300)],
      ).edges,
    ).toEqual([{ id: 'e', text: 'extends', x: 56, y: 100 }])
  })

  it('keeps a label clear of more than it covers: nothing a little above or below counts', () => {
    const near = [rect(0, 75, 400, 80), rect(0, 120, 400, 125), rect(40, 0, 50, 300)]
    expect(
      place(
        edge([
          [20, 100],
          [300, 100],
        ]),
        near,
      ).edges,
    ).toEqual([{ id: 'e', text: 'extends', x: 160, y: 100 }])
  })

  it('places a relation label before a less important technique label', () => {
    // c's label above (159–241, 96–113) would cover the link's middle.
    const c = candidate('c', 200, 120, 1, 80)
    const { nodes, edges } = place(
      edge(
        [
          [100, 100],
          [300, 100],
        ],
        { priority: 2 },
      ),
      [],
      [c],
    )
    expect(edges).toEqual([{ id: 'e', text: 'extends', x: 200, y: 100 }])
    expect(nodes.get('c')).toBe('below')
  })
})
