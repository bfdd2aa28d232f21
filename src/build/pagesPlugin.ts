/**
 * Vite plugin, build only: turns the built single page into a site that shows its content before
 * any script runs.
 * - index.html gets the app's own HTML for the default view (rendered by React at build time)
 *   and the whole map as an inline SVG first frame, which the live graph replaces in place.
 * - Every technique gets a real page, technique/<id>/index.html, with its own title,
 *   description, canonical link, Open Graph / Twitter tags, an absolute og:image (a picture of
 *   its lineage, og/<id>.png), JSON-LD, and its details as HTML text; the app starts on it.
 * - sitemap.xml and robots.txt name the pages with the site's public address (ATLAS_SITE_URL).
 * - Every page carries a Content-Security-Policy with hashes for its inline scripts.
 */
import { Resvg } from '@resvg/resvg-js'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { createServer, type Plugin, type ResolvedConfig } from 'vite'
import { createAtlas, type Atlas } from '../domain/atlas.ts'
import type { LineageLayout } from '../domain/layoutGeometry.ts'
import { bestLayout, OPTIONS, type ElkGraph } from '../domain/layeredLayout.ts'
import { labelImportance } from '../domain/labels.ts'
import {
  firstFrameSvg,
  previewLineage,
  previewSvg,
  PREVIEW,
  type DrawingPaint,
} from '../components/graph/staticDrawing.ts'
import { positionsExtent } from '../components/graph/viewportFit.ts'
import { toElements } from '../components/graph/elements.ts'
import { TOKENS, familyColor } from '../theme/tokens.ts'

export const SITE_NAME = 'Fine-Tuning Atlas'

/** The site's public address, ending in '/'. Link previews need absolute URLs. */
export function siteUrl(base: string): string {
  const given = process.env.ATLAS_SITE_URL
  const url = given ? new URL(given) : new URL(base, 'http://localhost:4173')
  return url.href.endsWith('/') ? url.href : `${url.href}/`
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

/** A description for meta tags: whole sentences, at most about 200 characters. */
export function metaDescription(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const sentences = clean.match(/[^.!?]+[.!?]+(\s|$)/g) ?? []
  let out = ''
  for (const s of sentences) {
    if ((out + s).trim().length > max) break
    out += s
  }
  return out.trim() || `${clean.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64')

/** The policy for a page: scripts only from the site itself or with the hash of an inline one. */
export function contentSecurityPolicy(html: string): string {
  const hashes = [
    ...html.matchAll(
      /<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ].map((m) => `'sha256-${sha256(m[1]!)}'`)
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    // React and Cytoscape set style attributes; no script can come in through a style.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

/** Puts the policy first in <head>, before anything it governs. */
export function withPolicy(html: string): string {
  const policy = contentSecurityPolicy(html)
  return html.replace(
    /<head>/,
    `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
  )
}

interface PageMeta {
  title: string
  description: string
  url: string
  image: string
  imageAlt: string
  type: 'website' | 'article'
  jsonLd: object
}

/** Replaces the template's generic head tags with a page's own. */
export function withMeta(html: string, meta: PageMeta): string {
  const tags = [
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    `<link rel="canonical" href="${meta.url}" />`,
    `<meta property="og:type" content="${meta.type}" />`,
    `<meta property="og:site_name" content="${SITE_NAME}" />`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:url" content="${meta.url}" />`,
    `<meta property="og:image" content="${meta.image}" />`,
    `<meta property="og:image:width" content="${PREVIEW.width}" />`,
    `<meta property="og:image:height" content="${PREVIEW.height}" />`,
    `<meta property="og:image:alt" content="${escapeHtml(meta.imageAlt)}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${escapeHtml(meta.title)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(meta.description)}" />`,
    `<meta name="twitter:image" content="${meta.image}" />`,
    `<script type="application/ld+json">${JSON.stringify(meta.jsonLd).replace(/</g, '\\u003c')}</script>`,
  ]
  const stripped = html
    .replace(/\s*<title>[\s\S]*?<\/title>/, '')
    .replace(/\s*<meta\s+name="description"[\s\S]*?\/>/, '')
    .replace(/\s*<meta\s+(property="og:[^"]+"|name="twitter:[^"]+")[\s\S]*?\/>/g, '')
    .replace(/\s*<link rel="canonical"[^>]*>/, '')
  return stripped.replace(/<\/head>/, `    ${tags.join('\n    ')}\n  </head>`)
}

