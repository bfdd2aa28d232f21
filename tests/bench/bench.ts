/**
 * `npm run bench`: builds the site (real data and synthetic 500 / 2,000 / 5,000-technique
 * datasets) and a bare Cytoscape "floor" page per dataset, serves them on loopback, drives
 * Debian's Chromium, and prints the figures (JSON under .bench/). Figures are reported, never
 * asserted. Loads alternate app / floor (A B A B …) and are reported as medians and ratios.
 * This file runs the whole; the parts are in common, pageLoad, interactions, heap and report.
 *
 * Environment: BENCH_RUNS (loads per page, default 5), BENCH_SIZES (e.g. "real,2000"),
 * BENCH_SKIP_LIGHTHOUSE=1, BENCH_LIGHTHOUSE_RUNS (default BENCH_RUNS), BENCH_LOADS_ONLY=1 (load figures only), BENCH_PORT (default 4199), BENCH_WEBGL_ABOVE (build the app with
 * Cytoscape's WebGL renderer above that many elements).
 */
import { chromium } from '@playwright/test'
import { mkdirSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium'
import { build, fmt, LOADS_ONLY, median, OUT, p95, RUNS, SITE, SIZES } from './common'
import { heapTest } from './heap'
import { interactions } from './interactions'
import { lighthouseMedians } from './lighthouse'
import { load, serve, shippedFirstView, type LoadResult } from './pageLoad'
import { growthList, gzipTotal, reportText, scriptList, type LighthouseResults } from './report'

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
      const loaded = app[0]!.scripts
      bytesReport = `First-view JavaScript loaded by the benchmark's build (${size} dataset, with test hooks), gzip: ${fmt(gzipTotal(loaded) / 1024, 1)} KB\n${scriptList(loaded)}`
      if (size === 'real') {
        const shipped = shippedFirstView(join(SITE, 'shipped-real'))
        const total = gzipTotal(shipped) / 1024
        budgets.push([
          'first-view JavaScript ≤ 255 KB gzip (as shipped)',
          `${fmt(total, 1)} KB`,
          total <= 255,
        ])
        bytesReport += `\nAs shipped (no test hooks): ${fmt(total, 1)} KB\n${scriptList(shipped)}`
      }
    }
    results[size] = { app, floor, medians: { app: a, floor: f }, interactions: inter }
  }
  console.log()

  let lighthouse: LighthouseResults | null = null
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

  const date = new Date().toISOString().slice(0, 10)
  const report = reportText({
    date,
    rows,
    interactionRows,
    memoryRows,
    heapGrowth,
    bytesReport,
    lighthouse,
    budgets,
  })
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
