/**
 * Seeded pipelines for the benchmark. One generator builds the workbook as Excel hands it over
 * (dates as serial numbers, amounts mostly numbers); the CSV and .xlsx writers render that same
 * snapshot, so every format holds the same data and the same problems.
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../shared';

export const SEED = 20250630;
export const AS_OF = '2025-06-30';

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = 25569; // serial of 1970-01-01
const AS_OF_DAY = Date.UTC(2025, 5, 30) / MS_PER_DAY;

export const PIPELINE_HEADERS = (
  'Deal ID|Owner|Stage|Amount|Created|Stage Date|' + 'Expected Close|Last Activity|Next Step|Product|Account'
).split('|');
const [, OWNER, , AMOUNT, CREATED, STAGE_DATE, CLOSE, ACTIVITY, , PRODUCT, ACCOUNT] = PIPELINE_HEADERS.keys();
/** Columns whose numbers are date serials: written as ISO text to CSV and as dates to .xlsx. */
const DATE_COLUMNS = new Set([CREATED, STAGE_DATE, CLOSE, ACTIVITY]);
const ROW_FORMATS = PIPELINE_HEADERS.map((_, c) =>
  DATE_COLUMNS.has(c) ? 'yyyy-mm-dd' : c === AMOUNT ? '$#,##0' : 'General',
);

const PRODUCTS: [string, string, number][] = [
  ['GTX Basic', 'GTX', 550],
  ['GTX Pro', 'GTX', 4821],
  ['GTX Plus Basic', 'GTX', 1096],
  ['GTX Plus Pro', 'GTX', 5482],
  ['MG Special', 'MG', 55],
  ['MG Advanced', 'MG', 3393],
  ['GTK 500', 'GTK', 26768],
];
const PRODUCT_TYPOS = ['GTXPro', 'GTX Prro', 'MG Advnced', 'GTK500', 'GTX Basik', 'MG Speical', 'GTX Plus'];
const FIRST = 'Dana Ravi Mei Jonas Amara Luis Priya Tom Ines Kofi Sara Omar'.split(' ');
const LAST = ['Okafor', 'Lindqvist', 'Chen', 'Moreau'];
const OWNERS = FIRST.flatMap((f, i) => [`${f} ${LAST[i % 4]}`, `${f} ${LAST[(i + 2) % 4]}`]);
const ACCOUNT_A =
  'Blue North Silver Iron Bright Cedar Delta Summit Harbor Nova Pine Quartz Red Stone Vector'.split(' ');
const ACCOUNT_B = (
  'Labs Systems Holdings Logistics Foods Health Energy Media Retail Capital ' +
  'Works Dynamics Partners Group Analytics Motors Textiles Software Bank Studios'
).split(' ');
const ACCOUNTS = ACCOUNT_A.flatMap((a) => ACCOUNT_B.map((b) => `${a} ${b}`)); // 300
const SECTORS = ['technology', 'retail', 'medical', 'finance', 'energy', 'services'];
const NEXT_STEPS = (
  'Send proposal|Schedule demo|Follow-up call|Intro meeting|Negotiate terms|' +
  'Send contract|Technical review|Pricing call|Loop in legal|Check in after holiday'
).split('|');

/** Open stages weighted by how many deals sit in each; the typos are what people really type. */
const OPEN_STAGES = (
  'Prospecting Prospecting Qualification Qualification Discovery ' +
  'Proposal Proposal Negotiation negotiation Commit'
).split(' ');
const STAGE_TYPOS = 'Negotation|Prospectng|Qualifcation|Propsal|Discovry|Comit|On Hold|Pending'.split('|');
const TEXT_AMOUNTS = [
  (n: number) => `$${n.toLocaleString('en-US')}`,
  (n: number) => `${Math.round(n / 1000)}k`,
  (n: number) => `USD ${n.toLocaleString('en-US')}`,
  (n: number) => n.toLocaleString('en-US'),
];
const BAD_AMOUNTS = ['TBD', 'n/a', 'call Dana', '~10k', '12.000,00', 'see notes'];
const BAD_DATES = ['TBC', 'next week', 'Q3', '2025-13-45', 'soon', 'ASAP'];

