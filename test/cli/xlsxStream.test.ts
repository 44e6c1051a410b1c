/**
 * The streaming .xlsx reader (cli/xlsx.ts) against the reader it replaced, ExcelJS's full
 * `Workbook.xlsx.load`, kept here as the reference: on every workbook in the repository, on
 * workbooks ExcelJS writes with every kind of cell, and on hand-written parts, the two snapshots
 * must be the same, value for value and format for format.
 */
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, writeFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot } from '../../shared';
import { InputError, readWorkbook } from '../../cli/read';
import { dateSerial, isDateFormatCode, readXlsxSheets, serialFromUtcDate } from '../../cli/xlsx';
import { tempDir } from './helpers';
import { damage, writeBook, zip, type BookParts } from './xlsxFixtures';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const ROOT = path.join(__dirname, '..', '..');

// ---- The reference: the full load, as cli/read.ts did it before the streaming reader -------------

type Plain = Exclude<CellValue, Date | undefined>;

function fullPlainValue(value: ExcelJS.CellValue): Plain {
  if (value === null || value === undefined) return null;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? null : value.getTime() / 86_400_000 + 25569;
  if (typeof value !== 'object') return value;
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return fullPlainValue(value.result ?? null);
  if ('hyperlink' in value) return fullPlainValue(value.text as ExcelJS.CellValue);
  return null;
}

function isDateValue(value: ExcelJS.CellValue): boolean {
  if (value instanceof Date) return true;
  return (
    typeof value === 'object' &&
    value !== null &&
    ('formula' in value || 'sharedFormula' in value) &&
    value.result instanceof Date
  );
}

function dense<T>(items: T[], fill: () => T): T[] {
  return Array.from(items, (item) => (item === undefined ? fill() : item));
}

/** The snapshot of the reader this replaced. */
async function fullLoad(file: string): Promise<SheetSnapshot[]> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  return excel.worksheets.map((worksheet) => {
    const values: CellValue[][] = [];
    const formats: (string | null)[][] = [];
    let anyFormat = false;
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const rowValues: CellValue[] = [];
      const rowFormats: (string | null)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const value = fullPlainValue(cell.value);
        rowValues[colNumber - 1] = value;
        let format: string | null = null;
        if (typeof value === 'number') {
          format =
            cell.numFmt && cell.numFmt !== 'General'
              ? cell.numFmt
              : isDateValue(cell.value)
                ? 'yyyy-mm-dd'
                : null;
        }
        if (format) {
          rowFormats[colNumber - 1] = format;
          anyFormat = true;
        }
      });
      values[rowNumber - 1] = dense(rowValues, () => null);
      formats[rowNumber - 1] = dense(rowFormats, () => null);
    });
    const sheet: SheetSnapshot = { name: worksheet.name, values: dense(values, () => []) };
    if (anyFormat) sheet.numberFormats = dense(formats, () => []);
    return sheet;
  });
}

async function expectSameAsFullLoad(file: string): Promise<SheetSnapshot[]> {
  const streamed = await readXlsxSheets(file);
  expect(streamed).toStrictEqual(await fullLoad(file));
  return streamed;
}

// ---- Workbooks written by ExcelJS ---------------------------------------------------------------

const utc = (...parts: [number, number, number, number?, number?, number?, number?]) =>
  new Date(Date.UTC(...parts));

const DATE_FORMATS = [
  'yyyy-mm-dd',
  'm/d/yy',
  'd mmm yyyy',
  'dd/mm/yyyy hh:mm',
  '[$-409]mmmm d, yyyy;@',
  'h:mm AM/PM',
  'mmm-yy',
  'yyyy"年"m"月"d"日"',
];
const NUMBER_FORMATS = ['$#,##0', '0.00%', '#,##0.00 "€"', '"Day "0', '[Red]0.00', '0', 'General', '@'];

