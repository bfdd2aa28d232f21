/**
 * Lighthouse for the benchmark: each page is audited `runs` times per preset (desktop, and
 * mobile with Lighthouse's default simulated slow 4G and 4× CPU), each run in a fresh Chromium,
 * and the medians are reported (a single run on a 2-core machine varies by ±10 points).
 */
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium'

export interface LighthousePreset {
  /** Median score per category (0–100). */
  scores: Record<string, number>
  /** Median of each performance metric: ms, except CLS (unitless). */
  metrics: Record<string, number>
  /** Every run's performance score, in order. */
  performance: number[]
}

const METRICS: Record<string, string> = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  SI: 'speed-index',
  CLS: 'cumulative-layout-shift',
  TTI: 'interactive',
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

export async function lighthouseMedians(
  url: string,
  runs: number,
): Promise<Record<'desktop' | 'mobile', LighthousePreset>> {
  const { default: lighthouse } = await import('lighthouse')
  const chromeLauncher = await import('chrome-launcher')
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js')
  const out = {} as Record<'desktop' | 'mobile', LighthousePreset>
  for (const [preset, config] of [
    ['desktop', desktopConfig],
    ['mobile', undefined],
  ] as const) {
    const scores: Record<string, number[]> = {}
    const metrics: Record<string, number[]> = {}
    for (let i = 0; i < runs; i++) {
      const chrome = await chromeLauncher.launch({
        chromePath: CHROMIUM_PATH,
        chromeFlags: CHROMIUM_ARGS,
      })
      try {
        const result = await lighthouse(
          url,
          {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          },
          config,
        )
        const lhr = result!.lhr
        for (const [k, v] of Object.entries(lhr.categories))
          (scores[k] ??= []).push(Math.round((v.score ?? 0) * 100))
        for (const [name, audit] of Object.entries(METRICS))
          (metrics[name] ??= []).push(lhr.audits[audit]?.numericValue ?? NaN)
      } finally {
        await chrome.kill()
      }
    }
    out[preset] = {
      scores: Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, median(v)])),
      metrics: Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, median(v)])),
      performance: scores.performance ?? [],
    }
  }
  return out
}

/** One line per preset: median scores, median metrics, and every run's performance score. */
export function lighthouseLines(page: string, presets: Record<string, LighthousePreset>): string[] {
  return Object.entries(presets).map(([preset, p]) => {
    const scores = Object.entries(p.scores)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')
    const metrics = Object.entries(p.metrics)
      .map(([k, v]) => `${k} ${k === 'CLS' ? v.toFixed(3) : Math.round(v)}`)
      .join(', ')
    return `Lighthouse 12.2.3, ${page}, ${preset} (median of ${p.performance.length}): ${scores}; ${metrics} ms; performance per run ${p.performance.join(' / ')}`
  })
}
