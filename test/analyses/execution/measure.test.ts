import {
  MEASURE_FUNCTIONS,
  atCharacter,
  parseMeasure,
  readMeasure,
  sheetReference,
  type CompiledMeasure,
  type MeasureError,
  type MeasureSources,
} from '../../../shared/analyses/execution/measure';
import type { CallNode, MeasureNode } from '../../../shared/analyses/execution/measureAst';
import type { CellValue } from '../../../shared/ground/types';
import { day } from '../goals/days';
import { ACTIVITIES, HISTORY, PIPELINE, QUARTER, WORKBOOK, readWorkbook } from './workbook';

function ast(text: string): MeasureNode {
  const parsed = parseMeasure(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.ast;
}

/** The arguments of a measure that is one call. */
const args = (text: string) => (ast(text) as CallNode).args;

function syntaxError(text: string): MeasureError {
  const parsed = parseMeasure(text);
  if (parsed.ok) throw new Error(`${text} parsed`);
  return parsed.error;
}

const span = (start: number, end: number) => ({ start, end });

describe('parseMeasure: what it reads', () => {
  it('a sum of two calls, every node with its characters', () => {
    expect(ast('SUM(Activities[Calls]) + SUM(Activities[Meetings])')).toEqual({
      type: 'binary',
      op: '+',
      span: span(0, 50),
      left: {
        type: 'call',
        name: 'SUM',
        nameSpan: span(0, 3),
        span: span(0, 22),
        args: [
          { type: 'column', column: 'Calls', sheet: 'Activities', sheetSpan: span(4, 14), span: span(4, 21) },
        ],
      },
      right: {
        type: 'call',
        name: 'SUM',
        nameSpan: span(25, 28),
        span: span(25, 50),
        args: [
          {
            type: 'column',
            column: 'Meetings',
            sheet: 'Activities',
            sheetSpan: span(29, 39),
            span: span(29, 49),
          },
        ],
      },
    });
  });

  it('a sheet and a condition of two comparisons', () => {
    expect(ast('COUNT(Activities, [Type] = "Joint call" AND [Manager joined] = "Yes")')).toEqual({
      type: 'call',
      name: 'COUNT',
      nameSpan: span(0, 5),
      span: span(0, 69),
      args: [
        { type: 'sheet', name: 'Activities', span: span(6, 16) },
        {
          type: 'and',
          span: span(18, 68),
          left: {
            type: 'compare',
            op: '=',
            column: { type: 'column', column: 'Type', span: span(18, 24) },
            value: { type: 'text', value: 'Joint call', span: span(27, 39) },
            span: span(18, 39),
          },
          right: {
            type: 'compare',
            op: '=',
            column: { type: 'column', column: 'Manager joined', span: span(44, 60) },
            value: { type: 'text', value: 'Yes', span: span(63, 68) },
            span: span(44, 68),
          },
        },
      ],
    });
  });

  it('every function, as written, with no arguments or several', () => {
    for (const { name } of MEASURE_FUNCTIONS) expect(ast(`${name}()`)).toMatchObject({ name, args: [] });
    expect(ast('deals_won( )')).toMatchObject({ name: 'deals_won', nameSpan: span(0, 9), span: span(0, 12) });
    expect(args('DEALS_REACHING("Proposal", [Product] <> "GTX Basic")')).toMatchObject([
      { type: 'text', value: 'Proposal', span: span(15, 25) },
      { type: 'compare', op: '<>', column: { column: 'Product' }, value: { value: 'GTX Basic' } },
    ]);
  });

  it.each<[string, string, { start: number; end: number }]>([
    ['COUNT(Activities)', 'Activities', span(6, 16)],
    ["COUNT('Team''s log')", "Team's log", span(6, 19)],
    ["COUNT('Activity log')", 'Activity log', span(6, 20)],
    ['COUNT(Aktivitäten)', 'Aktivitäten', span(6, 17)],
    ['COUNT(Log_2026.Q4)', 'Log_2026.Q4', span(6, 17)],
    ['COUNT(Notes)', 'Notes', span(6, 11)],
    ['COUNT(Orders)', 'Orders', span(6, 12)],
    ['COUNT(android)', 'android', span(6, 13)],
  ])('%s names the sheet %p', (text, name, where) => {
    expect(args(text)).toEqual([{ type: 'sheet', name, span: where }]);
  });

  it('a quoted sheet before a column', () => {
    expect(args("SUM('Activity log'[Calls])")).toEqual([
      { type: 'column', column: 'Calls', sheet: 'Activity log', sheetSpan: span(4, 18), span: span(4, 25) },
    ]);
  });

  it('column names keep inner spaces and lose outer ones', () => {
    expect(args('SUM(Activities[  Calls made ])')[0]).toMatchObject({
      column: 'Calls made',
      span: span(4, 29),
    });
    expect(args('COUNT(Activities, [Deal (GTX)] = 1)')[1]).toMatchObject({
      column: { column: 'Deal (GTX)' },
    });
  });

  it.each<[string, string]>([
    ['"Joint call"', 'Joint call'],
    ['"say ""hi"""', 'say "hi"'],
    ['""', ''],
    ['"a, b) AND c"', 'a, b) AND c'],
    ['"Café"', 'Café'],
  ])('text %s reads as %p', (written, value) => {
    const compare = args(`COUNT(A, [Note] = ${written})`)[1];
    expect(compare).toMatchObject({ value: { type: 'text', value, span: span(18, 18 + written.length) } });
  });

  it.each<[string, number]>([
    ['10', 10],
    ['-2.5', -2.5],
    ['0.25', 0.25],
    ['007', 7],
  ])('number %s reads as %p', (written, value) => {
    const compare = args(`COUNT(A, [Calls] > ${written})`)[1];
    expect(compare).toMatchObject({ value: { type: 'number', value, span: span(19, 19 + written.length) } });
  });

  it.each([
    ['=', '='],
    ['<>', '<>'],
    ['!=', '<>'],
    ['<', '<'],
    ['<=', '<='],
    ['>', '>'],
    ['>=', '>='],
  ])('operator %s is %s', (written, op) => {
    expect(args(`COUNT(A, [Calls]${written}3)`)[1]).toMatchObject({ type: 'compare', op });
  });

  it('NOT binds tighter than AND, and AND tighter than OR', () => {
    expect(args('COUNT(A, [a] = 1 OR [b] = 2 AND NOT [c] = 3)')[1]).toMatchObject({
      type: 'or',
      span: span(9, 43),
      left: { type: 'compare', column: { column: 'a' } },
      right: {
        type: 'and',
        span: span(20, 43),
        left: { type: 'compare', column: { column: 'b' } },
        right: { type: 'not', span: span(32, 43), operand: { column: { column: 'c' } } },
      },
    });
  });

  it('parentheses group a condition, and their span includes them', () => {
    expect(args('COUNT(A, ([a] = 1 or [b] = 2) and not ([c] = 3))')[1]).toMatchObject({
      type: 'and',
      span: span(9, 47),
      left: { type: 'or', span: span(9, 29) },
      right: { type: 'not', span: span(34, 47), operand: { type: 'compare', span: span(38, 47) } },
    });
  });

  it('AND, OR and NOT in any case; chains fold to the left', () => {
    expect(args('COUNT(A, [a] = 1 And [b] = 2 AND [c] = 3)')[1]).toMatchObject({
      type: 'and',
      left: { type: 'and', left: { column: { column: 'a' } }, right: { column: { column: 'b' } } },
      right: { column: { column: 'c' } },
    });
    expect(args('COUNT(A, nOt NOT [a] = 1)')[1]).toMatchObject({ type: 'not', operand: { type: 'not' } });
  });

  it('+ and - fold to the left; parentheses regroup them', () => {
    expect(ast('COUNT(A) - COUNT(B) + COUNT(C)')).toMatchObject({
      op: '+',
      left: { op: '-', left: { args: [{ name: 'A' }] }, right: { args: [{ name: 'B' }] }, span: span(0, 19) },
      right: { args: [{ name: 'C' }] },
    });
    expect(ast('COUNT(A) - (COUNT(B) + COUNT(C))')).toMatchObject({
      op: '-',
      span: span(0, 32),
      right: { type: 'binary', op: '+', span: span(11, 32) },
    });
  });

  it('spaces, tabs, line breaks and no-break spaces around anything; spans stay in the cell', () => {
    expect(ast(' \tSUM ( Activities[Calls] )\n-\u00a0COUNT(B) ')).toMatchObject({
      op: '-',
      span: span(2, 38),
      left: { name: 'SUM', nameSpan: span(2, 5), span: span(2, 27) },
      right: { name: 'COUNT', span: span(30, 38) },
    });
  });
});

describe('parseMeasure: what it does not read', () => {
  it.each<[string, number, string]>([
    [
      'SUM(Activities[Calls]',
      22,
      'a comparison (=, <>, <, <=, >, >=), "," or ")" but the measure ends there',
    ],
    ['COUNT(Activities) x', 19, '"+", "-" or the end of the measure but found "x"'],
    ['COUNT(Activities, [Type] 5)', 26, 'a comparison (=, <>, <, <=, >, >=), "," or ")" but found "5"'],
    ['COUNT(Activities, [Type] < )', 28, 'a text in double quotes or a number but found ")"'],
    ['COUNT(Activities, [Calls] = 1 2)', 31, '"and", "or", "," or ")" but found "2"'],
    ['COUNT(Activities) +', 20, 'a name or "(" but the measure ends there'],
    ['COUNT(Activities) + 3', 21, 'a name or "(" but found "3"'],
    [
      'COUNT(Activities,)',
      18,
      '"not", a name, "\'", "[", "(", a text in double quotes or a number but found ")"',
    ],
    [
      'COUNT(',
      7,
      '"not", a name, "\'", "[", "(", a text in double quotes, a number or ")" but the measure ends there',
    ],
    ["COUNT('", 8, 'any character but "\'" or "\'\'" but the measure ends there'],
    ['(see notes)', 6, '"(" but found "n"'],
  ])('%s: at character %i', (text, character, expected) => {
    const error = syntaxError(text);
    expect(error.message).toBe(`at character ${character}, expected ${expected}`);
    expect(error.message.startsWith(atCharacter(error.span))).toBe(true);
    const atEnd = expected.endsWith('the measure ends there');
    expect(error.span).toEqual(span(character - 1, character - (atEnd ? 1 : 0)));
  });

  it('AND, OR and NOT are no names', () => {
    expect(syntaxError('COUNT(and)').span).toEqual(span(6, 7));
    expect(syntaxError('COUNT(Not)').span).toEqual(span(9, 10));
    expect(syntaxError('OR()').span).toEqual(span(0, 1));
  });

  it.each(['second meetings held', '', 'calls per week', 'SUM Activities[Calls]'])(
    '%p, with no bracket, is words',
    (text) => {
      expect(syntaxError(text)).toEqual({
        message: `"${text}" is words, not a measure: write one the workbook can count, such as COUNT(Activities) or DEALS_WON()`,
        span: span(0, text.length),
      });
    },
  );
});

describe('sheetReference', () => {
  it.each([
    ['Activities', 'Activities'],
    ['Aktivitäten', 'Aktivitäten'],
    ['Log_2026.Q4', 'Log_2026.Q4'],
    ['Notes', 'Notes'],
    ['Activity log', "'Activity log'"],
    ["Team's log", "'Team''s log'"],
    ['2026', "'2026'"],
    ['Q4-plan', "'Q4-plan'"],
    ['and', "'and'"],
    ['NOT', "'NOT'"],
    ['Or', "'Or'"],
  ])('%p is written %s', (name, written) => {
    expect(sheetReference(name)).toBe(written);
  });
});

// ---- checking against the workbook ------------------------------------------------------------

const WITH_HISTORY = readWorkbook([...WORKBOOK, HISTORY]).sources;
const SOURCES = readWorkbook(WORKBOOK).sources;

function compiled(text: string, sources: MeasureSources = SOURCES): CompiledMeasure {
  const result = readMeasure(text, sources);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.measure;
}

function errorsOf(text: string, sources: MeasureSources = SOURCES): MeasureError[] {
  const result = readMeasure(text, sources);
  if (result.ok) throw new Error(`${text} compiled`);
  return result.errors;
}

/** The totals as one object: `all`, then each owner by lookup key. */
function totals(text: string, sources: MeasureSources = SOURCES, window = QUARTER) {
  const t = compiled(text, sources).totals(window);
  return { all: t.all, ...Object.fromEntries(t.byOwner) };
}

const isThePipeline = (name: string) =>
  `${name} is the pipeline: count its deals with DEALS_CREATED, DEALS_REACHING, DEALS_WON or WON_AMOUNT`;

describe('compileMeasure: references that do not resolve', () => {
  it.each<[string, MeasureError]>([
    [
      'WON_AMUNT()',
      {
        message: 'WON_AMUNT is not a measure function; did you mean WON_AMOUNT?',
        span: span(0, 9),
        replacement: 'WON_AMOUNT',
      },
    ],
    [
      'sum(Activities[Calls]) + coutn(Activities)',
      {
        message: 'coutn is not a measure function; did you mean COUNT?',
        span: span(25, 30),
        replacement: 'COUNT',
      },
    ],
    [
      'AVERAGE(Activities[Calls])',
      {
        message:
          'AVERAGE is not a measure function (use COUNT, SUM, DEALS_CREATED, DEALS_REACHING, DEALS_WON, WON_AMOUNT)',
        span: span(0, 7),
      },
    ],
    [
      'COUNT(Activites)',
      {
        message: 'there is no sheet named Activites; did you mean Activities?',
        span: span(6, 15),
        replacement: 'Activities',
      },
    ],
    [
      "COUNT('Teams log')",
      {
        message: "there is no sheet named Teams log; did you mean Team's log?",
        span: span(6, 17),
        replacement: "'Team''s log'",
      },
    ],
    [
      'COUNT(Nowhere)',
      {
        message: "there is no sheet named Nowhere; activity sheets: Activities, Team's log",
        span: span(6, 13),
      },
    ],
    [
      'COUNT(Pipeline)',
      {
        message: isThePipeline('Pipeline'),
        span: span(6, 14),
      },
    ],
    [
      'SUM(pipeline[Amount])',
      {
        message: isThePipeline('pipeline'),
        span: span(4, 12),
      },
    ],
    [
      'COUNT(Notes)',
      {
        message:
          'Notes is not an activity sheet: it needs a rep and a date column so each row belongs to someone and some day',
        span: span(6, 11),
      },
    ],
    [
      'SUM(Activities[Cals])',
      {
        message: 'Activities has no column "Cals"; did you mean [Calls]?',
        span: span(4, 20),
        replacement: 'Activities[Calls]',
      },
    ],
    [
      "COUNT('Team''s log'[Demo])",
      {
        message: `Team's log has no column "Demo"; did you mean [Demos]?`,
        span: span(6, 25),
        replacement: "'Team''s log'[Demos]",
      },
    ],
    [
      'COUNT(Activities, [Typ] = "Call")',
      {
        message: 'Activities has no column "Typ"; did you mean [Type]?',
        span: span(18, 23),
        replacement: '[Type]',
      },
    ],
    ['SUM(Activities[Revenue])', { message: 'Activities has no column "Revenue"', span: span(4, 23) }],
    [
      'COUNT(Activities, Pipeline[Stage] = "Won")',
      { message: 'this can only test columns of Activities, not of Pipeline', span: span(18, 26) },
    ],
    [
      'COUNT(Activities, [Calls] < "10")',
      { message: 'text can only be compared with = or <>; < needs a number', span: span(18, 32) },
    ],
    [
      'DEALS_REACHING("Proposl")',
      {
        message: '"Proposl" is not a stage of the pipeline; did you mean "Proposal"?',
        span: span(15, 24),
        replacement: '"Proposal"',
      },
    ],
    [
      'DEALS_REACHING("Lost")',
      { message: '"Lost" is a lost stage; count progress toward a win, not losses', span: span(15, 21) },
    ],
    [
      'DEALS_REACHING("Banana")',
      {
        message:
          // The stages the pipeline uses, learnt from it: there is no stages list in the config.
          '"Banana" is not a stage of the pipeline (stages: Proposal, Negotiation, Won, Lost)',
        span: span(15, 23),
      },
    ],
    [
      'DEALS_WON([Prodcut] = "GTX Pro")',
      {
        message: 'Pipeline has no column "Prodcut"; did you mean [Product]?',
        span: span(10, 19),
        replacement: '[Product]',
      },
    ],
  ])('%s', (text, error) => {
    expect(errorsOf(text)).toEqual([error]);
  });

  it.each([
    'SUM(Activities)',
    'SUM([Calls])',
    'COUNT(Activities, "Call")',
    'COUNT(Activities, [Calls] > 1, [Calls] < 9)',
    'COUNT()',
    'DEALS_REACHING()',
    'DEALS_REACHING([Stage] = "Won")',
    'DEALS_WON(Pipeline)',
    'DEALS_CREATED([Product] = "a", [Product] = "b")',
  ])('%s is not how the function is called: the message shows how', (text) => {
    const name = text.slice(0, text.indexOf('('));
    const { signature } = MEASURE_FUNCTIONS.find((f) => f.name === name)!;
    expect(signature.startsWith(`${name}(`)).toBe(true);
    expect(errorsOf(text)).toEqual([
      { message: `${name} is written ${signature}`, span: span(0, text.length) },
    ]);
  });

  it('reports every broken reference, each at its own characters', () => {
    expect(errorsOf('COUNT(Activites) + SUM(Activities[Cals]) - WON_AMUNT()').map((e) => e.span)).toEqual([
      span(6, 15),
      span(23, 39),
      span(43, 52),
    ]);
  });

  it('a workbook with no activity sheet says so', () => {
    expect(errorsOf('COUNT(Activities)', readWorkbook([PIPELINE]).sources)).toEqual([
      {
        message: 'there is no sheet named Activities; the workbook has no activity sheet',
        span: span(6, 16),
      },
    ]);
  });

  it('deal functions need a pipeline', () => {
    expect(errorsOf('DEALS_WON()', readWorkbook([ACTIVITIES]).sources)).toEqual([
      { message: 'DEALS_WON counts deals, and the workbook has no pipeline sheet', span: span(0, 9) },
    ]);
  });

  describe('deal functions need the pipeline columns they read', () => {
    const lean = {
      name: 'Lean',
      values: [
        ['Deal', 'Owner', 'Stage', 'Created'],
        ['D1', 'Ann', 'Proposal', '2026-10-02'],
        ['D9', 'Cleo', 'Negotiation', '2026-11-03'],
      ] as CellValue[][],
    };
    const sources = readWorkbook([lean]).sources;

    it.each([
      ['WON_AMOUNT()', "WON_AMOUNT needs the pipeline's Close date and Amount columns", 10],
      ['DEALS_WON()', "DEALS_WON needs the pipeline's Close date column", 9],
      ['DEALS_REACHING("Proposal")', "DEALS_REACHING needs the pipeline's In stage since column", 14],
    ])('%s', (text, message, end) => {
      expect(errorsOf(text, sources)).toEqual([{ message, span: span(0, end) }]);
    });

    it('DEALS_CREATED needs only the Created column', () => {
      expect(totals('DEALS_CREATED()', sources)).toEqual({ all: 2, ANN: 1, CLEO: 1 });
    });

    it('DEALS_REACHING does without In stage since when a pipeline history has the moves', () => {
      // D1 reached Proposal on 2026-09-15 by the history; D9 has no recorded move, so counts from
      // its Created date.
      expect(totals('DEALS_REACHING("Proposal")', readWorkbook([lean, HISTORY]).sources)).toEqual({
        all: 1,
        CLEO: 1,
      });
    });
  });
});

describe('compileMeasure: counting', () => {
  it.each<[string, Record<string, number>]>([
    ['SUM(Activities[Calls])', { all: 59, ANN: 22, BOB: 30 }],
    ['SUM(activities[ calls ])', { all: 59, ANN: 22, BOB: 30 }],
    ['COUNT(Activities)', { all: 5, ANN: 2, BOB: 2 }],
    ['COUNT(Activities[Meetings])', { all: 4, ANN: 2, BOB: 1 }],
    ['COUNT(Activities[manager JOINED])', { all: 3, ANN: 2, BOB: 1 }],
    ['COUNT(Activities, [Type] = "Joint call")', { all: 2, ANN: 2 }],
    ['COUNT(Activities, [Type] = "Joint call" AND [Manager joined] = "Yes")', { all: 1, ANN: 1 }],
    ['COUNT(Activities, NOT [Type] = "Call")', { all: 3, ANN: 2, BOB: 1 }],
    ['COUNT(Activities, [Type] <> "call")', { all: 3, ANN: 2, BOB: 1 }],
    ['COUNT(Activities, [Type] = "Meeting" OR [Type] = "Call" AND [Calls] > 20)', { all: 2, BOB: 2 }],
    ['COUNT(Activities, ([Type] = "Meeting" OR [Type] = "Call") AND [Calls] > 20)', { all: 1, BOB: 1 }],
    ['SUM(Activities[Calls], [Calls] >= 12)', { all: 42, ANN: 12, BOB: 30 }],
    ['COUNT(Activities, [Calls] < 10)', { all: 1 }],
    ['COUNT(Activities, [Calls] <> 10)', { all: 4, ANN: 1, BOB: 2 }],
    ['COUNT(Activities, [Calls] = 12)', { all: 1, ANN: 1 }],
    ['COUNT(Activities, [Calls] <= 10)', { all: 2, ANN: 1 }],
    ["SUM('Team''s log'[Demos])", { all: 6, BOB: 4, CLEO: 2 }],
    ['SUM(Activities[Calls]) - COUNT(Activities)', { all: 54, ANN: 20, BOB: 28 }],
    ['COUNT(Activities) + DEALS_WON()', { all: 7, ANN: 3, BOB: 3 }],
    ['DEALS_CREATED()', { all: 4, ANN: 1, BOB: 2 }],
    ['DEALS_CREATED([Amount] >= 1000)', { all: 3, ANN: 1, BOB: 2 }],
    ['DEALS_WON()', { all: 2, ANN: 1, BOB: 1 }],
    ['WON_AMOUNT()', { all: 8000, ANN: 3000, BOB: 5000 }],
    ['WON_AMOUNT([Product] = "GTX Pro")', { all: 5000, BOB: 5000 }],
    ['WON_AMOUNT(Pipeline[Product] = "gtx pro")', { all: 5000, BOB: 5000 }],
    ['WON_AMOUNT() - WON_AMOUNT([Product] = "GTX Basic")', { all: 5000, ANN: 0, BOB: 5000 }],
    ['DEALS_REACHING("Proposal")', { all: 4, ANN: 2, BOB: 1 }],
    ['DEALS_REACHING("quote")', { all: 4, ANN: 2, BOB: 1 }],
    ['DEALS_REACHING("Negotiation")', { all: 3, ANN: 1, BOB: 1 }],
    ['DEALS_REACHING("Proposal", [Product] <> "GTX Basic")', { all: 3, ANN: 1, BOB: 1 }],
  ])('%s over the quarter', (text, expected) => {
    expect(totals(text)).toEqual(expected);
  });

  it('counts only the window, both ends included', () => {
    const firstHalf = { from: day('2026-11-01'), to: day('2026-11-15') };
    expect(totals('SUM(Activities[Calls])', SOURCES, firstHalf)).toEqual({ all: 47, ANN: 10, BOB: 30 });
    expect(totals('DEALS_REACHING("Proposal")', SOURCES, firstHalf)).toEqual({ all: 2, BOB: 1 });
    const oneDay = { from: day('2026-11-02'), to: day('2026-11-02') };
    expect(totals('COUNT(Activities) + DEALS_CREATED()', SOURCES, oneDay)).toEqual({ all: 2, ANN: 1 });
    expect(totals('COUNT(Activities)', SOURCES, { from: day('2027-01-01'), to: day('2027-03-31') })).toEqual({
      all: 0,
    });
  });

  it('DEALS_REACHING follows the pipeline history when there is one', () => {
    // D1 reached Proposal before the quarter; D2 went past it on 10-25; D4 reached it before it
    // was lost; D3 and D5 have no recorded move and count from their In stage since dates.
    expect(totals('DEALS_REACHING("Proposal")', WITH_HISTORY)).toEqual({ all: 4, ANN: 1, BOB: 2 });
    expect(
      totals('DEALS_REACHING("Proposal")', WITH_HISTORY, { from: day('2026-11-01'), to: QUARTER.to }),
    ).toEqual({ all: 1 });
    expect(totals('DEALS_REACHING("Won")', WITH_HISTORY)).toEqual({ all: 2, ANN: 1, BOB: 1 });
  });

  describe('with two pipeline sheets', () => {
    const renewals = {
      name: 'Renewals',
      values: [
        ['Deal', 'Owner', 'Stage', 'Amount', 'Created', 'In stage since', 'Close date'],
        ['R1', 'Cleo', 'Won', 900, '2026-10-01', '2026-11-02', '2026-11-02'],
      ] as CellValue[][],
    };
    const both = readWorkbook([PIPELINE, renewals]).sources;

    it('counts the deals of both', () => {
      expect(totals('WON_AMOUNT()', both)).toEqual({ all: 8900, ANN: 3000, BOB: 5000, CLEO: 900 });
    });

    it('a condition on a column one of them lacks matches none of its deals', () => {
      expect(totals('WON_AMOUNT([Product] = "GTX Pro")', both)).toEqual({ all: 5000, BOB: 5000 });
      expect(totals('WON_AMOUNT(Renewals[Amount] > 0)', both)).toEqual({ all: 900, CLEO: 900 });
    });

    it('a condition neither can test is reported once', () => {
      expect(errorsOf('DEALS_WON([Prodcut] = "x")', both)).toEqual([
        {
          message: 'Pipeline has no column "Prodcut"; did you mean [Product]?',
          span: span(10, 19),
          replacement: '[Product]',
        },
      ]);
    });
  });

  it('reads numbers the way the locale writes them', () => {
    const sheet = {
      name: 'Log',
      values: [
        ['Date', 'Rep', 'Calls'],
        ['2026-11-02', 'Ann', '1.200,5'],
        ['2026-11-03', 'Ann', 3],
      ] as CellValue[][],
    };
    expect(totals('SUM(Log[Calls])', readWorkbook([sheet], { locale: 'de-DE' }).sources)).toEqual({
      all: 1203.5,
      ANN: 1203.5,
    });
    expect(totals('SUM(Log[Calls])', readWorkbook([sheet]).sources)).toEqual({ all: 3, ANN: 3 });
  });

  it.each([
    ['COUNT(Activities)', 'count'],
    ['DEALS_WON() + DEALS_CREATED()', 'count'],
    ['SUM(Activities[Calls])', 'number'],
    ['SUM(Activities[Calls]) + COUNT(Activities)', 'number'],
    ['WON_AMOUNT()', 'amount'],
    ['WON_AMOUNT() - SUM(Activities[Calls])', 'amount'],
  ])('%s counts in %s', (text, unit) => {
    expect(compiled(text).unit).toBe(unit);
  });

  it('names every owner its data names, by lookup key, as first written', () => {
    expect([...compiled('SUM(Activities[Calls])').owners]).toEqual([
      ['ANN', 'Ann'],
      ['BOB', 'Bob'],
    ]);
    expect([...compiled("COUNT(Activities) + SUM('Team''s log'[Demos]) + DEALS_WON()").owners]).toEqual([
      ['ANN', 'Ann'],
      ['BOB', 'Bob'],
      ['CLEO', 'Cleo'],
    ]);
  });
});
