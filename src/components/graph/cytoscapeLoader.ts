/**
 * Cytoscape is its own chunk: the first view paints the build's static drawing without it, and
 * the boot starts this download once that drawing has painted, so the interactive graph follows
 * soon after. A failed download is not remembered: the next call tries again.
 */
import type cytoscape from 'cytoscape'

let loading: Promise<typeof cytoscape> | null = null

export function loadCytoscape(): Promise<typeof cytoscape> {
  loading ??= import('cytoscape').then(
    (m) => m.default,
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}