/** Every kind of cell a pipeline holds, on several sheets, one hidden. */
async function writeMixedWorkbook(file: string, writer: 'full' | 'stream' | 'stream-shared'): Promise<void> {
  const book =
    writer === 'full'
      ? new ExcelJS.Workbook()
      : new ExcelJS.stream.xlsx.WorkbookWriter({
          filename: file,
          useStyles: true,
          useSharedStrings: writer === 'stream-shared',
        });
  const pipeline = book.addWorksheet('Pipeline');
  pipeline.getColumn(5).numFmt = 'yyyy-mm-dd';
  pipeline.mergeCells('A1:F1');
  pipeline.getCell('A1').value = 'Q3 pipeline — 日本語 ✓';
  pipeline.addRow(['Deal', 'Owner', 'Stage', 'Amount', 'Close date', 'Weighted', 'Notes']).commit();
  const rows: ExcelJS.CellValue[][] = [
    [
      'D-1',
      'Ana',
      'Proposal',
      1200,
      utc(2017, 2, 1),
      { formula: 'D3*0.5', result: 600 },
      'a & b < c > "d" \'e\'',
    ],
    [
      { text: 'D-2', hyperlink: 'https://crm.example/deals/2' },
      { richText: [{ text: 'Bo', font: { bold: true } }, { text: 'b' }] },
      'Negotiation',
      { error: '#N/A' },
      null,
      { formula: 'D4*0.5', result: { error: '#N/A' } },
      'line one\nline two',
    ],
    [
      {
        text: { richText: [{ text: 'D-' }, { text: '3', font: { italic: true } }] },
        hyperlink: 'https://x.example',
      } as unknown as ExcelJS.CellValue,
      'Zoë',
      'Won',
      -0.5,
      utc(2024, 1, 29, 13, 45, 30, 123),
      { formula: 'TODAY()', result: utc(2025, 5, 30) },
      '&amp; stays as typed',
    ],
    ['D-4', '', 'Lost', 1e21, utc(1899, 11, 31), { formula: 'C6="Lost"', result: true }, 'Line_x000D_break'],
    ['D-5', 'Kofi', 'Discovery', 1e-7, utc(1800, 0, 1), { formula: 'NOW()' }, '  leading spaces'],
    ['D-6', 'Mei', 'Won', 123456789.123, utc(9999, 11, 31), { formula: 'B8&"!"', result: 'Mei!' }, true],
    ['D-7', 'Ines', 'Commit', 0, utc(1900, 1, 28), { formula: 'F3+1', result: 7 }, false],
  ];
  for (const values of rows) {
    const row = pipeline.addRow(values);
    row.getCell(6).numFmt = row.number === 5 ? 'yyyy-mm-dd' : '$#,##0.00';
    row.commit();
  }
  // A blank row, then a row far below.
  const far = pipeline.getRow(14);
  far.values = ['D-8', null, 'On hold', { error: '#REF!' }, utc(2026, 0, 1), { error: '#DIV/0!' }];
  far.commit();
  DATE_FORMATS.forEach((numFmt, i) => {
    const row = pipeline.getRow(16 + i);
    row.getCell(1).value = `date ${numFmt}`;
    row.getCell(2).value = utc(2027, 3, 5, 6, 7, 8);
    row.getCell(2).numFmt = numFmt;
    row.commit();
  });
  NUMBER_FORMATS.forEach((numFmt, i) => {
    const row = pipeline.getRow(16 + DATE_FORMATS.length + i);
    row.getCell(1).value = `number ${numFmt}`;
    row.getCell(2).value = 4821.5;
    row.getCell(2).numFmt = numFmt;
    row.commit();
  });
  pipeline.commit?.();

  const owners = book.addWorksheet('Owners');
  owners.mergeCells('B3:B4');
  [['Owner', 'Team'], ['Ana', 'East'], ['Bob', 'West'], ['Zoë']].forEach((values, i) => {
    const row = owners.getRow(i + 1);
    row.values = values;
    row.commit();
  });
  owners.commit?.();

  const hidden = book.addWorksheet('Lists', { state: 'hidden' });
  hidden.addRow(['Product', 'Price']).commit();
  hidden.addRow(['GTX Pro', 4821]).commit();
  hidden.commit?.();
  book.addWorksheet('Notes', { state: 'veryHidden' }).commit?.();

  // Enough multibyte text that chunks of the zip end inside characters.
  const notes = book.addWorksheet('Données 2025');
  for (let i = 0; i < 3000; i++)
    notes.addRow([i, `メモ ${i}: 商談は順調 — €${i * 3} 🎉`, i % 7 === 0 ? '✓' : null]).commit();
  notes.commit?.();

  if (writer === 'full') await book.xlsx.writeFile(file);
  else await (book as ExcelJS.stream.xlsx.WorkbookWriter).commit();
}

/** Every .xlsx in the repository: the examples and any test fixture. */
function repositoryWorkbooks(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.xls[xm]$/i.test(entry.name)) found.push(file);
    }
  };
  walk(path.join(ROOT, 'examples'));
  walk(path.join(ROOT, 'test', 'fixtures'));
  return found;
}

