import { describe, expect, it } from 'vitest'
import {
  VISIONS,
  contrastRatio,
  deltaE2000,
  deltaE2000Lab,
  hexToLab,
  hexToRgb,
  minPairwiseDistance,
  seenAs,
  simulateCvd,
  type Lab,
} from '../../src/theme/colorVision'
import { FAMILY_COLORS } from '../../src/theme/palette'
import { TOKENS } from '../../src/theme/tokens'

describe('contrastRatio', () => {
  it('is 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10)
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10)
    expect(contrastRatio('#1d4ed8', '#1d4ed8')).toBe(1)
  })

  it('gives the well-known 4.48:1 for #777777 on white', () => {
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })
})

describe('hexToLab', () => {
  it('matches published CIELAB (D65) values of the sRGB primaries', () => {
    const expectLab = (hex: string, [L, a, b]: Lab) => {
      const lab = hexToLab(hex)
      expect(lab[0]).toBeCloseTo(L, 3)
      expect(lab[1]).toBeCloseTo(a, 3)
      expect(lab[2]).toBeCloseTo(b, 3)
    }
    expectLab('#ff0000', [53.2408, 80.0925, 67.2032])
    expectLab('#00ff00', [87.7347, -86.1827, 83.1793])
    expectLab('#0000ff', [32.297, 79.1875, -107.8602])
    expectLab('#ffffff', [100, 0, 0])
    expectLab('#000000', [0, 0, 0])
  })

  it('rejects anything but #rrggbb', () => {
    expect(() => hexToRgb('#fff')).toThrow()
    expect(() => hexToLab('red')).toThrow()
  })
})

