/**
 * The dataset schema. Types are inferred from it; nothing else declares their shape.
 * Zod runs only at build and test time (the Vite plugin and `npm run validate-data`):
 * the app imports these types, never the schema values.
 */
import { z } from 'zod'
import {
  ARXIV_ID,
  DATA_KINDS,
  DECISION_ROLES,
  GOALS,
  KEBAB_ID,
  RELATION_KINDS,
  TOOL_KINDS,
  TOOL_STATUSES,
} from './constants.ts'

const id = z.string().regex(KEBAB_ID, 'must be a kebab-case id (a-z, 0-9, single hyphens)')
const text = z.string().trim().min(1, 'must not be empty')
const httpsUrl = z
  .string()
  .url('must be a URL')
  .refine((u) => u.startsWith('https://'), 'must be an https link')
const year = z.number().int().min(1950).max(2100)
const sources = z.array(httpsUrl).min(1, 'must name at least one source')
/** The day a person last checked the record against its sources. */
const checked = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be the date the record was checked, YYYY-MM-DD')
/** Why `organizations` is empty (e.g. the sources read do not show affiliations). */
const organizationsNote = text.optional()

/** A place where the seed recap disagrees with the primary source; the source wins. */
const seedNote = z.object({
  seed: text.describe('what the seed recap claims'),
  source: text.describe('what the primary source shows'),
})

export const categorySchema = z.object({
  id,
  name: text,
  description: text,
  checked,
})

/** How to use a technique in a library, read from that library's source at a version. */
export const usageSchema = z.object({
  /** The tool id (tools.json) of the library. */
  tool: id,
  /** The entry point: a config class and option, a trainer and its loss_type, … */
  api: text,
  /** A minimal, copyable example. */
  snippet: text,
  docs: httpsUrl,
  /** The library version (or commit) the API was read from. */
  version: text,
  /** The source file the API was read from. */
  source: httpsUrl,
})

export const paperSchema = z.object({
  id,
  title: text,
  authors: z.array(text).min(1, 'must name at least the first author'),
  moreAuthors: z.boolean().optional(),
  year,
  arxivId: z.string().regex(ARXIV_ID, 'must look like 2106.09685').optional(),
  url: httpsUrl,
  organizations: z.array(text),
  organizationsNote,
  sources,
  checked,
})

/**
 * What a training recipe needs, as its paper describes it. `role` says whether the technique is
 * an objective (what the loss learns from), a parameterization (which weights train and in what
 * precision) or a merge of finished models.
 */
export const decisionSchema = z.object({
  role: z.enum(DECISION_ROLES),
  /** The kind of data the paper trains from. */
  data: z.enum(DATA_KINDS),
  /** A frozen copy of the starting model is kept as a reference (e.g. a KL anchor). */
  referenceModel: z.boolean(),
  /** A separately trained reward model scores the samples. */
  rewardModel: z.boolean(),
  /** A learned value function (critic) is trained alongside the policy. */
  valueModel: z.boolean(),
  /** Training samples new outputs from the model being trained. */
  onlineSampling: z.boolean(),
  /** Goals the paper evaluates the technique on. */
  goals: z.array(z.enum(GOALS)),
  /** Where in the paper these traits are stated. */
  evidence: text,
})

export const techniqueSchema = z.object({
  id,
  name: text.max(24, 'must be a short label (24 characters at most)'),
  fullName: text,
  aliases: z.array(text),
  year,
  categories: z.array(id).min(1, 'must have at least one category'),
  paper: id,
  organizations: z.array(text),
  organizationsNote,
  description: z.string().trim().min(60, 'must be a real description (60+ characters)'),
  traits: z
    .object({
      trainableParameters: text.optional(),
      memory: text.optional(),
      data: text.optional(),
    })
    .optional(),
  /** Structured traits the chooser ranks by, each read from the technique's paper. */
  decision: decisionSchema.optional(),
  /** Explains a year earlier than a parent's (e.g. a concept named after the fact). */
  yearNote: text.optional(),
  usage: z.array(usageSchema).optional(),
  sources,
  notes: z.array(seedNote).optional(),
  checked,
})

