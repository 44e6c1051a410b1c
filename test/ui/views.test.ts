/**
 * The Views tab's data, built from a lint run by pure functions: against the example workbook
 * (its own figures) and against small workbooks made up to pin each piece of arithmetic.
 */
import path from 'path';
import { readWorkbook } from '../../cli/read';
import { lint, loadConfig, type PipelintConfig } from '../../shared';
import type { CellValue, WorkbookSnapshot } from '../../shared/ground/types';
import { requiredPipeline } from '../../shared/functions/pipelineMath';
import {
  adoptionBoards,
  coverageView,
  moveChange,
  movesFor,
  pathView,
  pipelineView,
  type ViewSource,
} from '../../shared/ui/views/viewModel';
import { FIXTURE_CONFIG, fixtureWorkbook } from './fixture';

function source(workbook: WorkbookSnapshot, raw: PipelintConfig = FIXTURE_CONFIG): ViewSource {
  const config = loadConfig(raw);
  if (!config.ok) throw new Error(JSON.stringify(config.problems));
  const result = lint(workbook, config.config);
  return { result, config: result.config, sheetOrder: workbook.sheets.map((s) => s.name) };
}

let example: ViewSource;
beforeAll(async () => {
  const { workbook } = await readWorkbook(path.join(__dirname, '..', '..', 'examples', 'pipeline.xlsx'));
  example = source(workbook, {});
});

const PIPELINE_HEADER: CellValue[] = [
  'Deal',
  'Owner',
  'Stage',
  'Amount',
  'Created',
  'Close Date',
  'Last Activity',
];

/** Ana: six closed deals (three won), open deals in two stages; Ben: two closed deals only. */
function winRateWorkbook(goals: CellValue[][] = []): WorkbookSnapshot {
  const row = (deal: string, owner: string, stage: string, amount: number, close = '2027-08-31') => [
    deal,
    owner,
    stage,
    amount,
    '2027-06-01',
    close,
    '2027-06-28',
  ];
  const sheets: WorkbookSnapshot['sheets'] = [
    {
      name: 'Pipeline',
      values: [
        PIPELINE_HEADER,
        row('A1', 'Ana', 'Won', 10000, '2027-02-10'),
        row('A2', 'Ana', 'Won', 10000, '2026-11-10'),
        row('A3', 'Ana', 'Won', 10000, '2026-10-10'),
        row('A4', 'Ana', 'Lost', 5000, '2027-03-10'),
        row('A5', 'Ana', 'Lost', 5000, '2027-03-11'),
        row('A6', 'Ana', 'Lost', 5000, '2027-03-12'),
        row('A7', 'Ana', 'Proposal', 20000),
        row('A8', 'Ana', 'Qualification', 5000),
        row('A9', 'Ana', 'Proposal', 15000),
        row('B1', 'Ben', 'Won', 8000, '2027-03-01'),
        row('B2', 'Ben', 'Lost', 8000, '2027-03-02'),
        row('B3', 'Ben', 'Negotiation', 30000),
      ],
    },
  ];
  if (goals.length)
    sheets.push({ name: 'Goals', values: [['Goal', 'Owner', 'Metric', 'Target', 'Start', 'Due'], ...goals] });
  return { sheets };
}

