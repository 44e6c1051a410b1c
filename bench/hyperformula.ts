/**
 * Pipelint against what a power user builds today: the same checks written as spreadsheet formulas
 * (COUNTIFS and SUMIFS over helper columns) and evaluated by HyperFormula, a real spreadsheet engine,
 * on the same generated pipeline. Both sides must give the same figures per owner, or the speed-up
 * means nothing, so `compareFigures` checks every count and sum.
 *
 * The power user's workbook:
 * - Pipeline: the snapshot's cells as Excel holds them (date serials, numbers, text; text that looks
 *   like a number or a date stays text, as a pasted value does; #N/A is an error value), plus helper
 *   columns: Open, Idle since, Stalled, Start, Won cycle, Amount (number).
 * - Stages: the team's stage list, open stages in one column and won stages in another.
 * - Team: the owners, as the snapshot's Team sheet lists them.
 * - Summary: the settings (as-of date, the stall limit and what it is learnt from, grace days, first
 *   stage, target) and one row per owner, plus a row over all deals (owners blank or #N/A included).
 *
 * How each figure follows the rule it stands for (shared/rules/pipeline/):
 * - stalled (`pipeline/stalled-deal`): an open deal idle for more days than the limit, idle counted from
 *   the last activity, else the stage date, else the creation date (text ISO dates read by DATEVALUE).
 *   The bench's config names no stages, so no stage has `maxDays` and the limit is the one the rule
 *   learns: the nearest-rank `percentile` of won deals' cycle lengths (close − created, else − stage
 *   date; negative cycles left out), when at least `minimumWonDeals` have one. In the sheet that is
 *   SMALL(cycles, ROUNDUP(p × COUNT(cycles), 0)) over the Won cycle column.
 * - close date past (`pipeline/close-date-past`): an open deal whose close date is a date more than
 *   `graceDays` before the as-of date.
 * - missing close date (`pipeline/missing-close-date`): an open deal past the first stage with a blank
 *   close date. The generator never leaves a close date blank (it breaks some with text instead), so
 *   this is 0 on both sides; it is still computed and compared.
 * - open pipeline: the sum of open deals' amounts (the model's `ownerPipeline` tally), amounts written as
 *   text read the way Excel's VALUE reads them in en-US: "$27,144", "USD 4,821" and "4,821" are
 *   thousands, "5k" is 5,000; a '.' before a ',' ("12.000,00") is not an en-US amount and adds nothing.
 *   HyperFormula cannot parse a thousands comma itself (',' separates arguments), so the formula
 *   strips "USD", "$" and ',' and multiplies a trailing "k".
 * - coverage: open pipeline ÷ target. The target is the same quarterly quota for every owner,
 *   `TARGET_PER_ROW` dollars per row of data ($25M per owner at 100k rows), so that coverage lands near
 *   the usual 3x at every size. Pipelint has no quota column to read here, so both sides take it from
 *   `targetPerOwner`.
 *
 * What is the same by construction rather than by formula: stage names are matched the way Pipelint
 * matches them here only because spreadsheet matching ignores case ("negotiation" is Negotiation) and
 * the data has no stray spaces; misspelt stages ("Negotation", "Comit") are not on the list, so they
 * count as open on neither side (Pipelint reports them as unknown stages instead). "On Hold" and
 * "Pending" are open stages on both sides: Pipelint learns them as such from the data, and a power user
 * would not call an on-hold deal closed. Rows of one deal that Pipelint would read as further lines
 * of an order (`isFurtherLine`) are judged once there and on every row in the sheet; the generator's
 * repeated ids always conflict with the first row, so it makes none.
 */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { columnLetter } from '../shared/ground/address';
