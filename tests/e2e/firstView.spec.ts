import { expect, test } from '@playwright/test'
import { openAtlas, PHONE, SITE, SUB_SITE, watchJourney } from './helpers'

test.describe('pages that work before (and without) JavaScript', () => {
  test('a technique page shows its summary, lineage and paper with JavaScript disabled', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const response = await page.goto(`${SITE}/technique/qlora/`)
    expect(response?.status()).toBe(200)
    await expect(page).toHaveTitle('QLoRA (Quantized Low-Rank Adaptation) · Fine-Tuning Atlas')
    await expect(page.getByRole('heading', { level: 2, name: 'QLoRA' })).toBeVisible()
    await expect(page.getByText(/4-bit/).first()).toBeVisible()
    // Its parent, its children and its paper, as real text and links.
    await expect(page.getByRole('link', { name: 'LoRA', exact: true }).first()).toBeVisible()
    await expect(page.getByRole('link', { name: 'LoftQ', exact: true }).first()).toBeVisible()
    await expect(
      page.getByText('QLoRA: Efficient Finetuning of Quantized LLMs').first(),
    ).toBeVisible()
    // What a link preview reads: its own description and an absolute picture of its lineage.
    const meta = (selector: string) => page.locator(selector).getAttribute('content')
    expect(await meta('meta[property="og:title"]')).toBe(
      'QLoRA (Quantized Low-Rank Adaptation) · Fine-Tuning Atlas',
    )
    expect(await meta('meta[property="og:image"]')).toMatch(/^https?:\/\/[^/]+\/og\/qlora\.png$/)
    expect(await meta('meta[name="description"]')).toMatch(/4-bit/)
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(
      /\/technique\/qlora\/$/,
    )
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent())!,
    ) as { headline: string; citation: { url: string } }
    expect(jsonLd.headline).toBe('QLoRA: Quantized Low-Rank Adaptation')
    expect(jsonLd.citation.url).toContain('2305.14314')
    // The picture is there, and is a PNG of the preview's size.
    const image = await page.request.get(`${SITE}/og/qlora.png`)
    expect(image.headers()['content-type']).toBe('image/png')
    const png = await image.body()
    expect(png.readUInt32BE(16)).toBe(1200)
    expect(png.readUInt32BE(20)).toBe(630)
    await context.close()
  })

  test('the first view draws the whole map before any script runs', async ({ browser }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 800 },
    })
    const page = await context.newPage()
    await page.goto(`${SITE}/`)
    const frame = page.locator('#first-frame')
    await expect(frame).toBeVisible()
    expect(await frame.locator('[data-id]').count()).toBe(186)
    // The names a 1280 × 800 screen has room for (the close-up set is hidden at this size).
    await expect(frame.locator('.ff-fit text', { hasText: /^DPO$/ })).toBeVisible()
    await expect(frame.locator('.ff-near text').first()).toBeHidden()
    expect(await frame.locator('.ff-fit text').count()).toBeGreaterThan(60)
    await expect(
      page.getByRole('heading', { name: 'Explore the lineage', exact: true }),
    ).toBeVisible()
    await context.close()
  })

  test('the live graph takes over from the first frame in place', async ({ browser }) => {
    const viewport = { width: 1280, height: 800 }
    const still = await browser.newContext({ javaScriptEnabled: false, viewport })
    const before = await still.newPage()
    await before.goto(`${SITE}/`)
    const drawn = async (id: string) => {
      const box = (await before.locator(`#first-frame [data-id="${id}"]`).boundingBox())!
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    }
    const ids = ['lora', 'rlhf', 'dpo', 'full-fine-tuning']
    const first = await Promise.all(ids.map(drawn))
    await still.close()

    const live = await browser.newContext({ viewport })
    const page = await live.newPage()
    const journey = watchJourney(page)
    await openAtlas(page, `${SITE}/`)
    for (const [i, id] of ids.entries()) {
      const at = (await page.evaluate((n) => window.__atlasGraph!.nodePagePosition(n), id))!
      expect(Math.abs(at.x - first[i]!.x), `${id} x`).toBeLessThan(3)
      expect(Math.abs(at.y - first[i]!.y), `${id} y`).toBeLessThan(3)
    }
    // Once the live graph has drawn, the still picture is gone.
    await expect(page.locator('#first-frame')).toHaveCount(0)
    expect(journey.errors).toEqual([])
    await live.close()
  })

  test('on a phone, the live graph keeps the names the first frame showed', async ({ browser }) => {
    const still = await browser.newContext({ ...PHONE, javaScriptEnabled: false })
    const before = await still.newPage()
    await before.goto(`${SITE}/`)
    // The close-up's names, those inside the graph's box.
    const shown = await before.evaluate(() => {
      const box = document.querySelector('.graph')!.getBoundingClientRect()
      return [...document.querySelectorAll('#first-frame .ff-near text')]
        .filter((t) => {
          const r = t.getBoundingClientRect()
          return r.top >= box.top && r.bottom <= box.bottom
        })
        .map((t) => t.textContent)
    })
    await still.close()
    const live = await browser.newContext(PHONE)
    const page = await live.newPage()
    await openAtlas(page, `${SITE}/`)
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-labels-shown', /\d+/)
    const names = await page.evaluate(async () => {
      const atlas = (await (await fetch('dataset/atlas.json')).json()) as {
        techniques: { id: string; name: string }[]
      }
      const name = new Map(atlas.techniques.map((t) => [t.id, t.name]))
      return window.__atlasGraph!.snapshot().labels.map((l) => name.get(l.id))
    })
    await live.close()
    const changed = [
      ...shown.filter((n) => !names.includes(n!)),
      ...names.filter((n) => !shown.includes(n!)),
    ]
    expect(shown.length).toBeGreaterThan(15)
    // Before, the first frame was laid out for a taller box with no time axis: 4 of the names
    // it showed in the box (one under the toolbar) went when the live graph took over.
    expect(changed.length, changed.join(', ')).toBeLessThanOrEqual(1)
  })

  test('a technique page starts the app on that technique', async ({ page }) => {
    const journey = watchJourney(page)
    await openAtlas(page, `${SITE}/technique/dpo/`)
    await expect(page).toHaveURL(`${SITE}/?technique=dpo`)
    await expect(page.getByRole('heading', { level: 2, name: 'DPO' })).toBeVisible()
    expect(journey.errors).toEqual([])
  })

  test('technique pages work under a sub-path too', async ({ page }) => {
    await openAtlas(page, `${SUB_SITE}/atlas/technique/lora/`)
    await expect(page).toHaveURL(`${SUB_SITE}/atlas/?technique=lora`)
    const image = await page.request.get(`${SUB_SITE}/atlas/og/lora.png`)
    expect(image.ok()).toBe(true)
  })

  test('Copy link hands out the short page address when the view is just a selection', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await openAtlas(page, '/?technique=qlora')
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByText('Link copied')).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${SITE}/technique/qlora/`,
    )
    // With more than a selection, the full address.
    await openAtlas(page, '/?technique=qlora&lineage=ancestors')
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByText('Link copied')).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${SITE}/?technique=qlora&lineage=ancestors`,
    )
  })

  test('the sitemap lists every technique page', async ({ request }) => {
    const xml = await (await request.get(`${SITE}/sitemap.xml`)).text()
    expect(xml.match(/<loc>/g)).toHaveLength(187)
    expect(xml).toContain('/technique/qlora/</loc>')
    expect(await (await request.get(`${SITE}/robots.txt`)).text()).toMatch(
      /Sitemap: .*sitemap\.xml/,
    )
  })
})

