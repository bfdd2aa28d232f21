/**
 * Page loads for the benchmark: a static server over .bench/site that gzips as a real host
 * would, a probe marking when the graph is first on screen (static first frame, live canvas),
 * one measured load of a page in a fresh browser context, and the first-view JavaScript of a
 * build as shipped.
 */
import type { Browser } from '@playwright/test'
import { existsSync, readFileSync, statSync } from 'node:fs'
import http from 'node:http'
import { extname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { PORT, SITE } from './common'

/**
 * The JavaScript a build's first view loads: index.html's module script and module preloads
 * (the boot, the app and the chunks it imports), gzip-compressed as the server sends them.
 */
export function shippedFirstView(dir: string): { url: string; gzip: number }[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const urls = new Set(
    [
      ...html.matchAll(
        /<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="([^"]+\.js)"/g,
      ),
    ].map((m) => m[1]!),
  )
  return [...urls].map((url) => ({
    url,
    gzip: gzipSync(readFileSync(join(SITE, new URL(url, 'http://x').pathname))).length,
  }))
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
}
const gzCache = new Map<string, Buffer>()

/** A static server over .bench/site that gzips text, as a real static host would. */
export function serve(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    let path = join(SITE, decodeURIComponent(url.pathname))
    if (!path.startsWith(SITE)) return res.writeHead(403).end()
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html')
    if (!existsSync(path)) return res.writeHead(404).end('not found')
    const type = TYPES[extname(path)] ?? 'application/octet-stream'
    const body = readFileSync(path)
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' }
    if (/gzip/.test(String(req.headers['accept-encoding'])) && !type.startsWith('image/png')) {
      const gz = gzCache.get(path) ?? gzipSync(body)
      gzCache.set(path, gz)
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(gz)
    } else res.writeHead(200, headers).end(body)
  })
  return new Promise((done) => server.listen(PORT, '127.0.0.1', () => done(server)))
}

/**
 * Marks the first animation frame in which any canvas holds a drawn pixel (the live graph), and
 * when the static first frame (the app's pre-rendered SVG) has been painted: the frame after
 * the one in which it is first laid out, since a large SVG's paint takes main-thread time of
 * its own (at 2,000 techniques, about a second after layout).
 */
const FIRST_DRAW_PROBE = `(() => {
  const still = () => {
    const f = document.getElementById('first-frame')
    if (f && f.getBoundingClientRect().width > 0) {
      requestAnimationFrame(() => { window.__firstFrame = performance.now() })
      return
    }
    if (!window.__firstDraw) requestAnimationFrame(still)
  }
  requestAnimationFrame(still)
  const check = () => {
    for (const c of document.querySelectorAll('canvas')) {
      if (!c.width || !c.height) continue
      const ctx = c.getContext('2d')
      // A WebGL layer cannot be read back here: its first frame counts when the graph is ready.
      if (!ctx) { if (window.__atlasGraph?.ready) { window.__firstDraw = performance.now(); return } continue }
      const data = ctx.getImageData(0, 0, c.width, c.height).data
      for (let i = 3; i < data.length; i += 4 * 31) if (data[i]) { window.__firstDraw = performance.now(); return }
    }
    requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
})()`

export interface LoadResult {
  /** First contentful paint. */
  fcp: number
  /** The graph first on screen: the static first frame, or else the live canvas. */
  visible: number
  firstDraw: number
  interactive: number
  scripts: { url: string; gzip: number }[]
}

export async function load(browser: Browser, url: string): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.addInitScript(FIRST_DRAW_PROBE)
  await page.goto(url)
  await page.waitForFunction(
    () => window.__atlasGraph?.ready && (window as { __firstDraw?: number }).__firstDraw,
    null,
    {
      timeout: 60_000,
    },
  )
  const result = await page.evaluate(() => {
    const w = window as unknown as { __firstDraw: number; __firstFrame?: number }
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime
    return {
      // A page whose only content is a canvas may record no contentful paint (the floor at
      // 2,000 techniques): its first drawn pixel is then its first content.
      fcp: fcp ?? w.__firstDraw,
      // Nothing is on screen before the first contentful paint.
      visible: Math.min(w.__firstDraw, Math.max(w.__firstFrame ?? Infinity, fcp ?? 0)),
      firstDraw: w.__firstDraw,
      interactive: performance.getEntriesByName('atlas:graph-interactive')[0]?.startTime ?? NaN,
      scripts: performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((n) => n.endsWith('.js')),
    }
  })
  await context.close()
  const origin = new URL(url).origin
  return {
    ...result,
    scripts: result.scripts.map((s) => ({
      url: s.slice(origin.length),
      gzip: gzipSync(readFileSync(join(SITE, new URL(s).pathname))).length,
    })),
  }
}
