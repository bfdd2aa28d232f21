/**
 * Measured coverage: how many of the methods that the main fine-tuning libraries ship (their
 * checked-in method lists, under data/external/) the Atlas has a technique for.
 */
import type { AtlasData } from './dataset.ts'

/** One entry of a library's method list, as read from the library's own files. */
export interface ExternalItem {
  key: string
  /** The method's name; paper-index entries have only their heading (`key`). */
  name?: string
  /** The arXiv id of the method's paper, when it has one. */
  arxivId: string | null
  /**
   * For a method without a paper: the Atlas technique that stands for it, with the reason in
   * `atlasNote` (e.g. TRL's SFTTrainer → full fine-tuning).
   */
  atlas?: string
  atlasNote?: string
  /** `other` marks entries that are not fine-tuning methods (model reports, infrastructure). */
  kind?: 'method' | 'other'
}

export interface ExternalList {
  id: string
  name: string
  source: string
  items: ExternalItem[]
}

/** A snapshot of one library's method lists at a commit, with the date it was read. */
export interface ExternalSnapshot {
  library: string
  repository: string
  commit: string
  version: string
  read: string
  lists: ExternalList[]
}

export interface ListCoverage {
  library: string
  list: string
  covered: number
  total: number
  missing: ExternalItem[]
}

/** Lower-case letters and digits only: "Dr. GRPO" and "dr-grpo" compare equal. */
const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '')

/** What a list calls a method: its name, else its heading. */
export const methodName = (item: ExternalItem) => item.name ?? item.key

/** The identity of a method across lists: its paper when it has one, else its name. */
export const methodKey = (item: ExternalItem) =>
  item.arxivId ? `arxiv:${item.arxivId}` : `name:${norm(methodName(item))}`

/**
 * For each list, and over the union of all lists (methods deduplicated by paper), how many
 * methods the dataset covers and which are missing. A method is covered when a technique's
 * paper has its arXiv id, or, for a method without a paper, when the list maps it to a technique
 * (`atlas`) or a technique's id, name or alias matches its name.
 */
export function measureCoverage(
  snapshots: ExternalSnapshot[],
  data: Pick<AtlasData, 'papers' | 'techniques'>,
): { lists: ListCoverage[]; union: Omit<ListCoverage, 'library' | 'list'> } {
  const paperArxiv = new Map(data.papers.map((p) => [p.id, p.arxivId]))
  const arxivIds = new Set(data.techniques.map((t) => paperArxiv.get(t.paper)).filter(Boolean))
  const names = new Set(data.techniques.flatMap((t) => [t.id, t.name, ...t.aliases].map(norm)))
  const techniqueIds = new Set(data.techniques.map((t) => t.id))
  const isCovered = (item: ExternalItem) =>
    item.atlas
      ? techniqueIds.has(item.atlas)
      : item.arxivId
        ? arxivIds.has(item.arxivId)
        : names.has(norm(methodName(item)))

  const union = new Map<string, ExternalItem>()
  const lists = snapshots.flatMap((snap) =>
    snap.lists.map((list) => {
      const methods = list.items.filter((i) => i.kind !== 'other')
      for (const m of methods) if (!union.has(methodKey(m))) union.set(methodKey(m), m)
      const missing = methods.filter((m) => !isCovered(m))
      return {
        library: snap.library,
        list: list.name,
        covered: methods.length - missing.length,
        total: methods.length,
        missing,
      }
    }),
  )
  const all = [...union.values()]
  const missing = all.filter((m) => !isCovered(m))
  return { lists, union: { covered: all.length - missing.length, total: all.length, missing } }
}
