import type { CellLocation, CellValue, SheetSnapshot } from '../../ground/types';
import { cellLocation } from '../../ground/address';
import { normalizeHeader } from '../../ground/keys';
import { percentPoints } from '../../ground/words';
import {
  DateReader,
  LOCALE_TAG,
  cellText,
  isBlank,
  parseAmount,
  parsePercent,
  wordsOf,
  yesOrNo,
  type DateOrder,
  type DayNumber,
  type DecimalSeparator,
} from '../../ground/values';
import { defineKind, type HeaderRow, type ReadContext, type Table } from '../kind';
import { headerTexts } from '../table';
import { kindOfStatus } from '../stageInference';
import type { StageConfig } from '../stages';
import { pipelineKind } from './pipeline';

/**
 * The workbook's own Pipelint settings, so a team sets its stages once and the command line,
 * Excel and Google Sheets all lint the same way. A sheet (usually called "Pipelint settings") may
 * hold any of three blocks, in any order, each under its own header row:
 *
 *   Setting | Value            Stage       | Kind | Max days | Probability | Required | Aliases
 *   As of   | 2027-06-30       Discovery   | open | 30       | 10%         | yes      |
 *   Locale  | en-GB            Closed Won  | won  |          | 100%        |          | Won, Signed
 *                              Rule                  | Severity
 *                              pipeline/stalled-deal | error
 *
 * The sheet is read for its values only; the engine checks rule ids against the registry.
 */
export const SETTINGS_FIELDS = [
  'setting',
  'value',
  'stage',
  'stageKind',
  'maxDays',
  'probability',
  'required',
  'aliases',
  'rule',
  'severity',
] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];

/** A value from the sheet and the cell it came from, so a problem with it can point there. */
export interface Located<T> {
  value: T;
  location: CellLocation;
}

export interface StageSetting {
  row: number;
  stage: StageConfig;
}

export interface RuleRow {
  row: number;
  id: string;
  /** As written, lower-cased; the engine checks it. */
  severity: string;
  /** The rule id's cell and the severity's. */
  idAt: CellLocation;
  location: CellLocation;
}

/** One setting, stage or rule row; rows of any block, in sheet order. */
export interface SettingsRow {
  row: number;
  cells: CellValue[];
}

export interface SettingsProblem {
  location: CellLocation;
  message: string;
}

export interface SettingsTable extends Table<SettingsField, SettingsRow> {
  asOf?: Located<DayNumber>;
  locale?: Located<string>;
  dateOrder?: Located<DateOrder>;
  decimal?: Located<DecimalSeparator>;
  /** The Stages block's header cell, where a problem with the list as a whole is shown. */
  stagesAt?: CellLocation;
  stages: StageSetting[];
  rules: RuleRow[];
  /** Values that could not be read; the engine adds rule ids and severities it does not know. */
  problems: SettingsProblem[];
}

type Block = 'settings' | 'stages' | 'rules';

const SETTING_LABELS: Record<string, 'asOf' | 'locale' | 'dateOrder' | 'decimal'> = {
  asof: 'asOf',
  asofdate: 'asOf',
  judgedon: 'asOf',
  today: 'asOf',
  locale: 'locale',
  language: 'locale',
  region: 'locale',
  dateorder: 'dateOrder',
  dateformat: 'dateOrder',
  dates: 'dateOrder',
  decimal: 'decimal',
  decimalseparator: 'decimal',
  decimalmark: 'decimal',
};

const DATE_ORDERS: Record<string, DateOrder> = {
  dmy: 'DMY',
  ddmmyyyy: 'DMY',
  dayfirst: 'DMY',
  daymonthyear: 'DMY',
  mdy: 'MDY',
  mmddyyyy: 'MDY',
  monthfirst: 'MDY',
  monthdayyear: 'MDY',
};

/** A pipeline's own columns: a row with one of these is a pipeline's header, not a stage list's. */
const DEAL_SIGNS = new Set(['deal', 'owner', 'amount', 'closeDate', 'created', 'stageDate']);

/** Which block a header row opens, if any. */
function blockOf(fields: ReadonlySet<SettingsField>, texts: readonly string[]): Block | undefined {
  if (fields.has('rule') && fields.has('severity')) return 'rules';
  if (fields.has('setting') && fields.has('value')) return 'settings';
  const about = (['stageKind', 'maxDays', 'required', 'aliases', 'probability'] as const).filter((f) =>
    fields.has(f),
  );
  const dealColumns = texts.some((t) => DEAL_SIGNS.has(pipelineKind.fieldOf(t) ?? ''));
  if (fields.has('stage') && about.length >= 2 && !dealColumns) return 'stages';
  return undefined;
}

function fieldsOfRow(texts: readonly string[]): Map<SettingsField, number> {
  const columns = new Map<SettingsField, number>();
  texts.forEach((t, i) => {
    const field = settingsKind.fieldOf(t);
    if (field && !columns.has(field)) columns.set(field, i + 1);
  });
  return columns;
}

