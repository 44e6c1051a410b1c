import { z } from 'zod';
import { SEVERITIES, type Severity } from '../ground/types';
import { PIPELINE_FIELDS } from '../sheets/kinds/pipeline';
import { KIND_IDS, SHEET_KINDS, type KindId } from '../sheets/registry';
import type { SheetKind } from '../sheets/kind';
import type { StageConfig } from '../sheets/stages';
import {
  LOCALE_TAG,
  dayFromDate,
  type DateOrder,
  type DayNumber,
  type DecimalSeparator,
} from '../ground/values';
import { closestKey } from '../ground/suggest';
import { parseISO } from 'date-fns';

/** The config file, like an .eslintrc: every key optional, unknown keys refused. */
const severitySetting = z.enum(['off', ...SEVERITIES]);
const ruleSetting = z.union([severitySetting, z.tuple([severitySetting]).rest(z.unknown())]);

const stageSchema = z.strictObject({
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).optional(),
  maxDays: z.number().int().positive().optional(),
  probability: z.number().min(0).max(1).optional(),
  closed: z.enum(['won', 'lost']).optional(),
  required: z.boolean().optional(),
});

/** The locale assumed when none is set. */
export const DEFAULT_LOCALE = 'en-US';

const localeSchema = z.union([
  z.string().regex(LOCALE_TAG, 'expected a locale tag such as "en-US" or "de-DE"'),
  z.strictObject({
    tag: z.string().optional(),
    dateOrder: z.enum(['MDY', 'DMY']).optional(),
    decimal: z.enum(['.', ',']).optional(),
  }),
]);

const pinSchema = z.string().trim().min(1);

export const configSchema = z.strictObject({
  $schema: z.string().optional().describe('Path or URL of pipelint.schema.json, for editor completion.'),
  asOf: z.iso
    .date('expected a real date as YYYY-MM-DD')
    .optional()
    .describe('The day the pipeline is judged on, as YYYY-MM-DD. Default: today. `--as-of` overrides it.'),
  locale: localeSchema
    .optional()
    .describe(
      'How text dates and amounts are written: a tag such as "en-US" or "de-DE", or {tag, dateOrder: "MDY" | "DMY", decimal: "." | ","}. Default: en-US.',
    ),
  stages: z
    .array(stageSchema)
    .min(1)
    .refine((stages) => stages.some((s) => s.closed === 'won'), 'mark at least one stage "closed": "won"')
    .optional()
    .describe(
      'The pipeline stages in order, each {name, aliases?, maxDays?, probability?, closed?: "won" | "lost", required?: true when every deal must pass through it}. Default: the usual stage names, without limits.',
    ),
  columns: z
    .record(z.string(), z.union([pinSchema, z.record(z.string(), pinSchema)]))
    .optional()
    .describe(
      'Pins a field to a column by header text or letter. A pipeline field, or a field of another sheet kind, directly: ' +
        '{"amount": "TCV", "owner": "C", "goal": "Title"}; or per sheet kind: {"goals": {"owner": "Employee"}}. ' +
        `Pipeline fields: ${PIPELINE_FIELDS.join(', ')}.`,
    ),
  sheets: z
    .record(z.string(), z.enum([...KIND_IDS, 'ignore']))
    .optional()
    .describe(`Pins a sheet's role by name: ${[...KIND_IDS, 'ignore'].join(', ')}.`),
  rules: z
    .record(z.string(), ruleSetting)
    .optional()
    .describe('Per rule id: "off" | "info" | "warning" | "error" | "hint", or [severity, options].'),
});

export type PipelintConfig = z.input<typeof configSchema>;

export interface RuleSetting {
  severity: Severity;
  options: unknown;
}

export interface ResolvedConfig {
  asOf: DayNumber;
  localeTag: string;
  dateOrder: DateOrder;
  /** False when the date order is only the default guess, so an ambiguous column deserves a word. */
  dateOrderExplicit: boolean;
  decimal: DecimalSeparator;
  /** False when the decimal sign is only the default guess. */
  decimalExplicit: boolean;
  stages?: StageConfig[];
  /** Set when the as-of day came from the command line: a settings sheet's "As of" does not replace it. */
  asOfLocked?: boolean;
  /** Pinned columns per sheet kind: field → a header text or a column letter. */
  columns: ColumnPins;
  sheets: Record<string, KindId | 'ignore'>;
  /** Enabled rules only. */
  rules: Map<string, RuleSetting>;
}

/** Per sheet kind, its fields pinned to a header text or a column letter. */
export type ColumnPins = Readonly<Partial<Record<KindId, Readonly<Partial<Record<string, string>>>>>>;

