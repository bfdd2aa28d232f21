import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { clickNode, graphHasPixels, openAtlas, SITE, SUB_SITE, watchJourney } from './helpers'

test.describe('a visitor exploring the Atlas', () => {
  test('opens the Atlas, clicks, filters, searches, picks an issue and a tool, and shares the view', async ({
    page,
    context,
  }) => {
    const journey = watchJourney(page)
    await openAtlas(page, '/')
    expect(await graphHasPixels(page)).toBe(true)

    // Click a node on the canvas: its details open and the URL records it.
    await clickNode(page, 'qlora')
    await expect(page.getByRole('heading', { level: 2, name: 'QLoRA' })).toBeVisible()
    await expect(page).toHaveURL(/\?technique=qlora$/)

    // Filter a category.
    await page.getByRole('button', { name: /^Preference optimization, \d+ techniques$/ }).click()
    await expect(page).toHaveURL(/categories=preference-optimization/)
    await expect(page.getByRole('button', { name: /^Preference optimization/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    )

    // Search with a typo; Enter selects the best match.
    const search = page.getByRole('combobox', { name: 'Search' })
    await search.fill('constituional')
    // A typo still finds it: fewer techniques match than before, and at least one.
    await expect(page.locator('.match-count')).toHaveText(/^[1-9]\d* of \d+ techniques match/)
    const [shown, total] = ((await page.locator('.match-count').textContent()) ?? '')
      .match(/\d+/g)!
      .map(Number)
    expect(shown).toBeLessThan(total!)
    await search.press('Enter')
    await expect(page.getByRole('heading', { level: 2, name: 'Constitutional AI' })).toBeVisible()
    await expect(page).toHaveURL(/technique=constitutional-ai/)

    // Choose a newsletter issue: it highlights what it covered.
    await page.getByRole('tab', { name: /Newsletter issues/ }).click()
    await page.getByRole('link', { name: 'Edge 349: RLAIF' }).click()
    await expect(page).toHaveURL(/issue=349/)
    await expect(page.getByText('The term RLAIF first appears', { exact: false })).toBeVisible()

    // Choose a tool.
    await page.getByRole('tab', { name: /Tools/ }).click()
    await page.getByRole('link', { name: 'TRL' }).click()
    await expect(page).toHaveURL(/tool=trl/)
    await expect(
      page.getByRole('heading', { level: 4, name: /Supported techniques/ }),
    ).toBeVisible()

    // Copy the link and open it in a fresh page: the same view.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(page.url())
    const fresh = await context.newPage()
    await openAtlas(fresh, copied)
    await expect(fresh).toHaveURL(page.url())
    await expect(fresh.getByRole('tab', { name: /Tools/ })).toHaveAttribute('aria-selected', 'true')
    await expect(fresh.locator('.card-selected h3').first()).toHaveText('TRL')
    await expect(fresh.getByRole('combobox', { name: 'Search' })).toHaveValue('constituional')
    await expect(fresh.getByRole('button', { name: /^Preference optimization/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    )

    expect(journey.errors).toEqual([])
    expect(journey.offOrigin).toEqual([])
  })

  test('Back and Forward step through selections; typing does not pile up history', async ({
    page,
  }) => {
    await openAtlas(page, '/')
    await clickNode(page, 'lora')
    await expect(page).toHaveURL(/technique=lora$/)
    await clickNode(page, 'dpo')
    await expect(page).toHaveURL(/technique=dpo$/)
    await page.getByRole('combobox', { name: 'Search' }).pressSequentially('rank')
    await expect(page).toHaveURL(/q=rank/)
    // One Back undoes the whole search, not one keystroke.
    await page.goBack()
    await expect(page).toHaveURL(/technique=dpo$/)
    await expect(page.getByRole('heading', { level: 2, name: 'DPO' })).toBeVisible()
    await expect(page.getByRole('combobox', { name: 'Search' })).toHaveValue('')
    await page.goBack()
    await expect(page).toHaveURL(/technique=lora$/)
    await expect(page.getByRole('heading', { level: 2, name: 'LoRA' })).toBeVisible()
    await page.goForward()
    await expect(page.getByRole('heading', { level: 2, name: 'DPO' })).toBeVisible()
  })

  test('a bad link keeps what works, says what it ignored and cleans the address', async ({
    page,
  }) => {
    const journey = watchJourney(page)
    await openAtlas(
      page,
      `/?technique=lorra&categories=low-rank,bogus&depth=0&q=${encodeURIComponent('<script>alert(1)</script>')}&x=%E2%80%AE`,
    )
    const notice = page.getByRole('region', { name: 'Part of this link could not be used' })
    await expect(notice).toContainText('No technique “lorra” — did you mean LoRA?')
    await expect(notice).toContainText('No category “bogus”.')
    await expect(notice).toContainText('Ignored depth “0”')
    await expect(page).toHaveURL(/\?categories=low-rank&q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E$/)
    await expect(page.getByRole('combobox', { name: 'Search' })).toHaveValue(
      '<script>alert(1)</script>',
    )
    expect(journey.errors).toEqual([])
  })

  test('the notice about a bad link comes over the page: the map and filters drawn before it do not move', async ({
    page,
  }) => {
    // Where the search box is in the page as built, before the app reads the link.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const box = document.querySelector('input[role="combobox"]')
        ;(window as unknown as { __builtTop?: number }).__builtTop =
          box?.getBoundingClientRect().top
      })
    })
    await openAtlas(page, '/?technique=lorra')
    const notice = page.getByRole('region', { name: 'Part of this link could not be used' })
    await expect(notice).toBeVisible()
    const built = await page.evaluate(
      () => (window as unknown as { __builtTop?: number }).__builtTop,
    )
    const box = await page.getByRole('combobox', { name: 'Search' }).boundingBox()
    expect(built).toBeGreaterThan(0)
    // Before, the notice took the top of the page and pushed everything under it down 68 px.
    expect(box!.y).toBe(built)
    // It floats over the graph's side, leaving the side panel readable...
    const over = (await notice.boundingBox())!
    const side = (await page.getByRole('tab', { name: 'Details' }).boundingBox())!
    expect(over.x + over.width).toBeLessThanOrEqual(side.x)
    // ...and its own link works.
    await notice.getByRole('link', { name: 'LoRA' }).click()
    await expect(page).toHaveURL(/\?technique=lora$/)
    await expect(notice).toBeHidden()
  })

  test('an unknown path shows a not-found page inside the app with a way back', async ({
    page,
  }) => {
    await openAtlas(page, '/no/such/page', { graph: false })
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await page.getByRole('link', { name: 'Open the Atlas' }).click()
    await page.waitForFunction(() => window.__atlasGraph?.ready === true)
  })

  test('works under a sub-path on a static host, deep links included', async ({ page }) => {
    const journey = watchJourney(page)
    await openAtlas(page, `${SUB_SITE}/atlas/?technique=prompt-tuning`)
    await expect(page.getByRole('heading', { level: 2, name: 'Prompt tuning' })).toBeVisible()
    await clickNode(page, 'prefix-tuning')
    await expect(page).toHaveURL(`${SUB_SITE}/atlas/?technique=prefix-tuning`)
    await page.reload()
    await page.waitForFunction(() => window.__atlasGraph?.ready === true)
    await expect(page.getByRole('heading', { level: 2, name: 'Prefix-tuning' })).toBeVisible()
    expect(journey.errors).toEqual([])
  })

  test('exports the current graph as PNG and SVG', async ({ page }) => {
    await openAtlas(page, '/?technique=qlora')
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG' }).click(),
    ])
    expect(png.suggestedFilename()).toBe('fine-tuning-atlas-qlora.png')
    const pngBytes = readFileSync((await png.path())!)
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG')
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG' }).click(),
    ])
    expect(svg.suggestedFilename()).toBe('fine-tuning-atlas-qlora.svg')
    const text = readFileSync((await svg.path())!, 'utf8')
    expect(text).toContain('<svg xmlns="http://www.w3.org/2000/svg"')
    expect(text).toContain('>QLoRA</text>')
    // It stands on its own: title, legend and where it came from; no keyboard-cursor square.
    expect(text).toContain('<title>QLoRA in the Fine-Tuning Atlas</title>')
    expect(text).toContain('>Low-rank (LoRA family)</text>')
    expect(text).toContain(`Fine-Tuning Atlas · ${SITE}/?technique=qlora · data CC BY 4.0`)
    if (process.env.ATLAS_KEEP_EXPORTS) {
      await png.saveAs('test-results/export.png')
      await svg.saveAs('test-results/export.svg')
    }
  })

  test('offers the dataset for download', async ({ request }) => {
    const json = await (await request.get('/dataset/atlas.json')).json()
    expect(json.license).toBe('CC-BY-4.0')
    expect(json.techniques.length).toBeGreaterThanOrEqual(40)
    const csv = await (await request.get('/dataset/techniques.csv')).text()
    expect(csv.split('\n')[0]).toMatch(/^id,name,full_name,year/)
  })
})