/** Puts pre-rendered app HTML inside the root element the app mounts on. */
export function withBody(html: string, body: string): string {
  return html.replace('<div id="root"></div>', `<div id="root">${body}</div>`)
}

/** Puts the first frame inside the graph's box, under the canvas the live graph draws on. */
export function withFirstFrame(html: string, svg: string): string {
  return html.replace(/(<div class="graph-canvas")/, `${svg}$1`)
}

function fontFiles(): string[] {
  const require = createRequire(import.meta.url)
  const dir = dirname(require.resolve('@expo-google-fonts/inter/package.json'))
  return [
    '400Regular/Inter_400Regular.ttf',
    '600SemiBold/Inter_600SemiBold.ttf',
    '700Bold/Inter_700Bold.ttf',
  ].map((f) => join(dir, f))
}

/** A PNG of an SVG, cached by content (rendering ~190 pictures would slow every build). */
function png(svg: string, cacheDir: string): Buffer {
  const key = createHash('sha256').update(svg).digest('hex').slice(0, 32)
  const cached = join(cacheDir, `${key}.png`)
  if (existsSync(cached)) return readFileSync(cached)
  const out = new Resvg(svg, {
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'Inter' },
  })
    .render()
    .asPng()
  mkdirSync(cacheDir, { recursive: true })
  writeFileSync(cached, out)
  return out
}

function write(path: string, content: string | Buffer) {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, content)
}

const LIGHT_PAINT: DrawingPaint = {
  bg: TOKENS.light.bg,
  text: TOKENS.light.text,
  edge: TOKENS.light.edge,
  family: (i) => familyColor('light', i),
}