import { isErrorValue, serialFromDay } from '../shared/ground/values';
import type { CellValue, LintResult, ResolvedConfig, WorkbookSnapshot } from '../shared';
import { teamPipeline } from '../shared/analyses/goals/ownerPipeline';
import { nameKey } from '../shared/ground/keys';
import type { Deal } from '../shared/sheets/kinds/pipeline';
import { stalledDeal } from '../shared/rules/pipeline/stalledDeal';
import { closeDatePast } from '../shared/rules/pipeline/closeDatePast';
import { missingCloseDate } from '../shared/rules/pipeline/missingCloseDate';
import { PIPELINE_HEADERS } from './generate';

/** The power user's stage list, as they would type it on a Stages sheet. */
export const OPEN_STAGES = [
  'Prospecting',
  'Qualification',
  'Discovery',
  'Proposal',
  'Negotiation',
  'Commit',
  'On Hold',
  'Pending',
];
export const WON_STAGES = ['Won', 'Closed Won'];

/** Quota dollars per owner per row of data: keeps coverage near 3x whatever the size. */
export const TARGET_PER_ROW = 250;
export const targetPerOwner = (rows: number) => rows * TARGET_PER_ROW;

/** The row of the Summary sheet that covers every deal, owner or not. */
export const ALL_DEALS = '(all deals)';

/** What both sides compute per owner. */
export interface OwnerFigures {
  owner: string;
  stalled: number;
  closePast: number;
  missingClose: number;
  openPipeline: number;
  coverage: number;
}

/** The settings both sides share: from the bench's config, so the formulas follow the rules' options. */
export interface Definitions {
  asOf: number; // day number, as the config holds it
  percentile: number;
  minimumWonDeals: number;
  graceDays: number;
  target: number;
  owners: string[];
}

export function definitions(config: ResolvedConfig, workbook: WorkbookSnapshot, rows: number): Definitions {
  const options = <T>(id: string) => config.rules.get(id)?.options as T;
  const stalled = options<{ percentile: number; minimumWonDeals: number }>(stalledDeal.meta.id);
  const past = options<{ graceDays: number }>(closeDatePast.meta.id);
  const team = workbook.sheets.find((s) => s.name === 'Team');
  if (!stalled || !past || !team)
    throw new Error('bench config or workbook is not what the comparison needs');
  return {
    asOf: config.asOf,
    percentile: stalled.percentile,
    minimumWonDeals: stalled.minimumWonDeals,
    graceDays: past.graceDays,
    target: targetPerOwner(rows),
    owners: team.values.slice(1).map((r) => String(r[0])),
  };
}

// ---- Pipelint's side ------------------------------------------------------------------------------

/** The figures from a lint: counts from its diagnostics, open pipeline from its model. */
export function pipelintFigures(result: LintResult, defs: Definitions): OwnerFigures[] {
  const ids = {
    stalled: stalledDeal.meta.id,
    closePast: closeDatePast.meta.id,
    missingClose: missingCloseDate.meta.id,
  };
  type Counted = keyof typeof ids;
  const counts = new Map<string, Record<Counted, number>>();
  const tally = (owner: string) => {
    let c = counts.get(owner);
    if (!c) counts.set(owner, (c = { stalled: 0, closePast: 0, missingClose: 0 }));
    return c;
  };
  const byRule = new Map(Object.entries(ids).map(([k, id]) => [id, k as Counted]));
  for (const d of result.diagnostics) {
    const key = byRule.get(d.ruleId);
    if (!key) continue;
    tally(ALL_DEALS)[key]++;
    if (d.owner !== undefined) tally(d.owner)[key]++;
  }
  // The model's own tally (`teamPipeline`, what `ownerPipeline` sums for one owner), over each
  // owner's deals grouped in one pass: `ownerPipeline` per owner would read every deal 24 times.
  const deals = result.model.tables('pipeline').flatMap((t) => t.rows);
  const byOwner = new Map<string, Deal[]>();
  for (const deal of deals) {
    if (deal.owner === undefined) continue;
    const key = nameKey(deal.owner);
    const list = byOwner.get(key);
    if (list) list.push(deal);
    else byOwner.set(key, [deal]);
  }
  const period = { start: defs.asOf, end: defs.asOf };
  return [...defs.owners, ALL_DEALS].map((owner) => {
    const all = owner === ALL_DEALS;
    const open = teamPipeline(all ? deals : (byOwner.get(nameKey(owner)) ?? []), period).open;
    const target = all ? defs.target * defs.owners.length : defs.target;
    return { owner, ...tally(owner), openPipeline: open, coverage: open / target };
  });
}

