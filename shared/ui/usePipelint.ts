/**
 * The panel's state and actions: lint, apply a fix, undo, select. Components only render what
 * this returns and call its actions; all host calls go through here so errors are caught once.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { lint, loadConfig, type ConfigProblem, type LintResult, type ResolvedConfig } from '../index';
import { applyFix, applyFixes, readChanged, type SpreadsheetHost } from '../host';
import type { CellEdit, CellLocation, QuickFix, WorkbookSnapshot } from '../ground/types';
import { cellLocation } from '../ground/address';
import { settingsSheetRows, type SheetSettings } from '../sheets/kinds/settings';
import { STRINGS } from './strings';
import { highlightMarks } from './model';

export interface LintRun {
  result: LintResult;
  /** When it ran, for the status line. */
  at: Date;
  /** The config the lint ran with (the settings sheet's included): summaries follow it. */
  config: ResolvedConfig;
  /** Reading plus linting, as the person waited for it. */
  ms: number;
  sheetOrder: string[];
}

/** The one message bar under the toolbar: what the last action did, and how to take it back. */
export type Notice =
  | { kind: 'applied'; text: string }
  | { kind: 'undone'; text: string }
  | { kind: 'stale'; cells: CellLocation[] }
  | { kind: 'formula'; cells: CellLocation[] }
  | { kind: 'error'; title: string; message: string };

/** One change the pane made, and the edits that take it back. */
export interface UndoStep {
  text: string;
  edits: CellEdit[];
  /** Sheets the change added: undo removes them again once they are empty. */
  addedSheets?: string[];
}

export type ConfigState = { ok: true; config: ResolvedConfig } | { ok: false; problems: ConfigProblem[] };

export interface PipelintState {
  config: ConfigState;
  run?: LintRun;
  linting: boolean;
  /** A fix, undo or apply-all is being written; buttons that write wait for it. */
  writing: boolean;
  /** Why the last lint produced nothing: the host could not read, or (a bug) the core threw. */
  failure?: { during: 'read' | 'lint'; message: string };
  notice?: Notice;
  /** The changes the pane made, newest last, each undoable in turn until the pane closes. */
  undoStack: UndoStep[];
  /** Whether problem cells are marked in the grid; the marks follow every lint while on. */
  highlighting: boolean;
}

export interface PipelintActions {
  lint(): Promise<void>;
  applyOne(fix: QuickFix): Promise<void>;
  applyAll(fixes: QuickFix[]): Promise<void>;
  /** Takes back the newest change still on the undo stack. */
  undo(): Promise<void>;
  /** Writes the settings to the workbook's settings sheet (adding it if absent), then lints. */
  saveSettings(settings: SheetSettings, target: SettingsTarget): Promise<void>;
  /** Writes a change made in a form (a goal row, a move on the adoption board), undoably, then lints. */
  write(change: WorkbookChange): Promise<void>;
  select(location: CellLocation): Promise<void>;
  /** Marks problem cells in the grid now and after each lint, or removes exactly those marks. */
  setHighlighting(on: boolean): Promise<void>;
  dismissNotice(): void;
}

/**
 * A change the pane makes from one of its forms: the cells to write (each with what the form saw
 * there, so a cell changed meanwhile is never overwritten) and the sheets to add first.
 */
export interface WorkbookChange {
  /** What it did, for the notice and the undo stack: "Added goal row 12 to Goals". */
  text: string;
  edits: CellEdit[];
  addSheets?: string[];
}

/** Where the settings go: the workbook's settings sheet, or a new one, and how far the old one reached. */
export interface SettingsTarget {
  sheet: string;
  exists: boolean;
  /** The last row the sheet's settings use now: rows below the new ones up to it are cleared. */
  lastRow: number;
}

/** Columns the settings sheet uses: Stage, Kind, Max days, Probability, Required, Aliases. */
const SETTINGS_WIDTH = 6;

/** How long the workbook must sit still after an edit before it is linted again. */
export const LIVE_LINT_PAUSE_MS = 800;

/** Why a write was refused: a formula in a cell it would change, else a cell changed since the lint. */
function refusal(outcome: { stale: CellLocation[]; formulas: CellLocation[] }): Notice {
  return outcome.formulas.length
    ? { kind: 'formula', cells: outcome.formulas }
    : { kind: 'stale', cells: outcome.stale };
}

