import { createHash } from 'crypto';
import { readFileSync, statSync, writeFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import type { JsonEntry, SarifLog } from '../../shared/format';
import { run as runMain } from '../../cli/main';
import { MAVEN, MemoryStream, runCli, tempDir } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** The sample as a user in the repository would type it: a relative path. */
const maven = path.relative(process.cwd(), MAVEN);
const ASOF = ['--as-of', '2017-12-31'];
const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
  version: string;
};

function fingerprint(file: string): { sha: string; mtimeMs: number; size: number } {
  const { mtimeMs, size } = statSync(file);
  return { sha: createHash('sha256').update(readFileSync(file)).digest('hex'), mtimeMs, size };
}

/** A pipeline with a merged title row, real dates and one deal in a stage that does not exist. */
async function writeXlsx(file: string, stage = 'Negotiation'): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pipeline');
  ws.getCell('A1').value = 'Q4 pipeline';
  ws.mergeCells('A1:G1');
  ws.addRow(['Deal', 'Owner', 'Stage', 'Amount', 'Created', 'Close date', 'Next step']);
  const day = (m: number, d: number) => new Date(Date.UTC(2017, m - 1, d));
  ws.addRow(['D-1', 'Ana', 'Proposal', 1200, day(11, 1), day(12, 20), 'Send quote']);
  ws.addRow(['D-2', 'Bob', stage, 5400, day(11, 10), day(12, 28), 'Call CFO']);
  ws.addRow(['D-3', 'Ana', 'Won', 800, day(10, 1), day(11, 30), '']);
  await wb.xlsx.writeFile(file);
}