/** Share of rows given each problem; the rest of the row stays clean. */
export const MIX = {
  stalled: 0.05, // of all rows, applied to open deals: about 2.5% of rows
  pastClose: 0.05, // likewise
  misspeltStage: 0.02,
  productTypo: 0.02,
  accountTypo: 0.005,
  blankOwner: 0.02,
  negativeAmount: 0.01,
  textAmount: 0.03,
  badAmount: 0.005,
  missingAmount: 0.005,
  duplicate: 0.01,
  dateOrder: 0.015,
  badDate: 0.005,
  textDate: 0.01,
  errorValue: 0.002,
  missingNextStep: 0.06, // of open deals
};

function randomSource(seed: number) {
  const rng = xoroshiro128plus(seed);
  const int = (lo: number, hi: number) => uniformInt(rng, lo, hi);
  return {
    int,
    chance: (p: number) => int(0, 999_999) < p * 1_000_000,
    pick: <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)],
  };
}

const serial = (day: number) => day + EXCEL_EPOCH;
const isoOfSerial = (s: number) => new Date((s - EXCEL_EPOCH) * MS_PER_DAY).toISOString().slice(0, 10);
const dealId = (i: number) => `D-${String(i + 1).padStart(7, '0')}`;

/** One pipeline row in Excel's shape. Dates are planned as day numbers, then broken on purpose. */
function pipelineRow(i: number, r: ReturnType<typeof randomSource>): CellValue[] {
  const roll = r.int(0, 99);
  const won = roll < 27;
  const open = roll >= 49;
  const stage = open ? r.pick(OPEN_STAGES) : (r.chance(0.2) ? 'Closed ' : '') + (won ? 'Won' : 'Lost');
  let created: number, stageDate: number, close: number, activity: number;
  if (!open) {
    const cycle = r.int(14, won ? 120 : 180);
    created = AS_OF_DAY - r.int(cycle + 1, 720);
    close = created + cycle;
    stageDate = close;
    activity = close - r.int(0, 5);
  } else {
    created = AS_OF_DAY - r.int(5, 240);
    stageDate = created + r.int(0, AS_OF_DAY - created);
    activity = Math.max(stageDate, AS_OF_DAY - r.int(0, 45));
    close = AS_OF_DAY + r.int(1, 150);
    if (r.chance(MIX.stalled)) {
      activity = AS_OF_DAY - r.int(130, 400);
      created = activity - r.int(0, 60);
      stageDate = created + r.int(0, activity - created);
    }
    if (r.chance(MIX.pastClose)) {
      close = AS_OF_DAY - r.int(3, 120);
      created = Math.min(created, close - r.int(10, 60));
      stageDate = Math.min(stageDate, close);
    }
  }
  if (r.chance(MIX.dateOrder)) {
    if (r.chance(0.7)) close = created - r.int(1, 60);
    else stageDate = created - r.int(1, 30);
  }

  const product = r.pick(PRODUCTS);
  const amount = product[2] * r.int(1, 12);
  const row: CellValue[] = [
    r.chance(MIX.duplicate) && i > 0 ? dealId(r.int(0, i - 1)) : dealId(i),
    r.chance(MIX.blankOwner) ? null : r.pick(OWNERS),
    r.chance(MIX.misspeltStage) ? r.pick(STAGE_TYPOS) : stage,
    stage === 'Prospecting' && r.chance(0.3) ? null : amount,
    serial(created),
    serial(stageDate),
    serial(close),
    serial(activity),
    open && !r.chance(MIX.missingNextStep) ? r.pick(NEXT_STEPS) : null,
    r.chance(MIX.productTypo) ? r.pick(PRODUCT_TYPOS) : product[0],
    r.chance(MIX.accountTypo) ? mangle(r.pick(ACCOUNTS), r) : r.pick(ACCOUNTS),
  ];
  if (r.chance(MIX.negativeAmount)) row[AMOUNT] = -amount;
  else if (r.chance(MIX.textAmount)) row[AMOUNT] = r.pick(TEXT_AMOUNTS)(amount);
  else if (r.chance(MIX.badAmount)) row[AMOUNT] = r.pick(BAD_AMOUNTS);
  else if (r.chance(MIX.missingAmount)) row[AMOUNT] = null;
  if (r.chance(MIX.textDate)) row[CREATED] = isoOfSerial(row[CREATED] as number); // pasted as text
  if (r.chance(MIX.badDate)) row[r.pick([CREATED, STAGE_DATE, CLOSE, ACTIVITY])] = r.pick(BAD_DATES);
  if (r.chance(MIX.errorValue)) row[r.pick([AMOUNT, PRODUCT, ACCOUNT, OWNER])] = '#N/A';
  return row;
}

