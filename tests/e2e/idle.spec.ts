import { expect, test } from '@playwright/test'
import { openAtlas } from './helpers'

test('a graph nobody touches rests: its names are placed once, and again only when the view moves', async ({
  page,
}) => {
  await openAtlas(page, '/')
  const placements = () =>
    page.evaluate(() => performance.getEntriesByName('atlas:labels-placed').length)
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-labels-shown', /\d+/)
  await page.waitForTimeout(500)
  const settled = await placements()
  await page.waitForTimeout(1500)
  // Before, an attribute written on Cytoscape's container made it resize, which placed the
  // names again, which wrote the attribute: the page never rested.
  expect(await placements()).toBe(settled)
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await expect.poll(placements).toBeGreaterThan(settled)
})

test('the live graph is drawn once with its names: placing them again when it appears changes none', async ({
  page,
}) => {
  await openAtlas(page, '/')
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-labels-shown', /\d+/)
  await page.waitForTimeout(500)
  const placements = await page.evaluate(() => {
    const created = performance.getEntriesByName('atlas:cytoscape')[0]!.startTime
    return performance.getEntriesByName('atlas:labels-placed').map((m) => ({
      beforeShown: m.startTime <= created,
      changed: (m as PerformanceMark).detail.changed as number,
    }))
  })
  // The names are placed before the first drawing, where the graph opens...
  expect(placements[0]).toEqual({ beforeShown: true, changed: expect.any(Number) })
  expect(placements[0]!.changed).toBeGreaterThan(10)
  // ...so the placement once it is shown changes nothing. Before, the first drawing had no
  // names and the whole view was drawn again with them.
  expect(placements.slice(1).length).toBeGreaterThan(0)
  for (const p of placements.slice(1)) expect(p).toEqual({ beforeShown: false, changed: 0 })
})