describe('pipelineView', () => {
  it('gives each owner their open value per stage, in funnel order', () => {
    const ana = pipelineView(source(winRateWorkbook())).find((o) => o.owner === 'Ana')!;
    expect(ana.stages).toEqual([
      { stage: 'Qualification', value: 5000, deals: 1 },
      { stage: 'Proposal', value: 35000, deals: 2 },
    ]);
    expect([ana.open, ana.openDeals]).toEqual([40000, 3]);
    expect(ana.required).toBeUndefined();
  });

  it.each([
    // owner, target, booked in the goal's period, win rate, whose win rate
    ['Ana', 60000, 10000, 0.5, 'owner'],
    // Ben has two closed deals: the team's eight (four won) give the rate
    ['Ben', 40000, 8000, 0.5, 'team'],
  ] as const)(
    'works out the pipeline %s needs as REQUIRED_PIPELINE does',
    (owner, target, booked, rate, of) => {
      const s = source(
        winRateWorkbook([
          ['Book $60k of new revenue', 'Ana', 'Revenue', 60000, '2027-01-01', '2027-12-31'],
          ['Revenue from renewals', 'Ben', 'Bookings', 40000, '2027-01-01', '2027-12-31'],
          // not a revenue goal: no money target is taken from it
          ['Run 40 demos', 'Ana', 'Demos', 40, '2027-01-01', '2027-12-31'],
        ]),
      );
      const view = pipelineView(s).find((o) => o.owner === owner)!;
      expect(view.required).toEqual({
        target,
        booked,
        winRate: rate,
        winRateOf: of,
        needed: requiredPipeline(target, rate, booked),
        from: 'goals',
      });
    },
  );

  it('says when a revenue target has no win rate to work from', () => {
    const wb = winRateWorkbook([['Revenue target', 'Ana', 'Revenue', 60000, '2027-01-01', '2027-12-31']]);
    wb.sheets[0].values = wb.sheets[0].values.filter((r) => !['Lost'].includes(r[2] as string));
    const ana = pipelineView(source(wb)).find((o) => o.owner === 'Ana')!;
    expect(ana.required).toBeUndefined();
    expect(ana.noWinRate).toBe(true);
  });

  it('counts stalled deals from the lint, once per deal', () => {
    const owners = pipelineView(source(fixtureWorkbook()));
    // Ana's one open deal is in a stage nobody defined: it is a problem to fix, not value to draw.
    expect(owners.map((o) => [o.owner, o.stalled, o.slipped])).toEqual([
      ['Ben', 1, 0],
      ['Cara', 0, 0],
    ]);
  });

  it('draws the example workbook: open value by stage, and stalled and slipped deals', () => {
    const owners = pipelineView(example);
    const priya = owners.find((o) => o.owner === 'Priya Nair')!;
    expect(priya.stages).toEqual([
      { stage: 'Qualification', value: 9000, deals: 2 },
      { stage: 'Proposal', value: 56000, deals: 1 },
    ]);
    expect([priya.stalled, priya.slipped]).toEqual([1, 1]);
    // The duplicate row of D-1002 is not counted twice; the negative amount adds nothing.
    const luis = owners.find((o) => o.owner === 'Luis Ortega')!;
    expect(luis.stages).toEqual([
      { stage: 'Qualification', value: 31000, deals: 1 },
      { stage: 'Proposal', value: 60000, deals: 3 },
    ]);
    // Priya's $1M revenue goal, at the team's win rate (she has closed one deal): 6 won of 9 closed.
    expect(priya.required).toMatchObject({ target: 1_000_000, booked: 0, winRateOf: 'team', from: 'goals' });
    expect(priya.required!.winRate).toBeCloseTo(2 / 3, 6);
    expect(priya.required!.needed).toBeCloseTo(1_500_000, 0);
    expect(priya.noWinRate).toBeUndefined();
    // "Book 30 Vision Kit demos" books meetings, not money: Maya has no revenue target.
    expect(owners.find((o) => o.owner === 'Maya Chen')!.required).toBeUndefined();
    expect(owners.map((o) => o.owner)).toEqual([
      'Jon Pike',
      'Luis Ortega',
      'Maya Chen',
      'Priya Nair',
      'Sam Okafor',
    ]);
  });
});

describe('pathView', () => {
  it('orders each owner’s steps behaviors, milestones, outcomes, with pace against the pro-rated target', () => {
    const luis = pathView(example).find((o) => o.owner === 'Luis Ortega')!;
    expect(luis.groups.map((g) => [g.kind, g.steps.map((s) => s.step)])).toEqual([
      ['behavior', ['Call installed-base customers about service plans', 'Joint calls with the manager']],
      ['milestone', ['Service-plan proposals sent']],
    ]);
    const calls = luis.groups[0].steps[0];
    expect([calls.actual, calls.target, calls.verdict]).toEqual([12, 60, 'behind']);
    expect(calls.expected).toBeCloseTo(25.71, 2);
    expect(luis.behind).toBe(2);
    const team = pathView(example)[0];
    expect(team.owner).toBe('Team');
    expect(team.groups.map((g) => g.kind)).toEqual(['outcome']);
  });

  it('is empty without a path sheet', () => {
    expect(pathView(source(fixtureWorkbook()))).toEqual([]);
  });
});

describe('coverageView', () => {
  it('gives each priority its four levers and verdict, and the skill/will balance', () => {
    const [sheet] = coverageView(example);
    expect(sheet.sheet).toBe('Coverage');
    expect(sheet.rows.map((r) => [r.priority, r.verdict])).toEqual([
      ['Grow expansion revenue', 'covered'],
      ['Run quarterly business reviews', 'covered'],
      ['Keep account plans current', 'skill-only'],
      ['Multi-thread the top 20 accounts', 'will-only'],
      ['Improve win rate on renewals', 'unrewarded-outcome'],
      ['Log every customer call in the CRM', 'uncovered'],
      ['Submit the forecast every Friday', 'uncovered'],
    ]);
    expect(sheet.rows[1].levers).toEqual({
      enablement: true,
      coaching: true,
      compensation: false,
      recognition: true,
    });
    expect(sheet.balance).toEqual({ both: 3, skillOnly: 1, willOnly: 1, neither: 2 });
  });
});

