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
