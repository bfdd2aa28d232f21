/** Literal sets shared by the schema, the URL contract and the views. */

/** How a child technique relates to one of its parents. */
export const RELATION_KINDS = [
  'extends',
  'specializes',
  'generalizes',
  'simplifies',
  'constrains',
  'quantizes',
  'combines',
  'ai-feedback',
] as const
export type RelationKind = (typeof RELATION_KINDS)[number]

/** Human wording of each relation, read as "child … parent". */
export const RELATION_LABELS: Record<RelationKind, string> = {
  extends: 'extends',
  specializes: 'specializes',
  generalizes: 'generalizes',
  simplifies: 'simplifies',
  constrains: 'trains a restricted part of',
  quantizes: 'quantizes',
  combines: 'combines ideas from',
  'ai-feedback': 'replaces human feedback with AI feedback in',
}

export const TOOL_KINDS = [
  'library',
  'framework',
  'managed-service',
  'runtime',
  'evaluation-platform',
  'platform',
] as const
export type ToolKind = (typeof TOOL_KINDS)[number]

export const TOOL_KIND_LABELS: Record<ToolKind, string> = {
  library: 'Library',
  framework: 'Framework',
  'managed-service': 'Managed service',
  runtime: 'Runtime',
  'evaluation-platform': 'Evaluation platform',
  platform: 'Platform',
}

export const TOOL_STATUSES = ['active', 'archived', 'discontinued'] as const
export type ToolStatus = (typeof TOOL_STATUSES)[number]

/** The dataset files, in the order problems are reported. */
export const DATA_FILES = [
  'categories.json',
  'papers.json',
  'techniques.json',
  'lineage.json',
  'tools.json',
  'newsletter-issues.json',
] as const
export type DataFile = (typeof DATA_FILES)[number]

export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const ARXIV_ID = /^\d{4}\.\d{4,5}$/

/** Most techniques a comparison shows side by side. */
export const MAX_COMPARED = 4

/** The kinds of training data the chooser asks about. */
export const DATA_KINDS = ['demonstrations', 'preferences', 'unpaired', 'rewards', 'none'] as const
export type DataKind = (typeof DATA_KINDS)[number]

/** What a fine-tuning run is for. */
export const GOALS = [
  'instructions',
  'preferences',
  'reasoning',
  'domain',
  'many-adapters',
] as const
export type Goal = (typeof GOALS)[number]

/** How a technique takes part in a training recipe. */
export const DECISION_ROLES = ['objective', 'parameterization', 'merge'] as const
export type DecisionRole = (typeof DECISION_ROLES)[number]
