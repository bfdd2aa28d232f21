import { useCallback, useEffect, useSyncExternalStore } from 'react'
import type { Theme } from '../theme/tokens'

const STORAGE_KEY = 'atlas-theme'
const media = () => window.matchMedia('(prefers-color-scheme: dark)')

function stored(): Theme | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return value === 'light' || value === 'dark' ? value : null
  } catch {
    return null
  }
}

const listeners = new Set<() => void>()
function subscribe(listener: () => void) {
  listeners.add(listener)
  const mq = media()
  mq.addEventListener('change', listener)
  return () => {
    listeners.delete(listener)
    mq.removeEventListener('change', listener)
  }
}
const snapshot = (): Theme => stored() ?? (media().matches ? 'dark' : 'light')

/**
 * Light or dark: follows the system until the visitor picks one, then remembers the choice.
 * A user preference, not view state, so it lives in localStorage rather than the URL.
 */
export function useTheme() {
  const theme = useSyncExternalStore(subscribe, snapshot, () => 'light' as Theme)
  useEffect(() => {
    document.documentElement.dataset.theme = theme
  }, [theme])
  const toggle = useCallback(() => {
    try {
      localStorage.setItem(STORAGE_KEY, snapshot() === 'dark' ? 'light' : 'dark')
    } catch {
      // Storage can be blocked; the toggle then lasts for this page only.
      document.documentElement.dataset.theme = snapshot() === 'dark' ? 'light' : 'dark'
    }
    listeners.forEach((l) => l())
  }, [])
  return { theme, toggle }
}
