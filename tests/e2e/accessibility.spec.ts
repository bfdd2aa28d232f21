import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { axeViolations, openAtlas, PHONE, SITE } from './helpers'

const states: [string, string][] = [
  ['the first view', '/'],
  ['a selected technique', '/?technique=qlora'],
  ['the newsletter issues panel', '/?panel=issues&issue=337'],
  ['the tools panel', '/?panel=tools&tool=hf-peft'],
  ['filters applied', '/?categories=low-rank,adapters&from=2020&q=lora&unmatched=hide'],
  ['the outline view', '/?view=outline&technique=lora'],
  ['the table view', '/?view=table&sort=name'],
]

/** Presses Tab `times` times: the tab order is part of what these tests check. */
async function pressTab(page: Page, times: number) {
  for (let i = 0; i < times; i++) await page.keyboard.press('Tab')
}

test.describe('accessibility', () => {
  for (const [name, url] of states)
    test(`${name} has no axe violations`, async ({ page }) => {
      await openAtlas(page, url, { graph: !url.includes('view=') })
      expect(await axeViolations(page)).toEqual([])
    })

  test('the not-found page has no axe violations', async ({ page }) => {
    await openAtlas(page, '/missing', { graph: false })
    expect(await axeViolations(page)).toEqual([])
  })

  test('dark mode has no axe violations and is remembered', async ({ page }) => {
    await openAtlas(page, '/?technique=dpo')
    await page.getByRole('button', { name: 'Dark mode' }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    expect(await axeViolations(page)).toEqual([])
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  })

  test('follows a dark system setting', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' })
    const page = await context.newPage()
    await openAtlas(page, `${SITE}/`)
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await context.close()
  })

  test('the phone layout has no axe violations and nothing scrolls sideways', async ({
    browser,
  }) => {
    const context = await browser.newContext(PHONE)
    const page = await context.newPage()
    await openAtlas(page, `${SITE}/?technique=lora`)
    expect(await axeViolations(page)).toEqual([])
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    // Tap selects.
    const point = await page.evaluate(() => window.__atlasGraph?.nodePagePosition('qlora') ?? null)
    expect(point).not.toBeNull()
    await page.touchscreen.tap(point!.x, point!.y)
    await expect(page).toHaveURL(/technique=qlora/)
    await context.close()
  })

  test('keyboard only: from an empty view, reach QLoRA, go to its parent and open its paper', async ({
    page,
    context,
  }) => {
    await context.route('https://arxiv.org/**', (route) =>
      route.fulfill({ status: 200, body: 'arXiv stub' }),
    )
    await openAtlas(page, '/')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to the explorer' })).toBeFocused()
    await page.keyboard.press('/')
    await expect(page.getByRole('combobox', { name: 'Search' })).toBeFocused()
    await page.keyboard.type('qlora')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 2, name: 'QLoRA' })).toBeVisible()
    // From the search box, Tab stops at: From year, To year, Hide non-matching, one button per
    // category, the Graph tab, then the graph itself.
    const categories = JSON.parse(readFileSync('data/categories.json', 'utf8')) as unknown[]
    await pressTab(page, 3 + categories.length + 2)
    const graph = page.getByRole('application', { name: /Technique lineage graph/ })
    await expect(graph).toBeFocused()
    await page.keyboard.press('ArrowUp')
    await expect(page.locator('[aria-live="polite"][aria-atomic="true"]')).toContainText(
      'LoRA, 2021',
    )
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 2, name: 'LoRA' })).toBeVisible()
    await expect(page).toHaveURL(/technique=lora(&|$)/)
    // On to the paper link in the details panel.
    const paper = page.getByRole('link', {
      name: 'LoRA: Low-Rank Adaptation of Large Language Models',
    })
    // From the graph: the toolbar's 7 buttons, the panel's fold button, the Details tab, the
    // two lineage selects, the focus button, Relate to and Compare with, then the paper, before
    // the (long) lists of parents and children.
    await pressTab(page, 7 + 1 + 1 + 2 + 1 + 2 + 1)
    await expect(paper).toBeFocused()
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('Enter')])
    await expect(popup).toHaveURL('https://arxiv.org/abs/2106.09685')
  })

  test('? opens the shortcuts dialog and Escape closes it', async ({ page }) => {
    await openAtlas(page, '/')
    await page.locator('body').press('?')
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(dialog).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  })
})
