import { writeFileSync, mkdirSync } from 'fs';
import ExcelJS from 'exceljs';
import { InputError, decodeText, parseCsv, readWorkbook } from '../../cli/read';
import { plainValue, serialFromUtcDate } from '../../cli/xlsx';
import { dayFromSerial, formatDay, isDateFormat } from '../../shared/ground/values';
import { tempDir } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** A small pipeline the way people build them: a merged title row above the header. */
async function writePipelineXlsx(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pipeline');
  ws.getCell('A1').value = 'Q3 pipeline';
  ws.mergeCells('A1:F1');
  ws.addRow(['Deal', 'Owner', 'Stage', 'Amount', 'Close date', 'Weighted']);
  ws.addRow([
    'D-1',
    'Ana',
    'Proposal',
    1200,
    new Date(Date.UTC(2017, 2, 1)),
    { formula: 'D3*0.5', result: 600 },
  ]);
  ws.addRow([
    'D-2',
    { richText: [{ text: 'Bo' }, { text: 'b' }] },
    'Negotiation',
    { error: '#N/A' },
    null,
    { formula: 'D4*0.5', result: { error: '#N/A' } },
  ]);
  ws.getCell('A4').value = { text: 'D-2', hyperlink: 'https://crm.example/deals/2' };
  ws.getCell('D3').numFmt = '$#,##0';
  ws.getCell('G3').value = true;
  wb.addWorksheet('Owners').addRow(['Owner']);
  await wb.xlsx.writeFile(file);
}