describe('the streaming .xlsx reader gives the snapshot the full load gave', () => {
  it.each(repositoryWorkbooks().map((f) => [path.relative(ROOT, f), f]))('%s', async (_, file) => {
    const sheets = await expectSameAsFullLoad(file);
    expect(sheets.length).toBeGreaterThan(0);
  });

  it.each(['full', 'stream', 'stream-shared'] as const)(
    'a workbook of every kind of cell, written by ExcelJS (%s writer)',
    async (writer) => {
      const file = tmp.file(`mixed-${writer}.xlsx`);
      await writeMixedWorkbook(file, writer);
      const sheets = await expectSameAsFullLoad(file);
      expect(sheets.map((s) => s.name)).toEqual(['Pipeline', 'Owners', 'Lists', 'Notes', 'Données 2025']);
      const [pipeline] = sheets;
      expect(pipeline.values[0]).toEqual(['Q3 pipeline — 日本語 ✓']);
      expect(pipeline.values[2].slice(0, 6)).toEqual(['D-1', 'Ana', 'Proposal', 1200, 42795, 600]);
      expect(pipeline.values[3].slice(0, 6)).toEqual(['D-2', 'Bob', 'Negotiation', '#N/A', null, '#N/A']);
      expect(pipeline.values[12]).toEqual([]);
      expect(sheets[4].values[2999][1]).toBe('メモ 2999: 商談は順調 — €8997 🎉');
    },
  );

  it('a workbook in the 1904 date system', async () => {
    const file = tmp.file('1904.xlsx');
    const book = new ExcelJS.Workbook();
    book.properties.date1904 = true;
    const sheet = book.addWorksheet('Deals');
    sheet.addRow(['Deal', 'Close']);
    sheet.addRow(['D-1', utc(2017, 2, 1)]);
    await book.xlsx.writeFile(file);
    const [deals] = await expectSameAsFullLoad(file);
    expect(deals.values[1]).toEqual(['D-1', 42795]);
  });
});

// ---- Hand-written parts -----------------------------------------------------------------------------

