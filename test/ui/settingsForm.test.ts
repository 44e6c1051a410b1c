import type { CellValue, WorkbookSnapshot } from '../../shared/ground/types';
import { lint, loadConfig, type PipelintConfig } from '../../shared';
import { settingsSheetRows } from '../../shared/sheets/kinds/settings';
import { settingsOf, sheetSettings, validLocale } from '../../shared/ui/settingsForm';
import type { LintRun } from '../../shared/ui/usePipelint';

const PIPELINE: CellValue[][] = [
  ['Deal', 'Owner', 'Stage', 'Amount', 'Close date'],
  ['Acme', 'Ana', 'Demo', 1000, '03/04/2027'],
];

function runOf(workbook: WorkbookSnapshot, raw: PipelintConfig = {}): LintRun {
  const loaded = loadConfig({ asOf: '2027-01-15', ...raw });
  if (!loaded.ok) throw new Error('bad config');
  const result = lint(workbook, loaded.config);
  return {
    result,
    at: new Date(),
    config: result.config,
    ms: 1,
    sheetOrder: workbook.sheets.map((s) => s.name),
  };
}

const withSettings = (rows: CellValue[][]): WorkbookSnapshot => ({
  sheets: [
    { name: 'Pipeline', values: PIPELINE },
    { name: 'Pipelint settings', values: rows },
  ],
});

describe('the settings form', () => {
  it('starts blank for the default locale and a date order the locale implies', () => {
    const { general } = settingsOf(runOf({ sheets: [{ name: 'Pipeline', values: PIPELINE }] }));
    expect(general).toEqual({ asOf: '2027-01-15', locale: '', dateOrder: '' });
  });

  it.each<[string, CellValue[][], { locale: string; dateOrder: string }]>([
    [
      'a locale',
      [
        ['Setting', 'Value'],
        ['Locale', 'de-DE'],
      ],
      { locale: 'de-DE', dateOrder: '' },
    ],
    [
      'a date order set apart from the locale',
      [
        ['Setting', 'Value'],
        ['Date order', 'DMY'],
      ],
      { locale: '', dateOrder: 'DMY' },
    ],
    [
      'a date order the locale implies anyway',
      [
        ['Setting', 'Value'],
        ['Locale', 'en-GB'],
        ['Date order', 'day first'],
      ],
      { locale: 'en-GB', dateOrder: '' },
    ],
  ])('starts from the sheet with %s', (_name, rows, expected) => {
    expect(settingsOf(runOf(withSettings(rows))).general).toMatchObject(expected);
  });

  it('writes locale, date order and stage aliases that read back the same', () => {
    const start = settingsOf(runOf({ sheets: [{ name: 'Pipeline', values: PIPELINE }] }));
    const stages = start.stages.map((s) =>
      s.name === 'Demo' ? { ...s, aliases: ['Demo call', 'Demo done'] } : s,
    );
    const written = sheetSettings({ asOf: '', locale: ' fr-FR ', dateOrder: 'MDY' }, stages, start.levels);
    expect(written).toMatchObject({ locale: 'fr-FR', dateOrder: 'MDY', asOf: undefined });

    const again = settingsOf(runOf(withSettings(settingsSheetRows(written) as CellValue[][])));
    expect(again.general).toEqual({ asOf: '2027-01-15', locale: 'fr-FR', dateOrder: 'MDY' });
    expect(again.stages.find((s) => s.name === 'Demo')?.aliases).toEqual(['Demo call', 'Demo done']);
  });

  it('the written date order changes how the pipeline reads its dates', () => {
    const start = settingsOf(runOf({ sheets: [{ name: 'Pipeline', values: PIPELINE }] }));
    const dayFirst = sheetSettings({ ...start.general, dateOrder: 'DMY' }, start.stages, start.levels);
    const run = runOf(withSettings(settingsSheetRows(dayFirst) as CellValue[][]));
    const deal = run.result.model.tables('pipeline')[0].rows[0];
    // 03/04/2027 is the 3rd of April read day first, not the 4th of March.
    expect(new Date(deal.closeDate! * 86_400_000).toISOString().slice(0, 10)).toBe('2027-04-03');
  });

  it.each([
    ['', true],
    ['en-US', true],
    ['pt-BR', true],
    ['english', false],
    ['en_US', false],
  ])('judges %j as a locale tag: %s', (text, ok) => {
    expect(validLocale(text)).toBe(ok);
  });
});