const textsOf = (cells: readonly CellValue[] | undefined) => (cells ?? []).map((v) => cellText(v) ?? '');

/** A Required cell: blank is no, and "required" itself is yes. */
function requiredOf(value: CellValue): boolean | undefined {
  if (isBlank(value)) return false;
  return normalizeHeader(String(value)) === 'required' ? true : yesOrNo(value);
}

class SettingsReader {
  readonly table: SettingsTable;
  private readonly dates: DateReader;

  constructor(
    private readonly sheet: SheetSnapshot,
    headerIndex: number,
    context: ReadContext,
  ) {
    this.dates = new DateReader(context.dateOrder);
    this.table = {
      kind: settingsKind,
      sheet: sheet.name,
      headerRow: headerIndex + 1,
      headers: headerTexts(sheet.values, headerIndex),
      columns: {},
      idColumns: {},
      rows: [],
      duplicateHeaders: [],
      missingPins: [],
      stages: [],
      rules: [],
      problems: [],
    };
  }

  private at(row: number, column: number): CellLocation {
    return cellLocation(this.sheet.name, row, column);
  }

  private problem(row: number, column: number, message: string) {
    this.table.problems.push({ location: this.at(row, column), message });
  }

  /** Every block of the sheet, each read from its header down to the next blank row or header. */
  read(): SettingsTable {
    let block: Block | undefined;
    let columns = new Map<SettingsField, number>();
    this.sheet.values.forEach((cells, i) => {
      const row = i + 1;
      const texts = textsOf(cells);
      if (texts.every((t) => t === '')) {
        block = undefined;
        return;
      }
      const header = fieldsOfRow(texts);
      const opens = blockOf(new Set(header.keys()), texts);
      if (opens) {
        block = opens;
        columns = header;
        if (opens === 'stages') this.table.stagesAt = this.at(row, header.get('stage')!);
        return;
      }
      // A setting row needs no block: "As of | 2027-06-30" anywhere is one.
      const label = SETTING_LABELS[normalizeHeader(texts.find((t) => t !== '') ?? '')];
      if (block === 'stages') this.stageRow(row, cells ?? [], columns);
      else if (block === 'rules') this.ruleRow(row, cells ?? [], columns);
      else if (label) this.settingRow(row, cells ?? [], texts, label);
      else return;
      this.table.rows.push({ row, cells: cells ?? [] });
    });
    return this.table;
  }

  private settingRow(
    row: number,
    cells: CellValue[],
    texts: string[],
    label: (typeof SETTING_LABELS)[string],
  ) {
    const keyIndex = texts.findIndex((t) => t !== '');
    const valueIndex = texts.findIndex((t, i) => i > keyIndex && t !== '');
    if (valueIndex < 0) return;
    const column = valueIndex + 1;
    const location = this.at(row, column);
    const value = cells[valueIndex];
    const text = texts[valueIndex];
    if (label === 'asOf') {
      const day = this.dates.read(value);
      if (day.ok === true) this.table.asOf = { value: day.value, location };
      else
        this.problem(
          row,
          column,
          `As of: ${day.ok === false ? day.reason : 'no date'}; write a date such as 2027-06-30`,
        );
    } else if (label === 'locale') {
      if (LOCALE_TAG.test(text)) this.table.locale = { value: text, location };
      else this.problem(row, column, `Locale "${text}" is not a locale tag such as en-US, en-GB or de-DE`);
    } else if (label === 'dateOrder') {
      const order = DATE_ORDERS[normalizeHeader(text)];
      if (order) this.table.dateOrder = { value: order, location };
      else this.problem(row, column, `Date order "${text}" is neither DMY (day first) nor MDY (month first)`);
    } else {
      const mark = text.trim();
      if (mark === '.' || mark === ',') this.table.decimal = { value: mark, location };
      else this.problem(row, column, `Decimal separator "${text}" is neither "." nor ","`);
    }
  }

  private stageRow(row: number, cells: CellValue[], columns: Map<SettingsField, number>) {
    const cell = (f: SettingsField) => (columns.has(f) ? cells[columns.get(f)! - 1] : undefined);
    const name = wordsOf(cell('stage'));
    if (name === undefined) return;
    const stage: StageConfig = { name };
    const kindText = wordsOf(cell('stageKind'));
    if (kindText !== undefined) {
      const kind = /^\s*open\s*$/i.test(kindText) ? 'open' : kindOfStatus(kindText);
      if (kind === 'won' || kind === 'lost') stage.closed = kind;
      else if (kind !== 'open')
        this.problem(
          row,
          columns.get('stageKind')!,
          `Kind "${kindText}" of stage "${name}" is not open, won or lost`,
        );
    }
    const maxDays = cell('maxDays');
    if (!isBlank(maxDays)) {
      const days = parseAmount(maxDays, '.');
      if (days.ok === true && Number.isInteger(days.value) && days.value > 0) stage.maxDays = days.value;
      else
        this.problem(
          row,
          columns.get('maxDays')!,
          `Max days of stage "${name}" must be a whole number of days above 0`,
        );
    }
    const probability = parsePercent(cell('probability'));
    if (probability.ok === true) stage.probability = probability.value;
    else if (probability.ok === false)
      this.problem(row, columns.get('probability')!, `Probability of stage "${name}": ${probability.reason}`);
    const required = requiredOf(cell('required'));
    if (required === true) stage.required = true;
    else if (required === undefined)
      this.problem(row, columns.get('required')!, `Required for stage "${name}" should be yes or no`);
    const aliases = aliasList(cell('aliases'));
    if (aliases) stage.aliases = aliases;
    this.table.stages.push({ row, stage });
  }

