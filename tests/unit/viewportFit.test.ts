import { describe, expect, it } from 'vitest'
import { zoomStep } from '../../src/components/graph/graphStyle'
import {
  AXIS,
  fitExtent,
  NAME_ROOM_LEFT,
  PAD,
  TOOLBAR,
} from '../../src/components/graph/viewportFit'

describe('fitting the map into the canvas', () => {
  const canvas = { width: 900, height: 500 }
  const wide = { x1: 100, y1: 50, w: 2000, h: 300 }

  it('keeps extra room on the left for the oldest techniques’ names, the padding on the right', () => {
    const { zoom, pan } = fitExtent(wide, canvas, { min: 0.01, max: 4 })
    const left = wide.x1 * zoom + pan.x
    const right = (wide.x1 + wide.w) * zoom + pan.x
    expect(left).toBeCloseTo(PAD + NAME_ROOM_LEFT, 6)
    expect(right).toBeCloseTo(canvas.width - PAD, 6)
  })

  it('centres a tall map between the toolbar and the time axis', () => {
    const tall = { x1: 0, y1: 0, w: 100, h: 1000 }
    const { zoom, pan } = fitExtent(tall, canvas, { min: 0.01, max: 4 })
    expect(zoom).toBeCloseTo((canvas.height - AXIS - TOOLBAR - 2 * PAD) / tall.h, 9)
    expect(pan.y).toBeCloseTo(TOOLBAR + PAD, 6)
  })

  it('never zooms past the allowed range', () => {
    expect(fitExtent({ x1: 0, y1: 0, w: 1, h: 1 }, canvas, { min: 0.1, max: 2 }).zoom).toBe(2)
    expect(fitExtent(wide, canvas, { min: 0.5, max: 2 }).zoom).toBe(0.5)
  })
})

describe('zoom steps of the stylesheet', () => {
  it('round down, so a 12 px name is never drawn smaller, and about 3 % larger at most', () => {
    for (let z = 0.05; z < 4; z *= 1.0137) {
      const step = zoomStep(z)
      expect(step).toBeLessThanOrEqual(z)
      // Steps are kept to three decimals: that adds up to 0.001 / z.
      expect(z / step).toBeLessThan(1.0301 * (1 + 0.001 / z))
    }
  })
})
