/**
 * JS heap for the benchmark: heap use after forced garbage collection, V8 heap snapshots
 * summarised per constructor, and the selection test that tells a one-time cost from a leak.
 */
import type { Browser, Page } from '@playwright/test'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { OUT } from './common'
import { clickNode, measures, waitForMeasure } from './interactions'

async function heapUsed(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  return usedSize
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

/**
 * Heap after load, after 20 selections and after 200 on the same page: growth that stops after
 * the first selections is a one-time cost (caches warming), growth that continues is a leak.
 * On the real dataset, heap snapshots at 20 and 200 selections are written under .bench/ and the
 * constructors that grew most between them are reported.
 */
export async function heapTest(browser: Browser, url: string, candidates: string[], size: string) {
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
