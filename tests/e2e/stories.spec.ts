import { expect, test, type Page } from '@playwright/test'
import { axeViolations, openAtlas, PHONE } from './helpers'

const classes = (page: Page, id: string) =>
  page.evaluate((i) => window.__atlasGraph!.classes(i), id)
const graphHeight = async (page: Page) =>
  (await page.getByTestId('graph-canvas').boundingBox())!.height

test.describe('how techniques relate, side by side, and on a tour', () => {
  test('a path link tells the chain between two techniques and lights exactly it', async ({
    page,
  }) => {
    await openAtlas(page, '/?path=qlora,dpo')
    const section = page.getByRole('region', { name: 'How QLoRA relates to DPO' })
    await expect(section).toContainText('Their nearest common ancestor is Full fine-tuning')
    // One sentence per link, each naming both ends and the relation.
    const sentences = section.locator('.path-chain li')
    expect(await sentences.count()).toBeGreaterThanOrEqual(4)
    await expect(sentences.first()).toContainText(
      'LoRA trains a restricted part of Full fine-tuning',
    )
    // The graph lights the chain and fades the rest.
    expect(await classes(page, 'qlora')).toContain('highlighted')
    expect(await classes(page, 'full-fine-tuning')).toContain('highlighted')
    expect(await classes(page, 'dora')).toContain('faded')
    expect(await classes(page, 'lora->qlora')).toContain('lineage')
    await expect(page.locator('.time-axis-marked')).toHaveText(['2023'])
    // Both ends are named on the graph, however crowded their neighbourhood.
    await expect
      .poll(() => page.evaluate(() => window.__atlasGraph!.snapshot().labels.map((l) => l.id)))
      .toEqual(expect.arrayContaining(['qlora', 'dpo']))
    expect(await axeViolations(page)).toEqual([])
    // Starting one from the details panel works the same way.
    await openAtlas(page, '/?technique=rlaif')
    await page.getByLabel('Relate to').selectOption('rlhf')
    await expect(page).toHaveURL(/path=rlaif,rlhf/)
    await expect(page.getByRole('region', { name: 'How RLAIF relates to RLHF' })).toContainText(
      'RLAIF descends from RLHF in 1 link',
    )
    // And from search: with a technique selected, Shift+Enter on a match relates the two.
    await openAtlas(page, '/?technique=qlora')
    const box = page.getByRole('combobox', { name: 'Search' })
    await box.click()
    await box.pressSequentially('dpo', { delay: 30 })
    await expect(page.getByText('how it relates to QLoRA')).toBeVisible()
    await box.press('Shift+Enter')
    await expect(page).toHaveURL(/path=qlora,dpo/)
    await expect(page.getByRole('region', { name: 'How QLoRA relates to DPO' })).toBeVisible()
    // Unknown or repeated ids get the usual notice, and the rest of the view stays.
    await openAtlas(page, '/?path=qlora,qlora&technique=lora')
    await expect(
      page.getByRole('region', { name: 'Part of this link could not be used' }),
    ).toContainText('it needs two different known techniques')
    await expect(page.getByRole('heading', { level: 2, name: 'LoRA' })).toBeVisible()
  })

  test('a compare link shows a real table, marks the differences, and fits a phone', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await openAtlas(page, '/?compare=lora,dora,pissa')
    const table = page.getByRole('table', { name: /LoRA, DoRA, PiSSA compared/ })
    await expect(table.getByRole('columnheader', { name: 'DoRA' })).toBeVisible()
    await expect(table.getByRole('rowheader', { name: /Year/ })).toContainText('differs')
    await expect(table.getByRole('rowheader', { name: /^Family/ })).not.toContainText('differs')
    expect(await classes(page, 'pissa')).toContain('highlighted')
    expect(await axeViolations(page)).toEqual([])
    // From the details panel: Compare with adds to the comparison.
    await openAtlas(page, '/?technique=qlora')
    await page.getByLabel('Compare with').selectOption('lora')
    await expect(page).toHaveURL(/compare=qlora,lora/)
    // From the table: tick two rows.
    await openAtlas(page, '/?view=table', { graph: false })
    await page.getByRole('checkbox', { name: 'Compare LoRA', exact: true }).check()
    await expect(page).not.toHaveURL(/compare=/)
    await page.getByRole('checkbox', { name: 'Compare DoRA', exact: true }).check()
    await expect(page).toHaveURL(/compare=lora,dora/)
    await expect(page.getByRole('table', { name: /LoRA, DoRA compared/ })).toBeVisible()
    // More than four: the first four are kept, with a notice.
    await openAtlas(page, '/?compare=lora,dora,pissa,vera,qlora')
    await expect(page.getByText('Compared the first 4 techniques; left out QLoRA.')).toBeVisible()
    await context.close()

    const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const phone = await phoneContext.newPage()
    await openAtlas(phone, '/?compare=lora,dora,pissa')
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBe(390)
    // The table does not squeeze the graph into a strip (it was 152 px tall).
    expect(await graphHeight(phone)).toBeGreaterThanOrEqual(200)
    const wrap = phone.locator('.compare-wrap')
    const aspect = phone.getByRole('rowheader', { name: /Year/ })
    const before = (await aspect.boundingBox())!.x
    await wrap.evaluate((el) => el.scrollBy({ left: 300 }))
    expect(await wrap.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
    expect((await aspect.boundingBox())!.x).toBe(before)
    expect(await axeViolations(phone)).toEqual([])
    await phoneContext.close()
  })

  test('a tour opens on its first step, steps on, ends, and Back returns into it', async ({
    page,
  }) => {
    await openAtlas(page, '/?tour=rl-for-reasoning')
    const bar = page.getByRole('region', { name: /RL for reasoning, 2024–2026/ })
    await expect(bar).toContainText('step 1 of 6')
    await expect(page.getByRole('heading', { level: 2, name: 'PPO' })).toBeVisible()
    await bar.getByRole('button', { name: 'Next →' }).click()
    await expect(page).toHaveURL(/technique=grpo.*tour=rl-for-reasoning&step=2/)
    await expect(bar).toContainText('GRPO drops the value network')
    await bar.getByRole('button', { name: 'Next →' }).click()
    await bar.getByRole('button', { name: 'Next →' }).click()
    // Step 4 is a comparison.
    await expect(page.getByRole('table', { name: /DAPO, Dr\. GRPO, GSPO compared/ })).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    await bar.getByRole('button', { name: 'End tour' }).click()
    await expect(bar).toBeHidden()
    await page.goBack()
    await expect(page.getByRole('region', { name: /RL for reasoning/ })).toContainText(
      'step 4 of 6',
    )
    // Every tour starts from the welcome panel.
    await openAtlas(page, '/')
    await page.getByRole('link', { name: 'The LoRA family' }).click()
    await expect(page).toHaveURL(/tour=lora-family/)
    await expect(page.getByRole('heading', { level: 2, name: 'LoRA', exact: true })).toBeVisible()
  })

  test('path and tour views are read on a phone too, with nothing sideways', async ({
    browser,
  }) => {
    const context = await browser.newContext(PHONE)
    const page = await context.newPage()
    for (const url of ['/?path=qlora,dpo', '/?tour=rlhf-to-rlaif', '/?tour=lora-family']) {
      await openAtlas(page, url)
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBe(390)
      expect(await graphHeight(page), url).toBeGreaterThanOrEqual(200)
      expect(await axeViolations(page), url).toEqual([])
    }
    await expect(page.getByRole('region', { name: /The LoRA family/ })).toContainText(
      'LoRA freezes the pretrained weights',
    )
    await context.close()
  })
})
