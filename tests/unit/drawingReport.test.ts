import { describe, expect, it } from 'vitest'
import { reportDrawing } from '../../src/domain/layout/drawingReport'

const marker = (id: string, x: number, y: number) => ({ id, x, y, size: 8 })
const label = (id: string, x0: number, y0: number, w = 40, px = 12) => ({
  id,
  x0,
  y0,
  x1: x0 + w,
  y1: y0 + 16,
  px,
})

describe('the drawing report', () => {
  it('reports a truthful, readable drawing as such', () => {
    const report = reportDrawing({
      markers: [marker('a', 0, 0), marker('b', 100, 0), marker('c', 200, 50)],
      labels: [label('a', -20, -30), label('b', 80, -30, 40, 11.5)],
      edges: [
        {
          id: 'a->b',
          source: 'a',
          target: 'b',
          route: [
            { x: 0, y: 0 },
            { x: 100, y: 0 },
          ],
        },
        {
          id: 'b->c',
          source: 'b',
          target: 'c',
          route: [
            { x: 100, y: 0 },
            { x: 200, y: 50 },
          ],
        },
      ],
    })
    expect(report).toEqual({
      techniques: 3,
      labelsShown: 2,
      smallestLabelPx: 11.5,
      overlappingLabels: 0,
      edges: 2,
      edgesOverUnrelatedNodes: 0,
      crossings: 0,
      crossingsPerEdge: 0,
      sharedStretches: 0,
      backwardEdges: 0,
    })
  })

  it('counts overlapping labels, edges over unrelated nodes, crossings and backward edges', () => {
    const report = reportDrawing({
      markers: [
        marker('a', 0, 0),
        marker('m', 50, 0),
        marker('b', 100, 0),
        marker('x', 50, -40),
        marker('y', 50, 40),
      ],
      labels: [label('a', 0, -30), label('b', 20, -25), label('m', 200, 200)],
      edges: [
        // Through m, which it does not connect.
        {
          id: 'a->b',
          source: 'a',
          target: 'b',
          route: [
            { x: 0, y: 0 },
            { x: 100, y: 0 },
          ],
        },
        // Drawn right to left: backward in time.
        {
          id: 'b->a',
          source: 'b',
          target: 'a',
          route: [
            { x: 100, y: 20 },
            { x: 0, y: 20 },
          ],
        },
        // Crosses both of the above.
        {
          id: 'x->y',
          source: 'x',
          target: 'y',
          route: [
            { x: 50, y: -40 },
            { x: 50, y: 40 },
          ],
        },
      ],
    })
    expect(report.overlappingLabels).toBe(1)
    expect(report.edgesOverUnrelatedNodes).toBe(2)
    expect(report.backwardEdges).toBe(1)
    expect(report.crossings).toBe(2)
    expect(report.crossingsPerEdge).toBeCloseTo(0.667, 3)
    expect(report.smallestLabelPx).toBe(12)
  })

  it('an empty drawing has no smallest label and no crossings per edge', () => {
    const report = reportDrawing({ markers: [], labels: [], edges: [] })
    expect(report.smallestLabelPx).toBeNull()
    expect(report.crossingsPerEdge).toBe(0)
  })
})
