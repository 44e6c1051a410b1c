import type { CellValue, SheetSnapshot } from '../../../shared/ground/types';
import { settingsKind, settingsSheetRows, type SettingsTable } from '../../../shared/sheets/kinds/settings';
import { lintWorkbook, readWorkbookSettings } from '../../../shared/engine/engine';
import { formatDay } from '../../../shared/ground/values';
import { RULES } from '../../../shared/rules';
import { detect, readAs, testConfig } from '../read';

const SETTINGS: CellValue[][] = [
  ['Pipelint settings'],
  ['Setting', 'Value'],
  ['As of', '2027-03-31'],
  ['Locale', 'en-GB'],
  [],
  ['Stage', 'Kind', 'Max days', 'Probability', 'Required', 'Aliases'],
  ['Scoping', 'open', 21, '10%', '', ''],
  ['Pilot', 'Open', 45, 0.4, 'yes', 'POC, Trial'],
  ['Paper', 'open', '', '80%', '', ''],
  ['Signed', 'won', '', '100%', '', 'Closed Won'],
  ['Gone', 'lost', '', '0%', '', ''],
  [],
  ['Rule', 'Severity'],
  ['pipeline/missing-next-step', 'off'],
  ['pipeline/stalled-deal', 'warn'],
];

const read = (values: CellValue[][]): SettingsTable =>
  readAs(settingsKind, values, { name: 'Pipelint settings' });

describe('the settings sheet', () => {
  it.each<[string, CellValue[]]>([
    ['a Setting | Value block', ['Setting', 'Value']],
    ['a stage list', ['Stage', 'Kind', 'Max days']],
    ['a stage list with probabilities and aliases', ['Stage name', 'Probability', 'Aliases']],
    ['a rule list', ['Rule', 'Severity']],
  ])('is recognised by %s', (_name, header) => {
    expect(detect([header, header.map(() => 'x')])).toMatchObject({ role: 'settings', headerIndex: 0 });
  });

  it('a pipeline with a Type or Probability column stays a pipeline', () => {
    expect(detect([['Opportunity', 'Owner', 'Stage', 'Type', 'Probability', 'Amount']])?.role).toBe(
      'pipeline',
    );
    expect(detect([['Stage', 'Probability', 'Amount', 'Owner']])?.role).toBe('pipeline');
  });

  it('reads every block: the settings, the stages in order, the rules', () => {
    const table = read(SETTINGS);
    expect(formatDay(table.asOf!.value)).toBe('2027-03-31');
    expect(table.asOf!.location.address).toBe("'Pipelint settings'!B3");
    expect(table.locale?.value).toBe('en-GB');
    expect(table.stages.map((s) => s.stage)).toEqual([
      { name: 'Scoping', maxDays: 21, probability: 0.1 },
      { name: 'Pilot', maxDays: 45, probability: 0.4, required: true, aliases: ['POC', 'Trial'] },
      { name: 'Paper', probability: 0.8 },
      { name: 'Signed', closed: 'won', probability: 1, aliases: ['Closed Won'] },
      { name: 'Gone', closed: 'lost', probability: 0 },
    ]);
    expect(table.rules.map((r) => [r.id, r.severity])).toEqual([
      ['pipeline/missing-next-step', 'off'],
      ['pipeline/stalled-deal', 'warn'],
    ]);
    expect(table.problems).toEqual([]);
  });

  it('records what it cannot read at its cell, and keeps the rest', () => {
    const table = read([
      ['Setting', 'Value'],
      ['As of', 'next Tuesday'],
      ['Date order', 'sideways'],
      ['Stage', 'Kind', 'Max days', 'Required'],
      ['Pilot', 'maybe', 'soon', 'perhaps'],
      ['Won', 'won', '', ''],
    ]);
    expect(table.problems.map((p) => `${p.location.address} ${p.message}`)).toEqual([
      '\'Pipelint settings\'!B2 As of: "next Tuesday" is not a date; write a date such as 2027-06-30',
      '\'Pipelint settings\'!B3 Date order "sideways" is neither DMY (day first) nor MDY (month first)',
      '\'Pipelint settings\'!B5 Kind "maybe" of stage "Pilot" is not open, won or lost',
      '\'Pipelint settings\'!C5 Max days of stage "Pilot" must be a whole number of days above 0',
      '\'Pipelint settings\'!D5 Required for stage "Pilot" should be yes or no',
    ]);
    expect(table.stages.map((s) => s.stage.name)).toEqual(['Pilot', 'Won']);
    expect(table.asOf).toBeUndefined();
  });
});

