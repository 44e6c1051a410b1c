/**
 * The pipeline reader keeps deals column by column and takes short cuts (plain numbers, texts read
 * from their cells, a flat id index) to lint a million rows quickly. On random sheets shaped like
 * real ones (blank and label rows, error values, padded and numeric texts, text amounts and dates,
 * repeated ids, status columns), it must give every deal exactly the fields a plain one-object-per-
 * row reading gives (`pipelineReference.ts`), and the whole lint the same diagnostics.
 */
import fc from 'fast-check';
import type { CellValue, WorkbookSnapshot } from '../../../shared/ground/types';
import { lint, loadConfig } from '../../../shared';
import { pipelineKind } from '../../../shared/sheets/kinds/pipeline';
import { plainDeal, referenceDeals } from './pipelineReference';

const AS_OF = 46_000; // serial of 2025-12-09

const COLUMNS: Record<string, fc.Arbitrary<CellValue>> = {
  'Deal ID': fc.oneof(
    fc.constantFrom('D-1', 'D-2', 'd-1', ' D-2 ', 'D-3', 'D  3', 1001, 1002, '#N/A', null),
    fc.integer({ min: 1, max: 40 }).map((n) => `D-${n}`),
  ),
  Owner: fc.constantFrom('Ana Silva', 'ana silva', ' Ben Okafor ', 'Chen Wei', 42, '', null, '#REF!', 'Zoë'),
  Stage: fc.constantFrom(
    'Prospecting',
    'prospecting',
    'Proposal',
    'Propsal',
    'Negotiation',
    'Won',
    'Closed Won',
    'Lost',
    'On Hold',
    '  Proposal',
    '',
    null,
    '#VALUE!',
  ),
  Status: fc.constantFrom('Open', 'Won', 'Lost', 'lost', '', null, true),
  Amount: fc.oneof(
    fc.integer({ min: -5000, max: 90_000 }),
    fc.double({ min: -1e6, max: 1e7, noNaN: true }),
    fc.constantFrom('$1,200', '12.000,00', '27,144', '5k', 'TBD', '', null, '#DIV/0!', Infinity),
  ),
  Probability: fc.constantFrom(0.1, 0.5, 1, 0, '40%', '75', 'high', null),
  Created: fc.oneof(
    fc.integer({ min: AS_OF - 400, max: AS_OF + 30 }),
    fc.constantFrom('2025-03-04', '03/04/2025', '13/04/2025', 'next week', '', null, -1, 3e6, 20250301),
  ),
  'Close Date': fc.oneof(
    fc.integer({ min: AS_OF - 200, max: AS_OF + 200 }),
    fc.constantFrom('2025-11-30', '04/05/2025', 'Q3', null, new Date(2025, 9, 1), 45_900.75),
  ),
  'Last Activity': fc.oneof(
    fc.integer({ min: AS_OF - 300, max: AS_OF }),
    fc.constantFrom(null, 'ASAP', '2025-12-01'),
  ),
  'Next Step': fc.constantFrom('Send proposal', '', null, 'Call', ' demo '),
  Product: fc.constantFrom('GTX Pro', 'GTX Basic', 'GTXPro', null),
  Quantity: fc.constantFrom(1, 2, 5, null),
  'Lint ignore': fc.constantFrom(
    null,
    null,
    null,
    '*',
    'pipeline/stalled-deal',
    'pipeline/missing-owner, pipeline/date-order',
  ),
};
const ALWAYS = ['Deal ID', 'Owner', 'Stage', 'Amount', 'Close Date'];
const OPTIONAL = Object.keys(COLUMNS).filter((c) => !ALWAYS.includes(c));

/** A row of the sheet: a deal, a blank row, or a label spanning it. */
const rowOf = (headers: string[]) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.tuple(...headers.map((h) => COLUMNS[h])) as fc.Arbitrary<CellValue[]> },
    { weight: 1, arbitrary: fc.constantFrom<CellValue[]>([], [null, '', '  ']) },
    { weight: 1, arbitrary: fc.constant(headers.map((_, i) => (i < 3 ? 'Q3 deals' : null))) },
  );

const sheet = fc
  .subarray(OPTIONAL)
  .map((extra) => [...ALWAYS, ...extra])
  .chain((headers) =>
    fc.record({
      headers: fc.constant(headers),
      rows: fc.array(rowOf(headers), { minLength: 1, maxLength: 40 }),
      amountFormat: fc.constantFrom<string | null>(null, '$#,##0', 'yyyy-mm-dd'),
      locale: fc.constantFrom(undefined, 'en-US', 'de-DE'),
      stages: fc.constantFrom(undefined, [
        { name: 'Prospecting' },
        { name: 'Proposal' },
        { name: 'Won', closed: 'won' as const },
        { name: 'Lost', closed: 'lost' as const },
      ]),
    }),
  );

function workbookOf({
  headers,
  rows,
  amountFormat,
}: {
  headers: string[];
  rows: CellValue[][];
  amountFormat: string | null;
}): WorkbookSnapshot {
  const amount = headers.indexOf('Amount');
  return {
    sheets: [
      {
        name: 'Pipeline',
        values: [headers, ...rows],
        numberFormats: [[], ...rows.map((r) => r.map((_, c) => (c === amount ? amountFormat : null)))],
      },
    ],
  };
}

/** Lints with the pipeline read by the reader given, every other part of the lint as it is. */
function lintReadBy(workbook: WorkbookSnapshot, config: Parameters<typeof lint>[1], reference: boolean) {
  const read = pipelineKind.read;
  if (reference)
    pipelineKind.read = (sheet, headerIndex, context) => {
      const table = read(sheet, headerIndex, context);
      return { ...table, rows: referenceDeals(sheet, table, context) };
    };
  try {
    return lint(workbook, config);
  } finally {
    pipelineKind.read = read;
  }
}

describe('the columnar pipeline table', () => {
  it('gives every deal the fields a plain one-object-per-row reading gives', () => {
    fc.assert(
      fc.property(sheet, (s) => {
        const loaded = loadConfig({ asOf: '2025-12-09', locale: s.locale, stages: s.stages });
        if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
        const read = pipelineKind.read;
        const compared: number[] = [];
        pipelineKind.read = (sheet, headerIndex, context) => {
          const table = read(sheet, headerIndex, context);
          const reference = referenceDeals(sheet, table, context);
          expect(table.rows.map(plainDeal)).toEqual(reference.map(plainDeal));
          compared.push(table.rows.length);
          return table;
        };
        try {
          lint(workbookOf(s), loaded.config);
        } finally {
          pipelineKind.read = read;
        }
        expect(compared).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });

  it('lints to the same diagnostics as the plain reading', () => {
    fc.assert(
      fc.property(sheet, (s) => {
        const loaded = loadConfig({ asOf: '2025-12-09', locale: s.locale, stages: s.stages });
        if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
        const fast = lintReadBy(workbookOf(s), loaded.config, false);
        const plain = lintReadBy(workbookOf(s), loaded.config, true);
        expect(plain.model.tables('pipeline').length).toBe(fast.model.tables('pipeline').length);
        expect(fast.diagnostics).toEqual(plain.diagnostics);
      }),
      { numRuns: 300 },
    );
  });
});
