import { describe, expect, it } from 'vitest'
import { zoomStep } from '../../src/components/graph/graphStyle'
import {
  AXIS,
  boxAround,
  CLOSE_UP_ZOOM,
  fitExtent,
  openingView,
  READABLE_ZOOM,
  ZOOM_RANGE,
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

describe('where the graph opens', () => {
  const extent = { x1: 0, y1: 0, w: 4000, h: 1000 }
  const phone = { width: 390, height: 700 }
  const desk = { width: 1600, height: 900 }

  it('shows the whole map when it is readable at the fitted zoom', () => {
    const view = openingView({ canvas: desk, extent, centre: { x: 10, y: 10 } })
    expect(view).toEqual(fitExtent(extent, desk, ZOOM_RANGE))
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM)
  })

  it('opens a small screen on a close-up of the centre it is given', () => {
    const centre = { x: 1200, y: 300 }
    const view = openingView({ canvas: phone, extent, centre })
    expect(view.zoom).toBe(CLOSE_UP_ZOOM)
    expect(view.pan.x + CLOSE_UP_ZOOM * centre.x).toBeCloseTo(phone.width / 2, 9)
    expect(view.pan.y + CLOSE_UP_ZOOM * centre.y).toBeCloseTo(phone.height / 2, 9)
  })

  it('keeps the fitted map on a small screen when there is no centre', () => {
    expect(openingView({ canvas: phone, extent })).toEqual(fitExtent(extent, phone, ZOOM_RANGE))
  })

  it('fits a highlighted lineage on its own when the whole map is too small to read', () => {
    const focus = { x1: 1000, y1: 200, w: 300, h: 100 }
    const view = openingView({ canvas: desk, extent: { ...extent, w: 12000 }, focus })
    const left = focus.x1 * view.zoom + view.pan.x
    const right = (focus.x1 + focus.w) * view.zoom + view.pan.x
    expect(left).toBeGreaterThan(0)
    expect(right).toBeLessThan(desk.width)
    expect(view.zoom).toBeGreaterThan(fitExtent({ ...extent, w: 12000 }, desk, ZOOM_RANGE).zoom)
  })

  it('opens exactly where a shared link says, whatever else is given', () => {
    const at = { zoom: 1.5, x: 500, y: 250 }
    const view = openingView({ canvas: phone, extent, at, centre: { x: 0, y: 0 } })
    expect(view.zoom).toBe(1.5)
    expect((phone.width / 2 - view.pan.x) / view.zoom).toBeCloseTo(at.x, 9)
    expect((phone.height / 2 - view.pan.y) / view.zoom).toBeCloseTo(at.y, 9)
  })

  it('boxes positions, and knows no box for none', () => {
    expect(boxAround([])).toBeNull()
    expect(
      boxAround([
        { x: 3, y: 9 },
        { x: -1, y: 2 },
      ]),
    ).toEqual({ x1: -1, y1: 2, w: 4, h: 7 })
  })
})