/** An adoption sheet and, when asked, its history. */
function adoptionWorkbook(history: boolean): WorkbookSnapshot {
  const sheets: WorkbookSnapshot['sheets'] = [
    {
      name: 'Adoption',
      values: [
        ['Person', 'Change', 'Stage', 'Since'],
        ['Ana', 'Log calls', 'Consideration', '2027-06-01'],
        ['Ben', 'Log calls', 'adoption', '2027-05-01'],
        ['Cara', 'Log calls', 'Maybe', null],
      ],
    },
  ];
  if (history)
    sheets.push({
      name: 'Moves',
      values: [
        ['Person', 'Change', 'From', 'To', 'Date'],
        ['Ben', 'Log calls', 'Introduction', 'Adoption', '2027-05-01'],
      ],
    });
  return { sheets };
}

describe('adoptionBoards', () => {
  it('puts each person in one of the four columns, and the rest apart', () => {
    const [board] = adoptionBoards(source(adoptionWorkbook(false)));
    expect(board.change).toBe('Log calls');
    expect(board.columns.map((c) => [c.stage, c.cards.map((p) => p.person)])).toEqual([
      ['Consideration', ['Ana']],
      ['Contemplation', []],
      ['Introduction', []],
      ['Adoption', ['Ben']],
    ]);
    expect(board.unplaced.map((p) => [p.person, p.stageText])).toEqual([['Cara', 'Maybe']]);
    expect(movesFor(board.columns[0].cards[0])).toEqual(['Contemplation', 'Introduction', 'Adoption']);
    expect(movesFor(board.unplaced[0])).toHaveLength(4);
  });

  it('groups the example workbook by initiative', () => {
    const boards = adoptionBoards(example);
    expect(boards.map((b) => b.change)).toEqual([
      'Log every customer call in the CRM',
      'Keep the pipeline current',
      'Run mutual action plans on deals over $50k',
    ]);
    expect(boards[2].columns.map((c) => c.cards.map((p) => p.person))).toEqual([
      ['Luis Ortega'],
      ['Sam Okafor'],
      ['Maya Chen'],
      ['Priya Nair'],
    ]);
  });
});

describe('moveChange', () => {
  it('writes the stage, its date and a history row below the last one, each with what the lint saw', () => {
    const s = source(adoptionWorkbook(true));
    const ana = adoptionBoards(s)[0].columns[0].cards[0];
    const change = moveChange(s, ana, 'Contemplation')!;
    expect(change.addSheets).toBeUndefined();
    expect(change.text).toBe('Moved Ana to Contemplation on "Log calls"');
    expect(change.edits.map((e) => [e.location.address, e.value, e.previous])).toEqual([
      ['Adoption!C2', 'Contemplation', 'Consideration'],
      ['Adoption!D2', '2027-06-30', '2027-06-01'],
      ['Moves!A3', 'Ana', null],
      ['Moves!B3', 'Log calls', null],
      ['Moves!C3', 'Consideration', null],
      ['Moves!D3', 'Contemplation', null],
      ['Moves!E3', '2027-06-30', null],
    ]);
  });

  it('adds a history sheet with its headers when the workbook has none', () => {
    const s = source(adoptionWorkbook(false));
    const cara = adoptionBoards(s)[0].unplaced[0];
    const change = moveChange(s, cara, 'Introduction')!;
    expect(change.addSheets).toEqual(['Adoption history']);
    expect(change.edits.map((e) => [e.location.address, e.value, e.previous])).toEqual([
      ['Adoption!C4', 'Introduction', 'Maybe'],
      ['Adoption!D4', '2027-06-30', null],
      ["'Adoption history'!A1", 'Person', null],
      ["'Adoption history'!A2", 'Cara', null],
      ["'Adoption history'!B1", 'Change', null],
      ["'Adoption history'!B2", 'Log calls', null],
      ["'Adoption history'!C1", 'From', null],
      ["'Adoption history'!C2", 'Maybe', null],
      ["'Adoption history'!D1", 'To', null],
      ["'Adoption history'!D2", 'Introduction', null],
      ["'Adoption history'!E1", 'Date', null],
      ["'Adoption history'!E2", '2027-06-30', null],
    ]);
  });

  it('never takes a sheet name in use, and does nothing for a move to the same stage', () => {
    const wb = adoptionWorkbook(false);
    wb.sheets.push({ name: 'Adoption History', values: [['Notes']] });
    const s = source(wb);
    const [board] = adoptionBoards(s);
    expect(moveChange(s, board.columns[3].cards[0], 'Consideration')!.addSheets).toEqual([
      'Adoption history 2',
    ]);
    expect(moveChange(s, board.columns[3].cards[0], 'Adoption')).toBeUndefined();
  });

  it('appends to the example workbook’s history, dated on its as-of day', () => {
    const priya = adoptionBoards(example)[0].columns[0].cards[0];
    const edits = moveChange(example, priya, 'Contemplation')!.edits;
    expect(edits.map((e) => e.location.address)).toEqual([
      'Adoption!C6',
      'Adoption!D6',
      "'Adoption history'!A9",
      "'Adoption history'!B9",
      "'Adoption history'!C9",
      "'Adoption history'!D9",
      "'Adoption history'!E9",
    ]);
    expect(edits[1].value).toBe('2027-06-30');
  });
});
