/**
 * Vite plugin: serves the dataset to the app as `virtual:atlas-data`, validated and with the
 * lineage layout precomputed, so the browser ships no schema library and does no layout work.
 * A build fails on any dataset problem; the dev server and tests pass the problems on, and the
 * app shows them in a notice while the valid records keep working.
 */
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { formatProblem, type AtlasData } from '../domain/data/dataset.ts'
import { computeLineageLayout } from './lineageLayout.ts'
import { countsLine, readDataDir } from './readDataDir.ts'

const ID = 'virtual:atlas-data'
const RESOLVED = '\0' + ID

export function atlasData(options: { dir?: string; requireSeedEntities?: boolean } = {}): Plugin {
  const dir = resolve(options.dir ?? 'data')
  let isBuild = false
  let base = '/'
  return {
    name: 'atlas-data',
    configResolved(config) {
      isBuild = config.command === 'build' && !config.mode.startsWith('test')
      base = config.base
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const asset = Object.values(ctx.bundle ?? {}).find(
          (file) => file.type === 'asset' && file.names.includes('atlas-data.json'),
        )
        if (!asset) return []
        // The app's code is a dynamic import of the boot (it runs once the dataset is here):
        // preloading it and its chunks lets the browser download code and data side by side.
        const chunks = Object.values(ctx.bundle ?? {}).filter((f) => f.type === 'chunk')
        const app = chunks.find((c) => c.facadeModuleId?.endsWith('/src/App.tsx'))
        const appFiles = app ? [app.fileName, ...app.imports] : []
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: ctx.server ? asset.fileName : `${base}${asset.fileName}`,
              as: 'fetch',
              crossorigin: '',
            },
            injectTo: 'head',
          },
          ...appFiles.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `${base}${file}` },
            injectTo: 'head' as const,
          })),
        ]
      },
    },
    // The dataset is offered for reuse as JSON and as a CSV of techniques.
    generateBundle() {
      const { data } = readDataDir(dir, {
        requireSeedEntities: options.requireSeedEntities ?? true,
      })
      this.emitFile({
        type: 'asset',
        fileName: 'dataset/atlas.json',
        source: JSON.stringify({ license: 'CC-BY-4.0', ...data }, null, 2),
      })
      this.emitFile({
        type: 'asset',
        fileName: 'dataset/techniques.csv',
        source: techniquesCsv(data),
      })
    },
    async load(id, loadOptions) {
      if (id !== RESOLVED) return undefined
      // The build's pre-render (src/prerender/site.ts) hands the built dataset over itself.
      if (loadOptions?.ssr)
        return 'export const bundleUrl = undefined\nexport const inlineBundle = undefined'
      const { data, problems } = readDataDir(dir, {
        requireSeedEntities: options.requireSeedEntities ?? true,
      })
      for (const file of [
        'categories',
        'papers',
        'techniques',
        'lineage',
        'tools',
        'newsletter-issues',
      ])
        this.addWatchFile(resolve(dir, `${file}.json`))
      if (isBuild && problems.length)
        this.error(
          `The dataset in ${dir} has ${problems.length} problem(s):\n` +
            problems.map((p) => '  ' + formatProblem(p)).join('\n'),
        )
      if (isBuild) this.info?.(countsLine(data))
      const layout = await computeLineageLayout(
        {
          techniques: data.techniques,
          lineage: data.lineage,
          categoryOrder: data.categories.map((c) => c.id),
        },
        { cacheDir: resolve('node_modules/.cache/atlas-layout') },
      )
      const json = JSON.stringify({ data, problems, layout })
      if (isBuild) {
        // Built sites fetch the dataset as JSON (preloaded by index.html, in parallel with the
        // scripts): no JavaScript bytes for data, JSON parses faster than script, and a failed
        // request can be retried (src/routes/dataset.ts), which a failed module cannot.
        const ref = this.emitFile({ type: 'asset', name: 'atlas-data.json', source: json })
        return [
          `export const bundleUrl = import.meta.ROLLUP_FILE_URL_${ref}`,
          'export const inlineBundle = undefined',
        ].join('\n')
      }
      // JSON.parse of a string literal parses faster than an object literal of the same size.
      return [
        'export const bundleUrl = undefined',
        `export const inlineBundle = JSON.parse(${JSON.stringify(json)})`,
      ].join('\n')
    },
  }
}

const csvCell = (value: string | number) => {
  const text = String(value)
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One row per technique, with its paper, for spreadsheets. */
export function techniquesCsv(data: AtlasData): string {
  const papers = new Map(data.papers.map((p) => [p.id, p]))
  const header = [
    'id',
    'name',
    'full_name',
    'year',
    'categories',
    'paper_title',
    'arxiv_id',
    'paper_url',
    'organizations',
    'parents',
    'use_it',
    'checked',
    'description',
  ]
  const parents = (id: string) =>
    data.lineage
      .filter((l) => l.child === id)
      .map((l) => l.parent)
      .join(';')
  const rows = data.techniques.map((t) => {
    const p = papers.get(t.paper)
    return [
      t.id,
      t.name,
      t.fullName,
      t.year,
      t.categories.join(';'),
      p?.title ?? '',
      p?.arxivId ?? '',
      p?.url ?? '',
      t.organizations.join(';'),
      parents(t.id),
      (t.usage ?? []).map((u) => `${u.tool}: ${u.api} (${u.version})`).join(' | '),
      t.checked,
      t.description,
    ]
      .map(csvCell)
      .join(',')
  })
  return [header.join(','), ...rows].join('\n') + '\n'
}