// ---- the power user's workbook --------------------------------------------------------------------

const column = (header: string) => {
  const at = PIPELINE_HEADERS.indexOf(header);
  if (at < 0) throw new Error(`no "${header}" column in the bench pipeline`);
  return columnLetter(at + 1);
};

/** A snapshot value as it would sit in Excel: text stays text (HyperFormula's leading '), errors are errors. */
function cell(v: CellValue): RawCellContent {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return isErrorValue(v) ? v : `'${v}`;
  if (v instanceof Date) return v; // HyperFormula stores a Date as its serial
  return v;
}

const HELPERS = ['Open', 'Idle since', 'Stalled', 'Start', 'Won cycle', 'Amount (number)'];

/** The helper formulas of sheet row `n`, left to right in the order of `HELPERS`. */
function helperFormulas(n: number, helper: Record<string, string>): string[] {
  const [stage, amount, created, stageDate, close, activity] = [
    'Stage',
    'Amount',
    'Created',
    'Stage Date',
    'Expected Close',
    'Last Activity',
  ].map((h) => `${column(h)}${n}`);
  const [open, idle, start] = ['Open', 'Idle since', 'Start'].map((h) => `${helper[h]}${n}`);
  const openStages = `Stages!$A$2:$A$${OPEN_STAGES.length + 1}`;
  const wonStages = `Stages!$B$2:$B$${WON_STAGES.length + 1}`;
  // A creation date pasted as ISO text is still a date to Pipelint; DATEVALUE reads it the same.
  const createdDate = `IF(ISNUMBER(${created}),${created},IFERROR(DATEVALUE(${created}),""))`;
  return [
    `=ISNUMBER(MATCH(${stage},${openStages},0))`,
    `=IF(ISNUMBER(${activity}),${activity},IF(ISNUMBER(${stageDate}),${stageDate},${createdDate}))`,
    `=IF(AND(${open},ISNUMBER(${idle}),ISNUMBER(Summary!$B$3)),Summary!$B$1-${idle}>Summary!$B$3,FALSE())`,
    `=IF(ISNUMBER(${created}),${created},IFERROR(DATEVALUE(${created}),IF(ISNUMBER(${stageDate}),${stageDate},"")))`,
    `=IF(AND(ISNUMBER(MATCH(${stage},${wonStages},0)),ISNUMBER(${close}),ISNUMBER(${start})),` +
      `IF(${close}>=${start},${close}-${start},""),"")`,
    `=IF(ISNUMBER(${amount}),${amount},IFERROR(IF(IFERROR(FIND(".",${amount})<FIND(",",${amount}),FALSE()),"",` +
      `IF(RIGHT(${amount},1)="k",1000,1)*VALUE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(` +
      `IF(RIGHT(${amount},1)="k",LEFT(${amount},LEN(${amount})-1),${amount}),"USD",""),"$",""),",",""))),""))`,
  ];
}

/** The Summary sheet's header row (0-based); the owner rows follow it, then the all-deals row. */
const SUMMARY_HEADER_ROW = 8;
const SUMMARY_COLUMNS = 7;

