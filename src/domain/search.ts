/**
 * Typo-tolerant search over technique names, aliases, descriptions and organizations, backed by
 * MiniSearch. Loaded on demand: the first view does not pay for it.
 */
import MiniSearch from 'minisearch'
import type { Technique } from './schema'

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
  return {
    search(query) {
      const q = query.trim()
      if (!q) return []
      return index.search(q).map((r) => String(r.id))
    },
  }
}
