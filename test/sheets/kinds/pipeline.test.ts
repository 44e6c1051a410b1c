import type { CellValue } from '../../../shared/ground/types';
import { pipelineKind, type PipelineTable } from '../../../shared/sheets/kinds/pipeline';
import { formatDay } from '../../../shared/ground/values';
import { readAs, testConfig } from '../read';

const read = (values: CellValue[][], locale?: string): PipelineTable =>
  readAs(pipelineKind, values, { name: 'Deals', config: testConfig(locale ? { locale } : {}) });

describe('the pipeline reader with no locale configured', () => {
  it('settles a decimal comma from the amounts themselves', () => {
    const table = read([
      ['Oportunidad', 'Responsable', 'Etapa', 'Importe'],
      ['O-1', 'Ana', 'Propuesta', '12.500,00'],
      ['O-2', 'Ana', 'Propuesta', '1.200'],
      ['O-3', 'Ana', 'Propuesta', '980,5'],
    ]);
    expect(table.rows.map((d) => d.amount)).toEqual([12_500, 1_200, 980.5]);
    expect(table.rows.flatMap((d) => d.problems ?? [])).toEqual([]);
  });

  it('reads three digits after the last separator as thousands: "$27,144" beside a stray "12.000,00"', () => {
    const table = read([
      ['Deal', 'Owner', 'Stage', 'Amount'],
      ['D-1', 'Ann', 'Proposal', '$27,144'],
      ['D-2', 'Ann', 'Proposal', '4,821'],
      ['D-3', 'Ann', 'Proposal', '12.000,00'],
      ['D-4', 'Ann', 'Proposal', '1,250,000 USD'],
    ]);
    expect(table.rows.map((d) => d.amount)).toEqual([27_144, 4_821, undefined, 1_250_000]);
    expect(table.rows[2].problems?.map((p) => p.column)).toEqual([4]);
    const euros = read([
      ['Deal', 'Owner', 'Stage', 'Amount'],
      ['D-1', 'Ann', 'Proposal', '1.200 €'],
      ['D-2', 'Ann', 'Proposal', '27.144'],
      ['D-3', 'Ann', 'Proposal', '12,000.00'],
    ]);
    expect(euros.rows.map((d) => d.amount)).toEqual([1_200, 27_144, undefined]);
  });

  it('keeps the decimal point when the amounts say nothing or say so; a configured locale wins', () => {
    const rows: CellValue[][] = [
      ['Deal', 'Owner', 'Stage', 'Amount'],
      ['D-1', 'Ann', 'Proposal', '1,200'],
      ['D-2', 'Ann', 'Proposal', '$12,000.50'],
    ];
    expect(read(rows).rows.map((d) => d.amount)).toEqual([1_200, 12_000.5]);
    const german = read(rows, 'de-DE');
    expect(german.rows.map((d) => d.amount)).toEqual([1.2, undefined]);
  });

  it('reads each date pattern of a column in its own order', () => {
    const table = read([
      ['Deal', 'Owner', 'Stage', 'Close date'],
      ['D-1', 'Ann', 'Proposal', '25/04/2027'],
      ['D-2', 'Ann', 'Proposal', '02/05/2027'],
      ['D-3', 'Ann', 'Proposal', '05-02-2027'],
      ['D-4', 'Ann', 'Proposal', '04-25-2027'],
      ['D-5', 'Ann', 'Proposal', '2027-05-02T09:30:00+02:00'],
      ['D-6', 'Ann', 'Proposal', 1_809_216_000],
    ]);
    expect(table.rows.map((d) => formatDay(d.closeDate!))).toEqual([
      '2027-04-25',
      '2027-05-02',
      '2027-05-02',
      '2027-04-25',
      '2027-05-02',
      '2027-05-02',
    ]);
    expect(table.dateNotes).toEqual([]);
  });

  it('a won or lost status closes a deal left at an open stage', () => {
    const table = read([
      ['Deal', 'Owner', 'Stage', 'Status', 'Amount'],
      ['D-1', 'Ann', 'Proposal', 'open', 100],
      ['D-2', 'Ann', 'Proposal', 'won', 100],
      ['D-3', 'Ann', 'Negotiation', 'lost', 100],
      ['D-4', 'Ann', 'Proposal', 'open', 100],
    ]);
    expect(table.rows.map((d) => [d.stageText, d.stage?.name, d.stage?.closed])).toEqual([
      ['Proposal', 'Proposal', undefined],
      ['Proposal', 'Won', 'won'],
      ['Negotiation', 'Lost', 'lost'],
      ['Proposal', 'Proposal', undefined],
    ]);
  });

  it('reads Bitrix’s OPPORTUNITY as the amount beside an ID', () => {
    const table = read([
      ['ID', 'TITLE', 'STAGE_ID', 'OPPORTUNITY', 'ASSIGNED_BY_ID', 'CLOSEDATE'],
      ['17', 'Acme', 'C1:PREPARATION', '4500.00', '3', '30.09.2027'],
    ]);
    expect(table.columns).toMatchObject({ deal: 1, stage: 3, amount: 4, owner: 5, closeDate: 6 });
    expect(table.rows[0]).toMatchObject({ id: '17', amount: 4500 });
  });
});

describe('deal ids listed on several rows', () => {
  it('tells two ids apart whose hashes are the same ("D-29845" and "D-205580")', () => {
    const table = read([
      ['Deal', 'Owner', 'Stage', 'Amount'],
      ['D-29845', 'Ann', 'Proposal', 100],
      ['D-205580', 'Bob', 'Proposal', 200],
      ['d-205580 ', 'Bob', 'Proposal', 300],
    ]);
    expect(table.rows.map((d) => d.listing?.first.row)).toEqual([undefined, undefined, 3]);
    expect(table.rows[2].listing).toMatchObject({ line: false, conflict: 'amount' });
  });
});

describe('stage spellings', () => {
  it('reads each spelling once and shares it, padded or not, with the stage it names', () => {
    const table = read([
      ['Deal', 'Owner', 'Stage', 'Amount'],
      ['D-1', 'Ann', 'Proposal', 100],
      ['D-2', 'Ann', ' Proposal ', 100],
      ['D-3', 'Ann', 'Proposal', 100],
      ['D-4', 'Ann', '   ', 100],
      ['D-5', 'Ann', 7, 100],
    ]);
    expect(table.rows.map((d) => [d.stageText, d.stage?.name])).toEqual([
      ['Proposal', 'Proposal'],
      ['Proposal', 'Proposal'],
      ['Proposal', 'Proposal'],
      [undefined, undefined],
      ['7', undefined],
    ]);
    expect(table.rows[0].stageText).toBe(table.rows[2].stageText);
  });

  it('reads the stages of rows past the 65,535th distinct spelling from their cells', () => {
    const spellings = 70_000;
    const values: CellValue[][] = [['Deal', 'Owner', 'Stage', 'Amount']];
    for (let i = 0; i < spellings; i++) values.push([`D-${i}`, 'Ann', `Stage ${i}`, 100]);
    values.push(['D-last', 'Ann', ' Proposal', 100]);
    const table = read(values);
    expect(table.rows[65_534].stageText).toBe('Stage 65534');
    expect(table.rows[65_535].stageText).toBe('Stage 65535');
    expect(table.rows[spellings - 1].stageText).toBe(`Stage ${spellings - 1}`);
    expect(table.rows[spellings]).toMatchObject({ stageText: 'Proposal', stage: { name: 'Proposal' } });
  });
});
