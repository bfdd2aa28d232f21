/**
 * Input → updated graph for the benchmark: clicks on nodes, lineage modes, a category chip and
 * search keystrokes on one page, each timed by the app's `atlas:*` performance measures (from
 * the input to the redrawn graph), ~REPS repetitions each.
 */
import type { Browser, Page } from '@playwright/test'
import { REPS } from './common'

export async function measures(page: Page, name: string) {
  return page.evaluate(
    (n) => performance.getEntriesByName(n).map((e) => e.duration),
    `atlas:${name}`,
  )
}

export async function waitForMeasure(page: Page, name: string, count: number) {
  await page
    .waitForFunction(
      ([n, c]) => performance.getEntriesByName(n as string).length > (c as number),
      [`atlas:${name}`, count],
      {
        timeout: 5000,
      },
    )
    .catch(() => {})
}

async function techniqueIds(page: Page): Promise<string[]> {
  const href = await page.evaluate(
    () => document.querySelector<HTMLLinkElement>('link[rel=preload][as=fetch]')!.href,
  )
  const bundle = (await (await fetch(href)).json()) as { data: { techniques: { id: string }[] } }
  return bundle.data.techniques.map((t) => t.id)
}

export async function clickNode(page: Page, id: string) {
  const p = await page.evaluate((i) => window.__atlasGraph!.nodePagePosition(i), id)
  if (p) await page.mouse.click(p.x, p.y)
  return !!p
}

export async function interactions(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.goto(url)
  await page.waitForFunction(() => window.__atlasGraph?.ready === true)
  const ids = await techniqueIds(page)
  // Techniques spread through the graph whose nodes are on screen.
  const candidates: string[] = []
  for (
    let i = 0;
    i < ids.length && candidates.length < 8;
    i += Math.max(1, Math.floor(ids.length / 40))
  ) {
    const p = await page.evaluate((id) => window.__atlasGraph!.nodePagePosition(id), ids[i]!)
    if (p && p.x > 20 && p.y > 260 && p.x < 880 && p.y < 780) candidates.push(ids[i]!)
  }
  for (let i = 0; i < REPS; i++) {
    const n = (await measures(page, 'select')).length
    if (await clickNode(page, candidates[i % candidates.length]!))
      await waitForMeasure(page, 'select', n)
  }
  const select = await measures(page, 'select')

  for (let i = 0; i < REPS; i++) {
    const n = (await measures(page, 'lineage')).length
    await page
      .getByLabel('Highlight')
      .selectOption(['ancestors', 'descendants', 'both', 'none'][i % 4]!)
    await waitForMeasure(page, 'lineage', n)
  }
  const lineage = await measures(page, 'lineage')

  const chip = page.locator('.categories .chip').first()
  for (let i = 0; i < REPS; i++) {
    const n = (await measures(page, 'category')).length
    await chip.click()
    await waitForMeasure(page, 'category', n)
  }
  const category = await measures(page, 'category')

  const box = page.getByRole('combobox', { name: 'Search' })
  for (const word of ['lora', 'adapter', 'prefix', 'reward', 'quant', 'token']) {
    await box.fill('')
    await box.pressSequentially(word, { delay: 60 })
    await page.waitForTimeout(150)
  }
  const search = await measures(page, 'search')
  await box.fill('')
  await context.close()
  return { select, lineage, category, search, candidates }
}