describe('the settings sheet over the config', () => {
  const pipeline: SheetSnapshot = {
    name: 'Deals',
    values: [
      ['Deal', 'Owner', 'Stage', 'Amount', 'Close date', 'Next step'],
      ['D-1', 'Ann', 'Pilot', 100, '15/03/2027', ''],
      ['D-2', 'Ann', 'POC', 100, '15/06/2027', 'Call'],
      ['D-3', 'Ann', 'Signed', 100, '01/02/2027', ''],
    ],
  };
  const workbook = { sheets: [{ name: 'Pipelint settings', values: SETTINGS }, pipeline] };

  it('sets the stages, locale, as-of day and rule levels every front end lints with', () => {
    const { config, model } = readWorkbookSettings(workbook, testConfig({ asOf: undefined }), RULES);
    expect(formatDay(config.asOf)).toBe('2027-03-31');
    expect([config.localeTag, config.dateOrder, config.decimal]).toEqual(['en-GB', 'DMY', '.']);
    expect(config.stages?.map((s) => s.name)).toEqual(['Scoping', 'Pilot', 'Paper', 'Signed', 'Gone']);
    expect(config.rules.has('pipeline/missing-next-step')).toBe(false);
    expect(config.rules.get('pipeline/stalled-deal')?.severity).toBe('warning');
    const deals = model.tables('pipeline')[0].rows;
    expect(deals.map((d) => [d.stage?.name, formatDay(d.closeDate!)])).toEqual([
      ['Pilot', '2027-03-15'],
      ['Pilot', '2027-06-15'],
      ['Signed', '2027-02-01'],
    ]);
  });

  it('wins over a config file, but not over --as-of', () => {
    const fromFile = testConfig({ stages: [{ name: 'Won', closed: 'won' }], locale: 'en-US' });
    expect(readWorkbookSettings(workbook, fromFile, RULES).config.stages?.[0].name).toBe('Scoping');
    const locked = { ...testConfig({ asOf: '2027-06-30' }), asOfLocked: true };
    expect(formatDay(readWorkbookSettings(workbook, locked, RULES).config.asOf)).toBe('2027-06-30');
  });

  it('lints with the settings; problems in the sheet are reported where they are', () => {
    const result = lintWorkbook(workbook, testConfig(), RULES);
    const ids = result.diagnostics.map((d) => `${d.ruleId} ${d.location.address}`);
    expect(ids).toContain('pipeline/close-date-past Deals!E2');
    expect(ids.some((id) => id.startsWith('pipeline/missing-next-step'))).toBe(false);
    expect(ids.some((id) => id.startsWith('pipeline/unknown-stage'))).toBe(false);

    const bad = {
      sheets: [
        {
          name: 'Settings',
          values: [
            ['Rule', 'Severity'],
            ['pipeline/stalled-deals', 'error'],
            ['pipeline/missing-owner', 'loud'],
            [],
            ['Stage', 'Kind', 'Max days'],
            ['Pilot', 'open', 30],
          ],
        },
        pipeline,
      ],
    };
    const problems = lintWorkbook(bad, testConfig(), RULES).diagnostics.filter(
      (d) => d.ruleId === 'workbook/invalid-setting',
    );
    expect(problems.map((d) => `${d.location.address} ${d.message}`)).toEqual([
      'Settings!A2 "pipeline/stalled-deals" is not a Pipelint rule; did you mean "pipeline/stalled-deal"?',
      'Settings!B3 Severity "loud" of pipeline/missing-owner is not one of off, hint, info, warning, error',
      'Settings!A5 The stage list marks no stage won, so no deal could ever be won; set Kind to won on the stage that counts as a win. The list is not used',
    ]);
  });
});

describe('writing the settings sheet', () => {
  it('writes rows that read back as the same settings', () => {
    const written = settingsSheetRows({
      asOf: '2027-03-31',
      locale: 'en-GB',
      dateOrder: 'DMY',
      stages: [
        { name: 'Scoping', maxDays: 21, probability: 0.1 },
        { name: 'Pilot', maxDays: 45, probability: 0.375, required: true, aliases: ['POC', 'Trial'] },
        { name: 'Signed', closed: 'won', aliases: ['Closed Won'] },
        { name: 'Gone', closed: 'lost' },
      ],
      rules: [
        ['pipeline/missing-next-step', 'off'],
        ['pipeline/stalled-deal', 'error'],
      ],
    });
    const table = read(written);
    expect(table.problems).toEqual([]);
    expect(formatDay(table.asOf!.value)).toBe('2027-03-31');
    expect([table.locale?.value, table.dateOrder?.value]).toEqual(['en-GB', 'DMY']);
    expect(table.stages.map((s) => s.stage)).toEqual([
      { name: 'Scoping', maxDays: 21, probability: 0.1 },
      { name: 'Pilot', maxDays: 45, probability: 0.375, required: true, aliases: ['POC', 'Trial'] },
      { name: 'Signed', closed: 'won', aliases: ['Closed Won'] },
      { name: 'Gone', closed: 'lost' },
    ]);
    expect(table.rules.map((r) => [r.id, r.severity])).toEqual([
      ['pipeline/missing-next-step', 'off'],
      ['pipeline/stalled-deal', 'error'],
    ]);
  });
});
