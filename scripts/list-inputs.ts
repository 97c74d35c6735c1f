import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { stemOf } from '../pipeline/extract-file.ts';
import { compareStrings } from '../pipeline/compare.ts';

/** An input file and the unique stem its outputs are named by. */
export interface InputFile {
  path: string;
  stem: string;
}

/**
 * Lists the files to extract: files given directly, and every file below a given folder
 * (hidden files and folders excluded), sorted by path so that every run sees the same order.
 * Two files with the same stem (a/x.txt, b/x.txt) get `x` and `x~2`, so neither overwrites the
 * other. A path that does not exist is listed anyway: it is reported as unreadable. Folders in
 * `skip` (the output folder, when it lies among the inputs) are not walked, so a run does not
 * read the previous run's dataset as plans.
 */
export async function listInputs(paths: string[], skip: string[] = []): Promise<InputFile[]> {
  const files: string[] = [];
  const visited = new Set(await Promise.all(skip.map((dir) => realpath(dir).catch(() => resolve(dir)))));
  for (const path of paths) files.push(...await walk(path, visited));
  const unique = [...new Set(files)].toSorted(compareStrings);
  const seen = new Map<string, number>();
  return unique.map((path) => {
    const base = stemOf(path);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { path, stem: count === 1 ? base : `${base}~${count}` };
  });
}

/**
 * The files below `path`. Symbolic links to folders are followed (plans are often gathered by
 * linking folders together), each real folder once, so a link back up the tree ends the walk
 * instead of listing the same files again and again.
 */
async function walk(path: string, visited: Set<string>): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) return [path];
  const real = await realpath(path);
  if (visited.has(real)) return [];
  visited.add(real);
  // In name order: which of two links to one folder is followed must not depend on the disk's order.
  const entries = (await readdir(path, { withFileTypes: true })).toSorted((a, b) => compareStrings(a.name, b.name));
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const child = join(path, entry.name);
    found.push(...(entry.isDirectory() || entry.isSymbolicLink() ? await walk(child, visited) : [child]));
  }
  return found;
}
