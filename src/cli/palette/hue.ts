/** CIELAB chroma and hue helpers (the colour science proper is in src/theme/colorVision.ts). */
import type { Lab } from '../../theme/colorVision.ts'

export const chroma = (lab: Lab) => Math.hypot(lab[1], lab[2])
/** CIELAB hue angle in degrees, −180‥180. */
export const hueOf = (lab: Lab) => (Math.atan2(lab[2], lab[1]) * 180) / Math.PI
/** Absolute hue difference in degrees, 0‥180. */
export const hueGap = (a: Lab, b: Lab) => {
  const d = Math.abs(hueOf(a) - hueOf(b)) % 360
  return d > 180 ? 360 - d : d
}
