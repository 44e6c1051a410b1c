/**
 * The settings the pane edits and saves, as plain data: what the last lint used, what differs
 * from the defaults, where it is written. The Settings tab and the "Add to stages" fix share it.
 */
import type { StageConfig } from '../sheets/stages';
import { SETTINGS_SHEET, type SheetSettings } from '../sheets/kinds/settings';
import { stageList } from '../engine/engine';
import { formatDay } from '../ground/values';
import { RULES } from '../rules';
import type { LintRun, SettingsTarget } from './usePipelint';

export type Level = 'off' | 'hint' | 'info' | 'warning' | 'error';
export const LEVELS: readonly Level[] = ['off', 'hint', 'info', 'warning', 'error'];
const DEFAULTS = new Map(RULES.map((r) => [r.meta.id, r.meta.defaultSeverity as Level]));

/** Each rule's level in the last lint: its severity, or off. */
export function ruleLevels(run: LintRun): Map<string, Level> {
  return new Map(
    RULES.map((r) => [r.meta.id, (run.config.rules.get(r.meta.id)?.severity ?? 'off') as Level]),
  );
}

/** What the settings sheet holds: the as-of day, the stages, the rules set apart from their default. */
export function sheetSettings(
  asOf: string,
  stages: readonly StageConfig[],
  levels: ReadonlyMap<string, Level>,
): SheetSettings {
  return {
    asOf: asOf || undefined,
    stages,
    rules: RULES.map((r) => r.meta.id)
      .filter((id) => levels.get(id) !== DEFAULTS.get(id))
      .map((id) => [id, levels.get(id)!] as const),
  };
}

/** The settings the last lint ran with, as the form starts them. */
export function settingsOf(run: LintRun) {
  return {
    asOf: formatDay(run.config.asOf),
    stages: stageList(run.result.model.stages),
    levels: ruleLevels(run),
  };
}

/** The workbook's settings sheet, or the one to add, and how far its settings reach now. */
export function settingsTarget(run: LintRun): SettingsTarget {
  const existing = run.result.model.tables('settings')[0];
  return existing
    ? { sheet: existing.sheet, exists: true, lastRow: Math.max(0, ...existing.rows.map((r) => r.row)) }
    : { sheet: SETTINGS_SHEET, exists: false, lastRow: 0 };
}

/** The stages with a new open one, after the open ones and before won and lost. */
export function withStage(stages: readonly StageConfig[], name: string): StageConfig[] {
  return [...stages.filter((s) => !s.closed), { name }, ...stages.filter((s) => s.closed)];
}

/** The last lint's settings with one more stage: what "Add to stages" saves. */
export function addingStage(run: LintRun, name: string): SheetSettings {
  const now = settingsOf(run);
  return sheetSettings(now.asOf, withStage(now.stages, name), now.levels);
}