describe('exit codes', () => {
  it('is 0 when no problem is an error, and prints the report to stdout only', async () => {
    const file = tmp.file('clean.xlsx');
    await writeXlsx(file);
    const { code, stdout, stderr } = await runCli([file, ...ASOF]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/\berror\b/);
    // Dates came through as dates, and the header was found under the title row.
    expect(stdout).not.toContain('pipeline/invalid-value');
    expect(stdout).toMatch(/Linted 3 rows in 1 sheet in \d+\.\d\d s/);
  });

  it('is 1 when any problem is an error', async () => {
    const file = tmp.file('bad-stage.xlsx');
    await writeXlsx(file, 'Negotaton');
    const { code, stdout } = await runCli([file, ...ASOF]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${file} › Pipeline`);
    expect(stdout).toMatch(/ {2}C4 +error +.*Negotaton.* +pipeline\/unknown-stage/);
    expect(stdout).toMatch(/✖ \d+ problems? \(1 error, /);
  });

  it('is 1 when the config raises a warning to an error', async () => {
    const config = tmp.file('strict.json');
    writeFileSync(config, JSON.stringify({ rules: { 'pipeline/unknown-reference': 'error' } }));
    const { code } = await runCli([maven, ...ASOF, '--config', config, '--format', 'json']);
    expect(code).toBe(1);
  });

  it('is 2 for an unreadable input, naming every one', async () => {
    const fake = tmp.file('fake.xlsx');
    writeFileSync(fake, 'this is text, not a workbook');
    const { code, stdout, stderr } = await runCli([fake, tmp.file('missing.csv'), maven]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `pipelint: ${fake}: not a valid .xlsx file (it is not a zip archive)\npipelint: no such file or folder: ${tmp.file('missing.csv')}\n`,
    );
  });

  it.each([
    [['--bogus', 'a.csv'], 'unknown option --bogus'],
    [['-x', 'a.csv'], 'unknown option -x'],
    [['a.csv', '--format'], 'option --format needs a value'],
    [['a.csv', '--format', 'xml'], 'unknown format "xml"; use stylish, json or sarif'],
    [['a.csv', '--as-of', '31/12/2017'], '--as-of expects a date as YYYY-MM-DD, not "31/12/2017"'],
    [['a.csv', '--as-of', '2017-02-30'], '--as-of expects a date as YYYY-MM-DD, not "2017-02-30"'],
    [['--help=yes'], 'option --help takes no value'],
    [[], 'no input given: name a .xlsx or .csv file, or a folder of .csv files'],
  ])('is 2 for bad usage: %j', async (argv, message) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`pipelint: ${message}\nRun "pipelint --help" for usage.\n`);
  });

  it('prints help and the version with exit code 0', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: pipelint <file\.xlsx \| file\.csv \| folder \.\.\.>/);
    expect(help.stdout).toContain('--as-of <date>');
    const version = await runCli(['-v']);
    expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

describe('the maven-crm sample as JSON', () => {
  let entries: JsonEntry[];
  let run: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    run = await runCli([maven, '--format', 'json', ...ASOF]);
    entries = JSON.parse(run.stdout);
  });

  it('exits 0: the sample has warnings but no errors', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(entries.length).toBeGreaterThan(1000);
    expect(entries.some((e) => e.severity === 'error')).toBe(false);
  });

  it('recognises sales_pipeline as the pipeline and the other tables as lookups', () => {
    const sheets = new Set(entries.map((e) => e.sheet));
    expect(sheets).toEqual(new Set(['data_dictionary', 'sales_pipeline']));
    // Only the data dictionary is unrecognised: products, accounts and sales_teams were read as lookups.
    expect(entries.filter((e) => e.ruleId === 'workbook/unrecognized-sheet').map((e) => e.sheet)).toEqual([
      'data_dictionary',
    ]);
    const lists = entries
      .filter((e) => e.ruleId === 'pipeline/unknown-reference')
      .map((e) => e.message.match(/on (\w+)!/)?.[1]);
    expect(new Set(lists)).toEqual(new Set(['products']));
  });

  it('reports "GTXPro" with a fix to "GTX Pro"', () => {
    const gtx = entries.find(
      (e) => e.ruleId === 'pipeline/unknown-reference' && e.message.includes('"GTXPro"'),
    );
    expect(gtx).toMatchObject({
      severity: 'warning',
      sheet: 'sales_pipeline',
      row: 3,
      column: 3,
      address: 'sales_pipeline!C3',
      deal: 'Z063OYW0',
      owner: 'Darcel Schlecht',
      fixes: [
        {
          title: 'Change to "GTX Pro"',
          edits: [{ address: 'sales_pipeline!C3', value: 'GTX Pro', previous: 'GTXPro' }],
        },
      ],
    });
  });

  it('keeps the problems in row order, with no `file` for a single input', () => {
    const rows = entries.filter((e) => e.sheet === 'sales_pipeline').map((e) => e.row);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(entries.every((e) => !('file' in e))).toBe(true);
  });

  it('adds `file` when several inputs are linted', async () => {
    const csv = tmp.file('extra.csv');
    writeFileSync(csv, 'Deal,Owner,Stage,Amount\nX-1,,Proposal,100\n');
    const both = JSON.parse((await runCli([maven, csv, '--format', 'json', ...ASOF])).stdout) as JsonEntry[];
    expect(new Set(both.map((e) => e.file))).toEqual(new Set([maven, csv]));
    expect(both.filter((e) => e.file === csv).every((e) => e.sheet === 'extra')).toBe(true);
  });
});

describe('SARIF on the sample', () => {
  it('points each result at the CSV its sheet came from, as a relative path', async () => {
    const { code, stdout } = await runCli([maven, '--format', 'sarif', ...ASOF]);
    expect(code).toBe(0);
    const log = JSON.parse(stdout) as SarifLog;
    const [run] = log.runs;
    expect(run.tool.driver).toMatchObject({ name: 'pipelint', version: pkg.version });
    const gtx = run.results.find((r) => r.message.text.includes('"GTXPro"'))!;
    expect(gtx.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: `${maven}/sales_pipeline.csv` },
      region: { startLine: 3, startColumn: 3 },
    });
    expect(gtx.locations[0].logicalLocations[0].fullyQualifiedName).toBe('sales_pipeline!C3');
    expect(gtx.relatedLocations?.[0].physicalLocation.artifactLocation.uri).toBe(`${maven}/products.csv`);
  });
});

describe('config', () => {
  it('lists every problem of a bad config on its own line, exit 2', async () => {
    const config = tmp.file('bad.json');
    writeFileSync(
      config,
      JSON.stringify({ rules: { 'pipeline/staled-deal': 'warning', 'pipeline/mising-owner': 'off' } }),
    );
    const { code, stdout, stderr } = await runCli([maven, '--config', config]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      `${config}: rules.pipeline/staled-deal: unknown rule; did you mean "pipeline/stalled-deal"?`,
      `${config}: rules.pipeline/mising-owner: unknown rule; did you mean "pipeline/missing-owner"?`,
    ]);
  });

  it('gives the position of a JSON syntax error, exit 2', async () => {
    const config = tmp.file('broken.json');
    writeFileSync(config, '{\n  "asOf": "2017-12-31",\n  "rules": { "pipeline/stalled-deal": "warn" ]\n}\n');
    const { code, stderr } = await runCli([maven, '-c', config]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      new RegExp(`^${config.replace(/[.\\]/g, '\\$&')}: invalid JSON at line 3, column 46: .+\\n$`),
    );
  });

  it('says so when the config file is missing', async () => {
    const { code, stderr } = await runCli([maven, '--config', tmp.file('none.json')]);
    expect(code).toBe(2);
    expect(stderr).toBe(`${tmp.file('none.json')}: cannot read the config file (no such file)\n`);
  });

  it('--print-config prints the stages learnt from the input as a config that lints the same', async () => {
    const printed = await runCli(['--print-config', maven]);
    expect(printed.code).toBe(0);
    const config = JSON.parse(printed.stdout) as {
      stages: { name: string; closed?: string }[];
      rules: Record<string, unknown>;
    };
    expect(config.stages.map((s) => [s.name, s.closed])).toEqual([
      ['Prospecting', undefined],
      ['Engaging', undefined],
      ['Won', 'won'],
      ['Lost', 'lost'],
    ]);
    expect(config.rules['pipeline/stalled-deal']).toEqual([
      'warning',
      { percentile: 0.9, minimumWonDeals: 5 },
    ]);
    const saved = tmp.file('printed.json');
    writeFileSync(saved, printed.stdout);
    const withSaved = await runCli([maven, '-c', saved, '-f', 'json', ...ASOF]);
    const zeroConfig = await runCli([maven, '-f', 'json', ...ASOF]);
    expect(withSaved.code).toBe(0);
    expect(withSaved.stdout).toBe(zeroConfig.stdout);
  });

  it('--print-config takes one input, and says what it cannot read', async () => {
    const two = await runCli(['--print-config', maven, maven]);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/--print-config prints the config of one input/);
    const missing = await runCli(['--print-config', tmp.file('nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file or folder/);
  });

  it('lets --as-of override the config asOf', async () => {
    const config = tmp.file('asof.json');
    writeFileSync(config, JSON.stringify({ asOf: '2016-11-01' }));
    const early = JSON.parse((await runCli([maven, '-c', config, '-f', 'json'])).stdout) as JsonEntry[];
    const late = JSON.parse(
      (await runCli([maven, '-c', config, '-f', 'json', ...ASOF])).stdout,
    ) as JsonEntry[];
    const stalled = (list: JsonEntry[]) => list.filter((e) => e.ruleId === 'pipeline/stalled-deal').length;
    expect(stalled(late)).toBeGreaterThan(stalled(early));
  });
});

describe('inputs are never written', () => {
  it('leaves the bytes and mtime of every input as they were', async () => {
    const file = tmp.file('keep.xlsx');
    await writeXlsx(file, 'Negotaton');
    const csv = tmp.file('keep.csv');
    writeFileSync(csv, '\uFEFFDeal;Owner;Stage\nD-1;;Bogus\n');
    const before = [fingerprint(file), fingerprint(csv), fingerprint(path.join(MAVEN, 'sales_pipeline.csv'))];
    for (const format of ['stylish', 'json', 'sarif'])
      await runCli([file, csv, maven, '--format', format, ...ASOF]);
    expect([
      fingerprint(file),
      fingerprint(csv),
      fingerprint(path.join(MAVEN, 'sales_pipeline.csv')),
    ]).toEqual(before);
  });
});

describe('terminal output', () => {
  it('colours stylish output only when stdout is a terminal', async () => {
    const file = tmp.file('colour.xlsx');
    await writeXlsx(file, 'Negotaton');
    const saved = process.env.NO_COLOR;
    delete process.env.NO_COLOR;
    try {
      const tty = await runCli([file, ...ASOF], { stdoutIsTTY: true });
      expect(tty.stdout).toContain('\x1b[31merror');
      const piped = await runCli([file, ...ASOF]);
      expect(piped.stdout).not.toContain('\x1b[');
      process.env.NO_COLOR = '1';
      expect((await runCli([file, ...ASOF], { stdoutIsTTY: true })).stdout).not.toContain('\x1b[');
    } finally {
      if (saved === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = saved;
    }
  });

  it('draws a progress bar on a terminal stderr for a big input, and clears it', async () => {
    const csv = tmp.file('big.csv');
    const rows = Array.from({ length: 50_001 }, (_, i) => `D-${i},Ana,Proposal,${i + 1},2017-11-01`);
    writeFileSync(csv, ['Deal,Owner,Stage,Amount,Created', ...rows].join('\n'));
    const stdout = new MemoryStream();
    const stderr = Object.assign(new MemoryStream(), { isTTY: true, columns: 100 });
    const code = await runMain([csv, ...ASOF, '-f', 'json'], {
      stdout,
      stderr,
      stdoutIsTTY: false,
      stderrIsTTY: true,
    });
    expect(code).toBe(0);
    expect(stderr.text).toContain(`${csv} [`);
    expect(stderr.text).toContain('50,001/50,001 rows');
    expect(stderr.text.endsWith('\x1b[2K')).toBe(true);
    expect(stdout.text.startsWith('[')).toBe(true);
  });

  it('draws no progress bar for a small input, even on a terminal', async () => {
    const { stderr } = await runCli([maven, ...ASOF], { stderrIsTTY: true });
    expect(stderr).toBe('');
  });
});
