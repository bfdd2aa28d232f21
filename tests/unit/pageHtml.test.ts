import { describe, expect, it } from 'vitest'
import {
  contentSecurityPolicy,
  inlineScripts,
  metaDescription,
  withBody,
  withMeta,
  withPolicy,
} from '../../src/prerender/pageHtml'
import { siteUrl } from '../../src/build/pagesPlugin'

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <title>Fine-Tuning Atlas</title>
    <meta name="description" content="generic" />
    <meta property="og:title" content="Fine-Tuning Atlas" />
    <meta property="og:image" content="/og-image.png" />
    <meta name="twitter:card" content="summary_large_image" />
    <script>
      document.documentElement.dataset.theme = 'light'
    </script>
    <script type="module" crossorigin src="/assets/index.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`

const META = {
  title: 'QLoRA (Quantized Low-Rank Adaptation) · Fine-Tuning Atlas',
  description: 'QLoRA keeps the base model in 4-bit & trains "adapters" <fast>.',
  url: 'https://atlas.example.org/technique/qlora/',
  image: 'https://atlas.example.org/og/qlora.png',
  imageSize: { width: 1200, height: 630 },
  imageAlt: 'QLoRA and its lineage',
  type: 'article' as const,
  jsonLd: { '@type': 'TechArticle', headline: 'QLoRA </script><script>alert(1)</script>' },
}

describe('a technique page’s head', () => {
  const html = withMeta(TEMPLATE, META)

  it('replaces the generic title, description and sharing tags with the page’s own', () => {
    expect(html.match(/<title>/g)).toHaveLength(1)
    expect(html).toContain(
      '<title>QLoRA (Quantized Low-Rank Adaptation) · Fine-Tuning Atlas</title>',
    )
    expect(html).not.toContain('content="generic"')
    expect(html).not.toContain('content="/og-image.png"')
    expect(html.match(/property="og:title"/g)).toHaveLength(1)
    expect(html.match(/name="twitter:card"/g)).toHaveLength(1)
  })

  it('gives link previews absolute addresses and the picture’s size', () => {
    expect(html).toContain(
      '<link rel="canonical" href="https://atlas.example.org/technique/qlora/" />',
    )
    expect(html).toContain(
      '<meta property="og:image" content="https://atlas.example.org/og/qlora.png" />',
    )
    expect(html).toContain('<meta property="og:image:width" content="1200" />')
    expect(html).toContain('<meta property="og:image:height" content="630" />')
    expect(html).toContain(
      '<meta name="twitter:image" content="https://atlas.example.org/og/qlora.png" />',
    )
  })

  it('escapes text in attributes and keeps JSON-LD from closing its script element', () => {
    expect(html).toContain('4-bit &amp; trains &quot;adapters&quot; &lt;fast&gt;.')
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!
    expect(ld).not.toContain('</script>')
    expect(JSON.parse(ld)).toEqual(META.jsonLd)
  })
})

describe('the pre-rendered body', () => {
  it('goes inside the empty root element', () => {
    expect(withBody(TEMPLATE, '<main>$& hello</main>')).toContain(
      '<div id="root"><main>$& hello</main></div>',
    )
  })

  it('refuses a template without an empty root', () => {
    expect(() => withBody('<div id="app"></div>', 'x')).toThrow(/#root/)
  })
})

describe('the Content-Security-Policy', () => {
  it('allows by hash only the inline scripts that run, not external ones or JSON-LD data', () => {
    const scripts = inlineScripts(withMeta(TEMPLATE, META))
    expect(scripts).toHaveLength(1)
    expect(scripts[0]).toContain("dataset.theme = 'light'")
  })

  it('has no unsafe-inline or unsafe-eval for scripts and lists each hash', () => {
    const policy = contentSecurityPolicy(['abc=', 'def='])
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src'))!
    expect(scriptSrc).toBe("script-src 'self' 'sha256-abc=' 'sha256-def='")
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("base-uri 'self'")
    expect(policy).not.toMatch(/unsafe-eval/)
  })

  it('comes first in the head, before anything it governs', () => {
    const html = withPolicy(TEMPLATE, "default-src 'self'")
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
  })
})

describe('meta descriptions', () => {
  it('keep a short text whole', () => {
    expect(metaDescription('  LoRA   trains two small matrices. ')).toBe(
      'LoRA trains two small matrices.',
    )
  })

  it('cut a long text at a sentence end within the limit', () => {
    const text = `${'a'.repeat(90)}. ${'b'.repeat(90)}. ${'c'.repeat(90)}.`
    expect(metaDescription(text, 200)).toBe(`${'a'.repeat(90)}. ${'b'.repeat(90)}.`)
  })

  it('cut one long sentence at a word, with an ellipsis', () => {
    const text = `${'word '.repeat(60)}end`
    const out = metaDescription(text, 50)
    expect(out.length).toBeLessThanOrEqual(50)
    expect(out.endsWith('word…')).toBe(true)
  })
})

describe('the site’s public address', () => {
  it('comes from ATLAS_SITE_URL, always ending in a slash', () => {
    expect(siteUrl('/', 'https://atlas.example.org')).toBe('https://atlas.example.org/')
    expect(siteUrl('/atlas/', 'https://example.org/atlas')).toBe('https://example.org/atlas/')
  })

  it('defaults to the local preview server under the base path', () => {
    expect(siteUrl('/atlas/', undefined)).toBe('http://localhost:4173/atlas/')
  })
})
