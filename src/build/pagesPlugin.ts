/**
 * Vite plugin, build only: turns the built single page into a site that shows its content before
 * any script runs (the pages themselves are made by src/prerender/site.ts, the app's own code
 * rendered in Node). This side does the Node work: loading that module, laying out each preview's
 * lineage with ELK, rasterising previews to PNG (Inter, shipped with the build tools), adding the
 * Content-Security-Policy with the hash of every inline script, writing sitemap.xml and
 * robots.txt, and refusing a shipped build that carries the test hooks.
 */
import { Resvg } from '@resvg/resvg-js'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { createServer, type Plugin, type ResolvedConfig } from 'vite'
import { bestLayout, type LayoutInput } from '../domain/layout/layeredLayout.ts'
import { OPTIONS, type ElkGraph } from '../domain/layout/elkOptions.ts'
import type { LineageLayout } from '../domain/layout/layoutGeometry.ts'
import {
  contentSecurityPolicy,
  inlineScripts,
  withInlineStylesheet,
  withPolicy,
} from '../prerender/pageHtml.ts'
import type { buildSite } from '../prerender/site.ts'

/** The site's public address, ending in '/' (ATLAS_SITE_URL; link previews need it absolute). */
export function siteUrl(base: string, given = process.env.ATLAS_SITE_URL): string {
  const url = given ? new URL(given) : new URL(base, 'http://localhost:4173')
  return url.href.endsWith('/') ? url.href : `${url.href}/`
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest()

function write(path: string, content: string | Buffer) {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, content)
}

const require = createRequire(import.meta.url)

function fontFiles(): string[] {
  const dir = dirname(require.resolve('@expo-google-fonts/inter/package.json'))
  return [
    '400Regular/Inter_400Regular.ttf',
    '600SemiBold/Inter_600SemiBold.ttf',
    '700Bold/Inter_700Bold.ttf',
  ].map((f) => join(dir, f))
}

/** A PNG disk-cached by its SVG: ~190 pictures would otherwise slow every build. */
function cachedPng(dir: string, svg: string): Buffer {
  const file = join(dir, `${sha256(svg).toString('hex').slice(0, 32)}.png`)
  if (existsSync(file)) return readFileSync(file)
  const png = new Resvg(svg, {
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'Inter' },
  })
    .render()
    .asPng()
  write(file, png)
  return png
}

let elk: { layout: (graph: ElkGraph) => Promise<ElkGraph> } | undefined

/** A preview's lineage laid out on its own with the map's ELK options (one seed; small parts). */
async function layoutPart(input: LayoutInput, cacheDir: string): Promise<LineageLayout> {
  const key = `layout-${sha256(JSON.stringify({ v: 1, input, OPTIONS }))
    .toString('hex')
    .slice(0, 32)}.json`
  const file = join(cacheDir, key)
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LineageLayout
  elk ??= new (require('elkjs/lib/elk.bundled.js') as new () => NonNullable<typeof elk>)()
  const engine = elk
  const layout = await bestLayout(input, [1], (graph) => engine.layout(graph))
  write(file, JSON.stringify(layout))
  return layout
}

export function atlasPages(options: { testHooks: boolean }): Plugin {
  let config: ResolvedConfig
  let active = false
  return {
    name: 'atlas-pages',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
      active = !resolved.build.ssr
    },
    // What ships must not carry the test hooks: fail the build if any slipped through.
    generateBundle(_options, bundle) {
      if (options.testHooks) return
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk' && chunk.code.includes('__atlasGraph')) {
          active = false
          this.error(`${chunk.fileName} contains the test hook __atlasGraph outside a test build`)
        }
    },
    buildEnd(error) {
      if (error) active = false
    },
    async closeBundle() {
      if (!active) return
      const outDir = resolve(config.root, config.build.outDir)
      const cacheDir = resolve(config.root, 'node_modules/.cache/atlas-pages')
      const site = siteUrl(config.base)
      const template = readFileSync(join(outDir, 'index.html'), 'utf8')
      const dataFile = /href="[^"]*\/(assets\/atlas-data-[^"]+\.json)"/.exec(template)?.[1]
      if (!dataFile) throw new Error('atlas-pages: index.html does not preload the dataset')
      const bundle = JSON.parse(readFileSync(join(outDir, dataFile), 'utf8')) as Pick<
        Parameters<typeof buildSite>[0],
        'data' | 'layout'
      >
      const server = await createServer({
        configFile: config.configFile,
        mode: config.mode,
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
        logLevel: 'error',
        base: config.base,
      })
      let files: Awaited<ReturnType<typeof buildSite>>
      try {
        const module = (await server.ssrLoadModule('/src/prerender/site.ts')) as {
          buildSite: typeof buildSite
        }
        files = await module.buildSite({
          template,
          ...bundle,
          base: config.base,
          site,
          techniquePages: process.env.ATLAS_TECHNIQUE_PAGES !== '0',
          layoutPart: (input) => layoutPart(input, cacheDir),
        })
      } finally {
        await server.close()
      }
      // Built assets by their address under the base (the stylesheet written into each page).
      const asset = (href: string) =>
        readFileSync(join(outDir, href.slice(config.base.length)), 'utf8')
      for (const [path, page] of files.pages) {
        const html = withInlineStylesheet(page, asset)
        const hashes = inlineScripts(html).map((s) => sha256(s).toString('base64'))
        write(join(outDir, path), withPolicy(html, contentSecurityPolicy(hashes)))
      }
      for (const [path, svg] of files.pictures) write(join(outDir, path), cachedPng(cacheDir, svg))
      write(join(outDir, 'sitemap.xml'), files.sitemap)
      write(join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${site}sitemap.xml\n`)
      this.info?.(`${files.pages.size} pages and ${files.pictures.size} previews for ${site}`)
    },
  }
}