/** The power user's workbook for HyperFormula, from the same snapshot Pipelint lints. */
export function powerUserSheets(
  workbook: WorkbookSnapshot,
  defs: Definitions,
): Record<string, RawCellContent[][]> {
  const pipeline = workbook.sheets.find((s) => s.name === 'Pipeline')!;
  const width = PIPELINE_HEADERS.length;
  const helper: Record<string, string> = {};
  HELPERS.forEach((h, i) => (helper[h] = columnLetter(width + i + 1)));
  const last = pipeline.values.length; // the last sheet row
  const data: RawCellContent[][] = [[...PIPELINE_HEADERS, ...HELPERS].map(cell)];
  for (let i = 1; i < pipeline.values.length; i++) {
    const row = pipeline.values[i];
    const out: RawCellContent[] = new Array(width);
    for (let c = 0; c < width; c++) out[c] = cell(row[c]);
    data.push(out.concat(helperFormulas(i + 1, helper)));
  }
  // Bounded ranges, as a power user's table would have: whole columns cost HyperFormula more.
  const range = (col: string) => `Pipeline!$${col}$2:$${col}$${last}`;
  const [owner, stage, close] = ['Owner', 'Stage', 'Expected Close'].map((h) => range(column(h)));
  const [open, stalled, cycles, amount] = ['Open', 'Stalled', 'Won cycle', 'Amount (number)'].map((h) =>
    range(helper[h]),
  );
  const teamRange = `Team!$A$2:$A$${defs.owners.length + 1}`;
  /** One summary row at sheet row `n`: per owner (named in column A) or, without one, over every deal. */
  const summaryRow = (n: number, perOwner: boolean): RawCellContent[] => {
    const by = perOwner ? `${owner},$A${n},` : '';
    return [
      perOwner ? `=Team!$A$${n - SUMMARY_HEADER_ROW}` : cell(ALL_DEALS),
      `=COUNTIFS(${by}${stalled},TRUE())`,
      `=COUNTIFS(${by}${open},TRUE(),${close},"<"&($B$1-$B$5))`,
      `=COUNTIFS(${by}${open},TRUE(),${close},"",${stage},"<>"&$B$6)`,
      `=SUMIFS(${amount},${by}${open},TRUE())`,
      perOwner ? '=$B$7' : `=$B$7*COUNTA(${teamRange})`,
      `=E${n}/F${n}`,
    ];
  };
  const summary: RawCellContent[][] = [
    [cell('As of'), serialFromDay(defs.asOf)],
    [cell('Stall percentile'), defs.percentile],
    [
      cell('Stall limit (days)'),
      `=IF(COUNT(${cycles})>=$B$4,SMALL(${cycles},ROUNDUP($B$2*COUNT(${cycles}),0)),"")`,
    ],
    [cell('Won deals needed'), defs.minimumWonDeals],
    [cell('Close grace days'), defs.graceDays],
    [cell('First stage'), '=Stages!$A$2'],
    [cell('Target per owner'), defs.target],
    [],
    ['Owner', 'Stalled', 'Close date past', 'Missing close date', 'Open pipeline', 'Target', 'Coverage'].map(
      cell,
    ),
  ];
  for (let i = 0; i <= defs.owners.length; i++) {
    const n = SUMMARY_HEADER_ROW + i + 2; // 1-based sheet row
    summary.push(summaryRow(n, i < defs.owners.length));
  }
  const stages: RawCellContent[][] = [['Open stages', 'Won stages'].map(cell)];
  for (let i = 0; i < Math.max(OPEN_STAGES.length, WON_STAGES.length); i++)
    stages.push([cell(OPEN_STAGES[i]), cell(WON_STAGES[i])]);
  return {
    Pipeline: data,
    Stages: stages,
    Team: ['Owner', ...defs.owners].map((o) => [cell(o)]),
    Summary: summary,
  };
}

// ---- HyperFormula's side --------------------------------------------------------------------------

/** Written to stderr by the child when HyperFormula's own work starts: the time limit runs from here. */
export const HYPERFORMULA_START = 'hyperformula: building';

export interface HyperFormulaRun {
  /** buildFromSheets: parsing every formula, building the dependency graph and evaluating it all. */
  buildMs: number;
  /** Of which the evaluation, by HyperFormula's own statistics. */
  evaluationMs: number;
  /** setCellContents of one amount and the recalculation it sets off (helper cell, every SUMIFS). */
  recalcMs: number;
  formulas: number;
  figures: OwnerFigures[];
}

