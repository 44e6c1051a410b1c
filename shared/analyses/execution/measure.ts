import type { CellValue } from '../../ground/types';
import type { Deal, PipelineTable } from '../../sheets/kinds/pipeline';
import type { StageInfo, StageModel } from '../../sheets/stages';
import { columnByHeader, type ActivitiesTable } from '../../sheets/kinds/activities';
import { nameKey, normalizeHeader, sameName } from '../../ground/keys';
import { closestKey } from '../../ground/suggest';
import { cellText, isBlank, parseAmount, type DayNumber, type DecimalSeparator } from '../../ground/values';
import { parse as peggyParse } from './measureParser.generated';
import type {
  ArgumentNode,
  CallNode,
  ColumnNode,
  CompareNode,
  ConditionNode,
  MeasureNode,
  Span,
} from './measureAst';

/** A problem with a measure, pointed at the characters it is about; `replacement` is a sure fix for them. */
export interface MeasureError {
  message: string;
  span: Span;
  replacement?: string;
}

export type ParsedMeasure = { ok: true; ast: MeasureNode } | { ok: false; error: MeasureError };

interface PeggyExpectation {
  type: string;
  text?: string;
  description?: string;
  /** Of a character class: its characters and [from, to] ranges. */
  parts?: (string | [string, string])[];
  inverted?: boolean;
}

interface PeggyError {
  message: string;
  expected: PeggyExpectation[] | null;
  found: string | null;
  location: { start: { offset: number }; end: { offset: number } };
}

function isPeggyError(e: unknown): e is PeggyError {
  return typeof e === 'object' && e !== null && 'location' in e && 'expected' in e;
}

/** Peggy merges `"+" / "-"` into a character class, and the end of input is an expectation too. */
function describeExpected(x: PeggyExpectation): string[] {
  if (x.type === 'literal') return [`"${x.text}"`];
  if (x.type === 'end') return ['the end of the measure'];
  if (x.type !== 'class') return [x.description ?? 'something'];
  const parts = (x.parts ?? []).map((p) => (typeof p === 'string' ? `"${p}"` : `"${p[0]}" to "${p[1]}"`));
  return x.inverted ? [`any character but ${parts.join(' or ')}`] : parts;
}

