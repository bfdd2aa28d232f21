import { describe, expect, it } from 'vitest'
import { reportDrawing } from '../../src/domain/layout/drawingReport'

const label = (id: string, x0: number, y0: number, x1: number, y1: number) => ({
  id,
  x0,
  y0,
  x1,
  y1,
  px: 12,
})
const overlapping = (labels: ReturnType<typeof label>[]) =>
  reportDrawing({ markers: [], labels, edges: [] }).overlappingLabels

describe('overlapping labels in a drawing', () => {
  it('counts labels that overlap by more than half a pixel', () => {
    expect(overlapping([label('a', 0, 0, 40, 16), label('b', 39, 15, 79, 31)])).toBe(1)
  })

  it('does not count labels on one line far apart, whatever order they come in', () => {
    expect(overlapping([label('right', 100, 0, 140, 16), label('left', 0, 0, 40, 16)])).toBe(0)
  })

  it.each([
    ['side by side', label('a', 0, 0, 40, 16), label('b', 39.5, 0, 79.5, 16)],
    ['the second just below', label('a', 0, 0, 40, 16), label('b', 10, 15.5, 50, 31.5)],
    ['the second just above', label('a', 0, 20, 40, 36), label('b', 10, 4.5, 50, 20.5)],
  ])('does not count labels touching within half a pixel: %s', (_how, a, b) => {
    expect(overlapping([a, b])).toBe(0)
  })
})
