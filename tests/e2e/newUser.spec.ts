import { expect, test } from '@playwright/test'
import { clickNode, openAtlas, SITE } from './helpers'

/** What a new user tripped over, tried again the way a person does it. */
test.describe('a new user', () => {
  test('types a year key by key, and it takes', async ({ page }) => {
    await openAtlas(page, '/')
    const from = page.getByRole('spinbutton', { name: 'From year' })
    await from.click()
    await from.press('Control+a')
    await from.pressSequentially('2023', { delay: 40 })
    await expect(page).toHaveURL(/from=2023/)
    await expect(from).toHaveValue('2023')
    // Half a year typed stays as typed; leaving the box puts back the year that applies.
    await from.press('Backspace')
    await from.press('Backspace')
    await expect(from).toHaveValue('20')
    await from.press('Tab')
    await expect(from).toHaveValue('2023')
    await expect(page).toHaveURL(/from=2023/)
  })

  test('a category filter beside a selection shows the matches at full strength', async ({
    page,
  }) => {
    await openAtlas(page, '/?technique=lora')
    await page.getByRole('button', { name: /^Preference optimization, \d+ techniques$/ }).click()
    await expect(page).toHaveURL(/categories=preference-optimization/)
    const classes = (id: string) => page.evaluate((i) => window.__atlasGraph!.classes(i), id)
    await expect.poll(() => classes('dpo')).not.toContain('faded')
    expect(await classes('dpo')).not.toContain('dimmed')
    // LoRA itself does not match: dimmed, still ringed, and the panel says why.
    expect(await classes('lora')).toEqual(expect.arrayContaining(['dimmed', 'selected']))
    await expect(page.getByRole('note')).toContainText(
      'LoRA is outside the current filters, so the graph dims it',
    )
    await page.getByLabel('Hide non-matching').check()
    await expect(page.getByRole('note')).toContainText('so the graph hides it')
  })

  test('following a parent from far down the details opens it at the top, focused on its name', async ({
    page,
  }) => {
    await openAtlas(page, '/?technique=qlora')
    const panel = page.locator('.side .tabpanel')
    // Scroll until the Parents list is at the top edge, then follow LoRA.
    await page.getByRole('heading', { name: /^Parents/ }).evaluate((h) => {
      h.scrollIntoView({ block: 'start' })
    })
    const before = await panel.evaluate((el) => el.scrollTop)
    expect(before).toBeGreaterThan(100)
    await page
      .getByRole('article', { name: 'QLoRA' })
      .getByRole('link', { name: 'LoRA', exact: true })
      .click()
    await expect(page.getByRole('heading', { level: 2, name: 'LoRA' })).toBeFocused()
    expect(await panel.evaluate((el) => el.scrollTop)).toBe(0)
  })

  test('the hover card stays inside the canvas, off the lineage, and closes on click', async ({
    page,
  }) => {
    await openAtlas(page, '/?technique=qlora')
    const point = await page.evaluate(() => window.__atlasGraph!.nodePagePosition('qlora'))
    await page.mouse.move(point!.x, point!.y)
    const card = page.locator('.graph-tooltip')
    await expect(card).toBeVisible()
    await expect(card).toHaveCSS('visibility', 'visible')
    const box = (await card.boundingBox())!
    const canvas = (await page.getByTestId('graph-canvas').boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(canvas.x)
    expect(box.y).toBeGreaterThanOrEqual(canvas.y)
    expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width)
    expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height)
    // It hides neither QLoRA nor its parent LoRA.
    for (const id of ['qlora', 'lora']) {
      const p = (await page.evaluate((i) => window.__atlasGraph!.nodePagePosition(i), id))!
      const covers =
        p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height
      expect(covers, `${id} is hidden by the card`).toBe(false)
    }
    await page.mouse.click(point!.x, point!.y)
    await expect(card).toBeHidden()
  })

  test('Copy link after zooming hands out a link that opens the same view', async ({
    page,
    context,
    browser,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await openAtlas(page, '/?technique=qlora')
    await page.getByRole('button', { name: 'Zoom in' }).click()
    await page.getByRole('button', { name: 'Zoom in' }).click()
    await page.waitForTimeout(200)
    const zoom = await page.evaluate(() => window.__atlasGraph!.zoom())
    const where = await page.evaluate(() => window.__atlasGraph!.nodePagePosition('qlora'))
    // The address does not change while you zoom; the copied link carries the view.
    await expect(page).toHaveURL(/\?technique=qlora$/)
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByText('Link copied')).toBeVisible()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(link).toMatch(/technique=qlora&at=[\d.]+,-?\d+,-?\d+$/)

    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await openAtlas(other, link.replace(/^https?:\/\/[^/]+/, SITE))
    expect(await other.evaluate(() => window.__atlasGraph!.zoom())).toBeCloseTo(zoom, 2)
    const there = (await other.evaluate(() => window.__atlasGraph!.nodePagePosition('qlora')))!
    expect(Math.abs(there.x - where!.x)).toBeLessThan(3)
    expect(Math.abs(there.y - where!.y)).toBeLessThan(3)
    // Any change of view drops the viewport from the address.
    await clickNode(other, 'lora')
    await expect(other).toHaveURL(/\?technique=lora$/)
    await other.close()
  })

  test('a link to a tool far down the list scrolls its card into view', async ({ page }) => {
    await openAtlas(page, '/?tool=oumi&panel=tools')
    const card = page.locator('.card-selected')
    await expect(card).toContainText('Oumi')
    await expect(card).toBeInViewport()
  })

  test('nothing scrolls sideways, and tab labels stay on one line, from 360 px up', async ({
    browser,
  }) => {
    test.slow()
    for (const width of [360, 390, 1024, 1280, 1920]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } })
      for (const query of ['panel=issues', 'panel=tools', 'technique=lora']) {
        await openAtlas(page, `/?${query}`)
        const where = `${width} px, ?${query}`
        const widths = await page.evaluate(() => {
          const panel = document.querySelector('.side .tabpanel')!
          return {
            page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            panel: panel.scrollWidth - panel.clientWidth,
          }
        })
        expect(widths, where).toEqual({ page: 0, panel: 0 })
        // Every control in the header, the filter row and the tab rows is fully on screen.
        for (const control of await page
          .locator('.app-header button, .filter-row button, [role="tab"], .side-toggle')
          .all()) {
          if (!(await control.isVisible())) continue
          const box = (await control.boundingBox())!
          expect(box.x, where).toBeGreaterThanOrEqual(0)
          expect(box.x + box.width, where).toBeLessThanOrEqual(width)
        }
        for (const tab of await page.getByRole('tab').all()) {
          const lineHeight = await tab.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
          expect((await tab.boundingBox())!.height, where).toBeLessThan(lineHeight * 2.5)
        }
      }
      await page.close()
    }
  })

  test('the search box shows what Enter will open, and says when nothing matches', async ({
    page,
  }) => {
    await openAtlas(page, '/')
    const box = page.getByRole('combobox', { name: 'Search' })
    await box.click()
    await box.pressSequentially('dpo', { delay: 30 })
    const list = page.getByRole('listbox', { name: 'Techniques matching “dpo”' })
    await expect(list.getByRole('option').first()).toContainText(
      'DPO2023 · Preference optimization',
    )
    await box.press('ArrowDown')
    await box.press('ArrowDown')
    const second = (await list.getByRole('option').nth(1).textContent())!
    await box.press('Enter')
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      second.replace(/\d{4} · .*$/, ''),
    )
    await box.fill('')
    await box.pressSequentially('zqxzqx', { delay: 30 })
    await expect(page.getByText('No technique matches “zqxzqx”. Nearest names:')).toBeVisible()
    // The placeholder fits its box.
    await box.fill('')
    const fits = await box.evaluate((el: HTMLInputElement) => {
      const ctx = document.createElement('canvas').getContext('2d')!
      ctx.font = getComputedStyle(el).font
      const padding = parseFloat(getComputedStyle(el).paddingLeft) * 2
      return ctx.measureText(el.placeholder).width + padding <= el.clientWidth
    })
    expect(fits).toBe(true)
  })

  test('the table compares lineage and coverage, sorts counts most-first, and fits a phone', async ({
    browser,
  }) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await openAtlas(page, '/?view=table', { graph: false })
    const table = page.getByRole('table')
    for (const header of [
      'Parents',
      'Children',
      'Organizations',
      'Paper (arXiv)',
      'Newsletter issues',
    ])
      await expect(table.getByRole('columnheader', { name: header })).toBeVisible()
    await table.getByRole('button', { name: 'Tools' }).click()
    await expect(page).toHaveURL(/sort=tools&dir=desc/)
    const firstTools = Number(
      await table.locator('tbody tr').first().locator('td').last().textContent(),
    )
    const allTools = (await table.locator('tbody tr td:last-child').allTextContents()).map(Number)
    expect(firstTools).toBe(Math.max(...allTools))
    await page.close()

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await openAtlas(phone, '/?view=table', { graph: false })
    const wrap = phone.locator('.table-wrap')
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBe(390)
    const name = phone.getByRole('rowheader').first()
    const before = (await name.boundingBox())!.x
    await wrap.evaluate((el) => el.scrollBy({ left: 400 }))
    expect(await wrap.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
    // The name column stays put while the rest scrolls.
    expect((await name.boundingBox())!.x).toBe(before)
    await phone.close()
  })

  test('the outline keeps each child under its nearest parent, with swatch and relation, and honours Hide', async ({
    page,
  }) => {
    await openAtlas(page, '/?view=outline', { graph: false })
    const tree = page.getByRole('tree', { name: 'Lineage outline' })
    const rows = tree.getByRole('treeitem')
    await expect(rows.first()).toBeVisible()
    const texts = await rows.allTextContents()
    const levels = await rows.evaluateAll((els) =>
      els.map((e) => Number(e.getAttribute('aria-level'))),
    )
    const qlora = texts.findIndex((t) => /^[▾▸·]\s*QLoRA\s*2023 · quantizes LoRA$/.test(t.trim()))
    expect(qlora).toBeGreaterThan(-1)
    // QLoRA's children come right under it, one level deeper, expanded there.
    const under = texts.slice(qlora + 1).findIndex((t) => t.includes('QA-LoRA'))
    expect(levels[qlora + 1 + under]).toBe(levels[qlora]! + 1)
    expect(texts[qlora + 1 + under]).toContain('extends QLoRA')
    // Under LoRA, QA-LoRA is only mentioned, pointing at where it lives.
    expect(
      texts.some((t) => /QA-LoRA\s*2023 · quantizes LoRA \(listed under QLoRA\)/.test(t)),
    ).toBe(true)
    expect(await tree.locator('.swatch').count()).toBe(texts.length)

    await openAtlas(page, '/?view=outline&categories=quantization&unmatched=hide', { graph: false })
    await expect(tree.getByRole('treeitem').first()).toBeVisible()
    const kept = await tree.getByRole('treeitem').allTextContents()
    const matches = Number(/^(\d+)/.exec((await page.locator('.match-count').textContent())!)![1])
    expect(
      new Set(
        kept.map((t) =>
          t
            .replace(/^[▾▸·]\s*/, '')
            .split(/\d{4}/)[0]!
            .trim(),
        ),
      ).size,
    ).toBe(matches)
  })

  test('the side panel folds away to give the graph the width, and a selection opens it', async ({
    browser,
  }) => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } })
    await openAtlas(page, '/')
    const canvas = page.getByTestId('graph-canvas')
    const before = (await canvas.boundingBox())!.width
    await page.getByRole('button', { name: 'Hide panel' }).click()
    await expect(page).toHaveURL(/side=closed/)
    await expect.poll(async () => (await canvas.boundingBox())!.width).toBeGreaterThan(before + 280)
    await expect(page.getByRole('tab', { name: 'Details' })).toBeHidden()
    // Picking a technique brings its details back.
    await page.waitForFunction(() => window.__atlasGraph?.ready)
    await clickNode(page, 'lora')
    await expect(page.getByRole('heading', { level: 2, name: 'LoRA' })).toBeVisible()
    await expect(page).not.toHaveURL(/side=closed/)
    await page.close()
  })
})