function expectedList(expected: PeggyError['expected']): string {
  const names = [...new Set((expected ?? []).flatMap(describeExpected))];
  return names.length <= 1
    ? (names[0] ?? 'something')
    : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** "1-based position" because that is how people count characters in a cell. */
export function atCharacter(span: Span): string {
  return `at character ${span.start + 1}`;
}

/** Reads a measure cell into a syntax tree, or says where and why it does not read. */
export function parseMeasure(text: string): ParsedMeasure {
  if (!text.includes('(')) {
    return {
      ok: false,
      error: {
        message: `"${text.trim()}" is words, not a measure: write one the workbook can count, such as COUNT(Activities) or DEALS_WON()`,
        span: { start: 0, end: text.length },
      },
    };
  }
  try {
    return { ok: true, ast: peggyParse(text, {}) as MeasureNode };
  } catch (e) {
    if (!isPeggyError(e)) throw e;
    const span = { start: e.location.start.offset, end: e.location.end.offset };
    const found = e.found === null ? 'the measure ends there' : `found "${e.found}"`;
    return {
      ok: false,
      error: { message: `${atCharacter(span)}, expected ${expectedList(e.expected)} but ${found}`, span },
    };
  }
}

// ---- functions -----------------------------------------------------------------------------

export type MeasureUnit = 'count' | 'amount' | 'number';

export interface MeasureFunction {
  name: string;
  /** How it is written, for messages and docs. */
  signature: string;
  /** What it counts, for docs. */
  summary: string;
}

/** Every function a measure may use; the README's measure table lists the same. */
export const MEASURE_FUNCTIONS: readonly MeasureFunction[] = [
  {
    name: 'COUNT',
    signature: 'COUNT(Sheet [, condition]) or COUNT(Sheet[Column] [, condition])',
    summary: 'Rows of an activity sheet dated in the period (with the column filled in, when one is named).',
  },
  {
    name: 'SUM',
    signature: 'SUM(Sheet[Column] [, condition])',
    summary: 'The numbers in one column of an activity sheet, over rows dated in the period.',
  },
  {
    name: 'DEALS_CREATED',
    signature: 'DEALS_CREATED([condition])',
    summary: 'Deals whose Created date falls in the period.',
  },
  {
    name: 'DEALS_REACHING',
    signature: 'DEALS_REACHING("Stage" [, condition])',
    summary:
      'Deals that reached the stage, or a later one other than lost, in the period: the day comes from the pipeline history when there is one, else from the In stage since date (late for deals that have moved on since).',
  },
  {
    name: 'DEALS_WON',
    signature: 'DEALS_WON([condition])',
    summary: 'Won deals whose close date falls in the period.',
  },
  {
    name: 'WON_AMOUNT',
    signature: 'WON_AMOUNT([condition])',
    summary: 'The amount of those won deals.',
  },
];

// ---- what a measure can read -----------------------------------------------------------------

/** The workbook data measures are checked against and counted from. */
export interface MeasureSources {
  pipelines: readonly PipelineTable[];
  activities: readonly ActivitiesTable[];
  /** Every sheet's name, so a measure naming a sheet of another kind hears why it cannot count it. */
  sheetNames: readonly string[];
  stages: StageModel;
  decimal: DecimalSeparator;
  /** Per deal (by `nameKey` of its id), its dated moves into stages, oldest first, from the pipeline history. */
  stageMoves: ReadonlyMap<string, readonly { day: DayNumber; stage: StageInfo }[]>;
}

/** Days from `from` to `to`, both included. */
export interface DayWindow {
  from: DayNumber;
  to: DayNumber;
}

export interface MeasureTotals {
  /** Owner (by `nameKey`) → total over the window. */
  byOwner: Map<string, number>;
  /** Everyone's total, rows without an owner included. */
  all: number;
}

export interface CompiledMeasure {
  unit: MeasureUnit;
  /** Every owner the measure's data names, by `nameKey`, as first written. */
  owners: Map<string, string>;
  totals(window: DayWindow): MeasureTotals;
}

export type CompiledResult = { ok: true; measure: CompiledMeasure } | { ok: false; errors: MeasureError[] };

/** One countable row: whose, which day, how much it adds. */
interface Counted {
  owner?: string;
  day?: DayNumber;
  value: number;
}

interface Term {
  unit: MeasureUnit;
  owners: Map<string, string>;
  /** Calls `add` for every row the term counts, whatever its day; the window is applied by the caller. */
  each(add: (row: Counted) => void): void;
}

type Predicate = (cells: CellValue[]) => boolean;

class Compiler {
  readonly errors: MeasureError[] = [];

  constructor(private readonly sources: MeasureSources) {}

  fail(message: string, span: Span, replacement?: string): undefined {
    const error: MeasureError = { message, span };
    if (replacement !== undefined) error.replacement = replacement;
    this.errors.push(error);
    return undefined;
  }

  measure(node: MeasureNode): Term[] | undefined {
    if (node.type === 'call') {
      const term = this.call(node);
      return term && [term];
    }
    const left = this.measure(node.left);
    const right = this.measure(node.right);
    if (!left || !right) return undefined;
    return [...left, ...(node.op === '+' ? right : right.map(negate))];
  }

  call(node: CallNode): Term | undefined {
    const name = node.name.toUpperCase();
    switch (name) {
      case 'COUNT':
        return this.activityCall(node, 'count');
      case 'SUM':
        return this.activityCall(node, 'sum');
      case 'DEALS_CREATED':
      case 'DEALS_WON':
      case 'WON_AMOUNT':
      case 'DEALS_REACHING':
        return this.dealCall(node, name);
    }
    const names = MEASURE_FUNCTIONS.map((f) => f.name);
    const guess = closestKey(name, names);
    return this.fail(
      `${node.name} is not a measure function${guess ? `; did you mean ${guess}?` : ` (use ${names.join(', ')})`}`,
      node.nameSpan,
      guess,
    );
  }

  private signature(name: string): string {
    return MEASURE_FUNCTIONS.find((f) => f.name === name)!.signature;
  }

  private activityCall(node: CallNode, kind: 'count' | 'sum'): Term | undefined {
    const name = kind === 'count' ? 'COUNT' : 'SUM';
    const [first, condition, ...extra] = node.args;
    const target =
      first?.type === 'column' && first.sheet !== undefined
        ? first
        : first?.type === 'sheet' && kind === 'count'
          ? first
          : undefined;
    if (!target || (condition !== undefined && !isCondition(condition)) || extra.length > 0)
      return this.fail(`${name} is written ${this.signature(name)}`, node.span);
    const sheetName = target.type === 'sheet' ? target.name : target.sheet!;
    const sheetSpan = target.type === 'sheet' ? target.span : target.sheetSpan!;
    const table = this.activitySheet(sheetName, sheetSpan);
    if (!table) return undefined;
    const column = target.type === 'column' ? this.column(target, table.headers, table.sheet) : undefined;
    if (target.type === 'column' && column === undefined) return undefined;
    const where = condition && this.condition(condition as ConditionNode, table.headers, table.sheet);
    if (condition && !where) return undefined;
    const decimal = this.sources.decimal;
    const valueOf = (cells: CellValue[]): number => {
      if (column === undefined) return 1;
      const cell = cells[column - 1];
      if (kind === 'count') return isBlank(cell) ? 0 : 1;
      const n = parseAmount(cell, decimal);
      return n.ok === true ? n.value : 0;
    };
    return {
      unit: kind === 'count' ? 'count' : 'number',
      owners: ownersOf(table.rows.map((r) => r.owner)),
      each(add) {
        for (const row of table.rows) {
          if (where && !where(row.cells)) continue;
          add({ owner: row.owner, day: row.day, value: valueOf(row.cells) });
        }
      },
    };
  }

  private activitySheet(name: string, span: Span): ActivitiesTable | undefined {
    const table = this.sources.activities.find((t) => sameName(t.sheet, name));
    if (table) return table;
    if (this.sources.pipelines.some((t) => sameName(t.sheet, name)))
      return this.fail(
        `${name} is the pipeline: count its deals with DEALS_CREATED, DEALS_REACHING, DEALS_WON or WON_AMOUNT`,
        span,
      );
    if (this.sources.sheetNames.some((s) => sameName(s, name)))
      return this.fail(
        `${name} is not an activity sheet: it needs a rep and a date column so each row belongs to someone and some day`,
        span,
      );
    const names = this.sources.activities.map((t) => t.sheet);
    const guess = closestName(name, names);
    const known = names.length
      ? `; activity sheets: ${names.join(', ')}`
      : '; the workbook has no activity sheet';
    return this.fail(
      `there is no sheet named ${name}${guess ? `; did you mean ${guess}?` : known}`,
      span,
      guess && sheetReference(guess),
    );
  }

  /** The 1-based column a reference names, checking any sheet it gives is the one being read. */
  private column(node: ColumnNode, headers: readonly string[], sheet: string): number | undefined {
    if (node.sheet !== undefined && !sameName(node.sheet, sheet))
      return this.fail(`this can only test columns of ${sheet}, not of ${node.sheet}`, node.sheetSpan!);
    const column = columnByHeader(headers, node.column);
    if (column !== undefined) return column;
    const guess = closestName(
      node.column,
      headers.filter((h) => h.trim() !== ''),
    );
    return this.fail(
      `${sheet} has no column "${node.column}"${guess ? `; did you mean [${guess}]?` : ''}`,
      node.span,
      guess && `${node.sheet === undefined ? '' : sheetReference(node.sheet)}[${guess}]`,
    );
  }

  private condition(node: ConditionNode, headers: readonly string[], sheet: string): Predicate | undefined {
    if (node.type === 'compare') return this.compare(node, headers, sheet);
    if (node.type === 'not') {
      const operand = this.condition(node.operand, headers, sheet);
      return operand && ((cells) => !operand(cells));
    }
    const left = this.condition(node.left, headers, sheet);
    const right = this.condition(node.right, headers, sheet);
    if (!left || !right) return undefined;
    return node.type === 'and' ? (c) => left(c) && right(c) : (c) => left(c) || right(c);
  }

  private compare(node: CompareNode, headers: readonly string[], sheet: string): Predicate | undefined {
    const column = this.column(node.column, headers, sheet);
    if (column === undefined) return undefined;
    const index = column - 1;
    const { op, value } = node;
    if (value.type === 'text') {
      if (op !== '=' && op !== '<>')
        return this.fail(`text can only be compared with = or <>; ${op} needs a number`, node.span);
      const wanted = value.value.trim().toLowerCase();
      const equal = (cells: CellValue[]) => (cellText(cells[index])?.trim().toLowerCase() ?? '') === wanted;
      return op === '=' ? equal : (cells) => !equal(cells);
    }
    const decimal = this.sources.decimal;
    const test = NUMBER_TESTS[op];
    return (cells) => {
      const n = parseAmount(cells[index], decimal);
      return n.ok === true ? test(n.value, value.value) : op === '<>';
    };
  }

  private dealCall(node: CallNode, name: 'DEALS_CREATED' | 'DEALS_WON' | 'WON_AMOUNT' | 'DEALS_REACHING') {
    const args = [...node.args];
    const stageArg = name === 'DEALS_REACHING' ? args.shift() : undefined;
    const [condition, ...extra] = args;
    const shapeOk =
      (name !== 'DEALS_REACHING' || stageArg?.type === 'text') &&
      (condition === undefined || isCondition(condition)) &&
      extra.length === 0;
    if (!shapeOk) return this.fail(`${name} is written ${this.signature(name)}`, node.span);
    const tables = this.sources.pipelines;
    if (tables.length === 0)
      return this.fail(`${name} counts deals, and the workbook has no pipeline sheet`, node.nameSpan);
    const stage = stageArg?.type === 'text' ? this.stage(stageArg.value, stageArg.span) : undefined;
    if (stageArg && !stage) return undefined;
    const needs = DEAL_COLUMNS[name];
    const lacking = needs.filter((f) => !tables.some((t) => t.columns[f] !== undefined));
    const canReplay = name === 'DEALS_REACHING' && this.sources.stageMoves.size > 0;
    if (lacking.length > 0 && !(canReplay && lacking.every((f) => f === 'stageDate')))
      return this.fail(
        `${name} needs the pipeline's ${lacking.map((f) => DEAL_COLUMN_LABELS[f]).join(' and ')} column${lacking.length > 1 ? 's' : ''}`,
        node.nameSpan,
      );
    const wheres = condition
      ? this.pipelineConditions(condition as ConditionNode, tables)
      : tables.map(() => () => true);
    if (!wheres) return undefined;
    const dayOf = this.dealDay(name, stage);
    const amount = name === 'WON_AMOUNT';
    return {
      unit: amount ? 'amount' : 'count',
      owners: ownersOf(tables.flatMap((t) => t.rows.map((d) => d.owner))),
      each(add: (row: Counted) => void) {
        tables.forEach((table, i) => {
          const where = wheres[i]!;
          for (const deal of table.rows) {
            const day = dayOf(deal);
            if (day === undefined || !where(deal.cells)) continue;
            add({ owner: deal.owner, day, value: amount ? (deal.amount ?? 0) : 1 });
          }
        });
      },
    } satisfies Term;
  }

  /**
   * A condition per pipeline sheet. A column one pipeline lacks (a renewals sheet with no Product)
   * just matches none of its deals; only a condition no pipeline can test is an error.
   */
  private pipelineConditions(node: ConditionNode, tables: readonly PipelineTable[]): Predicate[] | undefined {
    const before = this.errors.length;
    let firstErrors: MeasureError[] | undefined;
    const wheres = tables.map((t) => {
      const where = this.condition(node, t.headers, t.sheet);
      const errors = this.errors.splice(before);
      firstErrors ??= errors;
      return where;
    });
    if (wheres.every((w) => w === undefined)) {
      this.errors.push(...firstErrors!);
      return undefined;
    }
    return wheres.map((w) => w ?? (() => false));
  }

  private stage(text: string, span: Span): StageInfo | undefined {
    const stage = this.sources.stages.resolve(text);
    if (stage?.closed === 'lost')
      return this.fail(`"${text}" is a lost stage; count progress toward a win, not losses`, span);
    if (stage) return stage;
    const guess = this.sources.stages.suggest(text);
    return this.fail(
      `"${text}" is not a stage of the pipeline${guess ? `; did you mean "${guess.name}"?` : ` (stages: ${this.sources.stages.names().join(', ')})`}`,
      span,
      guess && `"${guess.name}"`,
    );
  }

  /** The day a deal counts on, or undefined when it does not count at all. */
  private dealDay(name: keyof typeof DEAL_COLUMNS, stage?: StageInfo): (deal: Deal) => DayNumber | undefined {
    if (name === 'DEALS_CREATED') return (deal) => deal.created;
    if (name !== 'DEALS_REACHING')
      return (deal) => (deal.stage?.closed === 'won' ? deal.closeDate : undefined);
    const moves = this.sources.stageMoves;
    const reached = (s: StageInfo | undefined) =>
      s !== undefined && s.index >= stage!.index && s.closed !== 'lost';
    return (deal) => {
      const history = deal.id === undefined ? undefined : moves.get(nameKey(deal.id));
      const move = history?.find((m) => reached(m.stage));
      if (move) return move.day;
      if (!reached(deal.stage)) return undefined;
      // Without a recorded move, the day it entered the stage it is in now: late for deals that
      // have moved on since, but never early.
      return deal.stageDate ?? (deal.stage?.closed === 'won' ? deal.closeDate : undefined) ?? deal.created;
    };
  }
}

const DEAL_COLUMNS = {
  DEALS_CREATED: ['created'],
  DEALS_WON: ['stage', 'closeDate'],
  WON_AMOUNT: ['stage', 'closeDate', 'amount'],
  DEALS_REACHING: ['stage', 'stageDate'],
} as const;

const DEAL_COLUMN_LABELS = {
  created: 'Created',
  stage: 'Stage',
  closeDate: 'Close date',
  amount: 'Amount',
  stageDate: 'In stage since',
} as const;

const NUMBER_TESTS: Record<CompareNode['op'], (a: number, b: number) => boolean> = {
  '=': (a, b) => a === b,
  '<>': (a, b) => a !== b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

function isCondition(arg: ArgumentNode): arg is ConditionNode {
  return arg.type === 'compare' || arg.type === 'and' || arg.type === 'or' || arg.type === 'not';
}

function negate(term: Term): Term {
  return { ...term, each: (add) => term.each((row) => add({ ...row, value: -row.value })) };
}

/** Owner names by `nameKey`, each as first written. */
export function ownersOf(names: Iterable<string | undefined>): Map<string, string> {
  const owners = new Map<string, string>();
  for (const name of names) if (name && !owners.has(nameKey(name))) owners.set(nameKey(name), name.trim());
  return owners;
}

/** The candidate a mistyped name most likely means, compared the way references are matched. */
function closestName(name: string, candidates: readonly string[]): string | undefined {
  const keys = candidates.map(normalizeHeader);
  const key = closestKey(normalizeHeader(name), keys);
  return key === undefined ? undefined : candidates[keys.indexOf(key)];
}

/** A sheet name as a measure writes it: bare when it can be, quoted like Excel otherwise. */
export function sheetReference(name: string): string {
  // AND, OR and NOT are the grammar's words, never a bare name.
  const bare = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^(?:and|or|not)$/i.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Checks a measure against the workbook and readies it for counting. Every reference that does
 * not resolve is reported, each at its own characters.
 */
export function compileMeasure(ast: MeasureNode, sources: MeasureSources): CompiledResult {
  const compiler = new Compiler(sources);
  const terms = compiler.measure(ast);
  if (!terms || compiler.errors.length) return { ok: false, errors: compiler.errors };
  const owners = new Map<string, string>();
  for (const t of terms) for (const [k, v] of t.owners) if (!owners.has(k)) owners.set(k, v);
  const units = new Set(terms.map((t) => t.unit));
  const unit: MeasureUnit = units.has('amount') ? 'amount' : units.size === 1 ? terms[0].unit : 'number';
  return {
    ok: true,
    measure: {
      unit,
      owners,
      totals(window) {
        const byOwner = new Map<string, number>();
        let all = 0;
        for (const term of terms)
          term.each(({ owner, day, value }) => {
            if (day === undefined || day < window.from || day > window.to) return;
            all += value;
            if (!owner) return;
            const key = nameKey(owner);
            byOwner.set(key, (byOwner.get(key) ?? 0) + value);
          });
        return { byOwner, all };
      },
    },
  };
}

/** A measure cell, parsed and checked in one go: the form the Path rules and summary use. */
export function readMeasure(text: string, sources: MeasureSources): CompiledResult {
  const parsed = parseMeasure(text);
  return parsed.ok ? compileMeasure(parsed.ast, sources) : { ok: false, errors: [parsed.error] };
}
