import fc from 'fast-check';
import { lintWorkbook } from '../../shared/engine/engine';
import { resolveConfig, type PipelintConfig, type ResolvedConfig } from '../../shared/engine/config';
import { cellAddress } from '../../shared/ground/address';
import { serialFromDay } from '../../shared/ground/values';
import type { CellValue, Diagnostic, SheetSnapshot, WorkbookSnapshot } from '../../shared/ground/types';
import { RULES } from '../../shared/rules';

function configOf(raw: PipelintConfig = {}): ResolvedConfig {
  const result = resolveConfig({ asOf: '2027-06-30', ...raw }, RULES);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

const lint = (workbook: WorkbookSnapshot, raw?: PipelintConfig) =>
  lintWorkbook(workbook, configOf(raw), RULES);
const brief = (d: Diagnostic) => `${d.location.address} ${d.ruleId}`;

const H = ['Deal', 'Owner', 'Stage', 'Amount', 'Created', 'Close date', 'Last activity'];

describe('an empty workbook', () => {
  it('has nothing to say', () => {
    const result = lint({ sheets: [] });
    expect(result).toMatchObject({ diagnostics: [], sheets: [], rowsLinted: 0 });
    expect(result.model.allTables()).toEqual([]);
  });
});

describe('a workbook of ten sheets, some empty', () => {
  const sheets: SheetSnapshot[] = [
    {
      name: 'Deals',
      values: [
        H,
        ['D-1', 'Ann', 'Proposal', 100, '2027-01-05', '2027-08-01', '2027-06-20'],
        ['D-2', '', 'Proposal', 100, '2027-01-05', '2027-08-01', '2027-06-20'],
      ],
    },
    { name: 'Sheet2', values: [] },
    {
      name: 'Products',
      values: [
        ['Product', 'Price'],
        ['GTX Pro', 10],
      ],
    },
    { name: 'Sheet4', values: [[]] },
    {
      name: 'Goals',
      values: [
        ['Goal', 'Metric', 'Target'],
        ['Grow', 'ARR', 1e6],
      ],
    },
    { name: 'Sheet6', values: [[null, '', '   '], [undefined]] },
    { name: 'Notes', values: [['Remember the QBR']] },
    {
      name: 'EMEA',
      values: [['Q3 EMEA'], H, ['E-1', 'Eva', 'Negotiaton', 100, '2027-01-05', '2027-08-01', '2027-06-20']],
    },
    { name: 'Template', values: [H] },
    { name: 'Sheet10', values: [[], [], []] },
  ];
  const result = lint({ sheets });

  it('summarises every sheet in workbook order', () => {
    expect(result.sheets).toEqual([
      { name: 'Deals', role: 'pipeline', headerRow: 1, rows: 2 },
      { name: 'Sheet2', role: undefined, headerRow: undefined, rows: 0 },
      { name: 'Products', role: 'lookup', headerRow: 1, rows: 1 },
      { name: 'Sheet4', role: undefined, headerRow: undefined, rows: 0 },
      { name: 'Goals', role: 'goals', headerRow: 1, rows: 1 },
      { name: 'Sheet6', role: undefined, headerRow: undefined, rows: 0 },
      { name: 'Notes', role: undefined, headerRow: undefined, rows: 0 },
      { name: 'EMEA', role: 'pipeline', headerRow: 2, rows: 1 },
      { name: 'Template', role: 'pipeline', headerRow: 1, rows: 0 },
      { name: 'Sheet10', role: undefined, headerRow: undefined, rows: 0 },
    ]);
    expect(result.rowsLinted).toBe(3);
  });

  it('reports per sheet, in sheet order', () => {
    expect(result.diagnostics.map(brief)).toEqual([
      'Deals!B3 pipeline/missing-owner',
      'Sheet2!A1 workbook/unrecognized-sheet',
      'Sheet4!A1 workbook/unrecognized-sheet',
      // "Grow" names its metric and target in their columns, but no driver and no deadline.
      'Goals!A2 goal/not-relevant',
      'Goals!A2 goal/not-time-bound',
      'Sheet6!A1 workbook/unrecognized-sheet',
      'Notes!A1 workbook/unrecognized-sheet',
      'EMEA!C3 pipeline/unknown-stage',
      'Template!A1 workbook/empty-table',
      'Sheet10!A1 workbook/unrecognized-sheet',
    ]);
    const empties = result.diagnostics.filter(
      (d) => d.message === 'The sheet is empty; there is nothing to lint',
    );
    expect(empties.map((d) => d.location.sheet)).toEqual(['Sheet2', 'Sheet4', 'Sheet6', 'Sheet10']);
  });
});

describe('sorting', () => {
  it('orders by sheet, then row, then column, then rule id, whatever order the rules report in', () => {
    const rows: CellValue[][] = [
      ['Deal', 'Owner', 'Stage', 'Amount', 'Close date'],
      ['D-1', '', 'Proposal', -5, '2027-01-01'],
      ['D-1', '', 'Propsal', 'abc', '#N/A'],
    ];
    const result = lint({
      sheets: [
        { name: 'B', values: rows },
        { name: 'A', values: rows },
      ],
    });
    const order = result.diagnostics.map(
      (d) => [d.location.sheet, d.location.row, d.location.column, d.ruleId] as const,
    );
    const sorted = [...order].sort(
      (a, b) =>
        (a[0] === b[0] ? 0 : a[0] === 'B' ? -1 : 1) || a[1] - b[1] || a[2] - b[2] || a[3].localeCompare(b[3]),
    );
    expect(order).toEqual(sorted);
    expect(result.diagnostics.filter((d) => d.location.sheet === 'B').map(brief)).toEqual([
      'B!F1 pipeline/missing-column',
      'B!G1 pipeline/missing-column',
      'B!B2 pipeline/missing-owner',
      'B!D2 pipeline/negative-amount',
      'B!E2 pipeline/close-date-past',
      'B!A3 pipeline/duplicate-deal',
      'B!B3 pipeline/missing-owner',
      'B!D3 pipeline/invalid-value',
      'B!E3 pipeline/invalid-value',
    ]);
  });
});

describe('severity', () => {
  it('follows the config, and "off" rules say nothing', () => {
    const rows: CellValue[][] = [
      ['Deal', 'Owner', 'Stage', 'Amount'],
      ['D-1', '', 'Proposal', -5],
    ];
    const result = lint(
      { sheets: [{ name: 'P', values: rows }] },
      {
        rules: {
          'pipeline/missing-owner': 'hint',
          'pipeline/negative-amount': 'off',
          'pipeline/missing-column': 'off',
        },
      },
    );
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([
      ['pipeline/missing-owner', 'hint'],
    ]);
  });
});

describe('suppression', () => {
  const rows: CellValue[][] = [
    ['Deal', 'Owner', 'Stage', 'Amount', 'Lint ignore'],
    ['D-1', '', 'Proposal', -5, 'pipeline/missing-owner'],
    ['D-2', '', 'Proposal', -5, '*'],
    ['D-3', '', 'Proposal', -5, 'pipeline/negative-amount; pipeline/missing-owner'],
    ['D-4', 'Ann', 'Proposal', 5, 'pipeline/negative-amount'],
  ];
  const result = lint(
    { sheets: [{ name: 'P', values: rows }] },
    { rules: { 'pipeline/missing-column': 'off' } },
  );

  it('silences only what a row lists, on that row', () => {
    expect(result.diagnostics.map(brief)).toEqual([
      'P!D2 pipeline/negative-amount',
      'P!E5 workbook/unused-suppression',
    ]);
  });

  it('keeps the deal and owner on what it reports', () => {
    expect(result.diagnostics[0]).toMatchObject({ deal: 'D-1', severity: 'error' });
    expect(result.diagnostics[0].owner).toBeUndefined();
    expect(result.diagnostics[1]).toMatchObject({ deal: 'D-4', owner: 'Ann' });
  });
});

describe('Date objects, Excel serials and ISO text', () => {
  // One workbook, three ways a host may hand its dates over: Apps Script's getValues() gives Dates,
  // Excel's range.values gives serial numbers (with their number formats), a CSV gives text.
  type Form = 'date' | 'serial' | 'text';
  const ROWS: (string | number)[][] = [
    ['W-1', 'Ann', 'Won', 10_000, '2027-01-01', '2027-01-31', '2027-01-31'],
    ['W-2', 'Ann', 'Won', 12_000, '2027-01-01', '2027-02-10', '2027-02-10'],
    ['W-3', 'Bob', 'Won', 8_000, '2027-01-01', '2027-02-20', '2027-02-20'],
    ['W-4', 'Bob', 'Won', 20_000, '2027-01-01', '2027-03-02', '2027-03-02'],
    ['W-5', 'Cy', 'Won', 5_000, '2027-01-01', '2027-03-12', '2027-03-12'],
    ['D-1', 'Ann', 'Negotiation', 9_000, '2027-01-05', '2027-09-30', '2027-03-22'],
    ['D-2', 'Bob', 'Proposal', 7_000, '2027-02-01', '2027-06-01', '2027-06-25'],
    ['D-3', 'Cy', 'Proposal', 3_000, '2027-05-01', '2027-04-01', '2027-06-25'],
    ['D-4', 'Dee', 'Lost', 3_000, '2026-05-01', '2026-04-01', '2026-01-01'],
    ['D-5', 'Eve', 'Prospecting', '', '2027-06-01', '', ''],
  ];
  const isDate = (i: number) => i >= 4;
  const asForm = (iso: string, form: Form): CellValue => {
    const [y, m, d] = iso.split('-').map(Number);
    if (form === 'text') return iso;
    if (form === 'date') return new Date(y, m - 1, d);
    return serialFromDay(Date.UTC(y, m - 1, d) / 86_400_000);
  };
  const workbook = (form: Form): WorkbookSnapshot => {
    const values: CellValue[][] = [
      H,
      ...ROWS.map((r) => r.map((v, i) => (isDate(i) && typeof v === 'string' && v ? asForm(v, form) : v))),
    ];
    const numberFormats =
      form === 'serial'
        ? values.map((r, ri) => r.map((_, i) => (ri > 0 && isDate(i) ? 'm/d/yyyy' : 'General')))
        : undefined;
    return { sheets: [{ name: 'Pipeline', values, numberFormats }] };
  };
  const comparable = (d: Diagnostic) => ({
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    address: d.location.address,
    related: d.related?.map((r) => `${r.location.address} ${r.message}`),
    fixes: d.fixes?.map(
      (f) => `${f.title}: ${f.edits.map((e) => `${e.location.address}=${e.value}`).join(', ')}`,
    ),
    deal: d.deal,
    owner: d.owner,
  });
  const text = lint(workbook('text')).diagnostics.map(comparable);

  it('the text workbook exercises the date rules', () => {
    expect(text.map((d) => `${d.address} ${d.ruleId}`)).toEqual([
      'Pipeline!G7 pipeline/stalled-deal',
      'Pipeline!F8 pipeline/close-date-past',
      'Pipeline!F9 pipeline/close-date-past',
      'Pipeline!F9 pipeline/date-order',
      'Pipeline!F10 pipeline/date-order',
    ]);
    expect(text[0].message).toBe(
      'No activity for 100 days (last 2027-03-22) on a deal in Negotiation; 90% of won deals closed within 70 days',
    );
  });

  it.each<Form>(['date', 'serial'])('%s cells give the same diagnostics as text', (form) => {
    expect(lint(workbook(form)).diagnostics.map(comparable)).toEqual(text);
  });

  it('also under a day-first locale', () => {
    const de = (form: Form) => lint(workbook(form), { locale: 'de-DE' }).diagnostics.map(comparable);
    expect(de('date')).toEqual(de('serial'));
    expect(de('date')).toEqual(text);
  });
});

describe('sheets pinned by the config', () => {
  const deals: CellValue[][] = [H, ['D-1', '', 'Propsal', 100, '2027-01-05', '2027-08-01', '2027-06-20']];
  // Fits both an adoption sheet and a pipeline equally well; adoption is tried first.
  const both: CellValue[][] = [
    ['Rep', 'Change', 'Stage', 'Stage date', 'Amount'],
    ['Ann', 'MEDDIC', 'Propsal', '2027-06-01', 100],
  ];

  it('"ignore" leaves a sheet out entirely', () => {
    const result = lint(
      {
        sheets: [
          { name: 'Old', values: deals },
          { name: 'Now', values: deals },
        ],
      },
      { sheets: { Old: 'ignore' } },
    );
    expect(result.sheets.map((s) => s.name)).toEqual(['Now']);
    expect(result.diagnostics.every((d) => d.location.sheet === 'Now')).toBe(true);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.rowsLinted).toBe(1);
  });

  it('"ignore" on an empty sheet silences unrecognized-sheet', () => {
    expect(
      lint({ sheets: [{ name: 'Blank', values: [] }] }, { sheets: { Blank: 'ignore' } }).diagnostics,
    ).toEqual([]);
  });

  it('a pinned role settles a header that fits two roles', () => {
    expect(lint({ sheets: [{ name: 'Team', values: both }] }).sheets[0].role).toBe('adoption');
    const pinned = lint({ sheets: [{ name: 'Team', values: both }] }, { sheets: { Team: 'pipeline' } });
    expect(pinned.sheets[0]).toEqual({ name: 'Team', role: 'pipeline', headerRow: 1, rows: 1 });
    expect(pinned.diagnostics.map(brief)).toContain('Team!C2 pipeline/unknown-stage');
  });

  it('a pinned role the headers do not fit leaves the sheet unlinted, and says so', () => {
    const result = lint({ sheets: [{ name: 'Deals', values: deals }] }, { sheets: { Deals: 'goals' } });
    expect(result.sheets[0].role).toBeUndefined();
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'The config pins this sheet as goals, but no row in its first 30 has what it needs: a Goal (or Objective, Title) column',
    ]);
  });

  it('a pin for a sheet the workbook does not have is harmless', () => {
    expect(
      lint({ sheets: [{ name: 'Deals', values: deals }] }, { sheets: { Gone: 'ignore' } }).sheets,
    ).toHaveLength(1);
  });
});