const DATE_STYLE = '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>';
const PLAIN_STYLE = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
const STYLED = {
  numFmts: ['<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'],
  cellXfs: [PLAIN_STYLE, DATE_STYLE, '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
};
const sheet = (xml: string, name = 'Sheet 1') => ({ name, xml: `<sheetData>${xml}</sheetData>` });

const HAND_WRITTEN: [string, BookParts][] = [
  [
    'inline and shared strings: rich text, phonetic runs, entities, _x000D_ escapes',
    {
      sharedStrings: [
        '<si><t>Line_x000D_break</t></si>',
        '<si><r><t>rich</t></r><r><rPr><i/></rPr><t xml:space="preserve"> text</t></r></si>',
        '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
        '<si/>',
      ],
      sheets: [
        sheet(
          '<row r="1"><c r="A1" t="inlineStr"><is><t>plain &amp; simple</t></is></c>' +
            '<c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>Bo</t></r><r><t xml:space="preserve">b _x000D_</t></r></is></c>' +
            '<c r="C1" t="inlineStr"><is><t>漢字</t></is></c>' +
            '<c r="D1" t="str"><v>a &amp;amp; b &#233;</v></c><c r="E1" t="s"><v>0</v></c>' +
            '<c r="F1" t="s"><v>1</v></c><c r="G1" t="s"><v>2</v></c><c r="H1" t="s"><v>3</v></c></row>' +
            '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">  padded  </t></is></c>' +
            '<c r="B2" t="inlineStr"><is><t><![CDATA[cdata]]></t></is></c><c r="C2" t="inlineStr"><is><t></t></is></c></row>',
        ),
      ],
    },
  ],
  [
    'formulas: cached results of each type, shared and array formulas, never calculated',
    {
      ...STYLED,
      sheets: [
        sheet(
          '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>' +
            '<c r="C1" t="b"><f>TRUE()</f><v>1</v></c><c r="D1" t="e"><f>NA()</f><v>#N/A</v></c>' +
            '<c r="E1"><f>NOW()</f></c><c r="F1" s="1"><f>TODAY()</f><v>45000.5</v></c>' +
            '<c r="G1" s="1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="H1" s="1" t="str"><f>"x"</f><v>45000</v></c>' +
            '<c r="I1" s="1" t="b"><f>TRUE()</f><v>1</v></c><c r="J1" t="str"><f>""</f><v></v></c></row>' +
            '<row r="2"><c r="A2"><f t="shared" ref="A2:A4" si="0">B2*2</f><v>4</v></c></row>' +
            '<row r="3"><c r="A3"><f t="shared" si="0"/><v>6</v></c></row>' +
            '<row r="4"><c r="A4"><f t="array" ref="A4">SUM(B1:B3)</f><v>8</v></c><c r="B4"><f t="shared" si="0"/></c></row>',
        ),
      ],
    },
  ],
  [
    'numbers and booleans as written: odd text, whitespace, t="n", t="d", TRUE',
    {
      ...STYLED,
      sheets: [
        sheet(
          '<row r="1"><c r="A1"><v> 12 </v></c><c r="B1"><v>abc</v></c><c r="C1" t="n"><v>1.5E3</v></c>' +
            '<c r="D1" t="d"><v>2024-01-02T00:00:00</v></c><c r="E1" t="d" s="1"><v>2024-01-02T00:00:00</v></c>' +
            '<c r="F1" t="b"><v>TRUE</v></c><c r="G1" t="b"><v>0</v></c><c r="H1" t="e"><v>#NAME?</v></c>' +
            '<c r="I1" s="1"><v>1E10</v></c><c r="J1" s="1"><v>-700000</v></c><c r="K1" s="1"><v>2958465.9999999</v></c>' +
            '<c r="L1" s="2"><v>1234.5</v></c></row>',
        ),
      ],
    },
  ],
  [
    'empty cells: styled or bare, repeated, out of order, rows repeated and out of order',
    {
      ...STYLED,
      sheets: [
        sheet(
          '<row r="3"><c r="C3"><v>3</v></c><c r="A3" t="inlineStr"><is><t>first?</t></is></c><c r="E3" s="1"/></row>' +
            '<row r="1"><c r="A1" t="inlineStr"><is><t>Deal</t></is></c><c r="B1"/><c r="D1" s="2"/></row>' +
            '<row r="5"><c r="A5" s="1"><v>45000</v></c><c r="A5" s="2"/></row>' +
            '<row r="6"><c r="B6"><v>1</v></c><c r="B6" t="inlineStr"><is><t>replaced</t></is></c></row>' +
            '<row r="7"><c r="A7"><v>7</v></c></row><row r="7"><c r="B7" s="1"/></row>' +
            '<row r="8"><c r="A8" s="1"/></row><row r="9"/>',
        ),
      ],
    },
  ],
  [
    'merged cells: values under a merge, vertical merges, merges past the last row',
    {
      ...STYLED,
      sheets: [
        {
          name: 'Merged',
          xml:
            '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c><c r="B1" s="1"><v>45000</v></c>' +
            '<c r="C1" t="inlineStr"><is><t>hidden</t></is></c></row>' +
            '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>kept</t></is></c><c r="C2"><f>NOW()</f></c>' +
            '<c r="D2" s="1"><v>45001</v></c></row>' +
            '<row r="3"><c r="A3"><v>3</v></c><c r="D3" s="1"><v>45002</v></c></row><row r="5"><c r="A5"><v>5</v></c></row></sheetData>' +
            '<mergeCells count="4"><mergeCell ref="A1:C1"/><mergeCell ref="D2:D4"/><mergeCell ref="C2:C2"/>' +
            '<mergeCell ref="F7:E8"/></mergeCells>',
        },
      ],
    },
  ],
  [
    'column styles: a number without a style of its own has no format, whatever its column’s',
    {
      ...STYLED,
      sheets: [
        {
          name: 'Columns',
          xml:
            '<cols><col min="3" max="4" width="10" style="1"/><col min="2" max="3" style="2"/><col min="6" max="6" style="9"/></cols>' +
            '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>45000</v></c>' +
            '<c r="D1" s="0"><v>45000</v></c><c r="E1"><v>5</v></c><c r="F1"><v>6</v></c><c r="G1" s="2"><v>7</v></c></row></sheetData>',
        },
      ],
    },
  ],
  [
    'parts in any order: sheets first, workbook and styles last, shared strings before the sheets',
    {
      ...STYLED,
      sharedStrings: ['<si><t>shared</t></si>'],
      order: (names) => [
        'xl/sharedStrings.xml',
        ...names.filter((n) => n.startsWith('xl/worksheets/')).reverse(),
        ...names.filter((n) => n !== 'xl/sharedStrings.xml' && !n.startsWith('xl/worksheets/')).reverse(),
      ],
      sheets: [
        sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45000</v></c></row>', 'First'),
        sheet('<row r="1"><c r="A1"><v>2</v></c></row>', 'Second'),
        sheet('<row r="1"><c r="A1"><v>3</v></c></row>', 'Third'),
      ],
    },
  ],
  [
    'a chart sheet and a part the workbook does not list are left out; targets may be absolute',
    {
      sheets: [
        { ...sheet('<row r="1"><c r="A1"><v>1</v></c></row>', 'Data'), target: '/xl/worksheets/sheet1.xml' },
        { ...sheet('<row r="1"><c r="A1"><v>2</v></c></row>', 'Also'), state: 'hidden' },
      ],
      extraSheets: '<sheet name="Chart" sheetId="9" r:id="rId9"/>',
      extraRels:
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>',
      extra: [
        [
          'xl/chartsheets/sheet1.xml',
          `<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`,
        ],
        [
          'xl/worksheets/sheet7.xml',
          `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData></worksheet>`,
        ],
      ],
    },
  ],
  [
    'parts stored without compression',
    {
      ...STYLED,
      zip: { stored: true },
      sharedStrings: ['<si><t>stored</t></si>'],
      sheets: [
        sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45000</v></c></row>', 'One'),
        sheet('<row r="1"><c r="A1"><v>2</v></c></row>', 'Two'),
      ],
    },
  ],
  [
    'a zip64 directory',
    {
      ...STYLED,
      zip: { zip64: true },
      sheets: [
        sheet(
          '<row r="1"><c r="A1" t="inlineStr"><is><t>big</t></is></c><c r="B1" s="1"><v>45000</v></c></row>',
        ),
      ],
    },
  ],
  [
    'part names with a leading slash, as some writers write them',
    {
      ...STYLED,
      zip: { rename: (name) => `/${name}` },
      sheets: [
        sheet(
          '<row r="1"><c r="A1" t="inlineStr"><is><t>slash</t></is></c><c r="B1" s="1"><v>45000</v></c></row>',
        ),
      ],
    },
  ],
  [
    'no styles part, and no shared strings part: a shared string cell keeps its index',
    {
      noStyles: true,
      sheets: [sheet('<row r="1"><c r="A1" t="s"><v>4</v></c><c r="B1" s="1"><v>45000</v></c></row>')],
    },
  ],
  [
    'the 1904 date system',
    {
      ...STYLED,
      date1904: true,
      sheets: [
        sheet(
          '<row r="1"><c r="A1" s="1"><v>41333</v></c><c r="B1" s="1"><f>A1+1</f><v>41334.25</v></c></row>',
        ),
      ],
    },
  ],
];

describe('hand-written parts read as the full load read them', () => {
  it.each(HAND_WRITTEN)('%s', async (title, book) => {
    const file = tmp.file(`${title.slice(0, 20).replace(/\W+/g, '-')}.xlsx`);
    writeBook(file, book);
    await expectSameAsFullLoad(file);
  });

  it('reads what each of them should hold', async () => {
    const read = async (title: string) => {
      const file = tmp.file('expected.xlsx');
      writeBook(file, HAND_WRITTEN.find(([t]) => t.startsWith(title))![1]);
      return readXlsxSheets(file);
    };
    const [strings] = await read('inline and shared');
    expect(strings.values[0]).toEqual([
      'plain & simple',
      'Bob \r',
      '漢字',
      'a & b é',
      'Line\rbreak',
      'rich text',
      '東京',
      null,
    ]);
    expect(strings.values[1]).toEqual(['  padded  ']);
    const [formulas] = await read('formulas');
    // A date-formatted formula's cached text or boolean is taken for a serial, as the full load took it.
    expect(formulas.values[0]).toEqual([2, 'ab', true, '#N/A', null, 45000.5, null, 45000, 1, null]);
    const date = 'yyyy-mm-dd';
    expect(formulas.numberFormats?.[0]).toEqual([null, null, null, null, null, date, null, date, date]);
    expect(formulas.values.slice(1).map((r) => r[0])).toEqual([4, 6, 8]);
    const [merged] = await read('merged cells');
    expect(merged.values).toEqual([['Title'], [1, 'kept', null, 45001], [3], [], [5], [], [], []]);
    expect(merged.numberFormats).toEqual([[], [null, null, null, date], [], [], [], [], [], []]);
    const [columns] = await read('column styles');
    expect(columns.values[0]).toEqual([1, 2, 45000, 45000, 5, 6, 7]);
    expect(columns.numberFormats?.[0]).toEqual([null, null, null, null, null, null, '#,##0.00']);
    expect((await read('parts in any order')).map((s) => [s.name, s.values])).toEqual([
      ['First', [['shared', 45000]]],
      ['Second', [[2]]],
      ['Third', [[3]]],
    ]);
    expect((await read('a chart sheet')).map((s) => s.name)).toEqual(['Data', 'Also']);
    expect((await read('no styles part'))[0].values).toEqual([[4, 45000]]);
    expect((await read('the 1904'))[0].values).toEqual([[42795, 42796.25]]);
  });
});

// ---- Dates and number formats -----------------------------------------------------------------------

/** ExcelJS's own helpers, which the full load used. */
const exceljsUtils = jest.requireActual<{
  isDateFmt(format: string | undefined): boolean;
  excelToDate(value: number, date1904: boolean): Date;
}>('exceljs/lib/utils/utils');

describe('dates and number formats', () => {
  it.each([
    ['yyyy-mm-dd', true],
    ['m/d/yy', true],
    ['mm-dd-yy', true],
    ['d-mmm-yy', true],
    ['h:mm AM/PM', true],
    ['[h]:mm:ss', true],
    ['mm:ss.0', true],
    ['[$-409]mmmm d, yyyy;@', true],
    ['yyyy"年"m"月"d"日"', true],
    ['b', true], // Buddhist-era year, as ExcelJS reads it
    ['General', false],
    ['0.00%', false],
    ['$#,##0', false],
    ['#,##0 "days"', false],
    ['"Due "0', false],
    ['[Red]0.00;[Blue]-0.00', false],
    ['0.00E+00', false],
    ['@', false],
    ['', false],
    [undefined, false],
  ])('a number in "%s" is a date: %s', (format, isDate) => {
    expect(isDateFormatCode(format)).toBe(isDate);
    expect(isDateFormatCode(format)).toBe(exceljsUtils.isDateFmt(format));
  });

  it('gives a stored date the serial the full load gave, through ExcelJS’s Date and back', () => {
    const viaDate = (stored: number, date1904: boolean) => {
      const date = exceljsUtils.excelToDate(stored, date1904);
      return Number.isNaN(date.getTime()) ? null : serialFromUtcDate(date);
    };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e6, max: 3e6, noNaN: true }),
          fc.integer({ min: -700_000, max: 3_000_000 }),
          fc.double(),
        ),
        fc.boolean(),
        (stored, date1904) => {
          expect(dateSerial(stored, date1904)).toBe(viaDate(stored, date1904));
        },
      ),
      { numRuns: 2000 },
    );
    for (const stored of [0, 1, 60, 61, 45000.999999999, 2958465.9999999, 1e10, -1e10, NaN, Infinity])
      for (const date1904 of [false, true])
        expect(dateSerial(stored, date1904)).toBe(viaDate(stored, date1904));
  });

  it.each([
    // number format, stored value, snapshot value, snapshot format
    ['yyyy-mm-dd', '42795', 42795, 'yyyy-mm-dd'],
    [
      'yyyy-mm-dd',
      '42795.123456789',
      serialFromUtcDate(exceljsUtils.excelToDate(42795.123456789, false)),
      'yyyy-mm-dd',
    ],
    ['dd/mm/yyyy hh:mm', '45000.5', 45000.5, 'dd/mm/yyyy hh:mm'],
    ['h:mm', '0.25', 0.25, 'h:mm'],
    ['yyyy-mm-dd', '1e10', null, undefined], // past the last date: no date at all
    ['yyyy-mm-dd', '-1', -1, 'yyyy-mm-dd'],
    ['$#,##0', '12000', 12000, '$#,##0'],
    ['0%', '0.25', 0.25, '0%'],
    ['#,##0 "days"', '30', 30, '#,##0 "days"'],
    ['General', '45000', 45000, undefined],
  ])('a number stored as %s "%s" reads as %s with format %s', async (format, stored, value, expected) => {
    const file = tmp.file('format.xlsx');
    writeBook(file, {
      numFmts: [`<numFmt numFmtId="164" formatCode="${format.replace(/"/g, '&quot;')}"/>`],
      cellXfs: [PLAIN_STYLE, DATE_STYLE],
      sheets: [sheet(`<row r="1"><c r="A1" s="1"><v>${stored}</v></c></row>`)],
    });
    const [read] = await expectSameAsFullLoad(file);
    expect(read.values[0][0]).toBe(value);
    expect(read.numberFormats?.[0]?.[0]).toBe(expected);
  });
});

