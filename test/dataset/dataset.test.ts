import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileExtraction } from '../../dataset/schema.ts';
import { Manifest } from '../../dataset/manifest.ts';
import { run } from '../../scripts/extract.ts';
import { CORPUS, SEED } from '../seeds.ts';
import { expectSoundExtraction } from '../invariants.ts';
import { snapshotFolder } from '../folders.ts';

const quiet = () => undefined;

describe('the dataset written by extract', () => {
  let out: string;
  beforeAll(async () => {
    out = join(mkdtempSync(join(tmpdir(), 'plan-extract-')), 'out');
    expect(await run([CORPUS, '--out', out, '--quiet'], quiet)).toBe(0);
  });

  it('has one JSON file per plan that validates against its schema', () => {
    for (const stem of Object.values(SEED)) {
      const json = JSON.parse(readFileSync(join(out, `${stem}.json`), 'utf8'));
      expectSoundExtraction(json, readFileSync(join(CORPUS, `${stem}.txt`), 'utf8'));
      expect(FileExtraction.parse(json).source.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('has a manifest listing every input with its status and counts', () => {
    const manifest = Manifest.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
    expect(manifest.files.map((f) => f.output)).toEqual(Object.values(SEED).map((stem) => `${stem}.json`));
    expect(manifest.totals).toMatchObject({ files: 5, ok: 5, failed: 0, skipped: 0 });
  });

  it('has CSV files that read back with the columns and types datapackage.json declares', () => {
    const dataPackage = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    expect(dataPackage.profile).toBe('tabular-data-package');
    expect(dataPackage.resources.length).toBeGreaterThanOrEqual(6);
    for (const resource of dataPackage.resources) {
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/);
      const parsed = Papa.parse<Record<string, string>>(readFileSync(join(out, resource.path), 'utf8'), { header: true, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      const fields: Array<{ name: string; type: string }> = resource.schema.fields;
      expect(parsed.meta.fields).toEqual(fields.map((f) => f.name));
      for (const row of parsed.data) {
        for (const { name, type } of fields) {
          const cell = row[name] ?? '';
          if (cell === '') continue;
          if (type === 'integer') expect(cell, `${resource.name}.${name}`).toMatch(/^-?\d+$/);
          if (type === 'number') expect(Number.isFinite(Number(cell)), `${resource.name}.${name}`).toBe(true);
          if (type === 'boolean') expect(['true', 'false']).toContain(cell);
        }
      }
    }
    const documents = Papa.parse<Record<string, string>>(readFileSync(join(out, 'documents.csv'), 'utf8'), { header: true, skipEmptyLines: true });
    expect(documents.data.map((row) => row.file)).toContain(`${SEED.minle}.txt`);
  });

  it('has JSON Schemas generated from the zod schemas', () => {
    const schema = JSON.parse(readFileSync(join(out, 'schema', 'extraction.schema.json'), 'utf8'));
    expect(schema.$schema).toContain('2020-12');
    expect(Object.keys(schema.properties)).toEqual(['source', 'documents', 'toc', 'boilerplate', 'diagnostics']);
  });

  it('is byte-identical when extracted again', async () => {
    const again = join(mkdtempSync(join(tmpdir(), 'plan-extract-')), 'out');
    expect(await run([CORPUS, '--out', again, '--quiet'], quiet)).toBe(0);
    expect(snapshotFolder(again)).toEqual(snapshotFolder(out));
  });
});

describe('a batch with bad files', () => {
  it('reports each bad file, extracts the others and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-in-'));
    mkdirSync(join(dir, 'plans'));
    copyFileSync(join(CORPUS, `${SEED.minle}.txt`), join(dir, 'plans', 'good.txt'));
    writeFileSync(join(dir, 'plans', 'empty.txt'), '');
    writeFileSync(join(dir, 'plans', 'scan.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 0xff, 0x00]));
    const lines: string[] = [];
    const out = join(dir, 'out');
    expect(await run([join(dir, 'plans'), join(dir, 'plans', 'missing.txt'), '--out', out], (line) => lines.push(line))).toBe(1);
    const manifest = Manifest.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
    const status = Object.fromEntries(manifest.files.map((f) => [f.path.split('/').pop(), [f.status, f.ruleId]]));
    expect(status).toEqual({
      'empty.txt': ['skipped', 'read:empty'],
      'good.txt': ['ok', null],
      'missing.txt': ['failed', 'read:unreadable'],
      'scan.pdf': ['failed', 'read:binary'],
    });
    expect(lines.some((line) => line.includes('scan.pdf:1:1 error') && line.endsWith('read:binary'))).toBe(true);
    const diagnostics = readFileSync(join(out, 'diagnostics.csv'), 'utf8');
    expect(diagnostics).toContain('empty.txt,read:empty,error');
  });

  it('leaves the previous dataset untouched when the output folder cannot be used', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-in-'));
    writeFileSync(join(dir, 'notes.txt'), 'not a dataset');
    const lines: string[] = [];
    expect(await run([CORPUS, '--out', dir], (line) => lines.push(line))).toBe(2);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    expect(lines.join('\n')).toContain('not a plan-extract dataset');
  });
});
