/**
 * What every part of `npm run bench` shares: where it builds and writes (.bench/), the port it
 * serves on, the environment's choices (runs, dataset sizes, loads only), the statistics and
 * number formatting of the figures, and the builds of the app and floor pages per dataset.
 */
import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { generateDataset } from './generateDataset'

export const ROOT = resolve(import.meta.dirname, '../..')
export const OUT = join(ROOT, '.bench')
export const SITE = join(OUT, 'site')
export const RUNS = Number(process.env.BENCH_RUNS ?? 5)
/** A fixed port: the builds write absolute addresses (canonical, og:image) for this server. */
export const PORT = Number(process.env.BENCH_PORT ?? 4199)
export const REPS = 30
export const LOADS_ONLY = process.env.BENCH_LOADS_ONLY === '1'
const ALL_SIZES = ['real', '500', '2000', '5000']
export const SIZES = (process.env.BENCH_SIZES ?? ALL_SIZES.join(','))
  .split(',')
  .filter((s) => ALL_SIZES.includes(s))

export const median = (xs: number[]) => {
  if (!xs.length) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
export const p95 = (xs: number[]) => {
  if (!xs.length) return NaN
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!
}
export const fmt = (x: number, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '–')

export function run(command: string, env: Record<string, string>) {
  const r = spawnSync(command, {
    cwd: ROOT,
    shell: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  })
  if (r.status !== 0) throw new Error(`failed: ${command}`)
}

export function build(size: string) {
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