// ---- Files that are not workbooks, and what the full load got wrong -------------------------------------

describe('unreadable .xlsx files', () => {
  const cell = sheet('<row r="1"><c r="A1"><v>1</v></c></row>');
  const valid = () => {
    const file = tmp.file('valid.xlsx');
    writeBook(file, { sheets: [cell] });
    return readFileSync(file);
  };
  /** `bytes` with `replacement` written over the `nth` occurrence of `text`, plus `shift` bytes. */
  const overwrite = (bytes: Buffer, text: string, nth: number, shift: number, replacement: number[]) => {
    const copy = Buffer.from(bytes);
    let at = -1;
    for (let n = 0; n <= nth; n++) at = copy.indexOf(Buffer.from(text, 'utf8'), at + 1);
    Buffer.from(replacement).copy(copy, at + shift);
    return copy;
  };
  const SHEET = 'xl/worksheets/sheet1.xml';

  const CASES: [title: string, write: (file: string) => void, message: string][] = [
    [
      'a file cut short',
      (file) => writeFileSync(file, valid().subarray(0, valid().length - 40)),
      'it is cut short or damaged: the zip directory at its end is missing',
    ],
    [
      'bytes after the zip directory',
      (file) => writeFileSync(file, Buffer.concat([valid(), Buffer.from('trailing')])),
      'it is damaged: there are stray bytes after the zip directory at its end',
    ],
    [
      'a broken record in the zip directory',
      // The directory's record of the workbook: its name is the second occurrence, 46 bytes in.
      (file) => writeFileSync(file, overwrite(valid(), 'xl/workbook.xml', 1, -46, [0, 0, 0, 0])),
      'it is damaged: its zip directory is broken (invalid central directory file header signature: 0x0)',
    ],
    [
      'a part that is not where the directory says',
      (file) => writeFileSync(file, overwrite(valid(), 'xl/workbook.xml', 0, -30, [0, 0, 0, 0])),
      'it is damaged: xl/workbook.xml is not where the zip directory says',
    ],
    [
      'a part whose data is damaged',
      (file) => writeFileSync(file, damage(valid(), SHEET)),
      `it is damaged: ${SHEET} cannot be unpacked (`,
    ],
    [
      'a part that unpacks to more than the directory says',
      (file) => writeBook(file, { sheets: [cell], zip: { records: { [SHEET]: { size: 20 } } } }),
      `it is damaged: ${SHEET} does not unpack to the size the zip directory says`,
    ],
    [
      'a part that unpacks to less than the directory says',
      (file) => writeBook(file, { sheets: [cell], zip: { records: { [SHEET]: { size: 5000 } } } }),
      `it is damaged: ${SHEET} does not unpack to the size the zip directory says`,
    ],
    [
      'an encrypted part',
      (file) =>
        writeBook(file, { sheets: [cell], zip: { records: { 'xl/workbook.xml': { encrypted: true } } } }),
      'it is password-protected (xl/workbook.xml is encrypted)',
    ],
    [
      'a part compressed in a way .xlsx files are not',
      (file) => writeBook(file, { sheets: [cell], zip: { records: { [SHEET]: { method: 12 } } } }),
      `${SHEET} is compressed in a way .xlsx files are not (method 12)`,
    ],
    [
      'a part named outside the zip',
      (file) => writeBook(file, { sheets: [cell], extra: [['../notes.txt', 'hello']] }),
      'it is damaged: its zip directory is broken (invalid relative path: ../notes.txt)',
    ],
    [
      'a zip with no workbook in it',
      (file) => writeFileSync(file, zip([['notes.txt', 'not a workbook']])),
      'it has no worksheets',
    ],
    [
      'a workbook whose worksheet parts are missing',
      (file) => writeBook(file, { sheets: [cell], order: (names) => names.filter((n) => n !== SHEET) }),
      'it has no worksheets',
    ],
    [
      'broken XML',
      (file) => writeBook(file, { sheets: [sheet('<row r="1"><c r="A1"><v>1</v></row>')] }),
      `the XML of ${SHEET} is broken`,
    ],
  ];

  it.each(CASES)('says what is wrong with %s, and closes the file', async (title, write, message) => {
    const file = tmp.file(`${title.replace(/\W+/g, '-')}.xlsx`);
    write(file);
    const read = readWorkbook(file);
    await expect(read).rejects.toThrow(InputError);
    await expect(read).rejects.toThrow(`${file}: not a valid .xlsx file (${message}`);
    expect(openDescriptors(file)).toBe(0);
  });

  it('closes the file after a workbook read whole', async () => {
    const file = tmp.file('closed.xlsx');
    writeFileSync(file, valid());
    expect((await readXlsxSheets(file))[0].values).toEqual([[1]]);
    expect(openDescriptors(file)).toBe(0);
  });
});

