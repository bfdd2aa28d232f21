import { expect, test, type Page } from '@playwright/test'
import { SEED_ENTITIES } from '../../src/domain/data/dataset'
import { SEED_CHAINS } from '../../src/domain/layout/landmarks'
import { drawing, openAtlas } from './helpers'

test.describe('the lineage graph tells the truth and can be read', () => {
  for (const viewport of [
    { width: 1280, height: 800, labels: 30, px: 12, seed: true },
    { width: 1920, height: 1080, labels: 30, px: 11, seed: true },
    { width: 390, height: 844, labels: 15, px: 11, seed: false },
  ])
    test(`at ${viewport.width}×${viewport.height}, the first view draws no false lineage`, async ({
      browser,
    }) => {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        ...(viewport.width < 500 ? { isMobile: true, hasTouch: true } : {}),
      })
      const page = await context.newPage()
      await openAtlas(page, '/')
      const report = await drawing(page)
      expect(report.techniques).toBeGreaterThanOrEqual(150)
      expect(report.edgesOverUnrelatedNodes).toBe(0)
      expect(report.backwardEdges).toBe(0)
      // Pairs of unrelated links whose painted paths cross or run together (src/domain/tracing.ts).
      expect(report.sharedStretches).toBe(0)
      expect(report.crossingsPerEdge).toBeLessThanOrEqual(0.3)
      expect(report.overlappingLabels).toBe(0)
      expect(report.smallestLabelPx).toBeGreaterThanOrEqual(viewport.px)
      expect(report.labelsShown).toBeGreaterThanOrEqual(viewport.labels)
      const snap = await page.evaluate(() => window.__atlasGraph!.snapshot())
      // Every year whose column is wholly on screen is named on the time axis.
      const cells = await page.locator('.time-axis-year').evaluateAll((spans: HTMLElement[]) =>
        spans.map((s) => ({
          year: s.getAttribute('title'),
          text: s.textContent,
          whole: s.offsetLeft > 0 && s.offsetLeft + s.offsetWidth < s.parentElement!.clientWidth,
        })),
      )
      expect(cells.filter((c) => c.whole && !c.text)).toEqual([])
      if (viewport.seed) expect(cells.map((c) => c.year)).toContain('2026')
      // Every technique the series named is named on a screen that shows the whole map.
      const named = new Set(snap.labels.map((l) => l.id))
      if (viewport.seed) expect(SEED_ENTITIES.techniques.filter((id) => !named.has(id))).toEqual([])
      // The series' two chains are in sight without panning: between the toolbar and the axis.
      for (const id of SEED_CHAINS.flat()) {
        const m = snap.markers.find((marker) => marker.id === id)!
        expect(m.x, id).toBeGreaterThan(0)
        expect(m.x, id).toBeLessThan(snap.width)
        expect(m.y, id).toBeGreaterThan(0)
        expect(m.y, id).toBeLessThan(snap.height - 26)
      }
      await context.close()
    })
})

test.describe('re-packed views', () => {
  /** Waits until the live graph draws exactly `count` techniques, then reads the drawing. */
  async function drawingOf(page: Page, count: number) {
    await expect
      .poll(() => page.evaluate(() => window.__atlasGraph?.snapshot().markers.length ?? 0), {
        timeout: 30_000,
      })
      .toBe(count)
    return drawing(page)
  }

  test('“Show only this lineage” lays out just the lineage, readably, and Back returns to the map', async ({
    page,
  }) => {
    await openAtlas(page, '/?technique=qlora')
    const whole = (await drawing(page)).techniques
    await page.getByRole('button', { name: 'Show only this lineage' }).click()
    await expect(page).toHaveURL(/focus=lineage/)
    const status = page.getByRole('status').filter({ hasText: 'Showing only QLoRA’s lineage' })
    await expect(status).toBeVisible({ timeout: 30_000 })
    const count = Number(/(\d+) techniques/.exec((await status.textContent()) ?? '')![1])
    expect(count).toBeGreaterThanOrEqual(5)
    expect(count).toBeLessThan(whole)
    const report = await drawingOf(page, count)
    expect(report.backwardEdges).toBe(0)
    expect(report.edgesOverUnrelatedNodes).toBe(0)
    expect(report.overlappingLabels).toBe(0)
    expect(report.smallestLabelPx).toBeGreaterThanOrEqual(11)
    // Small enough to name every technique.
    expect(report.labelsShown).toBe(count)
    await page.goBack()
    await expect(page).not.toHaveURL(/focus=/)
    await expect(page).toHaveURL(/technique=qlora/)
    expect((await drawingOf(page, whole)).techniques).toBe(whole)
  })

  test('with “Hide non-matching”, what matches is laid out again on its own time axis', async ({
    page,
  }) => {
    await openAtlas(page, '/?categories=reasoning-rl')
    const matches = Number(
      /(\d+) of \d+ techniques match/.exec(
        (await page.locator('.match-count').textContent()) ?? '',
      )![1],
    )
    await page.getByLabel('Hide non-matching').check()
    await expect(page.getByRole('status').filter({ hasText: 'laid out on their own' })).toBeVisible(
      {
        timeout: 30_000,
      },
    )
    const report = await drawingOf(page, matches)
    expect(report.backwardEdges).toBe(0)
    expect(report.edgesOverUnrelatedNodes).toBe(0)
    expect(report.overlappingLabels).toBe(0)
    expect(report.labelsShown).toBeGreaterThanOrEqual(Math.min(matches, 15))
    // The axis shows only the years that remain, in order.
    const years = (await page.locator('.time-axis-year').allTextContents())
      .filter(Boolean)
      .map((y) => Number(y.replace('’', '20')))
    expect(years.length).toBeGreaterThanOrEqual(3)
    expect(years).toEqual([...years].sort((a, b) => a - b))
  })
})

test('the keyboard cursor’s technique is named on the map while the cursor is on it', async ({
  page,
}) => {
  await openAtlas(page, '/')
  await page.getByTestId('graph-canvas').focus()
  const cursor = () =>
    page.evaluate(() => {
      const graph = window.__atlasGraph!
      const snap = graph.snapshot()
      const at = snap.markers.find((m) => graph.classes(m.id).includes('cursor'))
      return at ? { id: at.id, named: snap.labels.some((l) => l.id === at.id) } : null
    })
  // Down LoRA's family and across its children: most of them have no room for a name at the
  // opening zoom. Before, the cursor's ring was all there was to tell which technique it was on.
  const visited = new Set<string>()
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowRight']) {
    await page.keyboard.press(key)
    await expect.poll(cursor).toMatchObject({ named: true })
    visited.add((await cursor())!.id)
  }
  expect(visited.size).toBeGreaterThan(3)
})
