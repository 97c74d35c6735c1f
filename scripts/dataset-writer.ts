import { createReadStream, createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { access, copyFile, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, join, resolve } from 'node:path';
import { CSV_TABLES } from '../dataset/csv-tables.ts';
import { buildManifest, type Manifest, type ManifestEntry } from '../dataset/manifest.ts';
import { renderCsvHeader, renderDataPackage, renderJson, renderJsonSchemas } from '../dataset/render.ts';
import type { RenderedFile } from '../dataset/render-file.ts';

/**
 * Writes a dataset whole or not at all. Everything goes to a staging folder beside the output
 * folder; `commit()` swaps it in with renames, so an interrupted run leaves the previous dataset
 * untouched. Results must be added in input order; each file's JSON and CSV rows are written as
 * soon as it is added, so memory does not grow with the number of files.
 */
export class DatasetWriter {
  readonly #target: string;
  readonly #staging: string;
  readonly #csv = new Map<string, WriteStream>();
  readonly #entries: ManifestEntry[] = [];
  /** Drops the staging folder if the process exits before commit or abort (a signal, a crash). */
  readonly #dropOnExit = () => rmSync(this.#staging, { recursive: true, force: true });

  private constructor(target: string, staging: string) {
    this.#target = target;
    this.#staging = staging;
  }

  /** Opens a writer for the output folder `outDir` (created if missing). */
  static async open(outDir: string): Promise<DatasetWriter> {
    const target = resolve(outDir);
    await refuseForeignFolder(target);
    const staging = join(dirname(target), `.${basename(target)}.tmp-${process.pid}`);
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    const writer = new DatasetWriter(target, staging);
    process.on('exit', writer.#dropOnExit);
    for (const table of CSV_TABLES) {
      const stream = createWriteStream(join(staging, `${table.name}.csv`), { encoding: 'utf8' });
      writer.#csv.set(table.name, stream);
      await writer.#write(stream, renderCsvHeader(table));
    }
    return writer;
  }

  /** Adds one file: its JSON file, its CSV rows and its manifest entry. */
  async add(file: RenderedFile): Promise<void> {
    this.#entries.push(file.entry);
    if (file.json !== null && file.entry.output) await writeFile(join(this.#staging, file.entry.output), file.json);
    for (const table of CSV_TABLES) await this.#write(this.#stream(table.name), file.csv[table.name] ?? '');
  }

  /**
   * Adds a whole dataset written before (a shard's output folder `dir`, with its manifest
   * already read): copies its JSON files and appends its CSV rows, streamed, under our headers.
   * Datasets must be added in input order, like results.
   */
  async addDataset(dir: string, manifest: Manifest): Promise<void> {
    this.#entries.push(...manifest.files);
    for (const entry of manifest.files) {
      if (entry.output) await copyFile(join(dir, entry.output), join(this.#staging, entry.output));
    }
    for (const table of CSV_TABLES) await this.#appendCsvBody(join(dir, `${table.name}.csv`), this.#stream(table.name), renderCsvHeader(table));
  }

  /**
   * Writes manifest, data package and schemas, and any `extra` files (name → text), then swaps
   * the staging folder in.
   */
  async commit(extra: Record<string, string> = {}): Promise<Manifest> {
    await this.#closeStreams();
    const manifest = buildManifest(this.#entries);
    await writeFile(join(this.#staging, 'manifest.json'), renderJson(manifest));
    for (const [name, text] of Object.entries(extra)) await writeFile(join(this.#staging, name), text);
    await writeFile(join(this.#staging, 'datapackage.json'), renderDataPackage());
    await mkdir(join(this.#staging, 'schema'));
    for (const [name, text] of Object.entries(renderJsonSchemas())) await writeFile(join(this.#staging, 'schema', name), text);
    const previous = `${this.#staging}-previous`;
    await rm(previous, { recursive: true, force: true });
    // From here the staging folder is the new dataset: an exit between the two renames must
    // leave it (and the previous one) on disk, not drop it.
    process.off('exit', this.#dropOnExit);
    await rename(this.#target, previous).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(this.#staging, this.#target);
    await rm(previous, { recursive: true, force: true });
    return manifest;
  }

  /** Drops everything written so far; the previous dataset stays as it was. */
  async abort(): Promise<void> {
    await this.#closeStreams().catch(() => undefined);
    await rm(this.#staging, { recursive: true, force: true });
    process.off('exit', this.#dropOnExit);
  }

  #stream(name: string): WriteStream {
    const stream = this.#csv.get(name);
    if (!stream) throw new Error(`No CSV stream named ${name}`);
    return stream;
  }

  /** Writes a chunk, waiting for the stream to drain when its buffer is full. */
  async #write(stream: WriteStream, text: string): Promise<void> {
    if (text !== '' && !stream.write(text)) await once(stream, 'drain');
  }

  /** Appends the rows of a CSV file after checking that its header is `header`. */
  async #appendCsvBody(path: string, stream: WriteStream, header: string): Promise<void> {
    let head = '';
    let inBody = false;
    for await (const chunk of createReadStream(path, { encoding: 'utf8' }) as AsyncIterable<string>) {
      if (inBody) {
        await this.#write(stream, chunk);
        continue;
      }
      head += chunk;
      if (head.length < header.length) continue;
      if (!head.startsWith(header)) throw new Error(`${path} does not start with the header ${header.trimEnd()}: written by another version?`);
      inBody = true;
      await this.#write(stream, head.slice(header.length));
    }
    if (!inBody) throw new Error(`${path} does not start with the header ${header.trimEnd()}: written by another version?`);
  }

  async #closeStreams(): Promise<void> {
    await Promise.all([...this.#csv.values()].map((stream) => new Promise<void>((done, fail) => {
      if (stream.closed) return done();
      stream.once('error', fail);
      stream.end(() => done());
    })));
  }
}

/**
 * The output folder is replaced whole, so it must be a dataset this tool wrote (it has a
 * manifest.json), empty, or missing: `--out corpus` by mistake must not delete the plans.
 */
async function refuseForeignFolder(target: string): Promise<void> {
  const entries = await readdir(target).catch(() => []);
  if (entries.length === 0) return;
  const isDataset = await access(join(target, 'manifest.json')).then(() => true, () => false);
  if (!isDataset) throw new Error(`${target} holds files that are not a plan-extract dataset (no manifest.json); choose an empty or new folder`);
}
