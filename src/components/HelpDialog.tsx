import { useEffect, useRef } from 'react'

const SHORTCUTS: [string, string][] = [
  ['Tab', 'Move between controls; the graph is one stop'],
  ['↑ / ↓', 'In the graph: go to a parent / a child'],
  ['← / →', 'In the graph: go to the previous / next sibling'],
  ['Enter', 'Open the technique under the cursor'],
  ['Escape', 'Clear the selection (or close this dialog)'],
  ['+ / −', 'Zoom in / out'],
  ['F', 'Fit the highlighted or visible techniques'],
  ['0', 'Show the whole graph'],
  ['/', 'Jump to the search box'],
  ['?', 'Show these shortcuts'],
]

/** The keyboard shortcuts, in a native modal dialog (focus is managed by the browser). */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal?.()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="help-title" onClose={onClose}>
      <h2 id="help-title">Keyboard shortcuts</h2>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([key, action]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="button" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  )
}
