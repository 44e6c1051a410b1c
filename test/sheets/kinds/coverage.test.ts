import {
  coverageKind,
  inferKind,
  kindFromCell,
  leverValue,
  type CoverageTable,
} from '../../../shared/sheets/kinds/coverage';
import { coverageSummary } from '../../../shared/summaries/coverage';
import { detect, readAs } from '../read';
import type { CellValue } from '../../../shared/ground/types';

function read(values: CellValue[][]): CoverageTable {
  return readAs(coverageKind, values, { name: 'Coverage' });
}

describe('coverage header detection', () => {
  it.each<[string, CellValue[]]>([
    ['Priority and all four levers', ['Priority', 'Enablement', 'Coaching', 'Compensation', 'Recognition']],
    ['key activity and two levers', ['Key activity', 'Training', 'Comp']],
    ['"Activity or outcome" as the text', ['Activity or outcome', 'Coaching', 'Recognition']],
    ['role and kind columns', ['Role', 'Priorities', 'Type', 'Enablement', 'Incentive', 'Lint ignore']],
  ])('%s', (_name, header) => {
    expect(detect([header, header.map(() => 'x')])).toMatchObject({ role: 'coverage', headerIndex: 0 });
  });

  it('needs a priority column and two lever columns', () => {
    expect(detect([['Priority', 'Enablement', 'Notes']])?.role).not.toBe('coverage');
    expect(detect([['Enablement', 'Coaching', 'Compensation']])).toBeUndefined();
  });

  it('maps every column, under a title row', () => {
    const table = read([
      ['Account manager: coverage map'],
      [],
      ['Role', 'Priority', 'Kind', 'Enablement', 'Coaching', 'Compensation', 'Recognition', 'Lint ignore'],
      ['AM', 'Grow revenue', 'Outcome', null, null, 'x', null, null],
    ]);
    expect(table.headerRow).toBe(3);
    expect(table.columns).toEqual({
      role: 1,
      priority: 2,
      kind: 3,
      enablement: 4,
      coaching: 5,
      compensation: 6,
      recognition: 7,
      ignore: 8,
    });
  });

  it('"Activity or outcome" is the kind beside a Priority column, the text on its own', () => {
    expect(read([['Priority', 'Activity or outcome', 'Coaching', 'Comp']]).columns).toMatchObject({
      priority: 1,
      kind: 2,
    });
    expect(read([['Activity / outcome', 'Coaching', 'Comp']]).columns).toEqual({
      priority: 1,
      coaching: 2,
      compensation: 3,
    });
  });
});

describe('lever cells', () => {
  it.each<[CellValue, string | undefined]>([
    ['x', 'x'],
    ['X', 'X'],
    ['✓', '✓'],
    ['yes', 'yes'],
    ['Quarterly SPIF', 'Quarterly SPIF'],
    [true, 'TRUE'],
    [1, '1'],
    [null, undefined],
    ['', undefined],
    ['   ', undefined],
    ['no', undefined],
    ['No', undefined],
    ['-', undefined],
    ['—', undefined],
    ['n/a', undefined],
    ['N/A', undefined],
    ['none', undefined],
    ['0', undefined],
    [0, undefined],
    ['false', undefined],
    [false, undefined],
    ['#N/A', undefined],
  ])('%p covers as %p', (value, expected) => {
    expect(leverValue(value)).toBe(expected);
  });
});

