/**
 * Typo-tolerant search over technique names, aliases, descriptions and organizations, backed by
 * MiniSearch. Loaded on demand: the first view does not pay for it.
 */
import MiniSearch from 'minisearch'
import type { Technique } from '../data/schema'

export interface TechniqueSearch {
  /** Matching technique ids, best first. */
  search(query: string): string[]
}

/** Builds the search index once per dataset. */
export function createTechniqueSearch(techniques: readonly Technique[]): TechniqueSearch {
  const index = new MiniSearch<Technique>({
    idField: 'id',
    fields: ['name', 'fullName', 'aliases', 'description', 'organizations', 'id'],
    extractField: (doc, field) => {
      const value = doc[field as keyof Technique]
      return Array.isArray(value) ? value.join(' ') : String(value ?? '')
    },
    // Split on anything that is not a letter or digit, so "low-rank" and "low rank" agree.
    tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean),
    searchOptions: {
      boost: { name: 4, id: 3, aliases: 3, fullName: 2, organizations: 1.5, description: 1 },
      prefix: (term) => term.length >= 2,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : term.length >= 4 ? 1 : false),
      combineWith: 'AND',
    },
  })
  index.addAll(techniques as Technique[])
  const byId = new Map(techniques.map((t) => [t.id, t]))
  // Case, spaces, hyphens and underscores aside ("low-rank" = "Low Rank"); "LoRA+" stays itself.
  const norm = (text: string) =>
    text
      .toLowerCase()
      .replace(/[\s_-]+/g, ' ')
      .trim()
  return {
    search(query) {
      const q = query.trim()
      if (!q) return []
      const wanted = norm(q)
      // A name, alias or id typed in full comes first, then names that start with the text;
      // MiniSearch's relevance orders the rest (and breaks ties).
      const rank = (id: string) => {
        const t = byId.get(id)
        if (!t) return 2
        if ([t.name, t.id, t.fullName, ...t.aliases].some((n) => norm(n) === wanted)) return 0
        return norm(t.name).startsWith(wanted) ? 1 : 2
      }
      return index
        .search(q)
        .map((r, i) => ({ id: String(r.id), i, rank: rank(String(r.id)) }))
        .sort((a, b) => a.rank - b.rank || a.i - b.i)
        .map((r) => r.id)
    },
  }
}
