import fs from 'fs';
import path from 'path';
import { readWorkbook } from '../cli/read';
import { lint, loadConfig, RULES } from '../shared';

const EXAMPLES = path.join(__dirname, '..', 'examples');

describe('examples/pipeline.xlsx', () => {
  it('shows every rule at least once with its own config', async () => {
    const config = loadConfig(JSON.parse(fs.readFileSync(path.join(EXAMPLES, 'pipelint.json'), 'utf8')));
    if (!config.ok) throw new Error(JSON.stringify(config.problems));
    const { workbook } = await readWorkbook(path.join(EXAMPLES, 'pipeline.xlsx'));
    const fired = new Set(lint(workbook, config.config).diagnostics.map((d) => d.ruleId));
    expect(RULES.map((r) => r.meta.id).filter((id) => !fired.has(id))).toEqual([]);
  });
});
