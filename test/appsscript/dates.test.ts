import { readCells, readSpreadsheet } from '../../appsscript/sheetsAdapter';
import { runForSheets, sheetsArguments, sheetsToday } from '../../appsscript/runFunction';
import { formatInSheets, serialReader } from '../../appsscript/zone';
import { lint, loadConfig } from '../../shared';
import { cellLocation } from '../../shared/ground/address';
import { dayFromSerial } from '../../shared/ground/values';
import { fakeApps, scriptView, type FakeCell } from './fakeApps';

/** Excel's serial of a day (and time), as the Excel host would hand it over. */
const serial = (iso: string) => {
  const [d, t = '00:00'] = iso.split(' ');
  const [y, m, day] = d.split('-').map(Number);
  const [h, min] = t.split(':').map(Number);
  return Date.UTC(y, m - 1, day, h, min) / 864e5 + 25569;
};

const deals = (date: (iso: string) => FakeCell | number): (FakeCell | number)[][] => [
  ['Deal', 'Owner', 'Stage', 'Amount', 'Created', 'Close Date'],
  ['D-1', 'Ana', 'Proposal', 5000, date('2027-05-01'), date('2027-04-01')],
  ['D-2', 'Ben', 'Negotiaton', -300, date('2027-01-01'), date('2027-07-01')],
  ['D-3', 'Cy', 'Discovery', 800, date('2027-03-28 23:30'), date('2027-10-31')],
];

describe.each(['Europe/Berlin', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Etc/UTC'])(
  'a spreadsheet in %s, read by a script running in Etc/UTC',
  (timeZone) => {
    let env: ReturnType<typeof fakeApps>;
    beforeEach(() => {
      env = fakeApps(timeZone);
      env.spreadsheet.add(
        'Deals',
        deals((iso) => ({ date: iso })),
      );
    });
    afterEach(() => env.uninstall());

    it('hands Apps Script a Date that is not the day at UTC midnight (the trap this guards against)', () => {
      const raw = env.spreadsheet.sheet('Deals').valueAt(1, 4) as Date;
      expect(raw).toBeInstanceOf(Date);
      if (timeZone !== 'Etc/UTC') expect(raw.toISOString().startsWith('2027-05-01T00:00')).toBe(false);
    });

    it('reads the same serials as Excel would for the same dates, times of day included', () => {
      const read = readSpreadsheet(scriptView(env.apps)).sheets[0].values;
      const excel = deals(serial);
      for (const [r, c] of [
        [1, 4],
        [1, 5],
        [2, 4],
        [2, 5],
        [3, 5],
      ])
        expect(read[r][c]).toBe(excel[r][c]);
      // A time of day is a fraction: equal to a millionth of a second.
      expect(read[3][4]).toBeCloseTo(serial('2027-03-28 23:30'), 10);
    });

    it('lints to the same problems as the same sheet read from Excel', () => {
      const config = loadConfig({ asOf: '2027-06-30' });
      if (!config.ok) throw new Error('config');
      const sheets = lint(readSpreadsheet(scriptView(env.apps)), config.config).diagnostics;
      const excel = lint(
        { sheets: [{ name: 'Deals', values: deals(serial) as (string | number)[][] }] },
        config.config,
      ).diagnostics;
      expect(sheets.length).toBeGreaterThanOrEqual(3);
      expect(sheets).toEqual(excel);
    });

    it('reads a fix’s cells with their dates as serials too', () => {
      const [state] = readCells(scriptView(env.apps), [cellLocation('Deals', 2, 6)]);
      expect(state).toEqual({ value: serial('2027-04-01') });
    });

    it('passes a custom function’s date arguments as serials of the days they show', () => {
      const sheet = env.spreadsheet.sheet('Deals');
      const [created, close] = [sheet.valueAt(1, 4), sheet.valueAt(1, 5)];
      expect(sheetsArguments([created, [[close], ['x']]])).toEqual([
        serial('2027-05-01'),
        [[serial('2027-04-01')], ['x']],
      ]);
      // 1 April to 1 May is 30 days wherever the spreadsheet is.
      expect(runForSheets('DAYS_IN_STAGE', [close, created])).toBe(30);
    });
  },
);

describe('today, for a custom function and for the lint', () => {
  // 23:30 UTC on 30 June is already 1 July in Berlin and still 30 June in Los Angeles.
  const now = new Date('2027-06-30T23:30:00Z');
  it.each([
    ['Europe/Berlin', '2027-07-01'],
    ['America/Los_Angeles', '2027-06-30'],
    ['Etc/UTC', '2027-06-30'],
  ])('is the day on the spreadsheet’s clock in %s', (timeZone, day) => {
    const env = fakeApps(timeZone);
    try {
      expect(sheetsToday(() => timeZone, now)).toBe(dayFromSerial(serial(day)));
      expect(sheetsToday(undefined, now)).toBe(dayFromSerial(serial(day)));
    } finally {
      env.uninstall();
    }
  });

  it('is the script’s own day when there is no spreadsheet (the bundle loaded in a test)', () => {
    expect(sheetsToday(() => undefined, new Date(2027, 5, 30, 12))).toBe(dayFromSerial(serial('2027-06-30')));
  });
});

describe('reading dates in a zone', () => {
  it('asks Utilities once per distinct moment, however many cells hold it', () => {
    const env = fakeApps('Europe/Berlin');
    try {
      const read = serialReader('Europe/Berlin', formatInSheets);
      const day = new Date('2027-04-30T22:00:00Z');
      for (let i = 0; i < 1000; i++) read(new Date(day.getTime()));
      expect(read(day)).toBe(serial('2027-05-01'));
      expect(env.apps.count('Utilities.formatDate')).toBe(1);
    } finally {
      env.uninstall();
    }
  });
});
