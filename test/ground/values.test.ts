import fc from 'fast-check';
import {
  DateReader,
  cellText,
  dateFromDay,
  dayFromDate,
  dayFromSerial,
  describeValue,
  formatDay,
  isBlank,
  isDateFormat,
  isErrorValue,
  numericDateOrders,
  parseAmount,
  yesOrNo,
  parsePercent,
  serialFromDay,
  type DecimalSeparator,
  type Parsed,
} from '../../shared/ground/values';
import type { CellValue } from '../../shared/ground/types';

const value = <T>(p: Parsed<T>): T | undefined => (p.ok === true ? p.value : undefined);
const reason = <T>(p: Parsed<T>): string | undefined => (p.ok === false ? p.reason : undefined);
/** Day number of an ISO date, computed independently of the code under test. */
const isoDay = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

const FIRST_DAY = isoDay('1900-01-01');
const LAST_DAY = isoDay('9999-12-31');

describe('parseAmount', () => {
  it.each<[CellValue, DecimalSeparator, number]>([
    [12_000, '.', 12_000],
    [-3.5, '.', -3.5],
    ['12000', '.', 12_000],
    ['$12,000', '.', 12_000],
    ['$12,000.50', '.', 12_000.5],
    ['12k', '.', 12_000],
    ['12 K', '.', 12_000],
    ['1.2M', '.', 1_200_000],
    ['3mm', '.', 3_000_000],
    ['2.5bn', '.', 2_500_000_000],
    ['(500)', '.', -500],
    ['($1,500)', '.', -1500],
    ['-$1,200', '.', -1200],
    ['$-1,200', '.', -1200],
    ['250-', '.', -250],
    ['USD 1,500.50', '.', 1500.5],
    ['1,500 USD', '.', 1500],
    ['£1,234.56', '.', 1234.56],
    ['€ 900', '.', 900],
    ['.5', '.', 0.5],
    ['  7,000  ', '.', 7000],
    ['12.000', '.', 12],
    ['1.200,50', ',', 1200.5],
    ['12.000 €', ',', 12_000],
    ['12.000', ',', 12_000],
    ['1 234,5', ',', 1234.5],
    ['1\u00a0234\u00a0567 €', ',', 1_234_567],
    ["1'234,5", ',', 1234.5],
    ['1,2M', ',', 1_200_000],
    ['(1.500,00 €)', ',', -1500],
    ['EUR 99', ',', 99],
  ])('%p with decimal %p is %p', (cell, decimal, expected) => {
    expect(parseAmount(cell, decimal)).toEqual({ ok: true, value: expected });
  });

  it.each<[CellValue, DecimalSeparator, string]>([
    ['abc', '.', '"abc" is not an amount'],
    ['1.200,50', '.', '"1.200,50" is not an amount (it looks like a decimal comma: set "locale")'],
    ['12,34', '.', '"12,34" is not an amount (it looks like a decimal comma: set "locale")'],
    ['1,2,3', '.', '"1,2,3" is not an amount'],
    ['$', '.', '"$" is not an amount'],
    ['12..5', '.', '"12..5" is not an amount'],
    ['1.2M', ',', '"1.2M" is not an amount'],
    ['$12,000.50', ',', '"$12,000.50" is not an amount'],
    ['#N/A', '.', 'the cell holds the error #N/A'],
    ['#DIV/0!', ',', 'the cell holds the error #DIV/0!'],
    [true, '.', 'true is not an amount'],
    [new Date(2027, 0, 5), '.', '2027-01-05 is a date, not an amount'],
    [Infinity, '.', 'Infinity is not a finite amount'],
    [NaN, '.', 'NaN is not a finite amount'],
  ])('%p with decimal %p fails: %s', (cell, decimal, expected) => {
    expect(reason(parseAmount(cell, decimal))).toBe(expected);
  });

  it('a number in a date-formatted cell is not an amount', () => {
    expect(reason(parseAmount(46_392, '.', true))).toBe('46392 is formatted as a date, not an amount');
    expect(value(parseAmount(46_392, '.', false))).toBe(46_392);
  });

  it.each([null, undefined, '', '   '])('%p is empty', (cell) => {
    expect(parseAmount(cell, '.')).toEqual({ ok: 'empty' });
    expect(parseAmount(cell, ',')).toEqual({ ok: 'empty' });
  });

  const integer = fc.integer({ min: -1e12, max: 1e12 });

  it('any integer formatted by Intl as a currency parses back, in en-US and in de-DE', () => {
    fc.assert(
      fc.property(integer, fc.constantFrom('USD', 'EUR', 'GBP'), (n, currency) => {
        const us = new Intl.NumberFormat('en-US', {
          style: 'currency',
          currency,
          maximumFractionDigits: 0,
        }).format(n);
        const de = new Intl.NumberFormat('de-DE', {
          style: 'currency',
          currency,
          maximumFractionDigits: 0,
        }).format(n);
        expect(value(parseAmount(us, '.'))).toBe(n === 0 ? 0 : n);
        expect(value(parseAmount(de, ','))).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  it('any integer with hand-written thousands separators and a symbol before or after parses back', () => {
    const group = (n: number, sep: string) => String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    fc.assert(
      fc.property(
        integer,
        fc.constantFrom('$', '€', '£', '¥'),
        fc.boolean(),
        fc.boolean(),
        (n, symbol, before, brackets) => {
          const written = (digits: string) => {
            const body = before ? `${symbol}${digits}` : `${digits} ${symbol}`;
            if (n >= 0) return body;
            return brackets ? `(${body})` : `-${body}`;
          };
          expect(value(parseAmount(written(group(n, ',')), '.'))).toBe(n);
          expect(value(parseAmount(written(group(n, '.')), ','))).toBe(n);
        },
      ),
    );
  });

  it('amounts with cents round-trip in both locales', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), (cents) => {
        const n = cents / 100;
        const us = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2 }).format(n);
        const de = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2 }).format(n);
        expect(value(parseAmount(us, '.'))).toBe(n);
        expect(value(parseAmount(de, ','))).toBe(n);
      }),
    );
  });
});

