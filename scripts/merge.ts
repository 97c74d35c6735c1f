import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Manifest } from '../dataset/manifest.ts';
import { compareStrings } from '../pipeline/compare.ts';
import { DatasetWriter } from './dataset-writer.ts';
import { exitOnSignals } from './exit-on-signals.ts';
import { SHARD_FILE, type ShardRecord } from './shard.ts';

const USAGE = `usage: npm run merge -- OUT_DIR SHARD_DIR…

Combines the outputs of \`npm run extract -- … --shard K/N\` (all N of them, in any order)
into OUT_DIR: the same dataset one run over all inputs writes. Exit 0 merged, 2 refused.`;

/** A shard's output folder, read. */
interface ShardOutput {
  dir: string;
  shard: ShardRecord;
  manifest: Manifest;
}

/**
 * The `merge` command: checks that the folders are the N shards of one batch, each once, then
 * writes their files in shard order: JSON files copied, CSV rows appended, one manifest.
 *
 * @example await run(['output', 'out-1', 'out-2']) // 0
 */
export async function run(argv: string[], log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<number> {
  const [out, ...dirs] = argv;
  if (!out || dirs.length === 0 || argv.includes('--help')) {
    log(USAGE);
    return argv.includes('--help') ? 0 : 2;
  }
  if (dirs.some((dir) => resolve(dir) === resolve(out))) {
    log(`OUT_DIR ${out} is also a shard folder; the merge would replace it: choose another`);
    return 2;
  }
  let shards: ShardOutput[];
  try {
    shards = checkShards(await Promise.all(dirs.map(readShard)));
  } catch (error) {
    log(`Cannot merge: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  let writer: DatasetWriter;
  try {
    writer = await DatasetWriter.open(out);
  } catch (error) {
    log(`Cannot write the output folder ${out}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  try {
    for (const shard of shards) await writer.addDataset(shard.dir, shard.manifest);
    const manifest = await writer.commit();
    log(`${shards.length} shards merged: ${manifest.totals.files} files → ${out}`);
    return 0;
  } catch (error) {
    await writer.abort();
    log(`Merge stopped, nothing written to ${out}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

async function readShard(dir: string): Promise<ShardOutput> {
  const readJson = async (name: string): Promise<unknown> => {
    try {
      return JSON.parse(await readFile(join(dir, name), 'utf8'));
    } catch (error) {
      throw new Error(`${dir} has no readable ${name}: is it the output of extract --shard? (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
  };
  const shard = await readJson(SHARD_FILE) as ShardRecord;
  const manifest = Manifest.safeParse(await readJson('manifest.json'));
  if (!manifest.success) throw new Error(`${dir}/manifest.json is not a plan-extract manifest`);
  return { dir, shard, manifest: manifest.data };
}

/**
 * The shards in order, once it is sure they are all N slices of the same batch: one of each
 * index, same N and batch size, files adding up to the batch, and paths in the one order of a
 * whole run (so the concatenation is that run's output).
 */
function checkShards(shards: ShardOutput[]): ShardOutput[] {
  const sorted = shards.toSorted((a, b) => a.shard.index - b.shard.index);
  const first = sorted[0]?.shard;
  if (!first) throw new Error('no shard folder given');
  const missing = [];
  for (let index = 1; index <= first.count; index++) {
    const found = sorted.filter((s) => s.shard.index === index && s.shard.count === first.count && s.shard.batchFiles === first.batchFiles);
    if (found.length > 1) throw new Error(`shard ${index}/${first.count} given twice (${found.map((s) => s.dir).join(', ')})`);
    if (found.length === 0) missing.push(`${index}/${first.count}`);
  }
  if (missing.length > 0) throw new Error(`missing shard ${missing.join(', ')} of the batch of ${first.batchFiles} files`);
  if (sorted.length !== first.count) throw new Error(`the folders are not the ${first.count} shards of one batch (shards of another N or batch among them)`);
  const paths = sorted.flatMap((s) => s.manifest.files.map((f) => f.path));
  if (paths.length !== first.batchFiles) throw new Error(`the shards hold ${paths.length} files, the batch had ${first.batchFiles}`);
  const outOfOrder = paths.findIndex((path, i) => i > 0 && compareStrings(paths[i - 1] ?? '', path) >= 0);
  if (outOfOrder !== -1) throw new Error(`the shards were not cut from the same list of inputs (${paths[outOfOrder]} out of order)`);
  return sorted;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  exitOnSignals();
  process.exitCode = await run(process.argv.slice(2));
}
