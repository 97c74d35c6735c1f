import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Every file below a folder, by relative path, with its text: two equal snapshots are byte-identical folders. */
export function snapshotFolder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const name = join(sub, entry.name);
      if (entry.isDirectory()) walk(name);
      else files.set(name, readFileSync(join(dir, name), 'utf8'));
    }
  };
  walk('');
  return files;
}

/** A new empty folder under the system's temporary folder. */
export function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), 'plan-extract-'));
}

/** A new temporary folder holding `files` (relative path → text), sub-folders made as needed. */
export function folderWith(files: Record<string, string>): string {
  const root = tempFolder();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