describe('parsePercent', () => {
  it.each<[CellValue, number]>([
    [0.25, 0.25],
    [25, 0.25],
    ['25%', 0.25],
    ['25 %', 0.25],
    ['0.25', 0.25],
    ['0,25', 0.25],
    ['12,5%', 0.125],
    [0, 0],
    [1, 1],
    [100, 1],
    ['100%', 1],
    ['0%', 0],
    ['1%', 0.01],
  ])('%p is %p', (cell, expected) => {
    expect(value(parsePercent(cell))).toBeCloseTo(expected, 12);
  });

  it.each<[CellValue, string]>([
    ['150%', '"150%" is outside 0% to 100%'],
    ['101%', '"101%" is outside 0% to 100%'],
    [150, '150 is outside 0% to 100%'],
    [-0.2, '-0.2 is outside 0% to 100%'],
    ['-5%', '"-5%" is outside 0% to 100%'],
    ['high', '"high" is not a percentage'],
    ['25%%', '"25%%" is not a percentage'],
    [true, 'true is not a percentage'],
    [new Date(2027, 0, 5), '2027-01-05 is not a percentage'],
    ['#N/A', 'the cell holds the error #N/A'],
    [NaN, 'NaN is outside 0% to 100%'],
  ])('%p fails: %s', (cell, expected) => {
    expect(reason(parsePercent(cell))).toBe(expected);
  });

  it('blank is empty', () => {
    expect(parsePercent('')).toEqual({ ok: 'empty' });
    expect(parsePercent(null)).toEqual({ ok: 'empty' });
  });

  it('every whole percentage written with a % sign reads as that share; above 100% never does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (p) => {
        const parsed = parsePercent(`${p}%`);
        if (p <= 100) expect(value(parsed)).toBeCloseTo(p / 100, 12);
        else expect(parsed.ok).toBe(false);
      }),
    );
  });
});

