/**
 * Generates the rule reference, the config reference and the JSON schema from the rules' meta and
 * the config schema, and both hosts' custom function declarations and their docs from the function
 * catalog, and the measure parser from its grammar, so none of them can drift from its source.
 * `npm run docs` writes them;
 * `--check` (run by test/docs.test.ts) fails when a generated file is out of date.
 */
import fs from 'fs';
import path from 'path';
import { z } from 'zod';
import prettier from 'prettier';
import peggy from 'peggy';
import { RULES } from '../shared/rules';
import { configSchema } from '../shared/engine/config';
import type { RuleModule } from '../shared/engine/rule';
import { kindById, type KindId } from '../shared/sheets/registry';
import { MEASURE_FUNCTIONS } from '../shared/analyses/execution/measure';
import {
  HELP_PAGE,
  renderExcelFunctions,
  renderFunctionsTable,
  renderHelpPage,
  renderSheetsFunctions,
} from './functionDocs';

const ROOT = path.join(__dirname, '..');

interface JsonSchemaProperty {
  description?: string;
  default?: unknown;
  type?: string;
}

function optionRows(rule: RuleModule): string[] {
  const schema = z.toJSONSchema(rule.meta.options, { io: 'input' }) as {
    properties?: Record<string, JsonSchemaProperty>;
  };
  return Object.entries(schema.properties ?? {}).map(
    ([name, p]) =>
      `| \`${name}\` | ${p.type ?? ''} | \`${JSON.stringify(p.default)}\` | ${p.description ?? ''} |`,
  );
}

function columnsLine(rule: RuleModule): string {
  const needs: string[] = [];
  const optional: string[] = [];
  for (const [id, columns] of Object.entries(rule.meta.columns ?? {})) {
    const labels = kindById(id as KindId).labels as Record<string, string>;
    for (const need of columns.requires ?? [])
      needs.push(typeof need === 'string' ? labels[need] : need.map((f) => labels[f]).join(' or '));
    for (const f of columns.onlyWith ?? []) optional.push(`${labels[f]} (runs only when present)`);
  }
  const all = [...needs, ...optional];
  return all.length ? all.join('; ') : 'none';
}

export function ruleDocPath(rule: RuleModule): string {
  return `docs/rules/${rule.meta.id}.md`;
}

function ruleDoc(rule: RuleModule): string {
  const options = optionRows(rule);
  return [
    `# ${rule.meta.id}`,
    '',
    `${rule.meta.description}`,
    '',
    `- Default severity: **${rule.meta.defaultSeverity}**`,
    // Rules that declare no columns (coverage, adoption, path, workbook) say in their docs what they read.
    ...(rule.meta.category === 'pipeline' || rule.meta.columns !== undefined
      ? [`- Columns needed: ${columnsLine(rule)}`]
      : []),
    '',
    '## Why',
    '',
    rule.meta.docs,
    '',
    '## Options',
    '',
    ...(options.length
      ? [
          '| option | type | default | meaning |',
          '| --- | --- | --- | --- |',
          ...options,
          '',
          'Example:',
          '',
          '```json',
          JSON.stringify({
            rules: { [rule.meta.id]: [rule.meta.defaultSeverity, rule.meta.options.parse(undefined)] },
          }),
          '```',
        ]
      : [
          'None. Set its severity in the config: `"' +
            rule.meta.id +
            '": "off" | "hint" | "info" | "warning" | "error"`.',
        ]),
    '',
    "_Generated from the rule's meta by `npm run docs`._",
    '',
  ].join('\n');
}

function rulesTable(): string {
  return [
    '| rule | default | what it reports |',
    '| --- | --- | --- |',
    ...RULES.map(
      (r) => `| [\`${r.meta.id}\`](${ruleDocPath(r)}) | ${r.meta.defaultSeverity} | ${r.meta.description} |`,
    ),
  ].join('\n');
}

function measuresTable(): string {
  return [
    '| function | counts |',
    '| --- | --- |',
    ...MEASURE_FUNCTIONS.map((f) => `| \`${f.signature}\` | ${f.summary} |`),
  ].join('\n');
}

function configTable(): string {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, JsonSchemaProperty>;
  };
  return [
    '| key | meaning |',
    '| --- | --- |',
    ...Object.entries(schema.properties).map(([key, p]) => `| \`${key}\` | ${p.description ?? ''} |`),
  ].join('\n');
}

function replaceBlock(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README.md lacks the ${start} ... ${end} markers`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}

const MEASURE_GRAMMAR = 'shared/analyses/execution/measure.peggy';

/** The measure parser, generated from its grammar; typed by hand in measure.ts (peggy emits plain JS). */
function renderMeasureParser(): string {
  const grammar = fs.readFileSync(path.join(ROOT, MEASURE_GRAMMAR), 'utf8');
  const source = peggy.generate(grammar, { output: 'source', format: 'es', grammarSource: MEASURE_GRAMMAR });
  return `// @ts-nocheck\n// Generated from ${MEASURE_GRAMMAR} by \`npm run docs\`; do not edit.\n${source}`;
}

/** Every generated file, by path relative to the repo root, formatted as Prettier would leave it. */
export async function renderDocs(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const rule of RULES) files.set(ruleDocPath(rule), ruleDoc(rule));
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' });
  files.set('pipelint.schema.json', JSON.stringify({ ...schema, title: 'Pipelint config' }, null, 2) + '\n');
  let readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  readme = replaceBlock(readme, 'rules', rulesTable());
  readme = replaceBlock(readme, 'config', configTable());
  readme = replaceBlock(readme, 'functions', renderFunctionsTable());
  readme = replaceBlock(readme, 'measures', measuresTable());
  files.set('README.md', readme);
  files.set(HELP_PAGE, renderHelpPage());
  files.set('addin/functions.ts', renderExcelFunctions());
  files.set('appsscript/functions.ts', renderSheetsFunctions());
  files.set('shared/analyses/execution/measureParser.generated.ts', renderMeasureParser());
  const options = await prettier.resolveConfig(path.join(ROOT, 'README.md'));
  for (const [file, content] of files)
    files.set(file, await prettier.format(content, { ...options, filepath: file }));
  return files;
}

/** `--check` only compares, for CI: exits 1 and names each stale file. */
async function main(check: boolean) {
  const stale: string[] = [];
  for (const [file, content] of await renderDocs()) {
    const target = path.join(ROOT, file);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    if (current === content) continue;
    stale.push(file);
    if (check) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
  if (check && stale.length) {
    console.error(`out of date, run \`npm run docs\`: ${stale.join(', ')}`);
    process.exitCode = 1;
  } else console.log(stale.length ? `wrote ${stale.join(', ')}` : 'docs are up to date');
}

if (require.main === module) void main(process.argv.includes('--check'));
