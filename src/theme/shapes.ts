/**
 * One marker shape per category family, drawn the same in the graph (Cytoscape polygons) and in
 * the legend (SVG). Thirteen silhouettes chosen to stay apart at the 13 px a marker gets on
 * screen: `tests/unit/shapes.test.ts` rasterises each at 13 × 13 px and checks every pair
 * differs. Points are in Cytoscape's polygon space: x and y in [-1, 1], y pointing down.
 */

export type FamilyShape =
  { name: string; kind: 'ellipse' } | { name: string; kind: 'polygon'; points: readonly number[] }

const polygon = (name: string, points: readonly number[]): FamilyShape => ({
  name,
  kind: 'polygon',
  points,
})

/** A regular star or polygon around the origin, first point straight up. */
function radial(count: number, outer: number, inner: number | null): number[] {
  const points: number[] = []
  const steps = inner === null ? count : count * 2
  for (let i = 0; i < steps; i++) {
    const r = inner !== null && i % 2 === 1 ? inner : outer
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / steps
    points.push(round(r * Math.cos(a)), round(r * Math.sin(a)))
  }
  return points
}

/** A plus sign of the given arm half-width, turned by `angle` radians. */
function cross(arm: number, angle: number): number[] {
  const outline = [
    [-arm, -1],
    [arm, -1],
    [arm, -arm],
    [1, -arm],
    [1, arm],
    [arm, arm],
    [arm, 1],
    [-arm, 1],
    [-arm, arm],
    [-1, arm],
    [-1, -arm],
    [-arm, -arm],
  ]
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)]
  // A turned cross is scaled back to fill the box.
  const scale = angle === 0 ? 1 : 1 / (Math.abs(cos) + arm * Math.abs(sin))
  return outline.flatMap(([x, y]) => [
    round((x! * cos - y! * sin) * scale),
    round((x! * sin + y! * cos) * scale),
  ])
}

const round = (n: number) => Math.round(n * 1000) / 1000

/** In legend order of the families (see data/categories.json). */
export const FAMILY_SHAPES: readonly FamilyShape[] = [
  { name: 'circle', kind: 'ellipse' },
  polygon('square', [-0.75, -0.75, 0.75, -0.75, 0.75, 0.75, -0.75, 0.75]),
  polygon('diamond', [0, -1, 1, 0, 0, 1, -1, 0]),
  polygon('bar', [-1, -0.5, 1, -0.5, 1, 0.5, -1, 0.5]),
  polygon('triangle', [0, -1, 1, 0.8, -1, 0.8]),
  polygon('star', radial(5, 1, 0.42)),
  polygon('arrow', [-1, -0.72, 0.25, -0.72, 1, 0, 0.25, 0.72, -1, 0.72]),
  polygon('plus', cross(0.34, 0)),
  polygon('chevron', [-1, -1, 0, -0.3, 1, -1, 0, 1]),
  polygon('cross', cross(0.3, Math.PI / 4)),
  polygon('bowtie', [-1, -0.9, 0, -0.2, 1, -0.9, 1, 0.9, 0, 0.2, -1, 0.9]),
  polygon('triangle-down', [-1, -0.8, 1, -0.8, 0, 1]),
  polygon('parallelogram', [-0.35, -0.8, 1, -0.8, 0.35, 0.8, -1, 0.8]),
]

export const familyShape = (index: number): FamilyShape =>
  FAMILY_SHAPES[index % FAMILY_SHAPES.length]!

/** The shape as an SVG path in a `size` × `size` box with `pad` units of margin. */
export function shapePath(shape: FamilyShape, size = 16, pad = 0.5): string {
  const half = size / 2
  const r = half - pad
  if (shape.kind === 'ellipse')
    return `M${half - r} ${half}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`
  const xy: string[] = []
  for (let i = 0; i < shape.points.length; i += 2)
    xy.push(`${round(half + shape.points[i]! * r)} ${round(half + shape.points[i + 1]! * r)}`)
  return `M${xy.join('L')}Z`
}

/** Whether a point of the [-1, 1] box lies inside the shape (even-odd rule). */
export function insideShape(shape: FamilyShape, x: number, y: number): boolean {
  if (shape.kind === 'ellipse') return x * x + y * y <= 1
  const p = shape.points
  let inside = false
  for (let i = 0, j = p.length - 2; i < p.length; j = i, i += 2) {
    const [xi, yi, xj, yj] = [p[i]!, p[i + 1]!, p[j]!, p[j + 1]!]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}
