import { cellLocation, RULES, type Diagnostic } from '../../shared';
import {
  FORMATTERS,
  formatJson,
  formatStylish,
  jsonChunks,
  sarifLog,
  toArtifactUri,
  ruleName,
  type LintReport,
  type JsonEntry,
  type LintedWorkbook,
  type Painter,
} from '../../shared/format';

/** The json report's problems, as a program reading it gets them. */
const entriesOf = (r: LintReport) => JSON.parse(formatJson(r)) as JsonEntry[];

const sheetSummary = (name: string, rows: number) => ({
  name,
  role: 'pipeline' as const,
  headerRow: 1,
  rows,
});

function diagnostic(partial: Partial<Diagnostic> & { at: [string, number, number] }): Diagnostic {
  const { at, ...rest } = partial;
  return {
    ruleId: 'pipeline/missing-owner',
    severity: 'warning',
    message: 'Owner is empty',
    location: cellLocation(...at),
    ...rest,
  };
}

const unknownProduct = diagnostic({
  at: ['Pipeline', 3, 3],
  ruleId: 'pipeline/unknown-reference',
  message: 'Product "GTXPro" is not in the product list; did you mean "GTX Pro"?',
  deal: 'D-2',
  owner: 'Ana',
  related: [{ location: cellLocation('Products', 1, 1), message: 'The product list' }],
  fixes: [
    {
      title: 'Change to "GTX Pro"',
      preferred: true,
      edits: [{ location: cellLocation('Pipeline', 3, 3), value: 'GTX Pro', previous: 'GTXPro' }],
    },
  ],
});
const badStage = diagnostic({
  at: ['Pipeline', 12, 5],
  ruleId: 'pipeline/unknown-stage',
  severity: 'error',
  message: 'Stage "Neg" is not a stage',
  deal: 'D-11',
});
const noOwner = diagnostic({ at: ['Pipeline', 120, 2], deal: 'D-119' });
const hintOnOther = diagnostic({
  at: ['Q3 deals', 2, 27],
  ruleId: 'workbook/ambiguous-date',
  severity: 'hint',
  message: 'Dates could be read\neither way',
});
const infoSheet = diagnostic({
  at: ['Notes', 1, 1],
  ruleId: 'workbook/unrecognized-sheet',
  severity: 'info',
  message: 'Not a pipeline',
});

function workbook(
  path: string,
  diagnostics: Diagnostic[],
  sheetFiles: Record<string, string> = {},
): LintedWorkbook {
  const sheets = [...new Set(diagnostics.map((d) => d.location.sheet))].map((s) => sheetSummary(s, 100));
  return {
    path,
    sheetFiles,
    result: { diagnostics, sheets, rowsLinted: 8800 },
  };
}

function report(workbooks: LintedWorkbook[], extra: Partial<LintReport> = {}): LintReport {
  return { workbooks, rules: RULES.map((r) => r.meta), toolVersion: '9.9.9', elapsedMs: 210, ...extra };
}

const xlsx = workbook('examples/pipeline.xlsx', [unknownProduct, badStage, noOwner, hintOnOther]);

describe('stylish: stages learnt from the data', () => {
  const learnt = workbook('deals.csv', [noOwner]);
  learnt.result.inferredStages = [
    { name: 'Intro call' },
    { name: 'Pilot' },
    { name: 'Signed', closed: 'won' },
    { name: 'No fit', closed: 'lost' },
  ];

  it('names them and their kinds in the closing lines, with how to keep them', () => {
    const lines = formatStylish(report([learnt]))
      .trimEnd()
      .split('\n');
    expect(lines.slice(-2)).toEqual([
      'Stages learnt from the data (the config lists none): Intro call → Pilot; won: Signed; lost: No fit',
      '  to keep or correct them: pipelint --print-config deals.csv > pipelint.json',
    ]);
  });

  it('says nothing of stages the config lists, and names the workbook when there are several', () => {
    expect(formatStylish(report([xlsx]))).not.toContain('Stages learnt');
    const text = formatStylish(report([xlsx, learnt]));
    expect(text).toContain('Stages learnt from the data of deals.csv (the config lists none)');
  });
});

