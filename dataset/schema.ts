import { z } from 'zod';
import { RULE_IDS } from '../pipeline/rules.ts';

/**
 * The dataset's contract: every record is checked against these before anything is written,
 * and `schema/*.json` is generated from them for loaders that do not read TypeScript.
 *
 * Positions point into the ORIGINAL file, as unist's Point: line and column 1-based, offset
 * 0-based, columns and offsets counted in UTF-16 code units (as JavaScript strings count; a
 * character outside the BMP such as 𫫇 counts 2), end exclusive.
 */
export const Point = z.object({
  line: z.int().min(1).describe('1-based line in the original file'),
  column: z.int().min(1).describe('1-based column in the original file, in UTF-16 code units'),
  offset: z.int().min(0).describe('0-based offset in the original decoded text, in UTF-16 code units'),
});
export type Point = z.infer<typeof Point>;

export const Position = z.object({ start: Point, end: Point.describe('exclusive') });
export type Position = z.infer<typeof Position>;

/** Fields every located record carries: the line and column of its anchor, and its full extent. */
const located = {
  line: z.int().min(1).describe('1-based line of the record in the original file'),
  column: z.int().min(1).describe('1-based column (UTF-16 code units) of the record in the original file'),
  position: Position,
};

/** Original-script text of the record's text fields, present only for fields where it differs. */
const original = z.record(z.string(), z.string()).optional().describe('original text of fields whose normalized (Simplified) text differs');

export const Comparator = z.enum(['>', '>=', '<', '<=']);
export type Comparator = z.infer<typeof Comparator>;

export const OutlineItem = z.object({
  id: z.string().describe('stable id: the document id and the path of markers, e.g. 000#1/三/（四）/2'),
  parentId: z.string().nullable(),
  level: z.int().min(1).describe('depth in the document\'s own hierarchy, 1 outermost'),
  marker: z.string().describe('numbering as printed: 第一部分, 一、, （一）, 1., （1）, —— ; "" for an unnumbered heading'),
  ordinal: z.int().nullable().describe('the marker\'s number as an integer; null for —— and unnumbered headings'),
  title: z.string().describe('heading text without marker, up to the first 。'),
  body: z.string().describe('the item\'s own text after the title, up to the next item'),
  ...located,
  original,
});
export type OutlineItem = z.infer<typeof OutlineItem>;

export const TableValue = z.object({
  year: z.int().nullable(),
  scope: z.string().nullable().describe('column group (region) from a second header row, else null'),
  raw: z.string().describe('the cell exactly as printed, trimmed'),
  value: z.number().nullable(),
  comparator: Comparator.nullable(),
  kind: z.enum(['baseline', 'target']).nullable().describe('a past figure or a planned one'),
  ...located,
});
export type TableValue = z.infer<typeof TableValue>;

export const TableRow = z.object({
  id: z.string(),
  category: z.string().nullable(),
  seq: z.int().nullable(),
  name: z.string(),
  parent: z.string().nullable().describe('name of the row a 其中 sub-row is a part of, else null'),
  unit: z.string().nullable(),
  attribute: z.string().nullable().describe('约束性 / 预期性'),
  values: z.array(TableValue),
  ...located,
  original,
});
export type TableRow = z.infer<typeof TableRow>;

export const Table = z.object({
  id: z.string(),
  caption: z.string().nullable(),
  kind: z.enum(['baseline', 'target', 'mixed']).nullable(),
  rows: z.array(TableRow),
  ...located,
  original,
});
export type Table = z.infer<typeof Table>;

export const Target = z.object({
  id: z.string(),
  year: z.int().nullable().describe('year the target is set for; null when the text states none'),
  name: z.string(),
  value: z.number(),
  unit: z.string().nullable(),
  comparator: Comparator.nullable(),
  approx: z.boolean().describe('左右 / 约'),
  raw: z.string().describe('the clause as printed'),
  ...located,
  original,
});
export type Target = z.infer<typeof Target>;

export const Fact = z.object({
  id: z.string(),
  name: z.string(),
  value: z.number(),
  unit: z.string().nullable(),
  year: z.int().nullable(),
  period: z.string().nullable().describe('period the figure covers when stated: 十四五, 2021—2025 …'),
  raw: z.string(),
  ...located,
  original,
});
export type Fact = z.infer<typeof Fact>;

export const Meta = z.object({
  issuer: z.string().optional().describe('发文机关, several joined with 、'),
  issuers: z.array(z.string()).optional(),
  date: z.string().optional().describe('ISO date: YYYY-MM-DD, or YYYY-MM when the day is blank'),
  docNumber: z.string().optional().describe('文号, e.g. 市委发〔2021〕35号'),
  period: z.string().optional().describe('十四五, 十五五, 2035, 2021—2025'),
  region: z.string().optional(),
  draft: z.boolean().optional(),
  draftLabel: z.string().optional().describe('the draft mark as printed: 意见征求稿 …'),
  kind: z.string().optional().describe('规划, 纲要, 实施方案, 行动计划, 综述 …'),
  headline: z.string().optional().describe('a feature headline printed above the title'),
});
export type Meta = z.infer<typeof Meta>;

export const Document = z.object({
  id: z.string().describe('file stem and 1-based index: 000_166d93d510d1d5da#1'),
  title: z.string(),
  ...located,
  endLine: z.int().min(1).describe('last line of the document in the original file'),
  original,
  meta: Meta,
  outline: z.array(OutlineItem),
  tables: z.array(Table),
  targets: z.array(Target),
  facts: z.array(Fact),
});
export type Document = z.infer<typeof Document>;

export const Diagnostic = z.object({
  ruleId: z.enum(RULE_IDS),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  line: z.int().min(1),
  column: z.int().min(1),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const TocEntry = z.object({
  group: z.string().nullable(),
  seq: z.int().nullable(),
  title: z.string(),
  page: z.int().nullable(),
  line: z.int().min(1),
  present: z.boolean().describe('whether the article is in the body'),
});
export type TocEntry = z.infer<typeof TocEntry>;

export const Source = z.object({
  name: z.string().describe('file name'),
  path: z.string().describe('path as given on the command line, with / separators'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string(),
  bytes: z.int().min(0),
  lines: z.int().min(0),
});
export type Source = z.infer<typeof Source>;

/** One `<stem>.json` per input file. */
export const FileExtraction = z.object({
  source: Source,
  documents: z.array(Document),
  toc: z.array(TocEntry).optional(),
  boilerplate: z.tuple([z.int(), z.int()]).optional().describe('first and last line of trailing web boilerplate'),
  diagnostics: z.array(Diagnostic),
});
export type FileExtraction = z.infer<typeof FileExtraction>;