describe('activity or outcome', () => {
  it.each<[CellValue, string | undefined]>([
    ['Activity', 'activity'],
    ['key activity', 'activity'],
    ['Outcome', 'outcome'],
    ['Result', 'outcome'],
    ['both', undefined],
    [null, undefined],
  ])('Kind cell %p reads as %p', (value, expected) => {
    expect(kindFromCell(value)).toBe(expected);
  });

  it.each<[string, string | undefined]>([
    ['Grow expansion revenue', 'outcome'],
    ['Bookings against quota', 'outcome'],
    ['Gross margin on services', 'outcome'],
    ['Improve win rate', 'outcome'],
    ['Customer retention', 'outcome'],
    ['Win 12 new logos', 'outcome'],
    ['Run joint calls with the manager', 'activity'],
    ['Book product demos', 'activity'],
    ['Keep account plans current', 'activity'],
    ['Grow revenue through joint calls', 'outcome'],
    ['Joint calls that grow revenue', 'activity'],
    ['Be a good colleague', undefined],
  ])('%p reads as %p', (text, expected) => {
    expect(inferKind(text)).toBe(expected);
  });

  it('a Kind cell wins over the wording; the wording fills in when there is none', () => {
    const table = read([
      ['Priority', 'Kind', 'Coaching', 'Recognition'],
      ['Grow revenue via partners', 'Activity', 'x', null],
      ['Grow revenue', null, 'x', null],
      ['Be a good colleague', 'Maybe', 'x', null],
    ]);
    expect(table.rows.map((r) => [r.kind, r.kindInferred])).toEqual([
      ['activity', false],
      ['outcome', true],
      [undefined, false],
    ]);
  });
});

describe('rows', () => {
  it('reads text, role, levers and ignore entries; skips rows without a priority', () => {
    const table = read([
      ['Role', 'Priority', 'Enablement', 'Coaching', 'Compensation', 'Lint ignore'],
      ['AM', 'Run QBRs', 'QBR playbook', 'no', null, 'coverage/skill-only, *'],
      [null, null, 'x', null, null, null],
      [],
    ]);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]).toMatchObject({
      row: 2,
      text: 'Run QBRs',
      role: 'AM',
      levers: { enablement: 'QBR playbook' },
      ignore: ['coverage/skill-only', '*'],
    });
  });
});

describe('coverageSummary', () => {
  it('gives per priority the levers, skill and will, and the verdict', () => {
    const table = read([
      ['Priority', 'Kind', 'Enablement', 'Coaching', 'Compensation', 'Recognition'],
      ['Log calls', 'Activity', null, null, null, null],
      ['Run discovery calls', 'Activity', 'x', null, null, null],
      ['Hit bookings quota', null, null, null, 'x', 'x'],
      ['Improve win rate', null, 'x', 'x', null, null],
      ['Run joint calls', 'Activity', null, 'x', null, null],
      ['Grow revenue', 'Outcome', 'x', null, null, null],
      ['Grow margin', 'Outcome', 'x', null, 'x', null],
    ]);
    const summary = coverageSummary(table);
    expect(summary.map((s) => [s.priority, s.verdict, s.gaps])).toEqual([
      ['Log calls', 'uncovered', ['uncovered']],
      ['Run discovery calls', 'skill-only', ['skill-only']],
      ['Hit bookings quota', 'will-only', ['will-only']],
      ['Improve win rate', 'unrewarded-outcome', ['unrewarded-outcome']],
      ['Run joint calls', 'covered', []],
      ['Grow revenue', 'skill-only', ['skill-only', 'unrewarded-outcome']],
      ['Grow margin', 'covered', []],
    ]);
    expect(summary[3]).toEqual({
      row: 5,
      priority: 'Improve win rate',
      kind: 'outcome',
      kindInferred: true,
      levers: ['enablement', 'coaching'],
      skill: true,
      will: true,
      gaps: ['unrewarded-outcome'],
      verdict: 'unrewarded-outcome',
    });
    expect(summary[4]).toMatchObject({ levers: ['coaching'], skill: true, will: true });
  });

  it('is pure: the same table gives the same summary', () => {
    const table = read([
      ['Priority', 'Coaching', 'Comp'],
      ['Grow revenue', 'x', null],
    ]);
    expect(coverageSummary(table)).toEqual(coverageSummary(table));
    expect(table.rows[0].levers).toEqual({ coaching: 'x' });
  });
});
