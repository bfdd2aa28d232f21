/** What the graph lights: techniques by id and lineage links by their edge id. */
export interface GraphHighlight {
  nodes: ReadonlySet<string>
  edges: ReadonlySet<string>
}