/** Only the message: a stack trace means nothing to a sales manager. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return text.split('\n')[0].trim() || STRINGS.unknownError;
}

/** Lets the spinner paint before the synchronous lint takes the thread; the timeout covers hidden panes, where frames never come. */
function yieldToPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    const timer = setTimeout(done, 50);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(done, 0);
    });
  });
}

export function usePipelint(host: SpreadsheetHost, rawConfig: unknown): [PipelintState, PipelintActions] {
  const config = useMemo<ConfigState>(() => loadConfig(rawConfig ?? {}), [rawConfig]);
  const [run, setRun] = useState<LintRun>();
  const [linting, setLinting] = useState(false);
  const [writing, setWriting] = useState(false);
  const [failure, setFailure] = useState<PipelintState['failure']>();
  const [notice, setNotice] = useState<Notice>();
  const [undoStack, setUndoStack] = useState<UndoStep[]>([]);
  const [highlighting, setHighlightingState] = useState(false);
  // The stack as the running action sees it: two quick undos must not both take the same step.
  const stack = useRef<UndoStep[]>([]);
  const pushUndo = useCallback((step: UndoStep) => {
    stack.current = [...stack.current, step];
    setUndoStack(stack.current);
  }, []);
  // A ref, not state: a second Ctrl+Enter in the same tick must see the first one's lint.
  const busy = useRef(false);
  // While the pane writes, the change events it causes are its own: it lints after writing anyway.
  const ownWrite = useRef(false);

  // The workbook as last read: a live lint re-reads only the sheets edited since.
  const lastRead = useRef<WorkbookSnapshot>();

  /** Lints the workbook; given the sheets edited since the last lint, re-reads only those where it can. */
  const relint = useCallback(
    async (changed?: ReadonlySet<string>) => {
      if (!config.ok) return;
      setLinting(true);
      const started = performance.now();
      let during: 'read' | 'lint' = 'read';
      try {
        const workbook = await readChanged(host, lastRead.current, changed);
        lastRead.current = workbook;
        during = 'lint';
        await yieldToPaint();
        const result = lint(workbook, config.config);
        setRun({
          result,
          at: new Date(),
          config: result.config,
          ms: performance.now() - started,
          sheetOrder: workbook.sheets.map((s) => s.name),
        });
        setFailure(undefined);
      } catch (error) {
        setFailure({ during, message: errorText(error) });
      } finally {
        setLinting(false);
      }
    },
    [host, config],
  );

  /** Runs one action at a time: a fix applied mid-lint would be judged against the wrong snapshot. */
  const exclusive = useCallback(async (action: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await action();
    } finally {
      busy.current = false;
    }
  }, []);

  const writeThenLint = useCallback(
    (write: () => Promise<Notice>) =>
      exclusive(async () => {
        setWriting(true);
        ownWrite.current = true;
        let notice: Notice;
        try {
          notice = await write();
        } catch (error) {
          notice = { kind: 'error', title: STRINGS.fixFailedTitle, message: errorText(error) };
        } finally {
          ownWrite.current = false;
          setWriting(false);
        }
        setNotice(notice);
        // After a refused fix the list stays as it was: the person chooses when to lint again,
        // rather than rows moving under the pointer.
        if (notice.kind !== 'stale' && notice.kind !== 'formula') await relint();
      }),
    [exclusive, relint],
  );

  /** Adds the sheets, then writes the cells as one batch of fresh, formula-free cells, undoably. */
  const writeChange = useCallback(
    async (change: WorkbookChange): Promise<Notice> => {
      for (const sheet of change.addSheets ?? []) await host.addSheet(sheet);
      const outcome = await applyFixes(host, [{ title: change.text, edits: change.edits }]);
      if (!outcome.applied.length) {
        for (const sheet of change.addSheets ?? []) await host.removeSheet?.(sheet);
        return refusal(outcome);
      }
      pushUndo({ text: change.text, edits: outcome.undo, addedSheets: change.addSheets });
      return { kind: 'applied', text: change.text };
    },
    [host, pushUndo],
  );

  const actions = useMemo<PipelintActions>(
    () => ({
      lint: () => exclusive(() => relint()),
      applyOne: (fix) =>
        writeThenLint(async () => {
          const outcome = await applyFix(host, fix);
          if (!outcome.applied) return refusal(outcome);
          const text = STRINGS.applied(fix.title);
          pushUndo({ text, edits: outcome.undo });
          return { kind: 'applied', text };
        }),
      // One read and one write for the whole batch, however many fixes.
      applyAll: (fixes) =>
        writeThenLint(async () => {
          const outcome = await applyFixes(host, fixes);
          if (!outcome.applied.length) return refusal(outcome);
          const left = new Set([...outcome.stale, ...outcome.formulas].map((c) => c.address)).size;
          const text = STRINGS.appliedMany(outcome.applied.length, left);
          pushUndo({ text, edits: outcome.undo });
          return { kind: 'applied', text };
        }),
      // Undo goes through the same freshness check, so it never overwrites a newer edit either; a
      // step that cannot be taken back stays on the stack for after the next lint.
      undo: () =>
        writeThenLint(async () => {
          const step = stack.current[stack.current.length - 1];
          if (!step) return { kind: 'stale', cells: [] };
          const outcome = await applyFix(host, { title: STRINGS.undo, edits: step.edits });
          if (!outcome.applied) return refusal(outcome);
          for (const sheet of step.addedSheets ?? []) await host.removeSheet?.(sheet);
          stack.current = stack.current.slice(0, -1);
          setUndoStack(stack.current);
          return { kind: 'undone', text: STRINGS.undoneStep(step.text) };
        }),
      saveSettings: (settings, target) =>
        writeThenLint(async () => {
          const rows = settingsSheetRows(settings);
          const locations: CellLocation[] = [];
          for (let r = 1; r <= Math.max(rows.length, target.lastRow); r++)
            for (let c = 1; c <= SETTINGS_WIDTH; c++) locations.push(cellLocation(target.sheet, r, c));
          const current = target.exists ? await host.readCells(locations) : [];
          const edits = locations
            .map((location, i) => ({
              location,
              value: rows[location.row - 1]?.[location.column - 1] ?? '',
              previous: current[i]?.value ?? null,
            }))
            .filter((e) => String(e.previous ?? '') !== String(e.value)) as CellEdit[];
          const text = STRINGS.settingsSaved(target.sheet);
          if (!edits.length) return { kind: 'applied', text };
          return writeChange({ text, edits, addSheets: target.exists ? [] : [target.sheet] });
        }),
      write: (change) => writeThenLint(() => writeChange(change)),
      select: async (location) => {
        try {
          await host.select(location);
        } catch (error) {
          setNotice({ kind: 'error', title: STRINGS.selectFailedTitle, message: errorText(error) });
        }
      },
      setHighlighting: async (on) => {
        setHighlightingState(on);
        if (on) return; // The effect below marks the cells of the current run.
        try {
          await host.clearHighlights?.();
        } catch (error) {
          setNotice({ kind: 'error', title: STRINGS.highlightFailedTitle, message: errorText(error) });
        }
      },
      dismissNotice: () => setNotice(undefined),
    }),
    [host, exclusive, relint, writeThenLint, writeChange],
  );

  // Marks follow the problems: each lint while highlighting is on replaces the marks of the last.
  useEffect(() => {
    if (!highlighting || !run || !host.highlight) return;
    host
      .highlight(highlightMarks(run.result.diagnostics))
      .catch((error: unknown) =>
        setNotice({ kind: 'error', title: STRINGS.highlightFailedTitle, message: errorText(error) }),
      );
  }, [host, run, highlighting]);

  // Live lint: after someone edits the workbook, lint again once the edits pause. The pane's own
  // writes lint again already; a change that arrives while it works is caught by the next pause.
  const hasRun = run !== undefined;
  useEffect(() => {
    if (!hasRun || !host.onChanged) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The sheets edited during the pause, re-read together when it ends.
    let pending = new Set<string>();
    const stop = host.onChanged((sheets) => {
      if (ownWrite.current) return;
      for (const sheet of sheets) pending.add(sheet);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const changed = pending;
        pending = new Set();
        void exclusive(() => relint(changed));
      }, LIVE_LINT_PAUSE_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [host, hasRun, exclusive, relint]);

  return [{ config, run, linting, writing, failure, notice, undoStack, highlighting }, actions];
}
