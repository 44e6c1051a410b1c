import { createHash } from 'crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { runCli, tempDir } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const ASOF = (day: string) => ['--as-of', day];
const HEADER = 'Deal,Owner,Stage,Amount,Close date';

function sha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function writePipeline(file: string, d2Stage = 'Negotiation', d2Close = '2027-08-31'): void {
  writeFileSync(
    file,
    [HEADER, 'D-1,Ana,Proposal,1200,2027-07-31', `D-2,Bob,${d2Stage},5400,${d2Close}`, ''].join('\n'),
  );
}

async function historyRows(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet('Pipeline history')!;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

describe('--snapshot to a CSV', () => {
  it('writes every deal on the first run, then only the changes', async () => {
    const input = tmp.file('deals.csv');
    const history = tmp.file('history.csv');
    writePipeline(input);
    const before = sha(input);

    const first = await runCli([input, '--snapshot', history, ...ASOF('2027-06-01')]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`8 changes appended to ${history}`);
    expect(readFileSync(history, 'utf8')).toBe(
      [
        'Timestamp,Deal,Field,From,To',
        '2027-06-01,D-1,Stage,,Proposal',
        '2027-06-01,D-1,Amount,,1200',
        '2027-06-01,D-1,Close date,,2027-07-31',
        '2027-06-01,D-1,Owner,,Ana',
        '2027-06-01,D-2,Stage,,Negotiation',
        '2027-06-01,D-2,Amount,,5400',
        '2027-06-01,D-2,Close date,,2027-08-31',
        '2027-06-01,D-2,Owner,,Bob',
        '',
      ].join('\n'),
    );
    expect(sha(input)).toBe(before);

    writePipeline(input, 'Won', '2027-09-30');
    const second = await runCli([input, '--snapshot', history, ...ASOF('2027-06-15')]);
    expect(second.code).toBe(0);
    const lines = readFileSync(history, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines.slice(9)).toEqual([
      '2027-06-15,D-2,Stage,Negotiation,Won',
      '2027-06-15,D-2,Close date,2027-08-31,2027-09-30',
    ]);

    const third = await runCli([input, '--snapshot', history, ...ASOF('2027-06-20')]);
    expect(third.stderr).toContain('no changes appended');
    expect(readFileSync(history, 'utf8').trim().split('\n')).toHaveLength(11);
  });

  it('refuses to append to a CSV that is not a pipeline history', async () => {
    const input = tmp.file('deals-other.csv');
    const other = tmp.file('other.csv');
    writePipeline(input);
    writeFileSync(other, 'a,b\n1,2\n');
    const run = await runCli([input, '--snapshot', other]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not a pipeline history/);
    expect(readFileSync(other, 'utf8')).toBe('a,b\n1,2\n');
  });
});

describe('--snapshot to an .xlsx', () => {
  it('creates the workbook, then extends its "Pipeline history" sheet', async () => {
    const input = tmp.file('deals-x.csv');
    const history = tmp.file('history.xlsx');
    writePipeline(input);
    const before = sha(input);
    expect((await runCli([input, '--snapshot', history, ...ASOF('2027-06-01')])).code).toBe(0);
    expect(sha(input)).toBe(before);
    const first = await historyRows(history);
    expect(first[0]).toEqual(['Timestamp', 'Deal', 'Field', 'From', 'To']);
    expect(first).toHaveLength(9);
    expect(first[1]).toEqual(['2027-06-01', 'D-1', 'Stage', '', 'Proposal']);

    writePipeline(input, 'Won');
    expect((await runCli([input, '--snapshot', history, ...ASOF('2027-06-15')])).code).toBe(0);
    const second = await historyRows(history);
    expect(second).toHaveLength(10);
    expect(second[9]).toEqual(['2027-06-15', 'D-2', 'Stage', 'Negotiation', 'Won']);
  });

  it('adds the sheet to an existing workbook and keeps its other sheets', async () => {
    const input = tmp.file('deals-y.csv');
    const history = tmp.file('existing.xlsx');
    writePipeline(input);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').addRow(['keep me']);
    await wb.xlsx.writeFile(history);
    expect((await runCli([input, '--snapshot', history, ...ASOF('2027-06-01')])).code).toBe(0);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(history);
    expect(back.worksheets.map((s) => s.name)).toEqual(['Notes', 'Pipeline history']);
    expect(back.getWorksheet('Notes')!.getCell('A1').value).toBe('keep me');
  });
});

describe('--snapshot refuses an input', () => {
  it.each([
    ['the input file itself', (input: string) => input],
    ['a file inside an input folder', () => tmp.file('folder/history.csv')],
  ])('%s: exit 2, nothing written', async (_name, target) => {
    const input = tmp.file('refuse.csv');
    writePipeline(input);
    const before = sha(input);
    const folderRun = target(input).includes('folder');
    if (folderRun) {
      mkdirSync(tmp.file('folder'), { recursive: true });
      writePipeline(tmp.file('folder/deals.csv'));
    }
    const args = folderRun ? [tmp.file('folder')] : [input];
    const run = await runCli([...args, '--snapshot', target(input)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is one of the inputs; pipelint never writes to the files it lints/);
    expect(run.stdout).toBe('');
    expect(sha(input)).toBe(before);
    if (folderRun) expect(existsSync(tmp.file('folder/history.csv'))).toBe(false);
  });

  it('wants a .csv or .xlsx path', async () => {
    const input = tmp.file('ext.csv');
    writePipeline(input);
    const run = await runCli([input, '--snapshot', tmp.file('history.txt')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--snapshot expects a .csv or .xlsx file/);
  });
});