test.describe('a page that is never blank', () => {
  test('when the dataset request fails, the page says so and Retry loads it', async ({ page }) => {
    let block = true
    await page.route('**/assets/atlas-data-*.json', (route) =>
      block ? route.fulfill({ status: 503, body: 'busy' }) : route.continue(),
    )
    await page.goto('/')
    const alert = page.getByRole('alert').filter({ hasText: 'The Atlas could not start' })
    await expect(alert).toBeVisible()
    await expect(alert).toContainText('the server answered HTTP 503')
    // The pre-rendered page is still there around the message.
    await expect(
      page.getByRole('heading', { name: 'Explore the lineage', exact: true }),
    ).toBeVisible()
    block = false
    await alert.getByRole('button', { name: 'Retry' }).click()
    await page.waitForFunction(() => window.__atlasGraph?.ready === true)
    await expect(alert).toHaveCount(0)
  })

  test('offline, the message says the network failed', async ({ page }) => {
    await page.route('**/assets/atlas-data-*.json', (route) => route.abort('internetdisconnected'))
    await page.goto('/?technique=lora')
    await expect(page.getByRole('alert')).toContainText('the network request failed')
    await expect(page.getByRole('button', { name: 'Retry' })).toBeFocused()
  })

  test('a code chunk that fails to download is retried, not remembered', async ({ page }) => {
    let block = true
    await page.route(/\/assets\/App-[^/]+\.js$/, (route) =>
      block ? route.abort('failed') : route.continue(),
    )
    await page.goto('/?technique=qlora')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('code could not be downloaded')
    block = false
    await alert.getByRole('button', { name: 'Retry' }).click()
    await page.waitForFunction(() => window.__atlasGraph?.ready === true)
    await expect(page.getByRole('heading', { level: 2, name: 'QLoRA' })).toBeVisible()
  })

  test('a lazily loaded view that fails to download can be retried in place', async ({ page }) => {
    let block = true
    await page.route(/\/assets\/TechniqueTable-[^/]+\.js$/, (route) =>
      block ? route.abort('failed') : route.continue(),
    )
    await openAtlas(page, '/')
    await page.getByRole('tab', { name: 'Table' }).click()
    const alert = page.getByRole('alert').filter({ hasText: 'could not be downloaded' })
    await expect(alert).toBeVisible()
    block = false
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(page.getByRole('table')).toBeVisible()
  })
})
