/**
 * Pure string work on built HTML pages: a page's own head tags, the pre-rendered app inside the
 * root element, and the Content-Security-Policy.
 */

export const SITE_NAME = 'Fine-Tuning Atlas'

export interface PageMeta {
  title: string
  description: string
  /** Absolute, canonical. */
  url: string
  /** Absolute. */
  image: string
  imageSize: { width: number; height: number }
  imageAlt: string
  type: 'website' | 'article'
  jsonLd: object
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

/** A description for meta tags: whole sentences, at most `max` characters. */
export function metaDescription(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  let out = ''
  for (const s of clean.match(/[^.!?]+[.!?]+(\s|$)/g) ?? []) {
    if ((out + s).trim().length > max) break
    out += s
  }
  return out.trim() || `${clean.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
}

/** Replaces the template's generic title, description and sharing tags with a page's own. */
export function withMeta(html: string, meta: PageMeta): string {
  const title = escapeHtml(meta.title)
  const description = escapeHtml(meta.description)
  const tags = [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}" />`,
    `<link rel="canonical" href="${escapeHtml(meta.url)}" />`,
    `<meta property="og:type" content="${meta.type}" />`,
    `<meta property="og:site_name" content="${SITE_NAME}" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${escapeHtml(meta.url)}" />`,
    `<meta property="og:image" content="${escapeHtml(meta.image)}" />`,
    `<meta property="og:image:width" content="${meta.imageSize.width}" />`,
    `<meta property="og:image:height" content="${meta.imageSize.height}" />`,
    `<meta property="og:image:alt" content="${escapeHtml(meta.imageAlt)}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${title}" />`,
    `<meta name="twitter:description" content="${description}" />`,
    `<meta name="twitter:image" content="${escapeHtml(meta.image)}" />`,
    // JSON inside a script element: '<' escaped so no text can close the element.
    `<script type="application/ld+json">${JSON.stringify(meta.jsonLd).replace(/</g, '\\u003c')}</script>`,
  ]
  const stripped = html
    .replace(/\s*<title>[\s\S]*?<\/title>/, '')
    .replace(/\s*<meta\s+name="description"[^>]*>/, '')
    .replace(/\s*<meta\s+(?:property="og:[^"]+"|name="twitter:[^"]+")[^>]*>/g, '')
    .replace(/\s*<link rel="canonical"[^>]*>/, '')
  return stripped.replace(/\s*<\/head>/, `\n    ${tags.join('\n    ')}\n  </head>`)
}

/** Puts pre-rendered app HTML inside the (empty) root element the app mounts on. */
export function withBody(html: string, body: string): string {
  if (!html.includes('<div id="root"></div>')) throw new Error('The page has no empty #root')
  return html.replace('<div id="root"></div>', () => `<div id="root">${body}</div>`)
}

/** The inline scripts a policy must allow by hash (not external ones, not JSON-LD data). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/\bsrc=/.test(attrs!) && !/application\/ld\+json/.test(attrs!))
    .map(([, , body]) => body!)
}

/**
 * The page's Content-Security-Policy: scripts only from the site itself or with the hash of an
 * inline one (no 'unsafe-inline', no 'unsafe-eval'). Styles allow inline attributes: React and
 * Cytoscape position things with them, and no script can run from a style.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes.map((h) => `'sha256-${h}'`)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

/** Puts the policy first in <head>, before anything it governs. */
export function withPolicy(html: string, policy: string): string {
  return html.replace(
    /<head>/,
    () => `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
  )
}

/**
 * The page's stylesheet written into it: a phone on a slow network paints the first view one
 * round trip sooner than with a `<link>` it must fetch first (the sheet is about 5 KB
 * compressed, and every page is an entry page). `read` returns a built asset's text by its
 * address; a `</style` inside the sheet is escaped so it cannot end the element early.
 */
export function withInlineStylesheet(html: string, read: (href: string) => string): string {
  return html.replace(
    /<link rel="stylesheet"[^>]*?href="([^"]+\.css)"[^>]*>/g,
    (_, href: string) => `<style>${read(href).replace(/<\/style/gi, '<\\/style')}</style>`,
  )
}