export interface ConfigProblem {
  /** Dotted path of the offending key, e.g. `rules.pipeline/stalled-deal`. */
  path: string;
  message: string;
}

export type ConfigResult = { ok: true; config: ResolvedConfig } | { ok: false; problems: ConfigProblem[] };

const MONTH_FIRST_REGIONS = new Set(['US', 'PH', 'FM', 'MH', 'PW']);
const DECIMAL_COMMA_LANGUAGES = new Set(
  'de fr es it nl pt ru pl sv da fi nb nn no cs sk tr el hu ro id uk bg hr sl sr lt lv et vi'.split(' '),
);

/** Date order and decimal sign a locale tag implies; the few month-first regions are listed. */
export function localeDefaults(tag: string): { dateOrder: DateOrder; decimal: DecimalSeparator } {
  const [language, region] = tag.split('-');
  const lang = language.toLowerCase();
  const monthFirst = region ? MONTH_FIRST_REGIONS.has(region.toUpperCase()) : lang === 'en';
  const swissGerman = lang === 'de' && region?.toUpperCase() === 'CH';
  return {
    dateOrder: monthFirst ? 'MDY' : 'DMY',
    decimal: DECIMAL_COMMA_LANGUAGES.has(lang) && !swissGerman ? ',' : '.',
  };
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(config)';
}

/**
 * Of the alternatives a value failed ("warning" or ["warning", {...}]), the one it was evidently
 * meant as: the only one whose shape fitted (all its issues are inside the value), else the only
 * one not refused for its type. Undefined when that cannot be told.
 */
function meantBranch(
  branches: readonly (readonly z.core.$ZodIssue[])[],
): readonly z.core.$ZodIssue[] | undefined {
  const only = <T>(xs: T[]) => (xs.length === 1 ? xs[0] : undefined);
  return (
    only(branches.filter((b) => b.length > 0 && b.every((i) => i.path.length > 0))) ??
    only(branches.filter((b) => !b.some((i) => i.code === 'invalid_type' && i.path.length === 0)))
  );
}

/** One problem per issue; an unknown key is named in the path itself, not only in the message. */
function problemsOf(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): ConfigProblem[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: pathOf([...path, key]),
        message: `Unrecognized key: "${key}"`,
      }));
    }
    const branch = issue.code === 'invalid_union' ? meantBranch(issue.errors) : undefined;
    return branch ? problemsOf(branch, path) : [{ path: pathOf(path), message: issue.message }];
  });
}

/** What config resolution needs of a rule: its id, default severity and options schema. */
export interface RuleDeclaration {
  meta: { id: string; defaultSeverity: Severity; options: z.ZodType };
}

function resolveRules(
  rules: Record<string, z.infer<typeof ruleSetting>>,
  registry: readonly RuleDeclaration[],
  problems: ConfigProblem[],
): Map<string, RuleSetting> {
  const byId = new Map(registry.map((r) => [r.meta.id, r]));
  const resolved = new Map<string, RuleSetting>();
  const settings = new Map(Object.entries(rules));
  for (const rule of registry) {
    const setting = settings.get(rule.meta.id);
    const [severity, options] = Array.isArray(setting) ? setting : [setting ?? rule.meta.defaultSeverity];
    const parsed = rule.meta.options.safeParse(options);
    if (!parsed.success) {
      problems.push(...problemsOf(parsed.error.issues, ['rules', rule.meta.id, 'options']));
      continue;
    }
    if (severity !== 'off') resolved.set(rule.meta.id, { severity, options: parsed.data });
  }
  for (const id of settings.keys()) {
    if (byId.has(id)) continue;
    const guess = closestKey(id, [...byId.keys()]);
    problems.push({
      path: `rules.${id}`,
      message: `unknown rule${guess ? `; did you mean "${guess}"?` : ''}`,
    });
  }
  return resolved;
}

/**
 * The `columns` pins per kind. A key that is a pipeline field pins the pipeline's (as it always
 * has); another field name pins it in every kind that has it ("goal", "target"); a kind's id takes
 * an object of that kind's own pins, which win over the plain ones.
 */
