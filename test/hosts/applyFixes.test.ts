import { applyFix, applyFixes, type SpreadsheetHost } from '../../shared/host';
import type { CellEdit, CellLocation, QuickFix } from '../../shared/ground/types';
import { cellLocation } from '../../shared/ground/address';
import { MemoryHost } from '../../playground/memoryHost';

/** The memory host, counting round trips as a remote spreadsheet would make them. */
function countingHost(host: MemoryHost) {
  const trips = { reads: 0, writes: 0 };
  const counted: SpreadsheetHost = {
    readWorkbook: () => host.readWorkbook(),
    readCells: (locations) => {
      trips.reads++;
      return host.readCells(locations);
    },
    writeCells: (edits) => {
      trips.writes++;
      return host.writeCells(edits);
    },
    addSheet: (name) => host.addSheet(name),
    select: (location) => host.select(location),
  };
  return { host: counted, trips };
}

const at = (row: number, column: number): CellLocation => cellLocation('Deals', row, column);
const set = (row: number, column: number, value: string | number, previous: string | number): CellEdit => ({
  location: at(row, column),
  value,
  previous,
});
const fix = (title: string, ...edits: CellEdit[]): QuickFix => ({ title, edits });

function deals() {
  return new MemoryHost({
    sheets: [
      {
        name: 'Deals',
        values: [
          ['Deal', 'Stage', 'Amount'],
          ['D-1', 'Negotiaton', -400],
          ['D-2', 'Propsal', 500],
          ['D-3', 'Won', 700],
        ],
      },
    ],
  });
}

describe('applying fixes in a batch', () => {
  it('reads once and writes once, however many fixes', async () => {
    const memory = deals();
    const { host, trips } = countingHost(memory);
    const outcome = await applyFixes(host, [
      fix('a', set(2, 2, 'Negotiation', 'Negotiaton')),
      fix('b', set(3, 2, 'Proposal', 'Propsal')),
      fix('c', set(2, 3, 400, -400)),
    ]);
    expect(outcome.applied.map((f) => f.title)).toEqual(['a', 'b', 'c']);
    expect(trips).toEqual({ reads: 1, writes: 1 });
    expect([memory.get('Deals', 2, 2), memory.get('Deals', 3, 2), memory.get('Deals', 2, 3)]).toEqual([
      'Negotiation',
      'Proposal',
      400,
    ]);
  });

  it('leaves out stale cells, computed cells and a second fix for a cell already fixed; the undo restores exactly', async () => {
    const memory = deals();
    memory.set('Deals', 3, 2, 'Proposal sent');
    memory.setFormula('Deals', 4, 3, '=SUM(X1:X3)', 700);
    const { host, trips } = countingHost(memory);
    const outcome = await applyFixes(host, [
      fix('fresh', set(2, 2, 'Negotiation', 'Negotiaton')),
      fix('stale', set(3, 2, 'Proposal', 'Propsal')),
      fix('computed', set(4, 3, 0, 700)),
      fix('same cell again', set(2, 2, 'Lost', 'Negotiaton')),
    ]);
    expect(outcome.applied.map((f) => f.title)).toEqual(['fresh']);
    expect(outcome.stale.map((l) => l.address)).toEqual(['Deals!B3']);
    expect(outcome.formulas.map((l) => l.address)).toEqual(['Deals!C4']);
    expect(memory.get('Deals', 2, 2)).toBe('Negotiation');
    expect(memory.formula('Deals', 4, 3)).toBe('=SUM(X1:X3)');

    await applyFixes(host, [fix('undo', ...outcome.undo)]);
    expect(memory.get('Deals', 2, 2)).toBe('Negotiaton');
    expect(trips).toEqual({ reads: 2, writes: 2 });
  });

  it('writes nothing when no fix can be applied', async () => {
    const memory = deals();
    const { host, trips } = countingHost(memory);
    const outcome = await applyFix(host, fix('stale', set(2, 2, 'Won', 'Lost')));
    expect(outcome).toEqual({ applied: false, stale: [at(2, 2)], formulas: [] });
    expect(trips).toEqual({ reads: 1, writes: 0 });
  });
});
