import type { Diagnostic, FileExtraction } from './schema.ts';

/** A CSV column: its name, Frictionless field type, and what it holds. */
export interface CsvField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  description: string;
}

type Cell = string | number | boolean | null;
export type CsvRow = Record<string, Cell>;

/** One CSV file of the dataset: its columns and how a file's extraction becomes its rows. */
export interface CsvTable {
  name: string;
  description: string;
  fields: CsvField[];
  rows(extraction: FileExtraction): CsvRow[];
}

const field = (name: string, type: CsvField['type'], description: string): CsvField => ({ name, type, description });
const documentId = field('document_id', 'string', 'id of the document the record belongs to (file stem#index)');
const line = field('line', 'integer', '1-based line in the original file');
const column = field('column', 'integer', '1-based column in the original file (UTF-16 code units)');

/**
 * The CSV files of the dataset. `datapackage.json` is generated from these same definitions,
 * so the description of a column can never drift from what is written.
 */
export const CSV_TABLES: CsvTable[] = [
  {
    name: 'documents',
    description: 'One row per document (a compilation has one per article).',
    fields: [
      field('file', 'string', 'input file name'), documentId,
      field('title', 'string', 'the document\'s title, Simplified'), field('title_original', 'string', 'the title as printed, when it differs'),
      line, field('end_line', 'integer', 'last line of the document'),
      field('issuer', 'string', '发文机关'), field('date', 'string', 'ISO date (YYYY-MM-DD or YYYY-MM)'), field('doc_number', 'string', '文号'),
      field('period', 'string', '十四五, 十五五, 2035 …'), field('region', 'string', 'region the plan governs'),
      field('draft', 'boolean', 'whether the text says it is a draft'), field('kind', 'string', '规划, 纲要, 实施方案 …'),
      field('outline_items', 'integer', 'number of outline items'), field('tables', 'integer', 'number of indicator tables'),
      field('targets', 'integer', 'number of targets in prose'), field('facts', 'integer', 'number of reported figures'),
    ],
    rows: (x) => x.documents.map((d) => ({
      file: x.source.name, document_id: d.id, title: d.title, title_original: d.original?.title ?? null, line: d.line, end_line: d.endLine,
      issuer: d.meta.issuer ?? null, date: d.meta.date ?? null, doc_number: d.meta.docNumber ?? null, period: d.meta.period ?? null,
      region: d.meta.region ?? null, draft: d.meta.draft ?? false, kind: d.meta.kind ?? null,
      outline_items: d.outline.length, tables: d.tables.length, targets: d.targets.length, facts: d.facts.length,
    })),
  },
  {
    name: 'outline',
    description: 'One row per heading or numbered item.',
    fields: [
      documentId, field('id', 'string', 'stable id: document id and path of markers'), field('parent_id', 'string', 'id of the enclosing item'),
      field('level', 'integer', 'depth, 1 outermost'), field('marker', 'string', 'numbering as printed ("" for an unnumbered heading)'),
      field('ordinal', 'integer', 'the marker\'s number'), field('title', 'string', 'heading text up to the first 。'),
      field('body', 'string', 'the item\'s own text up to the next item'), line, column,
    ],
    rows: (x) => x.documents.flatMap((d) => d.outline.map((o) => ({
      document_id: d.id, id: o.id, parent_id: o.parentId, level: o.level, marker: o.marker, ordinal: o.ordinal,
      title: o.title, body: o.body, line: o.line, column: o.column,
    }))),
  },
  {
    name: 'indicators',
    description: 'One row per value of an indicator table.',
    fields: [
      documentId, field('table_id', 'string', 'id of the table'), field('table_caption', 'string', 'caption of the table'),
      field('table_kind', 'string', 'baseline, target or mixed'), field('row_id', 'string', 'id of the row'),
      field('category', 'string', 'group cell of the row'), field('seq', 'integer', 'number printed before the name'),
      field('name', 'string', 'indicator name without unit'),
      field('parent', 'string', 'name of the row a 其中 sub-row is a part of'), field('unit', 'string', 'unit'), field('attribute', 'string', '约束性 / 预期性'),
      field('year', 'integer', 'year of the column'), field('scope', 'string', 'column group (region), when the table has one'),
      field('raw', 'string', 'the cell as printed'), field('value', 'number', 'the number in the cell'),
      field('comparator', 'string', '>, >=, <, <='), field('value_kind', 'string', 'baseline or target'), line, column,
    ],
    rows: (x) => x.documents.flatMap((d) => d.tables.flatMap((t) => t.rows.flatMap((r) => r.values.map((v) => ({
      document_id: d.id, table_id: t.id, table_caption: t.caption, table_kind: t.kind, row_id: r.id, category: r.category, seq: r.seq,
      name: r.name, parent: r.parent, unit: r.unit, attribute: r.attribute, year: v.year, scope: v.scope, raw: v.raw, value: v.value,
      comparator: v.comparator, value_kind: v.kind, line: v.line, column: v.column,
    }))))),
  },
  {
    name: 'targets',
    description: 'One row per quantified target written in prose.',
    fields: [
      documentId, field('id', 'string', 'stable id'), field('year', 'integer', 'year the target is set for'), field('name', 'string', 'indicator'),
      field('value', 'number', 'target value'), field('unit', 'string', 'unit'), field('comparator', 'string', '>, >=, <, <='),
      field('approx', 'boolean', '左右 / 约'), field('raw', 'string', 'the clause as printed'), line, column,
    ],
    rows: (x) => x.documents.flatMap((d) => d.targets.map((t) => ({
      document_id: d.id, id: t.id, year: t.year, name: t.name, value: t.value, unit: t.unit, comparator: t.comparator,
      approx: t.approx, raw: t.raw, line: t.line, column: t.column,
    }))),
  },
  {
    name: 'facts',
    description: 'One row per reported figure (a past result) in running text.',
    fields: [
      documentId, field('id', 'string', 'stable id'), field('year', 'integer', 'year the figure refers to'),
      field('period', 'string', 'period the figure covers'), field('name', 'string', 'what is counted'), field('value', 'number', 'the figure'),
      field('unit', 'string', 'unit'), field('raw', 'string', 'the clause as printed'), line, column,
    ],
    rows: (x) => x.documents.flatMap((d) => d.facts.map((f) => ({
      document_id: d.id, id: f.id, year: f.year, period: f.period, name: f.name, value: f.value, unit: f.unit, raw: f.raw, line: f.line, column: f.column,
    }))),
  },
  {
    name: 'diagnostics',
    description: 'One row per diagnostic: a problem with the input, placed in the original file.',
    fields: [
      field('file', 'string', 'input file name'), field('rule_id', 'string', 'rule id (see README)'),
      field('severity', 'string', 'error, warning or info'), field('message', 'string', 'what is wrong'), line, column,
    ],
    rows: (x) => diagnosticRows(x.source.name, x.diagnostics),
  },
];

/** Rows of `diagnostics.csv` for one file; also used for files that produced no extraction. */
export function diagnosticRows(fileName: string, diagnostics: Diagnostic[]): CsvRow[] {
  return diagnostics.map((g) => ({ file: fileName, rule_id: g.ruleId, severity: g.severity, message: g.message, line: g.line, column: g.column }));
}
