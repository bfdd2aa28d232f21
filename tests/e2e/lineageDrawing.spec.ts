import { expect, test } from '@playwright/test'
import { edgeId } from '../../src/domain/data/atlas'
import { SEED_CHAINS } from '../../src/domain/layout/landmarks'
import { drawing, openAtlas } from './helpers'

test.describe('the lineage can be followed', () => {
  for (const [last, chain] of SEED_CHAINS.map(
    (c) =>
      [c[c.length - 1]!, c.slice(1).map((child, i) => edgeId({ parent: c[i]!, child }))] as const,
  ))
    test(`selecting ${last} lights its chain end to end, and nothing but its lineage`, async ({
      page,
    }) => {
      await openAtlas(page, `/?technique=${last}`)
      const report = await drawing(page)
      expect(report.sharedStretches).toBe(0)
      const snap = await page.evaluate(() => window.__atlasGraph!.snapshot())
      const lit = snap.edges.filter((e) => e.lit)
      // The seed's chain is drawn as routed links (one painted path each), all of them lit.
      for (const id of chain) {
        const pieces = snap.edges.filter((e) => e.id === id)
        expect(pieces).toHaveLength(1)
        expect(pieces[0]!.lit).toBe(true)
      }
      // Every lit piece, stubs included, belongs to a link between two lit techniques.
      const litNodes = await page.evaluate(
        (ids) =>
          ids.filter((id) =>
            window.__atlasGraph!.classes(id).some((c) => c === 'highlighted' || c === 'selected'),
          ),
        [...new Set(lit.flatMap((e) => [e.source, e.target]))],
      )
      for (const e of lit) {
        expect(litNodes).toContain(e.source)
        expect(litNodes).toContain(e.target)
      }
      // A link drawn as two stubs lights both.
      for (const id of new Set(lit.map((e) => e.id)))
        expect(snap.edges.filter((e) => e.id === id).every((e) => e.lit)).toBe(true)
    })

  test('a notice above the graph, or folding the side panel, refits the map: nothing is cut off', async ({
    page,
  }) => {
    // Where the map sits: every marker inside the canvas (above the time axis), and how far the
    // map's middle is from the canvas's (between the toolbar and the time axis).
    const placement = async () =>
      page.evaluate(() => {
        const s = window.__atlasGraph!.snapshot()
        const xs = s.markers.map((m) => m.x)
        const ys = s.markers.map((m) => m.y)
        return {
          inside: s.markers.every(
            (m) => m.x >= 0 && m.x <= s.width && m.y >= 0 && m.y <= s.height - 26,
          ),
          offX: Math.abs((Math.max(...xs) + Math.min(...xs)) / 2 - s.width / 2),
          offY: Math.abs((Math.max(...ys) + Math.min(...ys)) / 2 - (44 + s.height - 26) / 2),
        }
      })
    await openAtlas(page, '/?categories=no-such-family')
    await expect(
      page.getByRole('region', { name: 'Part of this link could not be used' }),
    ).toBeVisible()
    await expect.poll(async () => (await placement()).inside).toBe(true)
    expect((await placement()).offY).toBeLessThan(20)
    await page.getByRole('button', { name: 'Hide panel' }).click()
    await expect(page).toHaveURL(/side=closed/)
    // The map sits a little right of the middle (the oldest techniques' names take room on its
    // left: some 30 px at this zoom); left where it was, it would be half the panel's width off.
    await expect.poll(async () => (await placement()).offX).toBeLessThan(45)
    expect((await placement()).inside).toBe(true)
  })

  test('zooming in on an unlabelled technique reveals its label, still with none overlapping', async ({
    page,
  }) => {
    await openAtlas(page, '/')
    await drawing(page)
    const target = await page.evaluate(() => {
      const s = window.__atlasGraph!.snapshot()
      const labelled = new Set(s.labels.map((l) => l.id))
      const centre = { x: s.width / 2, y: s.height / 2 }
      const unlabelled = s.markers
        .filter((m) => !labelled.has(m.id))
        .sort(
          (a, b) =>
            Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y),
        )
      return unlabelled[0]!
    })
    const box = (await page.getByTestId('graph-canvas').boundingBox())!
    await page.mouse.move(box.x + target.x, box.y + target.y)
    // Zoom in notch by notch, as a reader would, until the name shows (the map's densest
    // columns need up to about 5× the first view's zoom for a long name).
    const named = async () =>
      (await page.evaluate(() => window.__atlasGraph!.snapshot())).labels.some(
        (l) => l.id === target.id,
      )
    let notches = 0
    while (notches < 30 && !(await named())) {
      await page.mouse.wheel(0, -300)
      await page.waitForTimeout(150)
      notches++
    }
    await expect.poll(named).toBe(true)
    const after = await drawing(page)
    expect(after.overlappingLabels).toBe(0)
    expect(after.smallestLabelPx).toBeGreaterThanOrEqual(11)
  })
})