export const lineageLinkSchema = z.object({
  child: id,
  parent: id,
  relation: z.enum(RELATION_KINDS),
  reason: text,
  checked,
})

export const toolSchema = z.object({
  id,
  name: text,
  organization: text,
  url: httpsUrl,
  kind: z.enum(TOOL_KINDS),
  openSource: z.boolean(),
  license: text,
  status: z.enum(TOOL_STATUSES),
  statusDate: z
    .string()
    .regex(/^\d{4}(-\d{2})?$/, 'must be YYYY or YYYY-MM')
    .optional(),
  techniques: z.array(id),
  /** Techniques the tool once supported and has since removed. */
  dropped: z.array(z.object({ technique: id, when: text, source: httpsUrl })).optional(),
  description: z.string().trim().min(40, 'must be a real description (40+ characters)'),
  sources,
  notes: z.array(seedNote).optional(),
  checked,
})

export const newsletterIssueSchema = z.object({
  id,
  number: z.number().int().positive(),
  title: text,
  summary: z.string().trim().min(40, 'must be a real summary (40+ characters)'),
  /** The concept the issue introduced (a technique id). */
  concept: id,
  /** The paper it reviewed, when it reviewed one. */
  paper: id.optional(),
  /** The tool it covered, when it covered one. */
  tool: id.optional(),
  techniques: z.array(id),
  sources,
  notes: z.array(seedNote).optional(),
  checked,
})

/**
 * A model's shape, read from its own config.json (data/models.json). `headDim` only when the
 * config states one that differs from hidden ÷ heads.
 */
export const modelShapeSchema = z.object({
  layers: z.number().int().positive(),
  hidden: z.number().int().positive(),
  intermediate: z.number().int().positive(),
  heads: z.number().int().positive(),
  kvHeads: z.number().int().positive(),
  headDim: z.number().int().positive().optional(),
  vocab: z.number().int().positive(),
  tiedEmbeddings: z.boolean(),
  /** The attention's query, key and value projections carry biases (from the modeling code). */
  qkvBias: z.boolean().optional(),
  /** Mixture of experts: MLPs per block (`num_local_experts`) and those each token uses. */
  experts: z.number().int().positive().optional(),
  activeExperts: z.number().int().positive().optional(),
})

export const modelSchema = modelShapeSchema.extend({
  /** The Hugging Face repository id. */
  id: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'must be a Hugging Face repo id (owner/name)'),
  name: text,
  family: text,
  /** The model's own config.json. */
  config: httpsUrl,
  /** Where the file was actually read, when not at `config`. */
  readAt: httpsUrl,
  read: checked,
  note: text.optional(),
})

export type ModelShape = z.infer<typeof modelShapeSchema>
export type Model = z.infer<typeof modelSchema>
export type Decision = z.infer<typeof decisionSchema>
export type Category = z.infer<typeof categorySchema>
export type Paper = z.infer<typeof paperSchema>
export type Technique = z.infer<typeof techniqueSchema>
export type LineageLink = z.infer<typeof lineageLinkSchema>
export type Tool = z.infer<typeof toolSchema>
export type NewsletterIssue = z.infer<typeof newsletterIssueSchema>
export type SeedNote = z.infer<typeof seedNote>
export type Usage = z.infer<typeof usageSchema>

/** One schema per data file; every file holds a JSON array of records. */
export const recordSchemas = {
  'categories.json': categorySchema,
  'papers.json': paperSchema,
  'techniques.json': techniqueSchema,
  'lineage.json': lineageLinkSchema,
  'tools.json': toolSchema,
  'newsletter-issues.json': newsletterIssueSchema,
} as const
