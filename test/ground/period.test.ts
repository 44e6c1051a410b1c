import {
  DEFAULT_PERIOD,
  PERIODS,
  elapsedShare,
  parseTarget,
  periodFromText,
  periodWindow,
  thisPeriod,
  type Period,
} from '../../shared/ground/period';
import type { CellValue } from '../../shared/ground/types';
import { day, iso } from '../analyses/goals/days';

describe('periodFromText', () => {
  it.each<[string, Period | undefined]>([
    ['day', 'day'],
    ['Daily', 'day'],
    ['every day', 'day'],
    ['week', 'week'],
    ['Weekly', 'week'],
    ['per week', 'week'],
    ['/wk', 'week'],
    ['each week', 'week'],
    ['per month', 'month'],
    [' MONTHS ', 'month'],
    ['mo.', 'month'],
    ['a quarter', 'quarter'],
    ['Quarterly', 'quarter'],
    ['q', 'quarter'],
    ['/yr', 'year'],
    ['an year', 'year'],
    ['Annually', 'year'],
    ['fortnight', undefined],
    ['per', undefined],
    ['per  fortnight', undefined],
    ['', undefined],
  ])('%p is %p', (text, period) => {
    expect(periodFromText(text)).toBe(period);
  });

  it('a quarter is the default', () => {
    expect(DEFAULT_PERIOD).toBe('quarter');
  });
});

describe('parseTarget', () => {
  const reads = (cell: CellValue, decimal: '.' | ',' = '.') => parseTarget(cell, decimal);

  it.each<[CellValue, number, Period | undefined]>([
    [12, 12, undefined],
    [0.5, 0.5, undefined],
    ['12', 12, undefined],
    ['$20k', 20_000, undefined],
    ['40 per week', 40, 'week'],
    ['40 Per Week', 40, 'week'],
    [' 40 / week ', 40, 'week'],
    ['$20k / quarter', 20_000, 'quarter'],
    ['$250k/quarter', 250_000, 'quarter'],
    ['12 monthly', 12, 'month'],
    ['3 a month', 3, 'month'],
    ['5 per wk.', 5, 'week'],
    ['2 each day', 2, 'day'],
    ['1,500 every year', 1500, 'year'],
  ])('%p is %p for %p', (cell, value, period) => {
    expect(reads(cell)).toEqual({ ok: true, target: period ? { value, period } : { value } });
  });

  it('reads amounts the way the locale writes them', () => {
    expect(reads('1.200,5 per month', ',')).toEqual({ ok: true, target: { value: 1200.5, period: 'month' } });
    expect(reads('1.200,5 per month').ok).toBe(false);
  });

  it.each<CellValue>([null, undefined, '', '   '])('%p is no target', (cell) => {
    expect(reads(cell)).toEqual({ ok: 'empty' });
  });

  const notANumber = (text: string) =>
    `"${text}" is not a target: write a number, optionally with its period ("12 per week")`;

  it.each<[CellValue, string]>([
    ['lots', notANumber('lots')],
    ['12 per fortnight', notANumber('12 per fortnight')],
    // "an hour" is no period, so the whole text must read as an amount, and does not.
    ['1 an hour', notANumber('1 an hour')],
    [true, notANumber('true')],
    [0, 'a target of 0 can never be behind'],
    [-5, 'a target of -5 can never be behind'],
    ['-3 per week', 'a target of -3 can never be behind'],
  ])('%p is not a target', (cell, reason) => {
    expect(reads(cell)).toEqual({ ok: false, reason });
  });
});

describe('periodWindow', () => {
  const window = (period: Period, on: string) => {
    const w = periodWindow(period, day(on));
    expect(w.period).toBe(period);
    return [iso(w.start), iso(w.end)];
  };

  it.each<[Period, string, string, string]>([
    ['day', '2026-11-20', '2026-11-20', '2026-11-20'],
    ['week', '2026-11-20', '2026-11-16', '2026-11-22'],
    ['week', '2026-11-16', '2026-11-16', '2026-11-22'],
    ['week', '2026-11-22', '2026-11-16', '2026-11-22'],
    ['week', '2026-12-31', '2026-12-28', '2027-01-03'],
    ['month', '2026-11-20', '2026-11-01', '2026-11-30'],
    ['month', '2028-02-10', '2028-02-01', '2028-02-29'],
    ['quarter', '2026-01-01', '2026-01-01', '2026-03-31'],
    ['quarter', '2026-04-01', '2026-04-01', '2026-06-30'],
    ['quarter', '2026-09-30', '2026-07-01', '2026-09-30'],
    ['quarter', '2026-11-20', '2026-10-01', '2026-12-31'],
    ['year', '2026-11-20', '2026-01-01', '2026-12-31'],
  ])('the %s holding %s runs from %s to %s', (period, on, start, end) => {
    expect(window(period, on)).toEqual([start, end]);
  });

  it('every period holds its day', () => {
    for (const period of PERIODS) {
      const w = periodWindow(period, day('2026-03-29'));
      expect(w.start <= day('2026-03-29') && day('2026-03-29') <= w.end).toBe(true);
    }
  });
});

describe('elapsedShare', () => {
  const share = (period: Period, on: string, asOf = on) =>
    elapsedShare(periodWindow(period, day(on)), day(asOf));

  it.each<[Period, string, number]>([
    ['week', '2026-11-16', 1 / 7],
    ['week', '2026-11-20', 5 / 7],
    ['week', '2026-11-22', 1],
    ['day', '2026-11-20', 1],
    ['month', '2026-11-01', 1 / 30],
    ['month', '2026-11-30', 1],
    ['quarter', '2026-10-01', 1 / 92],
    ['quarter', '2026-11-20', 51 / 92],
    ['quarter', '2026-12-31', 1],
    ['year', '2024-07-01', 183 / 366],
  ])('a %s on %s is %p gone', (period, on, expected) => {
    expect(share(period, on)).toBeCloseTo(expected, 12);
  });

  it('stays within 0 and 1 for days outside the period', () => {
    expect(share('week', '2026-11-20', '2026-11-10')).toBe(0);
    expect(share('week', '2026-11-20', '2026-12-01')).toBe(1);
  });
});

describe('thisPeriod', () => {
  it.each<[Period, string]>([
    ['day', 'today'],
    ['week', 'this week'],
    ['quarter', 'this quarter'],
  ])('%s is "%s"', (period, words) => {
    expect(thisPeriod(period)).toBe(words);
  });
});
