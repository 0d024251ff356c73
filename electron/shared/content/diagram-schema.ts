import { z } from 'zod'
import { idSchema } from './ids'
import { parseContent } from './parse-content'

// An interactive architecture diagram as data: boxes on a fixed canvas, joined by directed edges, with a
// walk-through of the main flow. Geometry (overlaps, labels that fit) is checked by diagram-geometry.ts.

/** The glyphs a node can show; the renderer has one SVG path per name. */
export const diagramIcons = [
  'stream',
  'bucket',
  'database',
  'function',
  'user',
  'camera',
  'chart',
  'gear',
  'lock',
  'key',
  'server',
  'queue',
  'catalog',
  'search',
  'notebook',
  'cluster',
  'device',
  'globe',
  'shield',
  'doc',
  'clock',
  'bell',
  'model',
  'mic',
  'radar',
  'filter',
  'archive',
] as const
export const diagramIconSchema = z.enum(diagramIcons)
export type DiagramIcon = z.infer<typeof diagramIconSchema>

export const groupKinds = ['cloud', 'region', 'vpc', 'account', 'serverless', 'on-premises', 'plain'] as const
export const groupKindSchema = z.enum(groupKinds)
export type DiagramGroupKind = z.infer<typeof groupKindSchema>

const coordinate = z.number().int().min(0).max(4000)
const size = z.number().int().min(8).max(4000)

export const diagramGroupSchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1).max(60),
  kind: groupKindSchema,
  x: coordinate,
  y: coordinate,
  w: size,
  h: size,
})
export type DiagramGroup = z.infer<typeof diagramGroupSchema>

export const diagramNodeSchema = z.strictObject({
  id: idSchema,
  label: z.string().min(1).max(48),
  sublabel: z.string().min(1).max(60).optional(),
  icon: diagramIconSchema,
  x: coordinate,
  y: coordinate,
  w: size,
  h: size,
  group: idSchema.optional(),
  note: idSchema.optional(),
  facts: z.array(z.string().min(5).max(240)).min(1).max(4),
})
export type DiagramNode = z.infer<typeof diagramNodeSchema>

export const diagramEdgeSchema = z.strictObject({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  label: z.string().min(1).max(32).optional(),
  dashed: z.boolean().optional(),
})
export type DiagramEdge = z.infer<typeof diagramEdgeSchema>

export const diagramStepSchema = z.strictObject({
  edge: idSchema,
  text: z.string().min(10).max(300),
})
export type DiagramStep = z.infer<typeof diagramStepSchema>

export const diagramSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1).max(100),
  description: z.string().min(10).max(600),
  notes: z.array(idSchema).min(1),
  width: z.number().int().min(200).max(4000),
  height: z.number().int().min(200).max(4000),
  groups: z.array(diagramGroupSchema),
  nodes: z.array(diagramNodeSchema).min(2),
  edges: z.array(diagramEdgeSchema).min(1),
  steps: z.array(diagramStepSchema).min(1),
})
export type Diagram = z.infer<typeof diagramSchema>

/** Validates a parsed JSON value as a diagram; throws a content error naming the file and the first bad field. */
export function parseDiagram(json: unknown, file: string): Diagram {
  return parseContent(diagramSchema, json, file, 'diagram')
}
