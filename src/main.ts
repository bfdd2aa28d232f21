/**
 * The boot: the smallest script of the first view. It fetches the dataset while the browser
 * downloads the app's code (both preloaded by index.html), then mounts the app. Until then the
 * static first frame in index.html is what the visitor sees; if either download fails the page
 * says so in words and offers Retry, never a blank page.
 */
import 'virtual:atlas-tokens.css'
import './styles/base.css'
import './styles/shell.css'
import './styles/controls.css'
import './styles/layout.css'
import './styles/filters.css'
import './styles/graph.css'
import './styles/tables.css'
import './styles/panels.css'
import './styles/notices.css'
import './styles/responsive.css'
import './styles/usage.css'
import './styles/story.css'
import './styles/decide.css'
import { LoadFailure, loadDataset } from './routes/dataset'
import type { mountAtlas } from './App'
import { loadCytoscape } from './components/graph/cytoscapeLoader'
import { markStartup } from './components/graph/interactionTiming'

const CODE_FAILURE =
  'Part of the Atlas’s code could not be downloaded: the network failed, or the site was updated since this page was opened.'

function showFailure(failure: LoadFailure, retry: () => void) {
  document.getElementById('boot-failure')?.remove()
  const box = document.createElement('div')
  box.id = 'boot-failure'
  box.className = 'boot-failure'
  box.setAttribute('role', 'alert')
  const title = document.createElement('h2')
  title.textContent = 'The Atlas could not start'
  const text = document.createElement('p')
  text.textContent = failure.message
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'button button-primary'
  button.textContent = 'Retry'
  button.addEventListener('click', () => {
    button.disabled = true
    button.textContent = 'Retrying…'
    // A code chunk that failed may be gone after a redeploy: a fresh page asks for the new one.
    if (failure.needsReload) location.reload()
    else retry()
  })
  box.append(title, text, button)
  document.body.prepend(box)
  button.focus()
}

async function start() {
  // The graph's library (the largest download) starts once the static first view has painted,
  // so that on a slow network it does not compete with the page itself; the app asks for it
  // again when it mounts (in a background tab, where frames never come, that is the first
  // ask). A failure here is the graph's to report, with its own Retry.
  requestAnimationFrame(() => setTimeout(() => loadCytoscape().catch(() => {}), 0))
  try {
    await loadDataset()
    markStartup('data')
    let mount: typeof mountAtlas
    try {
      mount = (await import('./App')).mountAtlas
    } catch {
      throw new LoadFailure(CODE_FAILURE, true)
    }
    markStartup('code')
    document.getElementById('boot-failure')?.remove()
    await mount(document.getElementById('root')!)
  } catch (error) {
    const failure =
      error instanceof LoadFailure
        ? error
        : new LoadFailure(`The Atlas could not start: ${String(error)}`)
    console.error(failure.message)
    showFailure(failure, () => void start())
  }
}

void start()
