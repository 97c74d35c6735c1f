import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../pipeline/rules.ts';
import { CSV_TABLES } from '../dataset/csv-tables.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('explains every diagnostic rule id', () => {
    for (const id of Object.keys(RULES)) expect(readme, id).toContain(`| \`${id}\` |`);
  });

  it('describes every column of every CSV file', () => {
    for (const table of CSV_TABLES) {
      const section = readme.slice(readme.indexOf(`**${table.name}.csv**`));
      for (const field of table.fields) expect(section, `${table.name}.${field.name}`).toContain(`\`${field.name}\``);
    }
  });

  it('gives the two set-up commands', () => {
    expect(readme).toContain('npm install && npm run extract');
    expect(readme).toContain('npm install && npm test');
  });
});
