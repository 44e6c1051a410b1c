import { readChanged, type SpreadsheetHost } from '../../shared/host';
import { MemoryHost } from '../../playground/memoryHost';

function workbook() {
  return new MemoryHost({
    sheets: [
      {
        name: 'Deals',
        values: [
          ['Deal', 'Stage'],
          ['D-1', 'Proposal'],
        ],
      },
      { name: 'Goals', values: [['Goal'], ['Grow renewals']] },
      { name: 'Notes', values: [['Anything']] },
    ],
  });
}

/** The host as one that reads only whole workbooks. */
const wholeOnly = (host: MemoryHost): SpreadsheetHost => ({
  readWorkbook: () => host.readWorkbook(),
  readCells: (l) => host.readCells(l),
  writeCells: (e) => host.writeCells(e),
  addSheet: (n) => host.addSheet(n),
  select: (l) => host.select(l),
});

describe('readChanged: what a live lint re-reads', () => {
  it('re-reads only the sheets edited, keeping the others and the sheet order', async () => {
    const host = workbook();
    const last = await host.readWorkbook();
    host.set('Goals', 2, 1, 'Grow renewals 10% by Q3');
    host.set('Notes', 1, 1, 'not read');
    const now = await readChanged(host, last, new Set(['Goals']));
    expect(host.sheetReads).toEqual([['Goals']]);
    expect(now.sheets.map((s) => s.name)).toEqual(['Deals', 'Goals', 'Notes']);
    expect(now.sheets[1].values[1][0]).toBe('Grow renewals 10% by Q3');
    // The untouched sheets are the ones read before, not read again.
    expect(now.sheets[0]).toBe(last.sheets[0]);
    expect(now.sheets[2].values[0][0]).toBe('Anything');
  });

  it.each<[string, (host: MemoryHost) => Promise<Set<string> | undefined>]>([
    ['nothing says what changed', async () => undefined],
    ['no sheet changed', async () => new Set()],
    [
      'a changed sheet is new since the last read',
      async (host) => {
        await host.addSheet('Q4');
        return new Set(['Q4']);
      },
    ],
  ])('reads the whole workbook when %s', async (_name, change) => {
    const host = workbook();
    const last = await host.readWorkbook();
    const changed = await change(host);
    const now = await readChanged(host, last, changed);
    expect(host.sheetReads).toEqual([]);
    expect(now.sheets.length).toBe(host.sheets.length);
  });

  it('reads the whole workbook on the first lint, or from a host that cannot read one sheet', async () => {
    const host = workbook();
    expect((await readChanged(host, undefined, new Set(['Deals']))).sheets).toHaveLength(3);
    const last = await host.readWorkbook();
    host.set('Deals', 2, 2, 'Won');
    const now = await readChanged(wholeOnly(host), last, new Set(['Deals']));
    expect(now.sheets[0].values[1][1]).toBe('Won');
    expect(host.sheetReads).toEqual([]);
  });

  it('reads the whole workbook when a changed sheet is gone by the time it is read', async () => {
    const host = workbook();
    const last = await host.readWorkbook();
    host.sheets.splice(2, 1);
    const now = await readChanged(host, last, new Set(['Notes']));
    expect(now.sheets.map((s) => s.name)).toEqual(['Deals', 'Goals']);
  });
});
