import { describe, expect, it } from 'vitest'
import { withInlineStylesheet } from '../../src/prerender/pageHtml'

const PAGE = `<head>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" crossorigin href="/atlas/assets/index-abc.css">
    <link rel="modulepreload" crossorigin="" href="/atlas/assets/App.js">
  </head>`

describe('the stylesheet written into each page', () => {
  it('replaces the link with the sheet it names, and leaves other links alone', () => {
    const asked: string[] = []
    const html = withInlineStylesheet(PAGE, (href) => {
      asked.push(href)
      return 'body{margin:0}'
    })
    expect(asked).toEqual(['/atlas/assets/index-abc.css'])
    expect(html).toContain('<style>body{margin:0}</style>')
    expect(html).not.toContain('rel="stylesheet"')
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml" />')
    expect(html).toContain('rel="modulepreload"')
  })

  it('cannot be closed early by the sheet’s own text', () => {
    const html = withInlineStylesheet(
      PAGE,
      () => 'a::after{content:"</style><script>x()</script>"}',
    )
    expect(html.match(/<\/style>/g)).toHaveLength(1)
    expect(html).not.toContain('</style><script>')
  })

  it('leaves a page without a stylesheet as it was', () => {
    const page = '<head><title>x</title></head>'
    expect(withInlineStylesheet(page, () => 'x')).toBe(page)
  })
})