/** How many descriptors this process has open on `file`; none are seen where there is no /proc. */
function openDescriptors(file: string): number {
  const fds = '/proc/self/fd';
  if (!existsSync(fds)) return 0;
  const target = realpathSync(file);
  return readdirSync(fds).filter((fd) => {
    try {
      return readlinkSync(path.join(fds, fd)) === target;
    } catch {
      return false;
    }
  }).length;
}

describe('zip bombs', () => {
  /** The most repetitive sheet XML writers make: empty styled cells without addresses, which pack 186 times. */
  const styledRows = (rows: number) =>
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Deal</t></is></c></row>' +
    `<row>${'<c s="1"/>'.repeat(20)}</row>`.repeat(rows);
  const REFUSED = (file: string, why: string) =>
    `${file}: not a valid .xlsx file (it looks like a zip bomb: ${why})`;

  it('reads a sheet as repetitive as writers make them', async () => {
    const file = tmp.file('repetitive.xlsx');
    writeBook(file, { ...STYLED, sheets: [sheet(styledRows(6000))] });
    expect((await readXlsxSheets(file))[0].values).toEqual([['Deal']]);
  });

  it('refuses a part the directory says is over 4 GB, before unpacking any of it', async () => {
    const file = tmp.file('huge.xlsx');
    writeBook(file, {
      sheets: [sheet('<row r="1"><c r="A1"><v>1</v></c></row>')],
      zip: { records: { 'xl/worksheets/sheet1.xml': { size: 5 * 1024 ** 3 } } },
    });
    await expect(readWorkbook(file)).rejects.toThrow(
      REFUSED(file, 'xl/worksheets/sheet1.xml would unpack to 5 GB, more than the 4 GB a part may have'),
    );
    expect(openDescriptors(file)).toBe(0);
  });

  it('refuses a part that unpacks to over 500 times its size', async () => {
    const file = tmp.file('bomb.xlsx');
    // 2 MB of spaces pack into about 2 kB.
    writeBook(file, { sheets: [{ name: 'Bomb', xml: `${' '.repeat(2 * 1024 ** 2)}<sheetData/>` }] });
    await expect(readWorkbook(file)).rejects.toThrow(
      REFUSED(file, 'xl/worksheets/sheet1.xml would unpack to over 500 times its compressed size'),
    );
    expect(openDescriptors(file)).toBe(0);
  });

  it('refuses overlapping parts that together unpack to over 500 times the size of the file', async () => {
    const file = tmp.file('overlaps.xlsx');
    // Each record alone packs 186 times; five records of the same data unpack to five times that.
    const others = [2, 3, 4, 5];
    writeBook(file, {
      ...STYLED,
      sheets: [sheet(styledRows(6000))],
      extraSheets: others.map((n) => `<sheet name="Copy ${n}" sheetId="${n}" r:id="rId${n}"/>`).join(''),
      extraRels: others
        .map(
          (n) =>
            `<Relationship Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/>`,
        )
        .join(''),
      zip: { overlaps: others.map((n) => [`xl/worksheets/sheet${n}.xml`, 'xl/worksheets/sheet1.xml']) },
    });
    await expect(readWorkbook(file)).rejects.toThrow(
      REFUSED(file, 'its parts would unpack to over 500 times the size of the file'),
    );
    expect(openDescriptors(file)).toBe(0);
  });
});