function resolvePins(raw: Record<string, string | Record<string, string>>, problems: ConfigProblem[]) {
  const pins: Partial<Record<KindId, Record<string, string>>> = {};
  const pin = (kind: KindId, field: string, to: string) => ((pins[kind] ??= {})[field] = to);
  const everyField = [...new Set(SHEET_KINDS.flatMap((k) => k.fields as readonly string[]))];
  const nested: [SheetKind, Record<string, string>][] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'object') {
      const kind = (SHEET_KINDS as readonly SheetKind[]).find((k) => k.id === key);
      if (kind) nested.push([kind, value]);
      else
        problems.push({
          path: `columns.${key}`,
          message: `"${key}" is no sheet kind${didYouMean(key, KIND_IDS)}; per-kind pins go under one of ${KIND_IDS.join(', ')}`,
        });
      continue;
    }
    const kinds = (PIPELINE_FIELDS as readonly string[]).includes(key)
      ? ['pipeline' as const]
      : SHEET_KINDS.filter((k) => (k.fields as readonly string[]).includes(key)).map((k) => k.id);
    if (kinds.length === 0)
      problems.push({
        path: `columns.${key}`,
        message: `"${key}" is no field of any sheet kind${didYouMean(key, everyField)}`,
      });
    for (const kind of kinds) pin(kind, key, value);
  }
  for (const [kind, fields] of nested)
    for (const [field, to] of Object.entries(fields)) {
      if ((kind.fields as readonly string[]).includes(field)) pin(kind.id as KindId, field, to);
      else
        problems.push({
          path: `columns.${kind.id}.${field}`,
          message: `A ${kind.id} sheet has no field "${field}"${didYouMean(field, kind.fields)}; its fields: ${kind.fields.join(', ')}`,
        });
    }
  return pins;
}

function didYouMean(word: string, options: readonly string[]): string {
  const best = closestKey(word, options);
  return best === undefined ? '' : ` (did you mean "${best}"?)`;
}

/** Validates a parsed config file (or `{}`), filling defaults; never throws. */
export function resolveConfig(
  raw: unknown,
  registry: readonly RuleDeclaration[],
  today: Date = new Date(),
): ConfigResult {
  const parsed = configSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    return { ok: false, problems: problemsOf(parsed.error.issues) };
  }
  const c = parsed.data;
  const problems: ConfigProblem[] = [];
  const rules = resolveRules(c.rules ?? {}, registry, problems);
  const columns = resolvePins(c.columns ?? {}, problems);
  if (problems.length) return { ok: false, problems };
  const localeObject = typeof c.locale === 'object' ? c.locale : undefined;
  const localeTag = typeof c.locale === 'string' ? c.locale : (localeObject?.tag ?? DEFAULT_LOCALE);
  const implied = localeDefaults(localeTag);
  return {
    ok: true,
    config: {
      asOf: dayFromDate(c.asOf ? parseISO(c.asOf) : today),
      localeTag,
      dateOrder: localeObject?.dateOrder ?? implied.dateOrder,
      dateOrderExplicit:
        c.locale !== undefined &&
        (typeof c.locale === 'string' ||
          localeObject?.dateOrder !== undefined ||
          localeObject?.tag !== undefined),
      decimal: localeObject?.decimal ?? implied.decimal,
      decimalExplicit:
        c.locale !== undefined &&
        (typeof c.locale === 'string' ||
          localeObject?.decimal !== undefined ||
          localeObject?.tag !== undefined),
      stages: c.stages,
      columns,
      sheets: c.sheets ?? {},
      rules,
    },
  };
}

/**
 * The config as a `pipelint.json` would spell it, for `--print-config`: the stages in use (those
 * learnt from the workbook when the config names none), every rule with its severity and options,
 * and the locale and pins when they were set. Read back, it gives the same lint.
 */
export function printableConfig(
  config: ResolvedConfig,
  stages: readonly StageConfig[],
  registry: readonly RuleDeclaration[],
): PipelintConfig {
  const printed: PipelintConfig = {};
  if (config.dateOrderExplicit)
    printed.locale = { tag: config.localeTag, dateOrder: config.dateOrder, decimal: config.decimal };
  printed.stages = stages.map((s) => {
    const { name, aliases, maxDays, probability, closed, required } = s;
    return { name, aliases, maxDays, probability, closed, required };
  });
  // The pipeline's pins plainly, as they are usually written; other kinds' under their id.
  const { pipeline, ...others } = config.columns;
  const columns = { ...pipeline, ...others } as Record<string, string | Record<string, string>>;
  if (Object.keys(columns).length) printed.columns = columns;
  if (Object.keys(config.sheets).length) printed.sheets = config.sheets;
  printed.rules = Object.fromEntries(
    registry.map((rule) => {
      const setting = config.rules.get(rule.meta.id);
      if (!setting) return [rule.meta.id, 'off'];
      const options = setting.options as Record<string, unknown> | undefined;
      return [
        rule.meta.id,
        options && Object.keys(options).length ? [setting.severity, options] : setting.severity,
      ];
    }),
  );
  return JSON.parse(JSON.stringify(printed)) as PipelintConfig;
}