/** Builds and evaluates the power user's workbook, reads the Summary, then times one edit. */
export function runHyperFormula(sheets: Record<string, RawCellContent[][]>, owners: number): HyperFormulaRun {
  const rows = sheets.Pipeline.length;
  const formulas = Object.values(sheets).reduce(
    (n, s) => n + s.reduce((m, r) => m + r.filter((v) => typeof v === 'string' && v[0] === '=').length, 0),
    0,
  );
  const start = performance.now();
  const hf = HyperFormula.buildFromSheets(sheets, {
    licenseKey: 'gpl-v3',
    maxRows: Math.max(40_000, rows + 10),
    // DATEVALUE of ISO text, as Excel reads it; the default formats are day-first.
    dateFormats: ['YYYY-MM-DD', 'MM/DD/YYYY'],
    useStats: true,
  });
  const buildMs = performance.now() - start;
  const evaluationMs = hf.getStats().get('EVALUATION' as never) ?? NaN;
  const summary = hf.getSheetId('Summary')!;
  const value = (row: number, col: number) => hf.getCellValue({ sheet: summary, row, col });
  const figures: OwnerFigures[] = [];
  for (let i = 0; i <= owners; i++) {
    const row = SUMMARY_HEADER_ROW + 1 + i;
    const n = (col: number) => {
      const v = value(row, col);
      return typeof v === 'number' ? v : NaN; // an error or text where a figure should be: never agrees
    };
    figures.push({
      owner: String(value(row, 0)),
      stalled: n(1),
      closePast: n(2),
      missingClose: n(3),
      openPipeline: n(4),
      coverage: n(SUMMARY_COLUMNS - 1),
    });
  }
  // One edit: the first deal's amount. Its helper cell and the SUMIFS over that column recompute.
  const pipeline = hf.getSheetId('Pipeline')!;
  const amountCol = PIPELINE_HEADERS.indexOf('Amount');
  const before = hf.getCellValue({ sheet: pipeline, row: 1, col: amountCol });
  const edited = (typeof before === 'number' ? before : 0) + 1000;
  const recalcStart = performance.now();
  hf.setCellContents({ sheet: pipeline, row: 1, col: amountCol }, edited);
  const recalcMs = performance.now() - recalcStart;
  hf.destroy();
  return { buildMs, evaluationMs, recalcMs, formulas, figures };
}

// ---- comparing ------------------------------------------------------------------------------------

/** Money is summed in another order on each side: allow a cent, or a part in 10^9. */
const moneyClose = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.01, Math.abs(a) * 1e-9);
const ratioClose = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-12, Math.abs(a) * 1e-9);

/** Every count exactly, every sum within rounding; the first difference in words, or undefined. */
export function compareFigures(pipelint: OwnerFigures[], sheet: OwnerFigures[]): string | undefined {
  if (pipelint.length !== sheet.length) return `${pipelint.length} owner rows vs ${sheet.length}`;
  const fields: [keyof OwnerFigures, string, (a: number, b: number) => boolean][] = [
    ['stalled', 'stalled deals', (a, b) => a === b],
    ['closePast', 'close dates past', (a, b) => a === b],
    ['missingClose', 'missing close dates', (a, b) => a === b],
    ['openPipeline', 'open pipeline', moneyClose],
    ['coverage', 'coverage', ratioClose],
  ];
  for (let i = 0; i < pipelint.length; i++) {
    const [p, s] = [pipelint[i], sheet[i]];
    if (p.owner !== s.owner) return `row ${i + 1}: owner "${p.owner}" vs "${s.owner}"`;
    for (const [key, label, same] of fields) {
      const [a, b] = [p[key] as number, s[key] as number];
      if (!same(a, b))
        return `${p.owner}: ${label} ${a.toLocaleString('en-US')} (Pipelint) vs ${b.toLocaleString('en-US')} (HyperFormula)`;
    }
  }
  return undefined;
}