export function atlasPages(): Plugin {
  let config: ResolvedConfig
  let active = false
  return {
    name: 'atlas-pages',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
      active = !resolved.build.ssr
    },
    async closeBundle() {
      if (!active) return
      const outDir = resolve(config.root, config.build.outDir)
      const base = config.base
      const site = siteUrl(base)
      const template = readFileSync(join(outDir, 'index.html'), 'utf8')
      const dataFile = /href="[^"]*\/(assets\/atlas-data-[^"]+\.json)"/.exec(template)?.[1]
      if (!dataFile) throw new Error('atlas-pages: index.html does not preload the dataset')
      const bundle = JSON.parse(readFileSync(join(outDir, dataFile), 'utf8')) as {
        data: Parameters<typeof createAtlas>[0]
        layout: LineageLayout
      }
      const atlas = createAtlas(bundle.data)
      const layout = bundle.layout

      // The app's own HTML, rendered by React in a server-side module graph of this project.
      const server = await createServer({
        configFile: config.configFile,
        mode: config.mode,
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
        logLevel: 'error',
        base,
      })
      let renderPage: (url: string) => Promise<string>
      try {
        renderPage = (
          (await server.ssrLoadModule('/src/prerender/renderPage.tsx')) as {
            renderPage: typeof renderPage
          }
        ).renderPage
        const frame = firstFrame(atlas, layout)
        const home = withFirstFrame(withBody(template, await renderPage(base)), frame)
        write(
          join(outDir, 'index.html'),
          withPolicy(
            withMeta(home, {
              title: `${SITE_NAME}: the lineage of LLM fine-tuning techniques`,
              description: `An interactive map of how ${atlas.techniques.size} LLM fine-tuning techniques descend from one another: LoRA, QLoRA, prompt tuning, RLHF, DPO, GRPO and more, each with its paper, the newsletter issues that covered it and the tools that implement it.`,
              url: site,
              image: `${site}og-image.png`,
              imageAlt: `The lineage map of ${atlas.techniques.size} fine-tuning techniques`,
              type: 'website',
              jsonLd: {
                '@context': 'https://schema.org',
                '@type': 'WebSite',
                name: SITE_NAME,
                url: site,
              },
            }),
          ),
        )
        const cacheDir = resolve(config.root, 'node_modules/.cache/atlas-og')
        const families = [...atlas.categories.values()]
        for (const t of atlas.data.techniques) {
          const page = `${site}technique/${t.id}/`
          const image = `${site}og/${t.id}.png`
          const familyIndex = families.findIndex((c) => c.id === t.categories[0])
          write(
            join(outDir, 'og', `${t.id}.png`),
            png(
              previewSvg(atlas, await previewLayout(atlas, t.id, cacheDir), t.id, LIGHT_PAINT, {
                name: families[familyIndex]?.name ?? '',
                index: familyIndex,
              }),
              cacheDir,
            ),
          )
          const body = await renderPage(`${base}?technique=${encodeURIComponent(t.id)}`)
          write(
            join(outDir, 'technique', t.id, 'index.html'),
            withPolicy(
              withMeta(
                withFirstFrame(withBody(template, body), frame),
                techniqueMeta(atlas, t.id, page, image, site),
              ),
            ),
          )
        }
      } finally {
        await server.close()
      }
      write(join(outDir, 'sitemap.xml'), sitemap(atlas, site))
      write(join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${site}sitemap.xml\n`)
      this.info?.(`${atlas.techniques.size} technique pages, previews and a sitemap for ${site}`)
    },
  }
}

let elk: { layout: (graph: ElkGraph) => Promise<ElkGraph> } | undefined

/**
 * A preview's near lineage laid out on its own with the map's own ELK options (in this process:
 * these subsets are small), one seed, cached on disk by input.
 */
async function previewLayout(atlas: Atlas, id: string, cacheDir: string): Promise<LineageLayout> {
  const ids = previewLineage(atlas, id)
  const input = {
    techniques: atlas.data.techniques.filter((t) => ids.has(t.id)),
    lineage: atlas.data.lineage.filter((l) => ids.has(l.parent) && ids.has(l.child)),
    categoryOrder: [...atlas.categories.keys()],
  }
  const key = createHash('sha256')
    .update(JSON.stringify({ v: 1, input, OPTIONS }))
    .digest('hex')
    .slice(0, 32)
  const cached = join(cacheDir, `layout-${key}.json`)
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as LineageLayout
  if (!elk) {
    const ELK = createRequire(import.meta.url)('elkjs/lib/elk.bundled.js') as new () => {
      layout: (graph: ElkGraph) => Promise<ElkGraph>
    }
    elk = new ELK()
  }
  const engine = elk
  const layout = await bestLayout(input, [1], (graph) => engine.layout(graph))
  mkdirSync(cacheDir, { recursive: true })
  writeFileSync(cached, JSON.stringify(layout))
  return layout
}

function firstFrame(atlas: Atlas, layout: LineageLayout): string {
  const importance = labelImportance(atlas)
  const landmark = [...importance].sort((a, b) => b[1] - a[1])[0]![0]
  return firstFrameSvg(atlas, layout, positionsExtent(toElements(atlas, layout)), landmark)
}

function techniqueMeta(
  atlas: Atlas,
  id: string,
  url: string,
  image: string,
  site: string,
): PageMeta {
  const t = atlas.techniques.get(id)!
  const paper = atlas.papers.get(t.paper)
  const parents = (atlas.parentLinks.get(id) ?? []).map((l) => atlas.techniques.get(l.parent)!.name)
  const title = `${t.name}${t.fullName !== t.name ? ` (${t.fullName})` : ''} · ${SITE_NAME}`
  return {
    title,
    description: metaDescription(t.description),
    url,
    image,
    imageAlt: `${t.name} and its lineage${parents.length ? `, from ${parents.join(', ')}` : ''}, drawn by the ${SITE_NAME}`,
    type: 'article',
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      headline: `${t.name}: ${t.fullName}`,
      description: t.description,
      url,
      image,
      about: { '@type': 'DefinedTerm', name: t.name, alternateName: t.fullName },
      isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: site },
      ...(paper
        ? {
            citation: {
              '@type': 'ScholarlyArticle',
              name: paper.title,
              url: paper.url,
              datePublished: String(t.year),
            },
          }
        : {}),
    },
  }
}

function sitemap(atlas: Atlas, site: string): string {
  const urls = [site, ...atlas.data.techniques.map((t) => `${site}technique/${t.id}/`)]
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `  <url><loc>${escapeHtml(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n')
}
