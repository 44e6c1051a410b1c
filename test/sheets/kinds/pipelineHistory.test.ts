import type { CellValue } from '../../../shared/ground/types';
import {
  changeCell,
  pipelineHistoryKind,
  type PipelineHistoryTable,
} from '../../../shared/sheets/kinds/pipelineHistory';
import { formatDay } from '../../../shared/ground/values';
import { detect, readAs } from '../read';

const read = (values: CellValue[][]): PipelineHistoryTable =>
  readAs(pipelineHistoryKind, values, { name: 'Weekly' });

/** Each entry as "date deal field: from → to". */
const entries = (table: PipelineHistoryTable) =>
  table.rows.map((e) => `${formatDay(e.at!)} ${e.deal} ${e.fieldText}: ${e.fromText || '∅'} → ${e.toText}`);

const SNAPSHOT_HEADER = ['Snapshot date', 'Opportunity ID', 'Owner', 'Stage', 'Amount', 'Close date'];

describe('a snapshot log is pipeline history', () => {
  it.each<[string, CellValue[]]>([
    ['a snapshot date', SNAPSHOT_HEADER],
    ['a week column', ['Week', 'Deal', 'Stage', 'Amount']],
    ['a week-ending column with a status', ['Week ending', 'Deal ID', 'Status', 'Close date', 'Rep']],
    ['an "as of" column', ['As of', 'Deal', 'Owner', 'Stage', 'Close date']],
    ['a Spanish cut-off date', ['Fecha de corte', 'Oportunidad', 'Etapa', 'Importe']],
  ])('detected by %s', (_name, header) => {
    expect(detect([header, header.map(() => 'x')])).toMatchObject({
      role: 'pipeline-history',
      headerIndex: 0,
    });
  });

  it('a pipeline without a snapshot column stays a pipeline; a deal is needed to follow', () => {
    expect(detect([['Deal', 'Owner', 'Stage', 'Amount', 'Close date']])?.role).toBe('pipeline');
    expect(detect([['Week', 'Owner', 'Stage', 'Amount']])?.role).toBe('pipeline');
  });

  it('reads the changes from one snapshot to the next, oldest snapshot first, whatever the row order', () => {
    const table = read([
      SNAPSHOT_HEADER,
      ['2027-05-14', 'D-1', 'Ana', 'Proposal', 12000, '2027-06-30'],
      ['2027-05-14', 'D-2', 'Raj', 'Discovery', 5000, '2027-07-31'],
      ['2027-05-07', 'D-1', 'Ana', 'Discovery', 12000, '2027-06-30'],
      ['2027-05-21', 'd-1', 'Ana', 'proposal', 12000, '2027-07-31'],
      ['2027-05-21', 'D-2', 'Raj', 'Discovery', '', '2027-07-31'],
      ['2027-05-28', 'D-2', 'Raj', 'Won', 5000, '2027-07-31'],
    ]);
    expect(entries(table)).toEqual([
      '2027-05-14 D-1 Stage: Discovery → Proposal',
      '2027-05-14 D-2 Stage: ∅ → Discovery',
      '2027-05-14 D-2 Amount: ∅ → 5000',
      '2027-05-14 D-2 Close date: ∅ → 2027-07-31',
      '2027-05-14 D-2 Owner: ∅ → Raj',
      '2027-05-07 D-1 Stage: ∅ → Discovery',
      '2027-05-07 D-1 Amount: ∅ → 12000',
      '2027-05-07 D-1 Close date: ∅ → 2027-06-30',
      '2027-05-07 D-1 Owner: ∅ → Ana',
      // "proposal" is Proposal in other words; a blank amount is no news.
      '2027-05-21 d-1 Close date: 2027-06-30 → 2027-07-31',
      '2027-05-28 D-2 Stage: Discovery → Won',
    ]);
    const slip = table.rows.find((e) => e.toText === '2027-07-31' && e.deal === 'd-1')!;
    expect(changeCell(table, slip)).toMatchObject({ address: 'Weekly!F5' });
  });

  it('settles the snapshot dates per pattern and skips rows with no deal or no readable date', () => {
    const table = read([
      ['Week', 'Deal', 'Stage'],
      ['25/05/2027', 'D-1', 'Proposal'],
      ['02/05/2027', 'D-1', 'Discovery'],
      ['', 'D-1', 'Won'],
      ['09/05/2027', '', 'Won'],
    ]);
    expect(entries(table)).toEqual([
      '2027-05-25 D-1 Stage: Discovery → Proposal',
      '2027-05-02 D-1 Stage: ∅ → Discovery',
    ]);
  });
});
