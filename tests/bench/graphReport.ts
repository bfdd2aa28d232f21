/**
 * `npm run graph-report`: builds the site for the real dataset and the synthetic 500 / 2,000
 * sets, opens each default view in headless Chromium at 1280×800, 1920×1080 and 390×844, reads
 * the live Cytoscape drawing (markers, drawn labels, edge paths) and prints whether it tells the
 * truth and can be read. Figures, not assertions: the browser tests assert the real data's.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { reportDrawing, type DrawingReport } from '../../src/domain/layout/drawingReport'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium'
import { generateDataset } from './generateDataset'

const ROOT = resolve(import.meta.dirname, '../..')
const OUT = join(ROOT, '.bench', 'graph-report')
const SIZES = (process.env.REPORT_SIZES ?? 'real,500,2000').split(',')
const VIEWPORTS = [
  { name: '1280×800', width: 1280, height: 800 },
  { name: '1920×1080', width: 1920, height: 1080 },
  { name: '390×844', width: 390, height: 844, mobile: true },
]

function build(size: string): string {
  const outDir = join(OUT, `site-${size}`)
  let dataDir = ''
  if (size !== 'real') {
    dataDir = join(OUT, `data-${size}`)
    generateDataset(Number(size), dataDir)
  }
  const r = spawnSync('npx vite build --logLevel warn', {
    cwd: ROOT,
    shell: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      ATLAS_OUT_DIR: outDir,
      ATLAS_TEST_HOOKS: '1',
      ...(dataDir ? { ATLAS_DATA_DIR: dataDir, ATLAS_TECHNIQUE_PAGES: '0' } : {}),
    },
  })
  if (r.status !== 0) throw new Error(`build failed for ${size}`)
  return outDir
}

function preview(outDir: string, port: number) {
  return spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: ROOT, stdio: 'ignore', detached: true },
  )
}

async function main() {
  mkdirSync(OUT, { recursive: true })
  const rows: (DrawingReport & { dataset: string; viewport: string })[] = []
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  let port = 4310
  for (const size of SIZES) {
    const outDir = build(size)
    const server = preview(outDir, ++port)
    try {
      for (const vp of VIEWPORTS) {
        const context = await browser.newContext({
          viewport: { width: vp.width, height: vp.height },
          ...(vp.mobile ? { isMobile: true, hasTouch: true } : {}),
        })
        const page = await context.newPage()
        for (let attempt = 0; ; attempt++) {
          try {
            await page.goto(`http://127.0.0.1:${port}/`)
            break
          } catch (error) {
            if (attempt > 40) throw error
            await new Promise((r) => setTimeout(r, 500))
          }
        }
        await page.waitForFunction(() => window.__atlasGraph?.ready, null, { timeout: 120_000 })
        // Labels are placed after the first viewport frame.
        await page.waitForTimeout(300)
        const snapshot = await page.evaluate(() => window.__atlasGraph!.snapshot())
        rows.push({ dataset: size, viewport: vp.name, ...reportDrawing(snapshot) })
        await context.close()
      }
    } finally {
      if (server.pid) process.kill(-server.pid)
    }
  }
  await browser.close()

  const header =
    '| dataset | viewport | techniques | labels shown | smallest label px | overlapping labels | links | links over unrelated markers | crossing pairs | crossing pairs per link | shared stretches | backward links |'
  const lines = [
    `Graph report — ${new Date().toISOString().slice(0, 10)}, default view of each dataset, read from the live graph`,
    '',
    header,
    header.replace(/[^|]+/g, ' --- '),
    ...rows.map(
      (r) =>
        `| ${r.dataset} | ${r.viewport} | ${r.techniques} | ${r.labelsShown} | ${r.smallestLabelPx?.toFixed(1) ?? '–'} | ${r.overlappingLabels} | ${r.edges} | ${r.edgesOverUnrelatedNodes} | ${r.crossings} | ${r.crossingsPerEdge.toFixed(2)} | ${r.sharedStretches} | ${r.backwardEdges} |`,
    ),
  ]
  console.log(lines.join('\n'))
  writeFileSync(join(OUT, 'report.json'), JSON.stringify(rows, null, 2))
}

await main()