describe('stylish', () => {
  const text = formatStylish(report([xlsx]));
  const lines = text.split('\n');

  it('puts a heading per sheet, naming the workbook', () => {
    expect(lines[0]).toBe('examples/pipeline.xlsx › Pipeline');
    expect(lines).toContain('examples/pipeline.xlsx › Q3 deals');
    expect(lines.filter((l) => l.includes(' › '))).toHaveLength(2);
  });

  it('prints one aligned line per problem: cell, severity, message, rule id', () => {
    const problemLines = lines.slice(1, 4);
    expect(problemLines[0]).toMatch(/^ {2}C3 +warning +Product "GTXPro".* {2}pipeline\/unknown-reference$/);
    expect(problemLines[1]).toMatch(/^ {2}E12 +error +Stage "Neg"/);
    expect(problemLines[2]).toMatch(/^ {2}B120 +warning +Owner is empty +pipeline\/missing-owner$/);
    const columnOf = (needle: RegExp) => problemLines.map((l) => l.search(needle));
    expect(new Set(columnOf(/(warning|error)/)).size).toBe(1);
    expect(new Set(columnOf(/pipeline\//)).size).toBe(1);
  });

  it('keeps a message with a line break on one line', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {2}AA2 +hint +Dates could be read either way +workbook\/ambiguous-date$/),
    );
  });

  it('ends with the totals and a summary of rows, sheets and time', () => {
    expect(lines.at(-3)).toBe('✖ 4 problems (1 error, 2 warnings, 0 infos, 1 hint)');
    expect(lines.at(-2)).toBe('Linted 8,800 rows in 2 sheets in 0.21 s');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('says so when there is nothing to report', () => {
    const clean = formatStylish(report([workbook('a.csv', [])], { readMs: 1234 }));
    expect(clean).toBe('✔ No problems\nLinted 8,800 rows in 0 sheets in 0.21 s (reading took 1.23 s)\n');
  });

  it('counts several workbooks in the summary', () => {
    const text2 = formatStylish(report([xlsx, workbook('b.csv', [infoSheet])]));
    expect(text2).toContain('b.csv › Notes');
    expect(text2).toContain('✖ 5 problems (1 error, 2 warnings, 1 info, 1 hint)');
    expect(text2).toContain('Linted 17,600 rows in 3 sheets of 2 workbooks in 0.21 s');
  });

  it('paints through the painter without upsetting the alignment', () => {
    const tag = (name: string) => (s: string) => `<${name}>${s}</${name}>`;
    const painter: Painter = {
      red: tag('r'),
      yellow: tag('y'),
      cyan: tag('c'),
      green: tag('g'),
      dim: tag('d'),
      bold: tag('b'),
      underline: tag('u'),
    };
    const painted = formatStylish(report([xlsx]), { painter });
    expect(painted).toContain('<u>examples/pipeline.xlsx › Pipeline</u>');
    expect(painted).toContain('<r>error  </r>');
    expect(painted).toContain('<b><r>✖ 4 problems');
    const plain = painted.replace(/<\/?[a-z]>/g, '');
    expect(plain).toBe(formatStylish(report([xlsx])));
  });
});

describe('json', () => {
  it('has exactly the documented keys, leaving out the absent ones', () => {
    const entries = entriesOf(report([xlsx]));
    expect(entries).toHaveLength(4);
    expect(Object.keys(entries[0]).sort()).toEqual([
      'address',
      'column',
      'deal',
      'fixes',
      'message',
      'owner',
      'row',
      'ruleId',
      'severity',
      'sheet',
    ]);
    expect(Object.keys(entries[2]).sort()).toEqual([
      'address',
      'column',
      'deal',
      'message',
      'row',
      'ruleId',
      'severity',
      'sheet',
    ]);
    expect(Object.keys(entries[3]).sort()).toEqual([
      'address',
      'column',
      'message',
      'row',
      'ruleId',
      'severity',
      'sheet',
    ]);
  });

  it('flattens the location and keeps fixes simple', () => {
    const [first] = JSON.parse(formatJson(report([xlsx])));
    expect(first).toEqual({
      ruleId: 'pipeline/unknown-reference',
      severity: 'warning',
      message: 'Product "GTXPro" is not in the product list; did you mean "GTX Pro"?',
      sheet: 'Pipeline',
      row: 3,
      column: 3,
      address: 'Pipeline!C3',
      deal: 'D-2',
      owner: 'Ana',
      fixes: [
        {
          title: 'Change to "GTX Pro"',
          edits: [{ address: 'Pipeline!C3', value: 'GTX Pro', previous: 'GTXPro' }],
        },
      ],
    });
  });

  it('writes an empty previous value as null', () => {
    const fill = diagnostic({
      at: ['Pipeline', 4, 2],
      fixes: [
        {
          title: 'Set owner',
          edits: [{ location: cellLocation('Pipeline', 4, 2), value: 'Ana', previous: undefined }],
        },
      ],
    });
    expect(entriesOf(report([workbook('a.xlsx', [fill])]))[0].fixes).toEqual([
      { title: 'Set owner', edits: [{ address: 'Pipeline!B4', value: 'Ana', previous: null }] },
    ]);
  });

  it('adds the input path as `file` only when there are several inputs', () => {
    expect(entriesOf(report([xlsx])).some((e) => 'file' in e)).toBe(false);
    const entries = entriesOf(report([xlsx, workbook('crm', [infoSheet], { Notes: 'crm/Notes.csv' })]));
    expect(entries.map((e) => e.file)).toEqual([
      'examples/pipeline.xlsx',
      'examples/pipeline.xlsx',
      'examples/pipeline.xlsx',
      'examples/pipeline.xlsx',
      'crm',
    ]);
    expect(Object.keys(entries[0])[0]).toBe('file');
  });

  it('is an empty array when clean', () => {
    expect(formatJson(report([workbook('a.csv', [])]))).toBe('[]\n');
  });

  it('comes in pieces that make exactly one JSON document, however many problems there are', () => {
    for (const n of [0, 1, 1999, 2000, 2001, 4500]) {
      const many = Array.from({ length: n }, (_, i) => diagnostic({ at: ['Pipeline', i + 2, 2] }));
      const r = report([workbook('a.csv', many)]);
      const chunks = [...jsonChunks(r)];
      expect(chunks.length).toBe(Math.floor(n / 2000) + 1);
      expect(chunks.join('')).toBe(`${JSON.stringify(entriesOf(r))}\n`);
      expect(entriesOf(r)).toHaveLength(n);
    }
  });
});

describe('sarif', () => {
  const folder = workbook('data/crm', [unknownProduct, badStage, hintOnOther, infoSheet], {
    Pipeline: 'data/crm/Pipeline.csv',
    Products: 'data/crm/Products.csv',
    'Q3 deals': 'data/crm/Q3 deals.csv',
  });
  const log = sarifLog(report([folder], { informationUri: 'https://example.org/pipelint' }));
  const run = log.runs[0];

  it('is a SARIF 2.1.0 log with one run', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(JSON.parse(FORMATTERS.sarif(report([folder])))).toMatchObject({ version: '2.1.0' });
  });

  it('lists every rule with descriptions and default level', () => {
    const { driver } = run.tool;
    expect(driver).toMatchObject({
      name: 'pipelint',
      version: '9.9.9',
      informationUri: 'https://example.org/pipelint',
    });
    expect(driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    const stalled = driver.rules.find((r) => r.id === 'pipeline/stalled-deal')!;
    const meta = RULES.find((r) => r.meta.id === 'pipeline/stalled-deal')!.meta;
    expect(stalled).toEqual({
      id: 'pipeline/stalled-deal',
      name: 'StalledDeal',
      shortDescription: { text: meta.description },
      fullDescription: { text: meta.docs },
      defaultConfiguration: { level: 'warning' },
    });
    expect(driver.rules.find((r) => r.id === 'workbook/unrecognized-sheet')!.defaultConfiguration.level).toBe(
      'note',
    );
  });

  it('maps severities to levels and points ruleIndex at the rule', () => {
    expect(run.results.map((r) => r.level)).toEqual(['warning', 'error', 'note', 'note']);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('locates a cell by row and column in the CSV the sheet came from', () => {
    const [product, , hint] = run.results;
    expect(product.locations[0]).toEqual({
      physicalLocation: {
        artifactLocation: { uri: 'data/crm/Pipeline.csv' },
        region: { startLine: 3, startColumn: 3 },
      },
      logicalLocations: [{ name: 'C3', fullyQualifiedName: 'Pipeline!C3' }],
    });
    expect(hint.locations[0].physicalLocation.artifactLocation.uri).toBe('data/crm/Q3%20deals.csv');
    expect(hint.locations[0].logicalLocations[0].fullyQualifiedName).toBe("'Q3 deals'!AA2");
    // A sheet with no file of its own is reported against the input.
    expect(run.results[3].locations[0].physicalLocation.artifactLocation.uri).toBe('data/crm');
  });

  it('carries related locations, deal and owner, and fixes as replacements', () => {
    const [product, stage] = run.results;
    expect(product.relatedLocations).toEqual([
      {
        id: 0,
        message: { text: 'The product list' },
        physicalLocation: {
          artifactLocation: { uri: 'data/crm/Products.csv' },
          region: { startLine: 1, startColumn: 1 },
        },
        logicalLocations: [{ name: 'A1', fullyQualifiedName: 'Products!A1' }],
      },
    ]);
    expect(product.properties).toEqual({ deal: 'D-2', owner: 'Ana' });
    expect(stage.properties).toEqual({ deal: 'D-11' });
    expect(run.results[2].properties).toBeUndefined();
    expect(product.fixes).toEqual([
      {
        description: { text: 'Change to "GTX Pro"' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'data/crm/Pipeline.csv' },
            replacements: [
              {
                deletedRegion: { startLine: 3, startColumn: 3, endColumn: 4 },
                insertedContent: { text: 'GTX Pro' },
                properties: { address: 'Pipeline!C3' },
              },
            ],
          },
        ],
      },
    ]);
    expect(stage.fixes).toBeUndefined();
  });

  it('writes paths as URI references', () => {
    expect(toArtifactUri('examples/pipeline.xlsx')).toBe('examples/pipeline.xlsx');
    expect(toArtifactUri('../data/Q3 #1.csv')).toBe('../data/Q3%20%231.csv');
    expect(toArtifactUri('C:\\Sales\\pipe.xlsx')).toBe('file:///C:/Sales/pipe.xlsx');
    expect(toArtifactUri('/tmp/a b.csv')).toBe('file:///tmp/a%20b.csv');
    expect(ruleName('workbook/unused-suppression')).toBe('UnusedSuppression');
  });
});