  private ruleRow(row: number, cells: CellValue[], columns: Map<SettingsField, number>) {
    const idColumn = columns.get('rule')!;
    const id = wordsOf(cells[idColumn - 1]);
    if (id === undefined) return;
    const column = columns.get('severity')!;
    const severity = (wordsOf(cells[column - 1]) ?? '').toLowerCase();
    this.table.rules.push({
      row,
      id,
      severity,
      idAt: this.at(row, idColumn),
      location: this.at(row, column),
    });
  }
}

function matchSettings(row: HeaderRow<SettingsField>): number | undefined {
  // Above any other kind's score for the same words: a Stage column here is a stage's name.
  return blockOf(row.fields, row.texts) ? row.fields.size + 10 : undefined;
}

export const settingsKind = defineKind({
  id: 'settings',
  fields: SETTINGS_FIELDS,
  synonyms: {
    setting: ['setting', 'settings', 'option', 'parameter', 'pipelintsetting'],
    value: ['value', 'values'],
    stage: ['stage', 'stagename', 'stages'],
    stageKind: ['kind', 'stagekind', 'closed', 'outcome', 'openwonlost'],
    maxDays: ['maxdays', 'maximumdays', 'daylimit', 'maxdaysinstage', 'daysallowed', 'sla'],
    probability: ['probability', 'winprobability', 'likelihood'],
    required: ['required', 'mandatory', 'mustpass'],
    aliases: ['aliases', 'alias', 'alsowritten', 'otherspellings', 'synonyms'],
    rule: ['rule', 'ruleid', 'check'],
    severity: ['severity', 'level'],
  },
  labels: {
    setting: 'Setting',
    value: 'Value',
    stage: 'Stage',
    stageKind: 'Kind',
    maxDays: 'Max days',
    probability: 'Probability',
    required: 'Required',
    aliases: 'Aliases',
    rule: 'Rule',
    severity: 'Severity',
  },
  needs:
    'a Setting and Value header, a Stage header with two of Kind, Max days, Probability, Required and Aliases, or a Rule and Severity header',
  anchor: ['value'],
  match: matchSettings,
  read: (sheet, headerIndex, context) => new SettingsReader(sheet, headerIndex, context).read(),
});

/** A stage's other names as a cell lists them, split at commas, semicolons or bars; undefined when none. */
export function aliasList(value: CellValue): string[] | undefined {
  const aliases = wordsOf(value)
    ?.split(/[,;|]/)
    .map((a) => a.trim())
    .filter(Boolean);
  return aliases?.length ? aliases : undefined;
}

/** What the pane writes to the settings sheet. */
export interface SheetSettings {
  /** YYYY-MM-DD, written as text so every host keeps it as written. */
  asOf?: string;
  locale?: string;
  dateOrder?: DateOrder;
  stages: readonly StageConfig[];
  /** Rules whose level differs from their default, with the level. */
  rules: readonly (readonly [string, string])[];
}

/** The default name of the sheet the pane writes; an existing settings sheet keeps its own. */
export const SETTINGS_SHEET = 'Pipelint settings';

const KIND_WORDS = { won: 'won', lost: 'lost' } as const;

/**
 * The settings sheet's rows, from A1, in the blocks the settings kind reads: a title, the Setting
 * and Value rows that are set, the stage list, the rule levels. Reading them back gives the same
 * settings.
 */
export function settingsSheetRows(s: SheetSettings): CellValue[][] {
  const rows: CellValue[][] = [['Pipelint settings'], ['Setting', 'Value']];
  if (s.asOf) rows.push(['As of', s.asOf]);
  if (s.locale) rows.push(['Locale', s.locale]);
  if (s.dateOrder) rows.push(['Date order', s.dateOrder]);
  rows.push([], ['Stage', 'Kind', 'Max days', 'Probability', 'Required', 'Aliases']);
  for (const stage of s.stages)
    rows.push([
      stage.name,
      stage.closed ? KIND_WORDS[stage.closed] : 'open',
      stage.maxDays ?? '',
      stage.probability === undefined ? '' : `${percentPoints(stage.probability)}%`,
      stage.required ? 'yes' : '',
      stage.aliases?.join(', ') ?? '',
    ]);
  if (s.rules.length) {
    rows.push([], ['Rule', 'Severity']);
    for (const [id, severity] of s.rules) rows.push([id, severity]);
  }
  return rows;
}
