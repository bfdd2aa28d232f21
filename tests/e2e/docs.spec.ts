import { test } from '@playwright/test'
import { openAtlas } from './helpers'

/**
 * The README's screenshots. Runs only through `npm run docs:screenshots` (the config ignores this
 * file otherwise), so a test run never rewrites tracked images.
 */
for (const [file, url, viewport, colorScheme] of [
  ['docs/screenshot.png', '/', { width: 1280, height: 800 }, 'light'],
  ['docs/dark.png', '/?technique=dpo', { width: 1280, height: 800 }, 'dark'],
  ['docs/phone.png', '/?technique=qlora', { width: 390, height: 844 }, 'light'],
] as const)
  test(`writes ${file}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, colorScheme })
    const page = await context.newPage()
    await openAtlas(page, url)
    await page.getByTestId('graph-canvas').and(page.locator('[data-labels-shown]')).waitFor()
    await page.waitForTimeout(300)
    await page.screenshot({ path: file })
    await context.close()
  })
