import { describe, expect, it } from 'vitest'
import { prettyLink } from '../../src/domain/url/viewLinks'

const known = (id: string) => ['qlora', 'lora'].includes(id)

describe('the short link Copy link hands out', () => {
  it('is the technique’s own page when the view is just that selection', () => {
    expect(prettyLink('https://a.org/?technique=qlora', '/', known)).toBe(
      'https://a.org/technique/qlora/',
    )
    expect(prettyLink('https://a.org/atlas/?technique=lora', '/atlas/', known)).toBe(
      'https://a.org/atlas/technique/lora/',
    )
  })

  it('keeps the full address when the view has anything more', () => {
    for (const href of [
      'https://a.org/?technique=qlora&lineage=ancestors',
      'https://a.org/?technique=qlora&at=0.5,10,20',
      'https://a.org/?q=lora',
      'https://a.org/',
    ])
      expect(prettyLink(href, '/', known)).toBe(href)
  })

  it('keeps the full address for a technique it does not know, or a page that is not the explorer', () => {
    expect(prettyLink('https://a.org/?technique=nope', '/', known)).toBe(
      'https://a.org/?technique=nope',
    )
    expect(prettyLink('https://a.org/other/?technique=qlora', '/', known)).toBe(
      'https://a.org/other/?technique=qlora',
    )
  })
})
