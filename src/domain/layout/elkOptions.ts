/**
 * What ELK is asked for: the part of its graph format the layout uses, and the layered
 * algorithm's settings (thorough at build time, quick for a view re-packed while someone waits,
 * fast for synthetic sets too large for the thorough ones).
 */
import type { Point } from './layoutGeometry.ts'

/** The part of ELK's graph format used here (ELK's own types would tie the domain to elkjs). */
export interface ElkGraph {
  id: string
  x?: number
  y?: number
  width?: number
  height?: number
  layoutOptions?: Record<string, string>
  children?: ElkGraph[]
  ports?: ElkGraph[]
  edges?: {
    id: string
    sources: string[]
    targets: string[]
    sections?: { startPoint: Point; endPoint: Point; bendPoints?: Point[] }[]
  }[]
}

/**
 * Above this many techniques (synthetic benchmark sets), ELK's thorough settings take minutes:
 * one seed, network-simplex layering and a single crossing-minimisation pass are used instead.
 */
export const LARGE_LAYOUT = 300
export const LARGE_OPTIONS: Record<string, string> = {
  'elk.layered.layering.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.thoroughness': '1',
  'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
  'elk.layered.nodePlacement.strategy': 'SIMPLE',
}

/**
 * For layouts made while someone waits (a re-packed view in the browser). A part of the lineage
 * often falls into several pieces; ELK would lay out each piece on its own and pack them side
 * by side, breaking the shared time axis, so it is kept as one graph. Above QUICK_BOUNDED
 * techniques, network-simplex layering replaces the width-bounded Coffman–Graham, which costs
 * ~90 % of ELK's time on large inputs (all 186 techniques: 1.0 s instead of 9.8 s).
 */
export const QUICK_OPTIONS: Record<string, string> = {
  'elk.separateConnectedComponents': 'false',
}
export const QUICK_BOUNDED = 80
export const QUICK_LARGE_OPTIONS: Record<string, string> = {
  ...QUICK_OPTIONS,
  'elk.layered.layering.strategy': 'NETWORK_SIMPLEX',
}

export const OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.partitioning.activate': 'true',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.mergeEdges': 'true',
  'elk.layered.spacing.nodeNodeBetweenLayers': '44',
  'elk.layered.spacing.edgeNodeBetweenLayers': '14',
  'elk.spacing.nodeNode': '6',
  // Bounded layer width: a busy year spreads over several columns instead of one tall one,
  // which keeps the drawing about as wide as a laptop screen is.
  'elk.layered.layering.strategy': 'COFFMAN_GRAHAM',
  'elk.layered.layering.coffmanGraham.layerBound': '10',
  'elk.spacing.edgeNode': '12',
  'elk.spacing.edgeEdge': '6',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  // Greedy switching is off by default above 40 nodes; it pays for itself here.
  'elk.layered.crossingMinimization.greedySwitch.activationThreshold': '0',
  'elk.layered.crossingMinimization.greedySwitch.type': 'ONE_SIDED',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
}
