/**
 * The pipeline reader takes a short cut for the cells most sheets are made of, plain numbers in
 * the amount and date columns, instead of going through `parseAmount` and `DateReader`. The short
 * cut must read every number exactly as the full parse does: the same value, or the same problem.
 */
import fc from 'fast-check';
import type { CellValue } from '../../../shared/ground/types';
import { DateReader, isDateFormat, parseAmount, type Parsed } from '../../../shared/ground/values';
import { pipelineKind } from '../../../shared/sheets/kinds/pipeline';
import { readAs } from '../read';

const HEADERS = ['Deal', 'Owner', 'Stage', 'Amount', 'Close Date', 'Created'];
const [AMOUNT, CLOSE, CREATED] = [3, 4, 5];

/** Numbers a host hands over: serials whole and fractional, amounts, and the odd ones out. */
const number = fc.oneof(
  fc.integer({ min: -5, max: 3_000_000 }),
  fc.double({ min: -1e6, max: 1e13, noNaN: true }),
  fc.constantFrom(0, 1, 2_958_465, 2_958_466, 1.5, -0.5, NaN, Infinity, -Infinity, 1_700_000_000, 20250630),
);
const format = fc.constantFrom<string | null>(
  null,
  'General',
  'yyyy-mm-dd',
  '$#,##0',
  'mmm d',
  '0.00',
  'h:mm',
);

/** What the full parse makes of a cell: its value, or the reason it is not one. */
const outcome = (parsed: Parsed<number>) =>
  parsed.ok === true ? { value: parsed.value } : parsed.ok === false ? { reason: parsed.reason } : {};

describe('plain numbers in the pipeline', () => {
  it('read as the full parse reads them: the same amount or day, or the same problem', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(number, format, number, number), { minLength: 1, maxLength: 20 }),
        (rows) => {
          const values: CellValue[][] = [
            HEADERS,
            ...rows.map(([amount, , close, created], i) => [
              `D-${i}`,
              'Ana',
              'Proposal',
              amount,
              close,
              created,
            ]),
          ];
          const numberFormats = [[], ...rows.map(([, fmt]) => [null, null, null, fmt, null, null])];
          const table = readAs(pipelineKind, values, { numberFormats });
          const dates = new DateReader('MDY');
          table.rows.forEach((deal, i) => {
            const [amount, fmt, close, created] = rows[i];
            const problem = (column: number) => deal.problems?.find((p) => p.column === column + 1)?.reason;
            const read = (value: number | undefined, column: number) =>
              value === undefined ? { ...(problem(column) && { reason: problem(column) }) } : { value };
            expect(read(deal.amount, AMOUNT)).toEqual(outcome(parseAmount(amount, '.', isDateFormat(fmt))));
            expect(read(deal.closeDate, CLOSE)).toEqual(outcome(dates.read(close)));
            expect(read(deal.created, CREATED)).toEqual(outcome(dates.read(created)));
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