describe('where the full load lost data, the streaming reader reads what Excel shows', () => {
  it('reads a row without its number as the row after the one before (the full load dropped it)', async () => {
    const file = tmp.file('no-r.xlsx');
    writeBook(file, {
      sheets: [
        sheet(
          '<row><c t="inlineStr"><is><t>Deal</t></is></c><c><v>2</v></c></row><row><c><v>1</v></c></row>',
        ),
      ],
    });
    expect((await readXlsxSheets(file))[0].values).toEqual([['Deal', 2], [1]]);
  });

  it('reads an inline string with a phonetic reading as its text (the full load lost the rest of the sheet)', async () => {
    const file = tmp.file('phonetic.xlsx');
    writeBook(file, {
      sheets: [
        sheet(
          '<row r="1"><c r="A1" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh></is></c>' +
            '<c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row>',
        ),
      ],
    });
    expect((await fullLoad(file))[0].values).toEqual([[null]]);
    expect((await readXlsxSheets(file))[0].values).toEqual([['漢字', 2], [3]]);
  });

  it('reads a formula’s cached 0 or FALSE, and a shared formula’s without its first cell (the full load read them as empty)', async () => {
    const file = tmp.file('falsy.xlsx');
    writeBook(file, {
      sheets: [
        sheet(
          '<row r="1"><c r="A1"><f>1-1</f><v>0</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c>' +
            '<c r="C1"><f t="shared" si="4"/><v>7</v></c><c r="D1"><v>4</v></c></row>',
        ),
      ],
    });
    expect((await fullLoad(file))[0].values).toEqual([[null, null, null, 4]]);
    expect((await readXlsxSheets(file))[0].values).toEqual([[0, false, 7, 4]]);
  });

  it('gives no cell for an empty cell that holds only a hyperlink (the full load gave it as null)', async () => {
    const file = tmp.file('link.xlsx');
    writeBook(file, {
      ...STYLED,
      sheets: [
        {
          name: 'Links',
          xml:
            '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="C1" s="1"/></row></sheetData>' +
            '<hyperlinks><hyperlink ref="C1" r:id="rId1"/></hyperlinks>',
        },
      ],
      extra: [
        [
          'xl/worksheets/_rels/sheet1.xml.rels',
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://x.example" TargetMode="External"/></Relationships>',
        ],
      ],
    });
    expect((await fullLoad(file))[0].values).toEqual([[1, null, null]]);
    expect((await readXlsxSheets(file))[0].values).toEqual([[1]]);
  });

  it('reads a sheet named History (the full load refused the whole file)', async () => {
    const file = tmp.file('history.xlsx');
    writeBook(file, { sheets: [sheet('<row r="1"><c r="A1"><v>1</v></c></row>', 'History')] });
    await expect(fullLoad(file)).rejects.toThrow(/History/);
    expect(await readXlsxSheets(file)).toEqual([{ name: 'History', values: [[1]] }]);
  });
});
