import { adoptionKind, adoptionStageOf, type AdoptionTable } from '../../../shared/sheets/kinds/adoption';
import { adoptionHistoryKind, type HistoryTable } from '../../../shared/sheets/kinds/adoptionHistory';
import { historyOf } from '../../../shared/analyses/adoption';
import { adoptionSummary } from '../../../shared/summaries/adoption';
import { detect, readAs } from '../read';
import type { CellValue } from '../../../shared/ground/types';
import { dayFromDate } from '../../../shared/ground/values';

const day = (iso: string) => dayFromDate(new Date(`${iso}T00:00:00Z`));
function read(values: CellValue[][]): AdoptionTable {
  return readAs(adoptionKind, values, { name: 'Adoption' });
}

function readHistory(values: CellValue[][]): HistoryTable {
  return readAs(adoptionHistoryKind, values, { name: 'History' });
}

const H = ['Person', 'Change', 'Stage', 'In stage since', 'Evidence', 'Personal impact', 'Lint ignore'];

describe('adoption header detection', () => {
  it.each<[string, CellValue[]]>([
    ['the full sheet', H],
    ['initiative and stage of change', ['Rep', 'Initiative', 'Stage of change', 'Since']],
    ['the least it needs', ['Name', 'Practice', 'Stage']],
  ])('%s', (_name, header) => {
    expect(detect([header, header.map(() => 'x')])).toMatchObject({ role: 'adoption', headerIndex: 0 });
  });

  it('needs a person, a change and a stage', () => {
    expect(detect([['Person', 'Change', 'Evidence']])?.role).not.toBe('adoption');
  });

  it('tells a stage-change history from the adoption sheet', () => {
    expect(detect([['Person', 'Change', 'From', 'To', 'Date']])).toMatchObject({
      role: 'adoption-history',
    });
    expect(detect([['Person', 'Change', 'Stage', 'Since']])).toMatchObject({ role: 'adoption' });
    expect(detect([['Person', 'Change', 'To', 'Date']])?.role).not.toBe('adoption-history');
  });

  it('leaves pipelines and coverage sheets alone', () => {
    expect(detect([['Deal', 'Owner', 'Stage', 'Amount', 'Close date']])?.role).toBe('pipeline');
    expect(detect([['Priority', 'Enablement', 'Coaching']])?.role).toBe('coverage');
  });
});

describe('stages', () => {
  it.each<[string, string | undefined]>([
    ['Consideration', 'Consideration'],
    [' adoption ', 'Adoption'],
    ['INTRODUCTION', 'Introduction'],
    ['Trial', undefined],
    ['', undefined],
  ])('%j', (text, stage) => {
    expect(adoptionStageOf(text)).toBe(stage);
  });
});

describe('rows', () => {
  it('reads every field under a title row; skips rows without a person or change', () => {
    const table = read([
      ['Team adoption tracker'],
      [],
      H,
      [
        'Maya Chen',
        'Log every call',
        'introduction',
        '06/01/2027',
        'Call log',
        'Saves Fridays',
        'adoption/stuck, *',
      ],
      [],
      ['Sam', 'Log every call', 'Trialing', 'soon', null, null, null],
      [null, null, 'Notes: reviewed monthly'],
    ]);
    expect(table.headerRow).toBe(3);
    expect(table.columns).toEqual({
      person: 1,
      change: 2,
      stage: 3,
      since: 4,
      evidence: 5,
      impact: 6,
      ignore: 7,
    });
    expect(table.rows).toHaveLength(2);
    expect(table.rows[0]).toMatchObject({
      row: 4,
      person: 'Maya Chen',
      change: 'Log every call',
      stageText: 'introduction',
      stage: 'Introduction',
      since: day('2027-06-01'),
      evidence: 'Call log',
      impact: 'Saves Fridays',
      ignore: ['adoption/stuck', '*'],
    });
    expect(table.rows[1]).toMatchObject({ row: 6, stageText: 'Trialing' });
    expect(table.rows[1].stage).toBeUndefined();
    expect(table.rows[1].since).toBeUndefined();
  });

  it('reads the history and orders one pair by date, then row', () => {
    const history = readHistory([
      ['Person', 'Change', 'From', 'To', 'Changed on'],
      ['Maya', 'Log calls', 'Introduction', 'Adoption', '06/01/2027'],
      ['maya', 'LOG CALLS', 'Consideration', 'Introduction', '05/01/2027'],
      ['Sam', 'Log calls', 'Consideration', 'Contemplation', '05/01/2027'],
      ['Maya', 'Log calls', null, 'Oops', null],
    ]);
    expect(history.rows).toHaveLength(4);
    expect(history.rows[3]).toMatchObject({ row: 5, toText: 'Oops' });
    expect(history.rows[3].to).toBeUndefined();
    const moves = historyOf([history], 'MAYA', 'log calls').map((m) => m.entry.row);
    expect(moves).toEqual([5, 3, 2]);
  });
});

describe('adoptionSummary', () => {
  const table = read([
    H,
    ['Maya', 'Log every call', 'Adoption', '2027-06-01'],
    ['Sam', 'log every call ', 'Introduction', '2027-06-20'],
    ['Priya', 'Log every call', 'Adoption', null],
    ['Luis', 'Account plans', 'Consideration', '2027-06-25'],
    ['Ann', 'Account plans', 'Trialing', '2027-06-25'],
    ['Bo', 'Account plans', 'Contemplation', '2027-07-15'],
    [null, 'Account plans', 'Consideration', null],
  ]);
  const asOf = day('2027-06-30');

  it('gives per initiative who is in each stage and for how many days', () => {
    expect(adoptionSummary(table, asOf)).toEqual([
      {
        change: 'Log every call',
        stages: {
          Consideration: [],
          Contemplation: [],
          Introduction: [{ person: 'Sam', row: 3, days: 10 }],
          Adoption: [
            { person: 'Maya', row: 2, days: 29 },
            { person: 'Priya', row: 4 },
          ],
        },
        unknown: [],
        people: 3,
      },
      {
        change: 'Account plans',
        stages: {
          Consideration: [{ person: 'Luis', row: 5, days: 5 }],
          Contemplation: [{ person: 'Bo', row: 7 }],
          Introduction: [],
          Adoption: [],
        },
        unknown: [{ person: 'Ann', row: 6, days: 5, stageText: 'Trialing' }],
        people: 3,
      },
    ]);
  });

  it('is pure: the same table gives the same summary, and an empty table none', () => {
    expect(adoptionSummary(table, asOf)).toEqual(adoptionSummary(table, asOf));
    expect(adoptionSummary(read([H]), asOf)).toEqual([]);
  });
});
