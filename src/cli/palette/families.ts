/** Assignment of the found colours to technique families (exact DP over subsets). */
import { hexToLab } from '../../theme/colorVision.ts'
import { K, LIGHT_ANCHORS } from './config.ts'

/** Assigns colours to families: anchored families get the nearest a*b* (hue and chroma). */
export function orderForFamilies(colors: string[]): string[] {
  const labs = colors.map(hexToLab)
  const anchors = LIGHT_ANCHORS.map(hexToLab)
  const cost = (family: number, color: number) => {
    const anchor = anchors[family]
    if (!anchor) return 0
    const lab = labs[color]!
    return Math.hypot(lab[1] - anchor[1], lab[2] - anchor[2])
  }
  const size = 1 << K
  const dp = new Float64Array(size).fill(Infinity)
  const from = new Int32Array(size).fill(-1)
  dp[0] = 0
  for (let mask = 0; mask < size; mask++) {
    if (dp[mask] === Infinity) continue
    let family = 0
    for (let m = mask; m; m &= m - 1) family++
    if (family === K) continue
    for (let c = 0; c < K; c++) {
      if (mask & (1 << c)) continue
      const next = mask | (1 << c)
      const v = dp[mask]! + cost(family, c)
      if (v < dp[next]!) {
        dp[next] = v
        from[next] = c
      }
    }
  }
  const out: string[] = []
  for (let mask = size - 1; mask;) {
    const c = from[mask]!
    out.unshift(colors[c]!)
    mask &= ~(1 << c)
  }
  return out
}
