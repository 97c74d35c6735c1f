import Papa from 'papaparse';
import { z } from 'zod';
import { CSV_TABLES, type CsvRow, type CsvTable } from './csv-tables.ts';
import { FileExtraction } from './schema.ts';
import { Manifest } from './manifest.ts';

/**
 * Pure renderers of the dataset's files: each returns the text to write, so that the writer in
 * scripts/ only moves bytes and the same input always gives the same bytes.
 */

/** A file's JSON: two-space indented, keys in schema order, newline at the end. */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The header line of a CSV file (RFC 4180 quoting by papaparse, LF line ends). */
export function renderCsvHeader(table: CsvTable): string {
  return `${Papa.unparse([table.fields.map((f) => f.name)], { newline: '\n' })}\n`;
}

/** Rows of a CSV file, in the table's column order; nulls are empty cells. Empty string for no rows. */
export function renderCsvRows(table: CsvTable, rows: CsvRow[]): string {
  if (rows.length === 0) return '';
  const columns = table.fields.map((f) => f.name);
  const data = rows.map((row) => columns.map((name) => row[name] ?? null));
  return `${Papa.unparse(data, { newline: '\n', header: false })}\n`;
}

/** `datapackage.json`: a Frictionless Data Package describing every CSV file of the dataset. */
export function renderDataPackage(): string {
  return renderJson({
    profile: 'tabular-data-package',
    name: 'plan-extract-dataset',
    title: 'Records extracted from Chinese government plan documents',
    resources: CSV_TABLES.map((table) => ({
      profile: 'tabular-data-resource',
      name: table.name,
      path: `${table.name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: table.description,
      dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\n', header: true },
      schema: {
        fields: table.fields.map((f) => ({ name: f.name, type: f.type, description: f.description })),
        missingValues: [''],
      },
    })),
  });
}

/** JSON Schemas generated from the zod schemas, by file name under `schema/`. */
export function renderJsonSchemas(): Record<string, string> {
  return {
    'extraction.schema.json': renderJson(z.toJSONSchema(FileExtraction, { target: 'draft-2020-12' })),
    'manifest.schema.json': renderJson(z.toJSONSchema(Manifest, { target: 'draft-2020-12' })),
  };
}
