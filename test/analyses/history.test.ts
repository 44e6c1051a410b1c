import { resolveConfig, type ResolvedConfig } from '../../shared/engine/config';
import { tablesOf } from '../../shared/engine/engine';
import { pipelineHistoryKind, type PipelineHistoryTable } from '../../shared/sheets/kinds/pipelineHistory';
import { pipelineChanges, replayHistory, type PipelineChange } from '../../shared/analyses/history';
import { timeInStage } from '../../shared/summaries/timeInStage';
import { readAs } from '../sheets/read';
import type { CellValue } from '../../shared/ground/types';
import { dayFromDate, formatDay } from '../../shared/ground/values';
import { RULES } from '../../shared/rules';

const config: ResolvedConfig = (() => {
  const r = resolveConfig({ asOf: '2027-06-30' }, RULES);
  if (!r.ok) throw new Error('bad config');
  return r.config;
})();

const H = ['Deal', 'Owner', 'Stage', 'Amount', 'Close date'];
const pipeline = (...rows: CellValue[][]) =>
  tablesOf({ sheets: [{ name: 'Deals', values: [H, ...rows] }] }, config, 'pipeline');
const day = (iso: string) => dayFromDate(new Date(`${iso}T00:00:00`));

/** The change rows as a history sheet holds them, read back as the engine reads one. */
function asHistory(changes: PipelineChange[]): PipelineHistoryTable {
  const values: CellValue[][] = [
    ['Timestamp', 'Deal', 'Field', 'From', 'To'],
    ...changes.map((c) => [
      typeof c.at === 'number' ? formatDay(c.at) : c.at.toISOString().slice(0, 10),
      c.deal,
      {
        stage: 'Stage',
        amount: 'Amount',
        closeDate: 'Close date',
        owner: 'Owner',
        probability: 'Probability',
      }[c.field],
      c.from,
      c.to,
    ]),
  ];
  return readAs(pipelineHistoryKind, values, { name: 'Pipeline history', config });
}

describe('pipelineChanges', () => {
  it('the first snapshot records every value of every deal with an id, from blank', () => {
    const changes = pipelineChanges(
      undefined,
      pipeline(['D-1', 'Ana', 'proposal', '$1,200', '2027-07-31'], ['', 'Bob', 'Demo', 1, '']),
      day('2027-06-01'),
    );
    expect(changes.map((c) => [c.deal, c.field, c.from, c.to])).toEqual([
      ['D-1', 'stage', '', 'proposal'],
      ['D-1', 'amount', '', '1200'],
      ['D-1', 'closeDate', '', '2027-07-31'],
      ['D-1', 'owner', '', 'Ana'],
    ]);
    expect(changes.every((c) => c.at === day('2027-06-01'))).toBe(true);
  });

  it('after a replay, only what changed: one row per field, not a copy of the deal', () => {
    const first = pipelineChanges(
      undefined,
      pipeline(['D-1', 'Ana', 'Proposal', 1200, '2027-07-31'], ['D-2', 'Bob', 'Demo', 500, '2027-08-31']),
      day('2027-06-01'),
    );
    const previous = replayHistory([asHistory(first)]);
    expect(previous.get('D-1')?.values).toEqual({
      stage: 'Proposal',
      amount: '1200',
      closeDate: '2027-07-31',
      owner: 'Ana',
    });
    const second = pipelineChanges(
      previous,
      pipeline(
        ['d-1', 'Ana', 'Negotiation', 1200, '2027-08-15'],
        ['D-2', 'Bob', 'Demo', 500, '2027-08-31'],
        ['D-3', '', 'Lead', '', ''],
      ),
      day('2027-06-15'),
    );
    expect(second.map((c) => [c.deal, c.field, c.from, c.to])).toEqual([
      ['d-1', 'stage', 'Proposal', 'Negotiation'],
      ['d-1', 'closeDate', '2027-07-31', '2027-08-15'],
      ['D-3', 'stage', '', 'Lead'],
    ]);
    const third = pipelineChanges(
      replayHistory([asHistory([...first, ...second])]),
      pipeline(
        ['D-1', 'Ana', 'Negotiation', 1200, '2027-08-15'],
        ['D-2', 'Bob', 'Demo', 500, '2027-08-31'],
        ['D-3', '', 'Lead', '', ''],
      ),
      day('2027-06-20'),
    );
    expect(third).toEqual([]);
  });

  it('a value cleared is a change to blank; a deal gone from the sheet is not a change', () => {
    const previous = replayHistory([
      asHistory(
        pipelineChanges(
          undefined,
          pipeline(['D-1', 'Ana', 'Demo', 100, ''], ['D-2', 'Bob', 'Demo', 1, '']),
          day('2027-06-01'),
        ),
      ),
    ]);
    expect(
      pipelineChanges(previous, pipeline(['D-1', '', 'Demo', 100, '']), day('2027-06-02')).map((c) => [
        c.field,
        c.from,
        c.to,
      ]),
    ).toEqual([['owner', 'Ana', '']]);
  });

  it('replay takes the latest value by timestamp, whatever the row order', () => {
    const values: CellValue[][] = [
      ['Changed at', 'Deal', 'Field', 'Old', 'New'],
      ['2027-06-10', 'D-1', 'Stage', 'Demo', 'Proposal'],
      ['2027-06-01', 'D-1', 'Stage', '', 'Demo'],
      ['2027-06-05', 'D-1', 'Notes', '', 'ignored'],
    ];
    const histories = tablesOf({ sheets: [{ name: 'Log', values }] }, config, 'pipeline-history');
    expect(histories).toHaveLength(1);
    expect(replayHistory(histories).get('D-1')?.values).toEqual({ stage: 'Proposal' });
  });
});

describe('timeInStage', () => {
  it('counts the days from each stage change to the next, and the last to the as-of date', () => {
    const history = asHistory([
      { at: day('2027-06-01'), deal: 'D-1', field: 'stage', from: '', to: 'Demo' },
      { at: day('2027-06-01'), deal: 'D-1', field: 'amount', from: '', to: '100' },
      { at: day('2027-06-11'), deal: 'D-1', field: 'stage', from: 'Demo', to: 'Proposal' },
      { at: day('2027-06-15'), deal: 'D-1', field: 'stage', from: 'Proposal', to: 'Demo' },
      { at: day('2027-06-20'), deal: 'D-2', field: 'stage', from: '', to: 'Lead' },
    ]);
    expect(timeInStage([history], day('2027-06-30'))).toEqual([
      {
        deal: 'D-1',
        spells: [
          { stage: 'Demo', from: day('2027-06-01'), to: day('2027-06-11'), days: 10 },
          { stage: 'Proposal', from: day('2027-06-11'), to: day('2027-06-15'), days: 4 },
          { stage: 'Demo', from: day('2027-06-15'), days: 15 },
        ],
        totals: { Demo: 25, Proposal: 4 },
      },
      { deal: 'D-2', spells: [{ stage: 'Lead', from: day('2027-06-20'), days: 10 }], totals: { Lead: 10 } },
    ]);
  });

  it('no history, no spells', () => {
    expect(timeInStage([], day('2027-06-30'))).toEqual([]);
  });
});