describe('serials and days', () => {
  it.each<[number, string]>([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [60, '1900-03-01'], // Excel's phantom 1900-02-29 is read as the day after the 28th
    [61, '1900-03-01'],
    [25_569, '1970-01-01'],
    [43_466, '2019-01-01'],
    [46_392, '2027-01-05'],
    [46_568, '2027-06-30'],
    [46_568.75, '2027-06-30'], // a time of day does not move the date
    [2_958_465, '9999-12-31'],
  ])('serial %p is %s', (serial, iso) => {
    expect(formatDay(dayFromSerial(serial))).toBe(iso);
    expect(dayFromSerial(serial)).toBe(isoDay(iso));
  });

  it.each<[string, number]>([
    ['1900-01-01', 1],
    ['1900-02-28', 59],
    ['1900-03-01', 61],
    ['1970-01-01', 25_569],
    ['2027-06-30', 46_568],
    ['9999-12-31', 2_958_465],
  ])('%s has serial %p', (iso, serial) => {
    expect(serialFromDay(isoDay(iso))).toBe(serial);
  });

  it('day → serial → day round-trips from 1900 to 9999, the leap-year-bug region included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: FIRST_DAY, max: FIRST_DAY + 120 }),
          fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
        ),
        (day) => {
          expect(dayFromSerial(serialFromDay(day))).toBe(day);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('serial → day → serial round-trips for every serial but the phantom 60', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_958_465 }).filter((s) => s !== 60),
        (serial) => {
          expect(serialFromDay(dayFromSerial(serial))).toBe(serial);
        },
      ),
    );
  });

  it('day → Date → day round-trips, and formatDay agrees with ISO', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (day) => {
        expect(dayFromDate(dateFromDay(day))).toBe(day);
        expect(isoDay(formatDay(day))).toBe(day);
      }),
    );
  });
});

