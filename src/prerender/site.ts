/**
 * Build-time pages (run by src/build/pagesPlugin.ts through Vite's server-side module loader, so
 * this is the app's own code and styles, rendered by React in Node): the default view and one
 * page per technique, each with the app's HTML for that address, the first frame, and its own
 * head tags; plus each technique's preview picture as SVG and the sitemap.
 */
import { createAtlas, type Atlas } from '../domain/data/atlas'
import type { AtlasData } from '../domain/data/dataset'
import { closeUpCentre } from '../domain/layout/landmarks'
import { labelImportance } from '../domain/layout/labelImportance'
import type { LayoutInput } from '../domain/layout/layeredLayout'
import type { LineageLayout } from '../domain/layout/layoutGeometry'
import { firstFrameSvg } from '../components/graph/firstFrameSvg'
import { PREVIEW, previewLineage, previewSvg } from '../components/graph/previewSvg'
import { toElements } from '../components/graph/elements'
import { positionsExtent } from '../components/graph/viewportFit'
import { provideDataset } from '../routes/dataset'
import { setFirstFrameMarkup } from '../components/graph/firstFrame'
import { TOKENS, familyColor } from '../theme/tokens'
import { metaDescription, SITE_NAME, withBody, withMeta, type PageMeta } from './pageHtml'

export interface SiteInput {
  template: string
  data: AtlasData
  layout: LineageLayout
  /** The site's base path ('/' or '/atlas/'). */
  base: string
  /** The site's public address, ending in '/'. */
  site: string
  /** Per-technique pages and pictures too (the benchmark's synthetic data skips them). */
  techniquePages: boolean
  /** Lays out a part of the lineage on its own (ELK, in the build). */
  layoutPart: (input: LayoutInput) => Promise<LineageLayout>
}

export interface SiteFiles {
  /** Path under the output directory → full HTML page (without its security policy). */
  pages: Map<string, string>
  /** Path under the output directory → SVG to rasterise. */
  pictures: Map<string, string>
  sitemap: string
}

export async function buildSite(input: SiteInput): Promise<SiteFiles> {
  // The app's modules read the dataset when they load: hand it over first.
  provideDataset({ data: input.data, layout: input.layout, problems: [] })
  const { renderPage } = await import('./renderPage')
  const atlas = createAtlas(input.data)
  const { site, base, template } = input
  // Every page opens on the whole map's first frame (a deep link's selection applies once the
  // live graph is up).
  setFirstFrameMarkup(firstFrame(atlas, input.layout))
  const page = async (url: string, meta: PageMeta) =>
    withMeta(withBody(template, await renderPage(url)), meta)
  const pages = new Map<string, string>()
  const pictures = new Map<string, string>()
  pages.set(
    'index.html',
    await page(base, {
      title: `${SITE_NAME}: the lineage of LLM fine-tuning techniques`,
      description: `An interactive map of how ${atlas.techniques.size} LLM fine-tuning techniques descend from one another: LoRA, QLoRA, prompt tuning, RLHF, DPO, GRPO and more, each with its paper, the newsletter issues that covered it and the tools that implement it.`,
      url: site,
      image: `${site}og-image.png`,
      // public/og-image.png: a screenshot of the first view.
      imageSize: { width: 1280, height: 800 },
      imageAlt: `The lineage map of ${atlas.techniques.size} fine-tuning techniques`,
      type: 'website',
      jsonLd: { '@context': 'https://schema.org', '@type': 'WebSite', name: SITE_NAME, url: site },
    }),
  )
  const techniques = input.techniquePages ? input.data.techniques : []
  const families = [...atlas.categories.values()]
  const paint = {
    bg: TOKENS.light.bg,
    text: TOKENS.light.text,
    edge: TOKENS.light.edge,
    accent: TOKENS.light.accent,
    family: (i: number) => familyColor('light', i),
  }
  for (const t of techniques) {
    const url = `${site}technique/${t.id}/`
    const image = `${site}og/${t.id}.png`
    const index = families.findIndex((c) => c.id === t.categories[0])
    const ids = previewLineage(atlas, t.id)
    const part = await input.layoutPart({
      techniques: input.data.techniques.filter((x) => ids.has(x.id)),
      lineage: input.data.lineage.filter((l) => ids.has(l.parent) && ids.has(l.child)),
      categoryOrder: [...atlas.categories.keys()],
    })
    pictures.set(
      `og/${t.id}.png`,
      previewSvg(atlas, part, t.id, paint, { name: families[index]?.name ?? '', index }),
    )
    pages.set(
      `technique/${t.id}/index.html`,
      await page(
        `${base}?technique=${encodeURIComponent(t.id)}`,
        techniqueMeta(atlas, t.id, url, image, site),
      ),
    )
  }
  return { pages, pictures, sitemap: sitemap(atlas, site, techniques.length > 0) }
}

function firstFrame(atlas: Atlas, layout: LineageLayout): string {
  const centre = closeUpCentre((id) => layout.positions[id], labelImportance(atlas))
  return firstFrameSvg(
    atlas,
    layout,
    positionsExtent(toElements(atlas, layout)),
    centre ?? { x: 0, y: 0 },
  )
}

/** A technique page's head: what a link preview or a search engine shows for it. */
export function techniqueMeta(
  atlas: Atlas,
  id: string,
  url: string,
  image: string,
  site: string,
): PageMeta {
  const t = atlas.techniques.get(id)!
  const paper = atlas.papers.get(t.paper)
  const parents = (atlas.parentLinks.get(id) ?? []).map((l) => atlas.techniques.get(l.parent)!.name)
  return {
    title: `${t.name}${t.fullName !== t.name ? ` (${t.fullName})` : ''} · ${SITE_NAME}`,
    description: metaDescription(t.description),
    url,
    image,
    imageSize: PREVIEW,
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
        ? { citation: { '@type': 'ScholarlyArticle', name: paper.title, url: paper.url } }
        : {}),
    },
  }
}

function sitemap(atlas: Atlas, site: string, techniquePages: boolean): string {
  const urls = [
    site,
    ...(techniquePages ? atlas.data.techniques.map((t) => `${site}technique/${t.id}/`) : []),
  ]
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `  <url><loc>${u.replace(/&/g, '&amp;')}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n')
}