describe('columns the rules need', () => {
  it('a rule without its column does not run; missing-column says so once', () => {
    const rows: CellValue[][] = [
      ['Deal', 'Owner', 'Stage', 'Amount'],
      ...Array.from({ length: 5 }, (_, i) => [`D-${i}`, 'Ann', 'Proposal', 100]),
    ];
    const result = lint({ sheets: [{ name: 'P', values: rows }] });
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'No "Close date" column; pipeline/date-order, pipeline/missing-close-date, pipeline/close-date-past need it and did not run',
      'No "Created" or "Stage date" column; pipeline/date-order needs one of them and did not run',
      'No "Last activity", "Stage date" or "Created" column; pipeline/stalled-deal needs one of them and did not run',
    ]);
    expect(result.diagnostics.map((d) => d.location.address)).toEqual(['P!E1', 'P!F1', 'P!G1']);
  });
});

describe('purity and progress', () => {
  it('does not change the snapshot it is given', () => {
    const sheets: SheetSnapshot[] = [
      {
        name: 'P',
        values: [H, ['D-1', '', 'Propsal', '-5', '2027-01-05', '2026-01-01', new Date(2027, 0, 1)], ['D-1']],
      },
      { name: 'Products', values: [['Product'], ['GTX']] },
    ];
    const before = structuredClone(sheets);
    lint({ sheets });
    expect(sheets).toEqual(before);
  });

  it('reports progress up to every row', () => {
    const rows: CellValue[][] = [
      H,
      ...Array.from({ length: 45_000 }, (_, i) => [
        `D-${i}`,
        'Ann',
        'Proposal',
        100,
        '2027-01-05',
        '2027-08-01',
        '2027-06-20',
      ]),
    ];
    const calls: [number, number][] = [];
    const result = lintWorkbook({ sheets: [{ name: 'Big', values: rows }] }, configOf(), RULES, {
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(result.rowsLinted).toBe(45_000);
    expect(calls).toEqual([
      [20_000, 45_000],
      [40_000, 45_000],
      [45_000, 45_000],
    ]);
  });
});

describe('lint never throws', () => {
  const HEADER_WORDS = [
    ...H,
    'Stage date',
    'Next step',
    'Probability',
    'Product',
    'Account',
    'Lint ignore',
    'Notes',
    'Goal',
    'Person',
    'Change',
    'Rep',
    'Amount',
  ];
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constantFrom<CellValue>(
      null,
      undefined,
      '',
      '  ',
      '#N/A',
      '#REF!',
      '*',
      'pipeline/missing-owner',
      'pipeline/nope, *',
    ),
    fc.constantFrom(...HEADER_WORDS),
    fc.constantFrom('Proposal', 'Won', 'Lost', 'Closed Won', 'Prospecting', 'Negotiaton', 'Lead'),
    fc.constantFrom(
      '2027-01-05',
      '03/04/2027',
      '25/12/2026',
      '12/25/2026',
      '5-Jan-27',
      '2027-02-30',
      '$12,000',
      '(500)',
      '1.200,50',
      '25%',
      '150%',
    ),
    fc.string({ maxLength: 12 }),
    fc.integer({ min: -100_000, max: 3_000_000 }),
    fc.double(),
    fc.boolean(),
    fc.date(),
    fc.constant(new Date(NaN)),
  );
  const row = fc.array(cell, { maxLength: 9 });
  // Half the headers carry a stage column, so most runs lint a real pipeline (with duplicates and odd columns).
  const withStage = fc
    .shuffledSubarray(
      HEADER_WORDS.filter((w) => w !== 'Stage'),
      { minLength: 2, maxLength: 8 },
    )
    .chain((h) => fc.nat({ max: h.length }).map((i) => [...h.slice(0, i), 'Stage', ...h.slice(i)]));
  const header = fc.oneof(fc.shuffledSubarray(HEADER_WORDS, { minLength: 2, maxLength: 9 }), withStage);
  const sheetValues = fc
    .tuple(fc.array(row, { maxLength: 3 }), fc.option(header), fc.array(row, { maxLength: 12 }))
    .map(([before, h, after]) => [...before, ...(h ? [h] : []), ...after]);
  const workbook = fc
    .uniqueArray(fc.constantFrom('Pipeline', 'Sheet 2', "Rep's list", 'Products', 'x'), {
      minLength: 1,
      maxLength: 4,
    })
    .chain((names) =>
      fc.tuple(...names.map((name) => sheetValues.map((values): SheetSnapshot => ({ name, values })))),
    );
  const config = fc.constantFrom<PipelintConfig>(
    {},
    { locale: 'de-DE' },
    { locale: 'en-GB', columns: { amount: 'Notes', closeDate: 'C' } },
    {
      stages: [
        { name: 'Proposal', maxDays: 10 },
        { name: 'Won', closed: 'won' },
        { name: 'Lost', closed: 'lost' },
      ],
    },
    { sheets: { Pipeline: 'pipeline', x: 'ignore', Products: 'lookup' } },
  );

  it('on arbitrary sheets of mixed values, and every location is a real cell address', () => {
    fc.assert(
      fc.property(workbook, config, (sheets, raw) => {
        const result = lint({ sheets }, raw);
        const names = new Set(sheets.map((s) => s.name));
        const check = (loc: { sheet: string; row: number; column: number; address: string }) => {
          expect(names.has(loc.sheet)).toBe(true);
          expect(Number.isInteger(loc.row) && loc.row >= 1).toBe(true);
          expect(Number.isInteger(loc.column) && loc.column >= 1).toBe(true);
          expect(loc.address).toBe(cellAddress(loc.sheet, loc.row, loc.column));
        };
        for (const d of result.diagnostics) {
          check(d.location);
          for (const r of d.related ?? []) check(r.location);
          for (const f of d.fixes ?? []) for (const e of f.edits) check(e.location);
          expect(typeof d.message).toBe('string');
          expect(d.message.length).toBeGreaterThan(0);
        }
        const sheetIndex = new Map(sheets.map((s, i) => [s.name, i]));
        for (let i = 1; i < result.diagnostics.length; i++) {
          const a = result.diagnostics[i - 1].location;
          const b = result.diagnostics[i].location;
          expect(
            sheetIndex.get(a.sheet)! - sheetIndex.get(b.sheet)! || a.row - b.row || a.column - b.column,
          ).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
