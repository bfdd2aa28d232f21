import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { graphStyle } from '../../src/components/graph/graphStyle'
import { contrastRatio } from '../../src/theme/colorVision'
import { FAMILY_SHAPES } from '../../src/theme/shapes'
import { THEMES, TOKENS, tokensCss } from '../../src/theme/tokens'

const selectedStyle = (theme: (typeof THEMES)[number]) => {
  const rule = graphStyle(theme, 13).find(
    (r) => 'selector' in r && r.selector === 'node.selected',
  ) as unknown as { style: Record<string, unknown> }
  return rule.style
}

describe.each(THEMES)('the %s theme', (theme) => {
  const t = TOKENS[theme]

  it('keeps body text, muted text and links at 4.5:1 on every surface they sit on', () => {
    for (const surface of [t.bg, t.surface, t.surface2, t.chipOn, t.warningBg, t.infoBg])
      for (const ink of [t.text, t.muted])
        expect(contrastRatio(ink, surface), `${ink} on ${surface}`).toBeGreaterThanOrEqual(4.5)
    for (const surface of [t.bg, t.surface])
      expect(contrastRatio(t.link, surface)).toBeGreaterThanOrEqual(4.5)
  })

  it('keeps the focus ring, the accent, the links and every family colour at 3:1 on the page', () => {
    for (const color of [t.focus, t.accent, t.edge, ...t.families])
      expect(contrastRatio(color, t.bg), color).toBeGreaterThanOrEqual(3)
  })

  it('has one colour and one shape per family, none repeated', () => {
    expect(t.families).toHaveLength(FAMILY_SHAPES.length)
    expect(new Set(t.families.map((c) => c.toLowerCase())).size).toBe(t.families.length)
  })

  it('draws the selection ring so it shows on every family colour', () => {
    const style = selectedStyle(theme)
    // Inside: a gap in the page colour, which every family colour contrasts with (3:1, above).
    expect(style['border-color']).toBe(t.bg)
    expect(Number(style['border-width'])).toBeGreaterThan(0)
    // Outside: the accent, which contrasts with the page around it.
    expect(style['outline-color']).toBe(t.accent)
    expect(Number(style['outline-width'])).toBeGreaterThan(0)
    for (const family of t.families)
      expect(contrastRatio(style['border-color'] as string, family)).toBeGreaterThanOrEqual(3)
    expect(contrastRatio(style['outline-color'] as string, t.bg)).toBeGreaterThanOrEqual(3)
  })
})

describe('one source for colours', () => {
  it('writes every token into the stylesheet’s custom properties, per theme', () => {
    const css = tokensCss()
    const [light, dark] = css.split(":root[data-theme='dark']")
    expect(light).toContain(`--bg: ${TOKENS.light.bg};`)
    expect(light).toContain(`--surface-2: ${TOKENS.light.surface2};`)
    expect(dark).toContain(`--bg: ${TOKENS.dark.bg};`)
    expect(dark).toContain(`--family-12: ${TOKENS.dark.families[12]};`)
  })

  it('leaves no colour literal in the hand-written stylesheet or components', () => {
    // The stylesheet is the files under src/styles, in the order src/main.ts imports them.
    const imported = [
      ...readFileSync('src/main.ts', 'utf8').matchAll(/import '\.\/(styles\/[\w-]+\.css)'/g),
    ].map((m) => m[1]!)
    expect([...imported].sort()).toEqual(
      readdirSync('src/styles')
        .map((f) => `styles/${f}`)
        .sort(),
    )
    const css = imported.map((f) => readFileSync(`src/${f}`, 'utf8')).join('\n')
    expect(css.match(/#[0-9a-f]{3,8}\b/gi) ?? []).toEqual([])
    // Every var() the stylesheet reads is defined by the tokens or by the stylesheet itself.
    const defined = new Set(
      [...`${tokensCss()}\n${css}`.matchAll(/(--[a-z0-9-]+):/g)].map((m) => m[1]),
    )
    const used = [...css.matchAll(/var\((--[a-z0-9-]+)/g)].map((m) => m[1]!)
    expect(used.filter((v) => !defined.has(v))).toEqual([])
  })
})
