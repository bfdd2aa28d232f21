import { reportDrawing } from '../../src/domain/layout/drawingReport'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

const port = Number(process.env.ATLAS_E2E_PORT ?? 4183)
/** The three servers playwright.config.ts starts: the site, the site under /atlas/, dev on broken data. */
export const SITE = `http://127.0.0.1:${port}`
export const SUB_SITE = `http://127.0.0.1:${port + 1}`
export const DEV_SITE = `http://127.0.0.1:${port + 2}`

/** Opens a link and waits until the graph is drawn and interactive (when the view has one). */
/** A phone as the browser tests use it: 390 × 844, touch. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

export async function openAtlas(page: Page, url: string, { graph = true } = {}) {
  await page.goto(url)
  if (graph) await page.waitForFunction(() => window.__atlasGraph?.ready === true)
  else await page.locator('main').waitFor()
}

/** Clicks a technique's node on the canvas, where a visitor would. */
export async function clickNode(page: Page, id: string) {
  const where = () =>
    page.evaluate((nodeId) => window.__atlasGraph?.nodePagePosition(nodeId) ?? null, id)
  // Wait out any move the graph is making (it brings a new selection into view), as a person
  // would: the node has to hold still before it can be clicked.
  let point = await where()
  await expect
    .poll(async () => {
      const before = point
      await page.waitForTimeout(80)
      point = await where()
      return !!before && !!point && before.x === point.x && before.y === point.y
    })
    .toBe(true)
  expect(point, `node ${id} is drawn`).not.toBeNull()
  await page.mouse.click(point!.x, point!.y)
}

/** Collects console errors, page errors and any request that leaves the page's origin. */
export function watchJourney(page: Page) {
  const errors: string[] = []
  const offOrigin: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('request', (r) => {
    const origin = new URL(page.url() === 'about:blank' ? r.url() : page.url()).origin
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) offOrigin.push(r.url())
  })
  return { errors, offOrigin }
}

/** WCAG 2.2 A/AA plus best practice: the list of violations, for a readable failure. */
export async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}

/** True when the graph canvas has drawn pixels (not a blank or single-colour canvas). */
export async function graphHasPixels(page: Page) {
  return page.evaluate(() => {
    const canvases = [
      ...document.querySelectorAll<HTMLCanvasElement>('[data-testid="graph-canvas"] canvas'),
    ]
    return canvases.some((c) => {
      const ctx = c.getContext('2d')
      if (!ctx || !c.width || !c.height) return false
      const data = ctx.getImageData(0, 0, c.width, c.height).data
      for (let i = 3; i < data.length; i += 4 * 97) if (data[i] !== 0) return true
      return false
    })
  })
}

/** The drawing as a visitor sees it, read from the live graph. */
export async function drawing(page: Page) {
  // Labels are placed on the frame after the viewport settles.
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-labels-shown', /\d+/)
  return reportDrawing(await page.evaluate(() => window.__atlasGraph!.snapshot()))
}