/** Drops one inner letter: "Cedar Labs" → "Cedr Labs", the near miss a lookup will not find. */
function mangle(name: string, r: ReturnType<typeof randomSource>): string {
  const at = r.int(1, name.length - 2);
  return name[at] === ' ' ? name.replace(' ', '') : name.slice(0, at) + name.slice(at + 1);
}

/** The workbook for `rows` deals, as an Excel host would pass it to `lint`. */
export function generateWorkbook(rows: number, seed = SEED): WorkbookSnapshot {
  const r = randomSource(seed);
  const values: CellValue[][] = [PIPELINE_HEADERS];
  for (let i = 0; i < rows; i++) values.push(pipelineRow(i, r));
  // One shared row of formats: what Excel reports per cell, without a million copies of it.
  const numberFormats = values.map(() => ROW_FORMATS);
  const pipeline: SheetSnapshot = { name: 'Pipeline', values, numberFormats };
  return {
    sheets: [
      pipeline,
      { name: 'Products', values: [['Product', 'Series', 'Price'], ...PRODUCTS] },
      {
        name: 'Accounts',
        values: [
          ['Account', 'Sector', 'Employees'],
          ...ACCOUNTS.map((a, i) => [a, SECTORS[i % 6], 50 + ((i * 7919) % 5000)]),
        ],
      },
      {
        name: 'Team',
        values: [
          ['Owner', 'Manager', 'Region'],
          ...OWNERS.map((o, i) => [
            o,
            i < 12 ? 'Cara Lindqvist' : 'Rocco Chen',
            ['East', 'West', 'Central'][i % 3],
          ]),
        ],
      },
    ],
  };
}

const isPipeline = (sheet: SheetSnapshot) => sheet.name === 'Pipeline';

function csvField(v: CellValue, isDate: boolean): string {
  if (v === null || v === undefined) return '';
  const s = isDate && typeof v === 'number' ? isoOfSerial(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV per sheet in `dir`, dates as ISO text. Written in chunks: a 1M-row file is ~100 MB. */
export function writeCsvFolder(workbook: WorkbookSnapshot, dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const sheet of workbook.sheets) {
    const fd = fs.openSync(path.join(dir, `${sheet.name}.csv`), 'w');
    const dates = isPipeline(sheet) ? DATE_COLUMNS : new Set<number>();
    for (let start = 0; start < sheet.values.length; start += 10_000) {
      let chunk = '';
      for (const row of sheet.values.slice(start, start + 10_000)) {
        chunk += row.map((v, c) => csvField(v, dates.has(c))).join(',') + '\r\n';
      }
      fs.writeSync(fd, chunk);
    }
    fs.closeSync(fd);
  }
}

/** The same workbook as .xlsx: real dates with a date format, and #N/A as a real error cell. */
export async function writeXlsx(workbook: WorkbookSnapshot, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: false,
  });
  for (const sheet of workbook.sheets) {
    const ws = writer.addWorksheet(sheet.name);
    const dates = isPipeline(sheet) ? DATE_COLUMNS : new Set<number>();
    for (const c of dates) ws.getColumn(c + 1).numFmt = 'yyyy-mm-dd';
    for (const row of sheet.values) {
      ws.addRow(
        row.map((v, c) =>
          v === '#N/A'
            ? { error: '#N/A' }
            : dates.has(c) && typeof v === 'number'
              ? new Date((v - EXCEL_EPOCH) * MS_PER_DAY)
              : v,
        ),
      ).commit();
    }
    ws.commit();
  }
  await writer.commit();
}