describe('DateReader', () => {
  const mdy = new DateReader('MDY');
  const dmy = new DateReader('DMY');

  it.each<[CellValue, string]>([
    [46_392, '2027-01-05'],
    [new Date(2027, 0, 5), '2027-01-05'],
    [new Date(2027, 0, 5, 23, 59), '2027-01-05'],
    ['2027-01-05', '2027-01-05'],
    ['2027-1-5', '2027-01-05'],
    ['2027-01-05T10:30:00', '2027-01-05'],
    ['2027/01/05', '2027-01-05'],
    ['Jan 5, 2027', '2027-01-05'],
    ['January 5, 2027', '2027-01-05'],
    ['5 Jan 2027', '2027-01-05'],
    ['5 January 2027', '2027-01-05'],
    ['5-Jan-2027', '2027-01-05'],
    ['5-Jan-27', '2027-01-05'],
    ['Tue, Jan 5, 2027', '2027-01-05'],
    ['  2027-01-05  ', '2027-01-05'],
  ])('%p reads as %s in either order', (cell, iso) => {
    expect(formatDay(value(mdy.read(cell))!)).toBe(iso);
    expect(formatDay(value(dmy.read(cell))!)).toBe(iso);
  });

  it.each<[CellValue, string]>([
    // Timestamps keep the day as written, whatever the zone: converting would move it by the machine's zone.
    ['2027-01-05T23:30:00Z', '2027-01-05'],
    ['2027-01-05T00:30:00+03:00', '2027-01-05'],
    ['2027-01-05T23:30:00-0500', '2027-01-05'],
    ['2027-01-05 10:04:00 UTC', '2027-01-05'],
    ['2027-01-05 10:04:00.123 UTC', '2027-01-05'],
    ['2027-01-05T10:04:00.123456Z', '2027-01-05'],
    ['2027-01-05 10:04:00.123456789', '2027-01-05'],
    ['2027/01/05 10:04', '2027-01-05'],
    ['Jan 5, 2027 3:15 PM', '2027-01-05'],
    ['5 Jan 2027 15:15 GMT', '2027-01-05'],
    // Unix time in each unit, as numbers and as CSV text, and yyyymmdd digits.
    [1_799_107_200, '2027-01-05'],
    [1_799_107_200_000, '2027-01-05'],
    [1_799_193_599_999, '2027-01-05'],
    [1_799_107_200_000_000, '2027-01-05'],
    [1.7991072e18, '2027-01-05'],
    ['1799107200', '2027-01-05'],
    ['1799107200.5', '2027-01-05'],
    ['1799107200000', '2027-01-05'],
    ['1799107200000000000', '2027-01-05'],
    [20_270_105, '2027-01-05'],
    ['20270105', '2027-01-05'],
  ])('the timestamp or epoch number %p reads as %s in either order', (cell, iso) => {
    expect(formatDay(value(mdy.read(cell))!)).toBe(iso);
    expect(formatDay(value(dmy.read(cell))!)).toBe(iso);
  });

  it.each<[CellValue, string]>([
    [20_271_305, '20271305 is not a date'],
    ['20270230', '"20270230" is not a date'],
    [50_000_000, '50000000 is not a date'],
    ['12345678901234567890123', '"12345678901234567890123" is not a date'],
    ['2027-01-05T25:99', '"2027-01-05T25:99" is not a date'],
  ])('refuses %p: neither a yyyymmdd date nor a Unix time', (cell, message) => {
    expect(reason(mdy.read(cell))).toBe(message);
  });

  it('reads each separator in its own order when told', () => {
    const reader = new DateReader('MDY', new Map([['/', 'DMY']]));
    expect(formatDay(value(reader.read('02/05/2027'))!)).toBe('2027-05-02');
    expect(formatDay(value(reader.read('02-05-2027'))!)).toBe('2027-02-05');
    expect(formatDay(value(reader.read('02/05/2027 10:00 UTC'))!)).toBe('2027-05-02');
  });

  it('refuses Date objects outside 1900 to 9999, as it does text and serials', () => {
    const early = new Date(1850, 5, 1);
    expect(mdy.read(early)).toEqual({ ok: false, reason: '1850-06-01 is outside the years 1900 to 9999' });
    expect(mdy.read(new Date(1900, 0, 1)).ok).toBe(true);
  });

  it.each<[string, string, string]>([
    ['1/5/2027', '2027-01-05', '2027-05-01'],
    ['01/05/2027', '2027-01-05', '2027-05-01'],
    ['1.5.2027', '2027-01-05', '2027-05-01'],
    ['1-5-2027', '2027-01-05', '2027-05-01'],
    ['1/5/27', '2027-01-05', '2027-05-01'],
    ['12/12/2026', '2026-12-12', '2026-12-12'],
  ])('%p is %s month-first and %s day-first', (text, asMdy, asDmy) => {
    expect(formatDay(value(mdy.read(text))!)).toBe(asMdy);
    expect(formatDay(value(dmy.read(text))!)).toBe(asDmy);
  });

  it('a date that only fits one order fails in the other', () => {
    expect(formatDay(value(dmy.read('25/12/2026'))!)).toBe('2026-12-25');
    expect(reason(mdy.read('25/12/2026'))).toBe('"25/12/2026" is not a date');
    expect(formatDay(value(mdy.read('12/25/2026'))!)).toBe('2026-12-25');
    expect(reason(dmy.read('12/25/2026'))).toBe('"12/25/2026" is not a date');
  });

  it.each<[CellValue, string]>([
    ['2027-02-30', '"2027-02-30" is not a date'],
    ['2027-13-01', '"2027-13-01" is not a date'],
    ['2/30/2027', '"2/30/2027" is not a date'],
    ['next week', '"next week" is not a date'],
    ['Q3', '"Q3" is not a date'],
    ['1/1/1850', '"1/1/1850" is outside the years 1900 to 9999'],
    [0, '0 is not a date'],
    [-1, '-1 is not a date'],
    [3_000_000, '3000000 is not a date'],
    [Infinity, 'Infinity is not a date'],
    [NaN, 'NaN is not a date'],
    [true, 'true is not a date'],
    [new Date(NaN), 'the cell holds an invalid date'],
    ['#REF!', 'the cell holds the error #REF!'],
  ])('%p fails: %s', (cell, expected) => {
    expect(reason(mdy.read(cell))).toBe(expected);
  });

  it('blank cells are empty', () => {
    for (const cell of [null, undefined, '', '  ']) expect(mdy.read(cell)).toEqual({ ok: 'empty' });
  });

  it('a cached text date gives the same answer the second time', () => {
    const reader = new DateReader('DMY');
    expect(reader.read('03/04/2027')).toEqual(reader.read('03/04/2027'));
    expect(reader.read('garbage')).toEqual(reader.read(' garbage '));
  });

  it('any day written as ISO, as M/D/YYYY, as D/M/YYYY, as a serial or as a Date reads back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: isoDay('1900-03-01'), max: LAST_DAY }), (day) => {
        const iso = formatDay(day);
        const [y, m, d] = iso.split('-').map(Number);
        expect(value(mdy.read(iso))).toBe(day);
        expect(value(mdy.read(`${m}/${d}/${y}`))).toBe(day);
        expect(value(dmy.read(`${d}/${m}/${y}`))).toBe(day);
        expect(value(mdy.read(serialFromDay(day)))).toBe(day);
        expect(value(mdy.read(dateFromDay(day)))).toBe(day);
      }),
    );
  });
});