describe('readWorkbook: .xlsx', () => {
  const file = tmp.file('pipeline.xlsx');
  beforeAll(() => writePipelineXlsx(file));

  it('keeps the sheets in workbook order and maps each to the file', async () => {
    const loaded = await readWorkbook(file);
    expect(loaded.path).toBe(file);
    expect(loaded.workbook.sheets.map((s) => s.name)).toEqual(['Pipeline', 'Owners']);
    expect(loaded.sheetFiles).toEqual({ Pipeline: file, Owners: file });
  });

  it('gives values as range.values would: merged cells, dates, formulas, rich text, errors', async () => {
    const [sheet] = (await readWorkbook(file)).workbook.sheets;
    expect(sheet.values[0]).toEqual(['Q3 pipeline']);
    expect(sheet.values[1]).toEqual(['Deal', 'Owner', 'Stage', 'Amount', 'Close date', 'Weighted']);
    expect(sheet.values[2]).toEqual(['D-1', 'Ana', 'Proposal', 1200, 42795, 600, true]);
    expect(sheet.values[3]).toEqual(['D-2', 'Bob', 'Negotiation', '#N/A', null, '#N/A']);
  });

  it('gives a date its serial and its number format, so the core reads it as a date', async () => {
    const [sheet] = (await readWorkbook(file)).workbook.sheets;
    const format = sheet.numberFormats?.[2][4];
    expect(isDateFormat(format)).toBe(true);
    expect(formatDay(dayFromSerial(sheet.values[2][4] as number))).toBe('2017-03-01');
    expect(sheet.numberFormats?.[2][3]).toBe('$#,##0');
    expect((sheet.numberFormats?.[1] ?? []).every((f) => f === null)).toBe(true);
  });

  it('fills no holes with undefined: rows and cells are dense', async () => {
    const [, owners] = (await readWorkbook(file)).workbook.sheets;
    expect(owners.values).toEqual([['Owner']]);
    const [sheet] = (await readWorkbook(file)).workbook.sheets;
    for (const row of sheet.values) expect(row.includes(undefined)).toBe(false);
  });

  it('turns ExcelJS values into plain ones', () => {
    expect(serialFromUtcDate(new Date(Date.UTC(1970, 0, 1)))).toBe(25569);
    expect(serialFromUtcDate(new Date(Date.UTC(2017, 11, 31, 12)))).toBe(43100.5);
    expect(plainValue({ formula: 'A1', result: new Date(Date.UTC(2017, 11, 31)) })).toBe(43100);
    expect(plainValue({ formula: 'A1' })).toBeNull();
    expect(plainValue({ sharedFormula: 'A1', result: 'x' } as ExcelJS.CellValue)).toBe('x');
    expect(
      plainValue({
        text: { richText: [{ text: 'a' }, { text: 'b' }] },
        hyperlink: 'h',
      } as unknown as ExcelJS.CellValue),
    ).toBe('ab');
    expect(plainValue(new Date(NaN))).toBeNull();
  });

  it('refuses a text file named .xlsx with a located message', async () => {
    const fake = tmp.file('fake.xlsx');
    writeFileSync(fake, 'Deal,Owner\nD-1,Ana\n');
    await expect(readWorkbook(fake)).rejects.toThrow(InputError);
    await expect(readWorkbook(fake)).rejects.toThrow(
      `${fake}: not a valid .xlsx file (it is not a zip archive)`,
    );
  });

  it('refuses a zip that is not a workbook', async () => {
    const zip = tmp.file('empty.xlsx');
    // The 22-byte "end of central directory" record of an empty zip.
    writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
    await expect(readWorkbook(zip)).rejects.toThrow(/empty\.xlsx: not a valid \.xlsx file \(/);
  });

  it('explains an encrypted workbook or an old .xls saved as .xlsx', async () => {
    const ole = tmp.file('locked.xlsx');
    writeFileSync(ole, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    await expect(readWorkbook(ole)).rejects.toThrow(/password-protected or an old \.xls file/);
  });
});

describe('readWorkbook: .csv', () => {
  it('strips the BOM, detects semicolons and keeps every value as text', async () => {
    const file = tmp.file('Q3 deals.csv');
    writeFileSync(file, '\uFEFFDeal;Owner;Amount\nD-1;Ana;1.200,50\n\nD-3;"Bo; Jr";007\n');
    const loaded = await readWorkbook(file);
    expect(loaded.workbook.sheets).toEqual([
      {
        name: 'Q3 deals',
        values: [['Deal', 'Owner', 'Amount'], ['D-1', 'Ana', '1.200,50'], [''], ['D-3', 'Bo; Jr', '007']],
      },
    ]);
    expect(loaded.sheetFiles).toEqual({ 'Q3 deals': file });
  });

  it('detects the delimiter of a short file that ends with a line break', () => {
    expect(parseCsv('a;b\n1;2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a\tb\r\n1\t2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('Deal\nD-1\n')).toEqual([['Deal'], ['D-1']]);
  });

  it('keeps blank lines so row numbers match the file', () => {
    expect(parseCsv('a,b\n\n\nc,d')).toEqual([['a', 'b'], [''], [''], ['c', 'd']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('reads UTF-16 and Windows-1252 files as Excel writes them', () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Deal\tOwner\nD-1\tJosé\n', 'utf16le'),
    ]);
    expect(parseCsv(decodeText(utf16))).toEqual([
      ['Deal', 'Owner'],
      ['D-1', 'José'],
    ]);
    expect(decodeText(Buffer.from([0x4a, 0x6f, 0x73, 0xe9]))).toBe('José');
    expect(decodeText(Buffer.from('Jos\u00e9', 'utf8'))).toBe('José');
  });
});

describe('readWorkbook: a folder', () => {
  it('reads every .csv in name order as one workbook, a sheet per file', async () => {
    const dir = tmp.file('crm');
    mkdirSync(dir);
    writeFileSync(`${dir}/sales_pipeline.csv`, 'Deal,Product\nD-1,GTX Pro\n');
    writeFileSync(`${dir}/Accounts.CSV`, 'account\nAcme\n');
    writeFileSync(`${dir}/products.csv`, 'product\nGTX Pro\n');
    writeFileSync(`${dir}/notes.txt`, 'not a sheet');
    mkdirSync(`${dir}/old.csv`);
    const loaded = await readWorkbook(dir);
    expect(loaded.workbook.sheets.map((s) => s.name)).toEqual(['Accounts', 'products', 'sales_pipeline']);
    expect(loaded.sheetFiles).toEqual({
      Accounts: `${dir}/Accounts.CSV`,
      products: `${dir}/products.csv`,
      sales_pipeline: `${dir}/sales_pipeline.csv`,
    });
  });

  it('refuses a folder with no CSV in it', async () => {
    const dir = tmp.file('empty');
    mkdirSync(dir);
    await expect(readWorkbook(dir)).rejects.toThrow(`folder has no .csv files: ${dir}`);
  });
});

describe('readWorkbook: unreadable inputs', () => {
  it('names a missing path', async () => {
    await expect(readWorkbook(tmp.file('nope.csv'))).rejects.toThrow(
      new InputError(`no such file or folder: ${tmp.file('nope.csv')}`),
    );
  });

  it('says which formats are supported', async () => {
    for (const name of ['old.xls', 'calc.ods', 'README']) {
      writeFileSync(tmp.file(name), 'x');
      await expect(readWorkbook(tmp.file(name))).rejects.toThrow(
        /supported inputs are \.xlsx, \.xlsm and \.csv files, or a folder of \.csv files/,
      );
    }
  });
});