describe('deltaE2000Lab', () => {
  // Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula: implementation notes,
  // supplementary test data, and mathematical observations", Table 1 (pair number, Lab 1, Lab 2,
  // ΔE00). Chosen to hit the branches a plausible-looking implementation gets wrong.
  const SHARMA: [number, Lab, Lab, number][] = [
    [1, [50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [4, [50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
    [7, [50, 0, 0], [50, -1, 2], 2.3669], // one colour neutral
    [8, [50, -1, 2], [50, 0, 0], 2.3669], // same pair swapped
    [13, [50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792], // hue difference just under 180°
    [14, [50, 2.49, -0.001], [50, -2.49, 0.0011], 7.2195], // … and just over
    [17, [50, 2.5, 0], [73, 25, -18], 27.1492],
    [25, [60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [34, [2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ]
  it.each(SHARMA)('matches Sharma et al. pair %i to 4 decimals', (_, lab1, lab2, expected) => {
    expect(deltaE2000Lab(lab1, lab2)).toBeCloseTo(expected, 4)
  })

  it('is zero for identical colours and symmetric', () => {
    expect(deltaE2000Lab([37, 12, -5], [37, 12, -5])).toBe(0)
    const a: Lab = [42, 60, -30]
    const b: Lab = [58, -20, 44]
    expect(deltaE2000Lab(a, b)).toBeCloseTo(deltaE2000Lab(b, a), 12)
  })
})

describe('deltaE2000 (hex)', () => {
  it('is 0 for the same colour and 100 between black and white', () => {
    expect(deltaE2000('#3c96ff', '#3c96ff')).toBe(0)
    expect(deltaE2000('#000000', '#ffffff')).toBeCloseTo(100, 4)
  })
})

describe('simulateCvd', () => {
  it('leaves greys unchanged (every Machado row sums to 1)', () => {
    for (const grey of ['#000000', '#3c3c3c', '#808080', '#c8c8c8', '#ffffff'])
      for (const kind of ['deuteranopia', 'protanopia'] as const)
        expect(simulateCvd(grey, kind)).toBe(grey)
  })

  it('maps pure red to the dark olive / mustard the severity-1.0 matrices give', () => {
    // linear (1,0,0) → first matrix column, clamped and re-encoded.
    expect(simulateCvd('#ff0000', 'protanopia')).toBe('#6d5f00')
    expect(simulateCvd('#ff0000', 'deuteranopia')).toBe('#a39000')
    expect(simulateCvd('#00ff00', 'deuteranopia')).toBe('#efd63a')
    expect(simulateCvd('#0000ff', 'protanopia')).toBe('#0059ff')
  })

  it('makes red darker for protanopes than for deuteranopes', () => {
    const protan = hexToLab(simulateCvd('#ff0000', 'protanopia'))[0]
    const deutan = hexToLab(simulateCvd('#ff0000', 'deuteranopia'))[0]
    expect(protan).toBeLessThan(deutan - 10)
    expect(deutan).toBeLessThan(hexToLab('#ff0000')[0] + 10)
  })

  it('collapses a red/green pair but keeps blue/yellow apart', () => {
    const red = '#d62728'
    const green = '#2ca02c'
    const normal = deltaE2000(red, green)
    expect(normal).toBeGreaterThan(60)
    const deutan = deltaE2000(simulateCvd(red, 'deuteranopia'), simulateCvd(green, 'deuteranopia'))
    expect(deutan).toBeLessThan(10)
    const protan = deltaE2000(simulateCvd(red, 'protanopia'), simulateCvd(green, 'protanopia'))
    expect(protan).toBeLessThan(normal / 2)
    for (const kind of ['deuteranopia', 'protanopia'] as const)
      expect(
        deltaE2000(simulateCvd('#0000ff', kind), simulateCvd('#ffff00', kind)),
      ).toBeGreaterThan(80)
  })

  it('returns lower-case #rrggbb', () => {
    expect(simulateCvd('#C30F5A', 'protanopia')).toMatch(/^#[0-9a-f]{6}$/)
  })
})

describe('minPairwiseDistance', () => {
  it('lists the three visions', () => {
    expect(VISIONS).toEqual(['normal', 'deuteranopia', 'protanopia'])
  })

  it('finds the closest pair under the given vision', () => {
    const colors = ['#000000', '#ffffff', '#d62728', '#2ca02c']
    const normal = minPairwiseDistance(colors, 'normal')
    expect(normal.distance).toBeGreaterThan(30)
    const deutan = minPairwiseDistance(colors, 'deuteranopia')
    expect(deutan.pair).toEqual(['#d62728', '#2ca02c'])
    expect(deutan.distance).toBeCloseTo(
      deltaE2000(seenAs('#d62728', 'deuteranopia'), seenAs('#2ca02c', 'deuteranopia')),
      10,
    )
  })

  it('needs two colours', () => {
    expect(() => minPairwiseDistance(['#000000'], 'normal')).toThrow()
  })
})

describe('FAMILY_COLORS', () => {
  const SPEC = {
    light: { background: '#ffffff', edge: '#8a94a6', threshold: 14 },
    dark: { background: '#121826', edge: '#6b7587', threshold: 14.5 },
  } as const
  const themes = ['light', 'dark'] as const

  it.each(themes)('was generated for the %s theme’s current background and edge grey', (theme) => {
    // If this fails, the theme changed: re-run `npx tsx src/cli/palette.ts` with the new values.
    expect(TOKENS[theme].bg).toBe(SPEC[theme].background)
    expect(TOKENS[theme].edge).toBe(SPEC[theme].edge)
  })

  describe.each(themes)('%s theme', (theme) => {
    const colors = FAMILY_COLORS[theme]
    const { background, edge, threshold } = SPEC[theme]

    it('has 13 distinct #rrggbb colours', () => {
      expect(colors).toHaveLength(13)
      expect(new Set(colors).size).toBe(13)
      for (const c of colors) expect(c).toMatch(/^#[0-9a-f]{6}$/)
    })

    it('keeps ≥ 3:1 contrast against the background and ΔE ≥ 10 from the edge grey', () => {
      for (const c of colors) {
        expect(contrastRatio(c, background), c).toBeGreaterThanOrEqual(3)
        expect(deltaE2000(c, edge), c).toBeGreaterThanOrEqual(10)
      }
    })

    it.each(VISIONS)(`keeps every pair ≥ ${threshold} ΔE2000 apart under %s vision`, (vision) => {
      const { distance, pair } = minPairwiseDistance(colors, vision)
      expect(distance, pair.join(' vs ')).toBeGreaterThanOrEqual(threshold)
    })
  })

  it('gives each family the same hue in both themes (±10° CIELAB hue; neutrals stay neutral)', () => {
    const chroma = (lab: Lab) => Math.hypot(lab[1], lab[2])
    const hue = (lab: Lab) => (Math.atan2(lab[2], lab[1]) * 180) / Math.PI
    FAMILY_COLORS.light.forEach((lightHex, i) => {
      const light = hexToLab(lightHex)
      const dark = hexToLab(FAMILY_COLORS.dark[i]!)
      if (chroma(light) < 12) {
        expect(chroma(dark), `family ${i}`).toBeLessThan(12)
        return
      }
      const gap = Math.abs(hue(light) - hue(dark)) % 360
      expect(Math.min(gap, 360 - gap), `family ${i}`).toBeLessThanOrEqual(10)
    })
  })
})
