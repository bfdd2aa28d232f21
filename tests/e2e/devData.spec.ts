import { expect, test } from '@playwright/test'
import { DEV_SITE, openAtlas } from './helpers'

test('the dev server names each broken record once, in a notice that leaves room for the graph', async ({
  page,
}) => {
  await openAtlas(page, `${DEV_SITE}/`)
  const notice = page.getByRole('region', { name: /The dataset has 6 problems in 6 records/ })
  await expect(notice).toBeVisible()
  // One line per record, with all of its problems.
  await expect(notice.getByRole('listitem')).toHaveCount(6)
  await expect(
    notice.getByText(/^lineage\.json › c<-ghost: parent: references unknown technique 'ghost'$/),
  ).toBeVisible()
  await expect(notice.getByText(/^newsletter-issues\.json › \*: is not valid JSON/)).toBeVisible()
  // The notice is capped; the graph keeps most of the screen and draws the valid records.
  const noticeBox = (await notice.boundingBox())!
  expect(noticeBox.height).toBeLessThan(260)
  const graph = (await page.getByTestId('graph-canvas').boundingBox())!
  expect(graph.height).toBeGreaterThan(250)
  const drawn = await page.evaluate(() => window.__atlasGraph!.snapshot().markers.length)
  expect(drawn).toBe(6)
})