describe('numericDateOrders', () => {
  it.each<[string, string[] | undefined]>([
    ['03/04/2027', ['MDY', 'DMY']],
    ['25/04/2027', ['DMY']],
    ['04/25/2027', ['MDY']],
    ['13/13/2027', []],
    ['1.2.27', ['MDY', 'DMY']],
    ['2027-03-04', undefined],
    ['Mar 4, 2027', undefined],
    ['03/04-2027', undefined],
  ])('%p fits %p', (text, orders) => {
    expect(numericDateOrders(text)).toEqual(orders);
  });
});

describe('isDateFormat', () => {
  it.each<[string | null | undefined, boolean]>([
    ['m/d/yyyy', true],
    ['[$-409]mmm d, yyyy', true],
    ['dd/mm/yyyy', true],
    ['yyyy-mm-dd', true],
    ['d-mmm-yy', true],
    ['mmm-yy', true],
    ['mmmm', true],
    ['[$-F800]dddd, mmmm dd, yyyy', true],
    ['m/d/yyyy h:mm', true],
    ['0.00', false],
    ['General', false],
    ['#,##0', false],
    ['"$"#,##0.00', false],
    ['[Red]#,##0;(#,##0)', false],
    ['0.00 "days"', false],
    ['0\\d', false],
    ['0%', false],
    ['h:mm:ss', false],
    ['[h]:mm', false],
    ['@', false],
    ['', false],
    [null, false],
    [undefined, false],
  ])('%p is a date format: %p', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe('cell helpers', () => {
  it.each<[CellValue, boolean]>([
    ['#N/A', true],
    ['#REF!', true],
    ['#VALUE!', true],
    ['#DIV/0!', true],
    ['#NAME?', true],
    ['#NUM!', true],
    ['#NULL!', true],
    ['#SPILL!', true],
    ['#CALC!', true],
    ['#ERROR!', true],
    ['#n/a', false],
    [' #N/A', false],
    ['#N/A!', false],
    ['#1 priority', false],
    ['#', false],
    [0, false],
    [null, false],
  ])('isErrorValue(%p) is %p', (cell, expected) => {
    expect(isErrorValue(cell)).toBe(expected);
  });

  it('isBlank', () => {
    expect([null, undefined, '', '  ', '\t'].map(isBlank)).toEqual([true, true, true, true, true]);
    expect([0, false, 'x', new Date(0)].map(isBlank)).toEqual([false, false, false, false]);
    // Unicode spaces are blank too: the printable-ASCII short cut must not skip them.
    expect(['\u00a0', ' \u3000 ', '\ufeff', '\u00a0x'].map(isBlank)).toEqual([true, true, true, false]);
  });

  it('isBlank is "only whitespace" for any text, spaces of every kind included', () => {
    const spaces = fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', 'x', '~', '#');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(spaces).map((a) => a.join('')),
        ),
        (text) => {
          expect(isBlank(text)).toBe(text.trim() === '');
        },
      ),
    );
  });

  it('cellText', () => {
    expect(cellText('  Ann Lee ')).toBe('Ann Lee');
    expect(cellText(1001)).toBe('1001');
    expect(cellText(false)).toBe('false');
    expect(cellText(new Date(2027, 0, 5))).toBe('2027-01-05');
    expect(cellText(new Date(NaN))).toBeUndefined();
    expect(cellText('   ')).toBeUndefined();
    expect(cellText(null)).toBeUndefined();
  });

  it('describeValue', () => {
    expect(describeValue('abc')).toBe('"abc"');
    expect(describeValue('x'.repeat(50))).toBe(`"${'x'.repeat(37)}..."`);
    expect(describeValue(12)).toBe('12');
    expect(describeValue(new Date(2027, 0, 5))).toBe('2027-01-05');
    expect(describeValue(new Date(NaN))).toBe('an invalid date');
  });
});

describe('yesOrNo', () => {
  it.each<[CellValue, boolean | undefined]>([
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    [' Yes ', true],
    ['Y', true],
    ['x', true],
    ['✓', true],
    ['Sí', true],
    ['ja', true],
    ['FALSE', false],
    ['nein', false],
    ['', undefined],
    [null, undefined],
    [2, undefined],
    ['maybe', undefined],
  ])('reads %j as %s', (cell, expected) => {
    expect(yesOrNo(cell)).toBe(expected);
  });
});
