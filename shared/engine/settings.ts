import { closestKey } from '../ground/suggest';
import { SEVERITIES, type Severity } from '../ground/types';
import type { SettingsTable } from '../sheets/kinds/settings';
import { localeDefaults, type ResolvedConfig, type RuleDeclaration, type RuleSetting } from './config';

/**
 * The workbook's settings sheet over the config: what the whole team keeps in the workbook wins
 * over a config file, as ESLint's comments in a file win over its config files; only the command
 * line's `--as-of` wins over the sheet's "As of". Values the sheet gets wrong are left out and
 * recorded on its table, for `workbook/invalid-setting` to report at their cells.
 */
export function withWorkbookSettings(
  config: ResolvedConfig,
  tables: readonly SettingsTable[],
  registry?: readonly RuleDeclaration[],
): ResolvedConfig {
  if (tables.length === 0) return config;
  const merged: ResolvedConfig = { ...config, rules: new Map(config.rules) };
  // The first sheet to set a value decides it; later sheets fill in what it leaves.
  for (const table of [...tables].reverse()) {
    if (table.locale) {
      const implied = localeDefaults(table.locale.value);
      Object.assign(merged, {
        localeTag: table.locale.value,
        ...implied,
        dateOrderExplicit: true,
        decimalExplicit: true,
      });
    }
    if (table.dateOrder) Object.assign(merged, { dateOrder: table.dateOrder.value, dateOrderExplicit: true });
    if (table.decimal) Object.assign(merged, { decimal: table.decimal.value, decimalExplicit: true });
    if (table.asOf && !config.asOfLocked) merged.asOf = table.asOf.value;
    if (table.stages.length) applyStages(merged, table);
    if (registry) for (const rule of table.rules) applyRule(merged, table, rule, registry);
  }
  return merged;
}

function applyStages(config: ResolvedConfig, table: SettingsTable) {
  if (!table.stages.some((s) => s.stage.closed === 'won')) {
    table.problems.push({
      location: table.stagesAt!,
      message:
        'The stage list marks no stage won, so no deal could ever be won; set Kind to won on the stage that counts as a win. The list is not used',
    });
    return;
  }
  config.stages = table.stages.map((s) => s.stage);
}

/** The words a Severity cell may hold; "warn" as ESLint users write it. */
const SEVERITY_WORDS: Record<string, Severity | 'off'> = {
  ...Object.fromEntries([...SEVERITIES, 'off'].map((s) => [s, s])),
  warn: 'warning',
  err: 'error',
  information: 'info',
  disabled: 'off',
  none: 'off',
};

function applyRule(
  config: ResolvedConfig,
  table: SettingsTable,
  row: SettingsTable['rules'][number],
  registry: readonly RuleDeclaration[],
) {
  const rule = registry.find((r) => r.meta.id === row.id);
  if (!rule) {
    const guess = closestKey(
      row.id,
      registry.map((r) => r.meta.id),
    );
    table.problems.push({
      location: row.idAt,
      message: `"${row.id}" is not a Pipelint rule${guess ? `; did you mean "${guess}"?` : ''}`,
    });
    return;
  }
  const severity = SEVERITY_WORDS[row.severity];
  if (!severity) {
    table.problems.push({
      location: row.location,
      message: `Severity "${row.severity}" of ${row.id} is not one of off, hint, info, warning, error`,
    });
    return;
  }
  if (severity === 'off') {
    config.rules.delete(row.id);
    return;
  }
  const options = config.rules.get(row.id)?.options ?? rule.meta.options.parse(undefined);
  config.rules.set(row.id, { severity, options } satisfies RuleSetting);
}
