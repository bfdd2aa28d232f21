import { FilterBar } from '../../components/FilterBar'
import { yearBounds } from '../../domain/data/atlas'
import { toggleCategory, yearRange } from '../../domain/explore/filters'
import { atlas } from '../atlasData'
import { loadSearch } from '../useTechniqueSearch'
import type { RegionProps } from './useExplorerView'

const bounds = yearBounds(atlas)

/** The filter bar wired to the address: search, categories, years and what unmatched do. */
export function ExplorerFilters({ nav, view, theme }: RegionProps) {
  const { state, update, select } = nav
  const technique = view.selected.technique
  return (
    <FilterBar
      atlas={atlas}
      theme={theme}
      query={state.q}
      categories={state.categories}
      counts={view.counts}
      from={state.from ?? bounds.min}
      to={state.to ?? bounds.max}
      bounds={bounds}
      unmatched={state.unmatched}
      matchCount={view.matching.size}
      // Starting a search is a step Back can undo; further keystrokes replace it.
      onQuery={(q) => update({ q }, { replace: state.q !== '', input: 'search' })}
      suggestions={view.suggestions}
      onPick={(id) => select({ technique: id })}
      relateTo={
        technique
          ? {
              name: technique.name,
              onRelate: (id) =>
                id !== technique.id &&
                update({ path: [technique.id, id], panel: 'details', side: 'open' }),
            }
          : undefined
      }
      onSubmitQuery={(text) => {
        // The best match that passes the other filters; the index may still be loading.
        loadSearch(atlas).then(
          (index) => {
            const best = index.search(text).find((id) => view.allowedBySearch.has(id))
            if (best) select({ technique: best })
          },
          // The search index could not be downloaded: Enter does nothing, and the next
          // keystroke or Enter tries again.
          () => {},
        )
      }}
      onToggleCategory={(id) =>
        update((prev) => ({ categories: toggleCategory(atlas, prev.categories, id) }), {
          input: 'category',
        })
      }
      onClearCategories={() => update({ categories: [] }, { input: 'category' })}
      onYears={(f, t) => update(yearRange(bounds, f, t), { replace: true, input: 'years' })}
      onUnmatched={(unmatched) => update({ unmatched }, { input: 'unmatched' })}
    />
  )
}
