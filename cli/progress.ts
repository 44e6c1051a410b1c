/** A progress bar on stderr for big inputs, so the report on stdout stays clean. */
import cliProgress from 'cli-progress';

/** Below this many rows a lint takes well under a second and a bar would only flicker. */
export const PROGRESS_MIN_ROWS = 50_000;

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const NONE: Progress = { update() {}, stop() {} };

export function rowCount(sheets: readonly { values: readonly unknown[] }[]): number {
  return sheets.reduce((n, s) => n + s.values.length, 0);
}

/** A bar for one input when stderr is a terminal and the input is big; otherwise nothing. */
export function startProgress(
  stream: NodeJS.WritableStream,
  isTTY: boolean,
  label: string,
  rows: number,
): Progress {
  if (!isTTY || rows <= PROGRESS_MIN_ROWS) return NONE;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} [{bar}] {percentage}% | {value}/{total} rows`,
      clearOnComplete: true,
      hideCursor: true,
      formatValue: (v, _options, type) =>
        type === 'value' || type === 'total' ? v.toLocaleString('en-US') : String(v),
    },
    cliProgress.Presets.shades_classic,
  );
  // Shown at once, sized by the rows read: the engine reports only every few thousand deals, with its own count.
  bar.start(rows, 0);
  return {
    update(done, total) {
      bar.setTotal(total);
      bar.update(done);
    },
    stop: () => bar.stop(),
  };
}
