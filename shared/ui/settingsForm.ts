/**
 * The settings the pane edits and saves, as plain data: what the last lint used, what differs
 * from the defaults, where it is written. The Settings tab and the "Add to stages" fix share it.
 */
import type { StageConfig } from '../sheets/stages';
import { SETTINGS_SHEET, type SheetSettings } from '../sheets/kinds/settings';
import { stageList } from '../engine/engine';
import { LOCALE_TAG, formatDay, type DateOrder } from '../ground/values';
import { DEFAULT_LOCALE, localeDefaults } from '../engine/config';
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

/** How dates are read: as the locale implies, or day first or month first whatever the locale. */
export type DateOrderChoice = '' | DateOrder;

/** The fields of the form that are one value each, as typed: blank means "not set". */
export interface GeneralSettings {
  asOf: string;
  locale: string;
  dateOrder: DateOrderChoice;
}

/** What the settings sheet holds: the general settings, the stages, the rules set apart from their default. */
export function sheetSettings(
  general: GeneralSettings,
  stages: readonly StageConfig[],
  levels: ReadonlyMap<string, Level>,
): SheetSettings {
  return {
    asOf: general.asOf || undefined,
    locale: general.locale.trim() || undefined,
    dateOrder: general.dateOrder || undefined,
    stages,
    rules: RULES.map((r) => r.meta.id)
      .filter((id) => levels.get(id) !== DEFAULTS.get(id))
      .map((id) => [id, levels.get(id)!] as const),
  };
}

/**
 * The settings the last lint ran with, as the form starts them. The locale shows only when it is
 * not the default, and the date order only when it was set apart from what the locale implies:
 * saving an untouched form writes nothing the team did not choose.
 */
export function settingsOf(run: LintRun) {
  const { localeTag, dateOrder, dateOrderExplicit } = run.config;
  const general: GeneralSettings = {
    asOf: formatDay(run.config.asOf),
    locale: localeTag === DEFAULT_LOCALE ? '' : localeTag,
    dateOrder: dateOrderExplicit && dateOrder !== localeDefaults(localeTag).dateOrder ? dateOrder : '',
  };
  return { general, stages: stageList(run.result.model.stages), levels: ruleLevels(run) };
}

/** Whether a locale typed in the form is a tag the settings sheet will accept (blank is: it means the default). */
export function validLocale(text: string): boolean {
  return text.trim() === '' || LOCALE_TAG.test(text.trim());
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
  return sheetSettings(now.general, withStage(now.stages, name), now.levels);
}
