import { expect, test } from '@playwright/test'
import { openAtlas } from './helpers'

/** What the graph looks like, pixel for pixel (within 2 %): a canvas has no DOM to assert on. */
test.describe('visual regression', () => {
  for (const [name, url, size] of [
    ['first-view', '/', { width: 1280, height: 800 }],
    ['selected-lineage', '/?technique=qlora', { width: 1280, height: 800 }],
    ['phone', '/', { width: 390, height: 844 }],
    ['focus-mode', '/?technique=qlora&focus=lineage', { width: 1280, height: 800 }],
    ['first-view-dark', '/', { width: 1280, height: 800 }],
    ['phone-dark', '/', { width: 390, height: 844 }],
  ] as const)
    test(`${name} looks as it did`, async ({ browser }) => {
      const context = await browser.newContext({
        viewport: size,
        colorScheme: name.endsWith('-dark') ? 'dark' : 'light',
      })
      const page = await context.newPage()
      await openAtlas(page, url)
      if (url.includes('focus='))
        await expect(page.locator('.repack-status[data-status="ready"]')).toBeVisible({
          timeout: 30_000,
        })
      await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-labels-shown', /\d+/)
      await page.waitForTimeout(300)
      await expect(page.getByTestId('graph-canvas')).toHaveScreenshot(`${name}.png`, {
        maxDiffPixelRatio: 0.02,
      })
      await context.close()
    })
})
