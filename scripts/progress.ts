/** Where a progress bar is drawn: a terminal's stream (stderr when it is a TTY). */
export interface Terminal {
  write(text: string): unknown;
  columns?: number;
}

/** Tells how a batch goes while it runs. */
export interface Progress {
  /** One more file is done. */
  advance(): void;
  /** Prints a line (a diagnostic) without garbling the bar. */
  log(line: string): void;
  /** The batch is over: the bar is finished with a line end. */
  finish(): void;
}

/** What a progress report is for and where it goes. */
export interface ProgressOptions {
  total: number;
  /** Draw a bar here; without it, progress is told in plain lines through `log`. */
  terminal?: Terminal | undefined;
  log: (line: string) => void;
  /** Milliseconds since some fixed time; injectable for tests. */
  now?: () => number;
}

/** How often the bar is redrawn at most, so that drawing costs nothing next to extracting. */
const REDRAW_MS = 100;

/**
 * A progress report for a batch of `total` files: a bar redrawn in place on a terminal, plain
 * lines at every tenth of the batch otherwise (logs, CI), so a pipe gets a few lines, not one
 * per file.
 *
 * @example const progress = createProgress({total: 2000, terminal: process.stderr, log}); progress.advance();
 */
export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const started = now();
  let done = 0;
  let drawn = -Infinity;
  const { terminal, total } = options;
  if (!terminal) {
    return {
      advance() {
        done++;
        const tenth = Math.max(1, Math.ceil(total / 10));
        if (done % tenth === 0 || done === total) options.log(describeProgress(done, total, now() - started));
      },
      log: options.log,
      finish: () => undefined,
    };
  }
  const draw = () => {
    drawn = now();
    terminal.write(`\r\u001b[K${progressBar(done, total, drawn - started, terminal.columns || 80)}`);
  };
  return {
    advance() {
      done++;
      if (done === total || now() - drawn >= REDRAW_MS) draw();
    },
    log(line) {
      terminal.write(`\r\u001b[K${line}\n`);
      draw();
    },
    finish() {
      draw();
      terminal.write('\n');
    },
  };
}

/**
 * The progress as words: files done of total, rate and estimated time left.
 *
 * @example describeProgress(500, 2000, 10_000) // '500/2000 files (25%), 50.0 files/s, ETA 0:30'
 */
export function describeProgress(done: number, total: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const percent = total > 0 ? Math.floor((done * 100) / total) : 100;
  const eta = rate > 0 ? formatDuration((total - done) / rate) : '?';
  return `${done}/${total} files (${percent}%), ${rate.toFixed(1)} files/s, ETA ${eta}`;
}

/** A bar of `#` and `-` before the words, fitted to the terminal's width. */
function progressBar(done: number, total: number, elapsedMs: number, columns: number): string {
  const words = describeProgress(done, total, elapsedMs);
  const width = Math.max(10, Math.min(40, columns - words.length - 4));
  const filled = total > 0 ? Math.round((done / total) * width) : width;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${words}`;
}

/** Seconds as m:ss (or h:mm:ss). */
function formatDuration(seconds: number): string {
  const whole = Math.ceil(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
