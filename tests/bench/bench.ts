/**
 * `npm run bench`: builds the site (real data and synthetic 500 / 2,000 / 5,000-technique
 * datasets) and a bare Cytoscape "floor" page per dataset, serves them on loopback, drives
 * Debian's Chromium, and prints the figures (JSON under .bench/). Figures are reported, never
 * asserted. Loads alternate app / floor (A B A B …) and are reported as medians and ratios.
 *
 * Environment: BENCH_RUNS (loads per page, default 5), BENCH_SIZES (e.g. "real,2000"),
 * BENCH_SKIP_LIGHTHOUSE=1, BENCH_LIGHTHOUSE_RUNS (default BENCH_RUNS), BENCH_LOADS_ONLY=1 (load figures only), BENCH_PORT (default 4199), BENCH_WEBGL_ABOVE (build the app with
 * Cytoscape's WebGL renderer above that many elements).
 */
import { chromium, type Browser, type Page } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { cpus, totalmem } from 'node:os'
import { extname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium'
import { generateDataset } from './generateDataset'
import { lighthouseLines, lighthouseMedians } from './lighthouse'

const ROOT = resolve(import.meta.dirname, '../..')
const OUT = join(ROOT, '.bench')
const SITE = join(OUT, 'site')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
/** A fixed port: the builds write absolute addresses (canonical, og:image) for this server. */
const PORT = Number(process.env.BENCH_PORT ?? 4199)
const REPS = 30
const LOADS_ONLY = process.env.BENCH_LOADS_ONLY === '1'
const ALL_SIZES = ['real', '500', '2000', '5000']
const SIZES = (process.env.BENCH_SIZES ?? ALL_SIZES.join(','))
  .split(',')
  .filter((s) => ALL_SIZES.includes(s))

const median = (xs: number[]) => {
  if (!xs.length) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const p95 = (xs: number[]) => {
  if (!xs.length) return NaN
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!
}
const fmt = (x: number, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '–')

function run(command: string, env: Record<string, string>) {
  const r = spawnSync(command, {
    cwd: ROOT,
    shell: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  })
  if (r.status !== 0) throw new Error(`failed: ${command}`)
}

function build(size: string) {
  let dataDir = ''
  if (size !== 'real') {
    dataDir = join(OUT, `data-${size}`)
    generateDataset(Number(size), dataDir)
  }
  const env = (kind: string) => ({
    ATLAS_BASE: `/${kind}-${size}/`,
    ATLAS_SITE_URL: `http://127.0.0.1:${PORT}/${kind}-${size}/`,
    ATLAS_OUT_DIR: join(SITE, `${kind}-${size}`),
    ATLAS_TEST_HOOKS: '1',
    ...(process.env.BENCH_WEBGL_ABOVE ? { ATLAS_WEBGL_ABOVE: process.env.BENCH_WEBGL_ABOVE } : {}),
    ...(dataDir ? { ATLAS_DATA_DIR: dataDir, ATLAS_TECHNIQUE_PAGES: '0' } : {}),
  })
  run('npx vite build --logLevel warn', env('app'))
  run('npx vite build --config tests/bench/floor/vite.config.ts', env('floor'))
  // What ships has no test hooks: its first-view bytes are the budget's figure.
  if (size === 'real') {
    run('npx vite build --logLevel warn', {
      ...env('shipped'),
      ATLAS_TEST_HOOKS: '0',
      ATLAS_TECHNIQUE_PAGES: '0',
    })
  }
}

/**
 * The JavaScript a build's first view loads: index.html's module script and module preloads
 * (the boot, the app and the chunks it imports), gzip-compressed as the server sends them.
 */
function shippedFirstView(dir: string): { url: string; gzip: number }[] {
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
function serve(): Promise<http.Server> {
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

interface LoadResult {
  /** First contentful paint. */
  fcp: number
  /** The graph first on screen: the static first frame, or else the live canvas. */
  visible: number
  firstDraw: number
  interactive: number
  scripts: { url: string; gzip: number }[]
}

async function load(browser: Browser, url: string): Promise<LoadResult> {
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

async function measures(page: Page, name: string) {
  return page.evaluate(
    (n) => performance.getEntriesByName(n).map((e) => e.duration),
    `atlas:${name}`,
  )
}

async function waitForMeasure(page: Page, name: string, count: number) {
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

async function clickNode(page: Page, id: string) {
  const p = await page.evaluate((i) => window.__atlasGraph!.nodePagePosition(i), id)
  if (p) await page.mouse.click(p.x, p.y)
  return !!p
}

async function heapUsed(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  return usedSize
}

async function interactions(browser: Browser, url: string) {
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

/** Self size per constructor name in a V8 heap snapshot (what a snapshot viewer's summary shows). */
function heapSummary(snapshot: string): Map<string, number> {
  const {
    snapshot: meta,
    nodes,
    strings,
  } = JSON.parse(snapshot) as {
    snapshot: { meta: { node_fields: string[] } }
    nodes: number[]
    strings: string[]
  }
  const fields = meta.meta.node_fields
  const stride = fields.length
  const nameAt = fields.indexOf('name')
  const sizeAt = fields.indexOf('self_size')
  const out = new Map<string, number>()
  for (let i = 0; i < nodes.length; i += stride) {
    const name = strings[nodes[i + nameAt]!]!.slice(0, 60)
    out.set(name, (out.get(name) ?? 0) + nodes[i + sizeAt]!)
  }
  return out
}

async function heapSnapshot(page: Page, file: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page)
  const chunks: string[] = []
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => chunks.push(e.chunk))
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  const text = chunks.join('')
  writeFileSync(file, text)
  return text
}

/**
 * Heap after load, after 20 selections and after 200 on the same page: growth that stops after
 * the first selections is a one-time cost (caches warming), growth that continues is a leak.
 * On the real dataset, heap snapshots at 20 and 200 selections are written under .bench/ and the
 * constructors that grew most between them are reported.
 */
/** Bytes of a heap summary that are objects, not V8's code, bytecode and internal tables. */
function objectBytes(summary: Map<string, number>): number {
  let total = 0
  for (const [name, bytes] of summary) if (!name.startsWith('system / ')) total += bytes
  return total
}

function biggestGrowth(before: Map<string, number>, after: Map<string, number>) {
  return [...after]
    .map(([name, bytes]): [string, number] => [name, bytes - (before.get(name) ?? 0)])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
}

async function settled(page: Page) {
  let count = -1
  for (let waited = 0; waited < 15_000; waited += 1000) {
    const now = await page.evaluate(() => performance.getEntriesByType('resource').length)
    if (now === count) return
    count = now
    await page.waitForTimeout(1000)
  }
}

async function heapTest(browser: Browser, url: string, candidates: string[], size: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.goto(url)
  await page.waitForFunction(() => window.__atlasGraph?.ready === true)
  const heapAfterLoad = await heapUsed(page)
  // Once ready, the app downloads in idle time what the first view did not need (the other
  // views' code): it has settled when no request has started for a second.
  await settled(page)
  const heapSettled = await heapUsed(page)
  const snapshotSettled =
    size === 'real' ? await heapSnapshot(page, join(OUT, 'heap-settled.heapsnapshot')) : ''
  let heapAfter20 = NaN
  let snapshot20 = ''
  for (let i = 0; i < 200; i++) {
    const n = (await measures(page, 'select')).length
    if (await clickNode(page, candidates[i % candidates.length]!))
      await waitForMeasure(page, 'select', n)
    if (i === 19) {
      await page.waitForTimeout(300)
      heapAfter20 = await heapUsed(page)
      if (size === 'real') snapshot20 = await heapSnapshot(page, join(OUT, 'heap-20.heapsnapshot'))
    }
  }
  await page.waitForTimeout(300)
  const heapAfterSelections = await heapUsed(page)
  let grew: [string, number][] = []
  let grewFirst: [string, number][] = []
  /** The app's objects (compiled code and V8's own tables left out), settled and after 200. */
  let objects: [number, number] = [NaN, NaN]
  if (size === 'real') {
    grewFirst = biggestGrowth(heapSummary(snapshotSettled), heapSummary(snapshot20))
    const before = heapSummary(snapshot20)
    const after = heapSummary(await heapSnapshot(page, join(OUT, 'heap-200.heapsnapshot')))
    grew = biggestGrowth(before, after)
    objects = [objectBytes(heapSummary(snapshotSettled)), objectBytes(after)]
  }
  await context.close()
  return { heapAfterLoad, heapSettled, heapAfter20, heapAfterSelections, grew, grewFirst, objects }
}

async function main() {
  mkdirSync(SITE, { recursive: true })
  console.log(`Building ${SIZES.join(', ')} (app and floor)…`)
  for (const size of SIZES) build(size)
  const server = await serve()
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  })

  const results: Record<string, unknown> = {}
  const rows: string[][] = []
  const interactionRows: string[][] = []
  const memoryRows: string[][] = []
  /** [budget, measured, met] */
  const budgets: [string, string, boolean][] = []
  let bytesReport = ''
  let heapGrowth = ''
  for (const size of SIZES) {
    const app: LoadResult[] = []
    const floor: LoadResult[] = []
    for (let i = 0; i < RUNS; i++) {
      // Alternate which goes first, so drift on this noisy machine hits both equally.
      const order = i % 2 ? (['floor', 'app'] as const) : (['app', 'floor'] as const)
      for (const kind of order)
        (kind === 'app' ? app : floor).push(await load(browser, `${base}/${kind}-${size}/`))
      process.stdout.write('.')
    }
    const medians = (runs: LoadResult[]) => ({
      fcp: median(runs.map((r) => r.fcp)),
      visible: median(runs.map((r) => r.visible)),
      firstDraw: median(runs.map((r) => r.firstDraw)),
      interactive: median(runs.map((r) => r.interactive)),
    })
    const a = medians(app)
    const f = medians(floor)
    rows.push([
      size,
      fmt(a.fcp),
      fmt(f.fcp),
      fmt(a.fcp / f.fcp, 2),
      fmt(a.visible),
      fmt(f.visible),
      fmt(a.visible / f.visible, 2),
      fmt(a.firstDraw),
      fmt(a.interactive),
      fmt(f.interactive),
      fmt(a.interactive / f.interactive, 2),
    ])
    budgets.push(
      [
        `${size}: graph visible ≤ 0.6× floor`,
        fmt(a.visible / f.visible, 2),
        a.visible / f.visible <= 0.6,
      ],
      [
        `${size}: interactive ≤ 1.15× floor`,
        fmt(a.interactive / f.interactive, 2),
        a.interactive / f.interactive <= 1.15,
      ],
      [`${size}: first contentful paint ≤ 2× floor`, fmt(a.fcp / f.fcp, 2), a.fcp / f.fcp <= 2],
    )
    // BENCH_LOADS_ONLY=1: the load figures alone (no interaction or heap runs).
    let inter: unknown = null
    if (!LOADS_ONLY) {
      const interaction = await interactions(browser, `${base}/app-${size}/`)
      const run = {
        ...interaction,
        ...(await heapTest(browser, `${base}/app-${size}/`, interaction.candidates, size)),
      }
      interactionRows.push([
        size,
        ...(['select', 'category', 'search', 'lineage'] as const).flatMap((k) => [
          fmt(median(run[k]), 1),
          fmt(p95(run[k]), 1),
        ]),
        String(run.select.length + run.category.length + run.search.length + run.lineage.length),
      ])
      const limit = { real: 50, '500': 100, '2000': 100, '5000': 250 }[size] ?? 250
      const worst = Math.max(
        ...(['select', 'category', 'search', 'lineage'] as const).map((k) => p95(run[k])),
      )
      const growth = run.heapAfterSelections / run.heapAfterLoad - 1
      const lateGrowth = run.heapAfterSelections / run.heapAfter20 - 1
      const settledGrowth = run.heapAfterSelections / run.heapSettled - 1
      budgets.push(
        [
          `${size}: heap growth from 20 to 200 selections ≤ 10 % (a leak would keep growing)`,
          `${fmt(lateGrowth * 100, 1)} %`,
          lateGrowth <= 0.1,
        ],
        [`${size}: every interaction p95 ≤ ${limit} ms`, `${fmt(worst, 1)} ms`, worst <= limit],
        [
          `${size}: heap growth after 200 selections ≤ 10 %`,
          `${fmt(growth * 100, 1)} %`,
          growth <= 0.1,
        ],
        [
          `${size}: heap growth after 200 selections ≤ 10 % of the settled app (its other views' code downloaded)`,
          `${fmt(settledGrowth * 100, 1)} %`,
          settledGrowth <= 0.1,
        ],
      )
      const growthList = (g: [string, number][]) =>
        g
          .map(([n, b]) => `${n || '(no name)'} ${b >= 0 ? '+' : ''}${fmt(b / 1024, 1)} KB`)
          .join(', ')
      if (run.grew.length)
        heapGrowth = [
          `Heap snapshots (real dataset, .bench/heap-settled/20/200.heapsnapshot), most growth over the first 20 selections: ${growthList(run.grewFirst)}`,
          `From 20 to 200 selections: ${growthList(run.grew)}`,
          `Objects alone (snapshot entries other than V8's "system /" code, bytecode and tables): ${fmt(run.objects[0] / 1e6, 2)} MB settled, ${fmt(run.objects[1] / 1e6, 2)} MB after 200 selections (${fmt((run.objects[1] / run.objects[0] - 1) * 100, 1)} %)`,
        ].join('\n')
      memoryRows.push([
        size,
        fmt(run.heapAfterLoad / 1e6, 1),
        fmt(run.heapSettled / 1e6, 1),
        fmt(run.heapAfter20 / 1e6, 1),
        fmt(run.heapAfterSelections / 1e6, 1),
        fmt((run.heapAfterSelections / run.heapAfterLoad - 1) * 100, 1) + ' %',
      ])
      inter = run
    }
    if (size === 'real' || !bytesReport) {
      const list = (scripts: { url: string; gzip: number }[]) =>
        scripts.map((s) => `  ${fmt(s.gzip / 1024, 1).padStart(6)} KB  ${s.url}`).join('\n')
      const sum = (scripts: { gzip: number }[]) => scripts.reduce((s, x) => s + x.gzip, 0)
      const loaded = app[0]!.scripts
      bytesReport = `First-view JavaScript loaded by the benchmark's build (${size} dataset, with test hooks), gzip: ${fmt(sum(loaded) / 1024, 1)} KB\n${list(loaded)}`
      if (size === 'real') {
        const shipped = shippedFirstView(join(SITE, 'shipped-real'))
        const total = sum(shipped) / 1024
        budgets.push([
          'first-view JavaScript ≤ 255 KB gzip (as shipped)',
          `${fmt(total, 1)} KB`,
          total <= 255,
        ])
        bytesReport += `\nAs shipped (no test hooks): ${fmt(total, 1)} KB\n${list(shipped)}`
      }
    }
    results[size] = { app, floor, medians: { app: a, floor: f }, interactions: inter }
  }
  console.log()

  let lighthouse: Record<string, Awaited<ReturnType<typeof lighthouseMedians>>> | null = null
  if (!process.env.BENCH_SKIP_LIGHTHOUSE && SIZES.includes('real')) {
    const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? RUNS)
    lighthouse = {
      'first view': await lighthouseMedians(`${base}/app-real/`, runs),
      'technique page': await lighthouseMedians(`${base}/app-real/technique/qlora/`, runs),
    }
    results.lighthouse = lighthouse
    for (const [page, presets] of Object.entries(lighthouse))
      for (const [preset, { scores, metrics }] of Object.entries(presets)) {
        for (const [category, score] of Object.entries(scores)) {
          const want = category === 'performance' && preset === 'mobile' ? 95 : 100
          budgets.push([
            `Lighthouse ${preset} ${category}, ${page} ≥ ${want} (median)`,
            String(score),
            score >= want,
          ])
        }
        if (preset === 'mobile')
          budgets.push([
            `Lighthouse mobile total blocking time, ${page} ≤ 150 ms (median)`,
            fmt(metrics.TBT!),
            metrics.TBT! <= 150,
          ])
      }
  }
  await browser.close()
  server.close()

  const table = (head: string[], body: string[][]) =>
    [head, head.map((h) => '-'.repeat(h.length)), ...body]
      .map((r) => `| ${r.join(' | ')} |`)
      .join('\n')
  const date = new Date().toISOString().slice(0, 10)
  const report = [
    `Fine-Tuning Atlas benchmark — ${date}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${fmt(totalmem() / 2 ** 30)} GiB, headless Debian Chromium, 1280×800, ${RUNS} alternating loads per page`,
    '',
    'Load (ms from navigation start, medians; ratio = app / floor, the floor being the same graph at preset positions drawn by Cytoscape alone). "Graph visible" is the static first frame for the app, the first canvas pixel for the floor; "live graph" is the app\'s first canvas pixel.',
    table(
      [
        'dataset',
        'FCP: app',
        'floor',
        'ratio',
        'graph visible: app',
        'floor',
        'ratio',
        'live graph: app',
        'interactive: app',
        'floor',
        'ratio',
      ],
      rows,
    ),
    '',
    `Input → updated graph (ms, median / p95 over ~${REPS} repetitions each)`,
    table(
      [
        'dataset',
        'select',
        'p95',
        'category',
        'p95',
        'search key',
        'p95',
        'lineage mode',
        'p95',
        'samples',
      ],
      interactionRows,
    ),
    '',
    'JS heap (MB, after forced GC)',
    table(
      [
        'dataset',
        'after load',
        'settled',
        'after 20 selections',
        'after 200 selections',
        'growth from load',
      ],
      memoryRows,
    ),
    heapGrowth,
    '',
    bytesReport,
    '',
    lighthouse
      ? Object.entries(lighthouse)
          .flatMap(([page, presets]) => lighthouseLines(page, presets))
          .join('\n')
      : 'Lighthouse skipped',
    '',
    'Budgets (issue: instant first view)',
    table(
      ['budget', 'measured', 'met'],
      budgets.map(([b, m, ok]) => [b, m, ok ? 'yes' : '**no**']),
    ),
  ].join('\n')
  console.log(report)
  writeFileSync(
    join(OUT, `results-${date}.json`),
    JSON.stringify({ date, report, results }, null, 2),
  )
  writeFileSync(join(OUT, 'latest.txt'), report + '\n')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
