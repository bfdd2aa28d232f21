import type { Core, StylesheetJson } from 'cytoscape'
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import type { Theme } from '../../theme/tokens'
import { graphStyle, zoomStep } from './graphStyle'
import type { Viewport } from './useViewport'

/**
 * The graph's stylesheet follows the zoom in steps (sizes that stay readable on screen) and the
 * theme. The instance is created with the sheet for its opening zoom (`atOpening`); after that,
 * the whole graph is restyled only when the step or the theme changes (useFollowZoom), never
 * before the viewport is first read: restyling every element is a long task on a phone.
 */
export function useZoomStyle(options: { theme: Theme; categories: number; large: boolean }) {
  const { theme, categories, large } = options
  const [step, setStep] = useState(1)
  const styleFor = useCallback(
    (zoom: number) => graphStyle(theme, categories, { large, zoom }),
    [theme, categories, large],
  )
  const style = useMemo(() => styleFor(step), [styleFor, step])
  const appliedRef = useRef('')
  const atOpening = (zoom: number) => {
    const opening = zoomStep(zoom)
    appliedRef.current = `${theme}:${opening}`
    return styleFor(opening)
  }
  return { step, setStep, style, key: `${theme}:${step}`, appliedRef, atOpening }
}

export function useFollowZoom(
  cy: Core | null,
  viewport: Viewport | null,
  sheet: {
    step: number
    setStep: (step: number) => void
    style: StylesheetJson
    key: string
    appliedRef: RefObject<string>
  },
) {
  const { step, setStep, style, key, appliedRef } = sheet
  const viewportStep = viewport ? zoomStep(viewport.zoom) : null
  if (viewportStep !== null && viewportStep !== step) setStep(viewportStep)
  const known = viewportStep !== null
  useEffect(() => {
    if (!cy || !known || appliedRef.current === key) return
    appliedRef.current = key
    cy.style(style)
  }, [cy, style, key, known, appliedRef])
}
