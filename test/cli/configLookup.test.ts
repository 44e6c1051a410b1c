import { mkdirSync, writeFileSync } from 'fs';
import path from 'path';
import type { JsonEntry } from '../../shared/format';
import { findConfigFile } from '../../cli/config';
import { runCli, tempDir } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/**
 * outer/pipelint.json (above the repository: never used)
 * outer/repo/.git
 * outer/repo/pipelint.json (the team's stages)
 * outer/repo/data/q3/deals.csv
 */
const outer = tmp.file('outer');
const repo = path.join(outer, 'repo');
const deals = path.join(repo, 'data', 'q3', 'deals.csv');
mkdirSync(path.join(repo, '.git'), { recursive: true });
mkdirSync(path.dirname(deals), { recursive: true });
writeFileSync(
  path.join(outer, 'pipelint.json'),
  JSON.stringify({ rules: { 'pipeline/missing-owner': 'off' } }),
);
writeFileSync(
  path.join(repo, 'pipelint.json'),
  JSON.stringify({ stages: [{ name: 'Pilot' }, { name: 'Signed', closed: 'won' }] }),
);
writeFileSync(deals, 'Deal,Owner,Stage,Amount\nD-1,,Pilot,100\nD-2,Ann,Proposal,200\n');

/** The problems, the missing columns of this small sheet aside. */
const ids = (stdout: string) =>
  (JSON.parse(stdout) as JsonEntry[])
    .filter((e) => e.ruleId !== 'pipeline/missing-column')
    .map((e) => `${e.address} ${e.ruleId}`);

describe('config lookup, as ESLint finds its config', () => {
  it('finds the pipelint.json nearest the input, up to the repository root', async () => {
    expect(path.resolve((await findConfigFile(deals))!)).toBe(path.join(repo, 'pipelint.json'));
    expect(path.resolve((await findConfigFile(path.dirname(deals)))!)).toBe(path.join(repo, 'pipelint.json'));
  });

  it('does not look above the repository root', async () => {
    const alone = tmp.file('outer/repo2');
    mkdirSync(path.join(alone, '.git'), { recursive: true });
    writeFileSync(path.join(alone, 'deals.csv'), 'Deal,Owner,Stage\n');
    expect(await findConfigFile(path.join(alone, 'deals.csv'))).toBeUndefined();
  });

  it('lints with the config it finds: the team’s stage list, and the outer file’s settings unread', async () => {
    const { stdout } = await runCli([deals, '-f', 'json', '--as-of', '2027-06-30']);
    expect(ids(stdout)).toEqual(['deals!B2 pipeline/missing-owner', 'deals!C3 pipeline/unknown-stage']);
  });

  it('--config takes its place (here with no stages, so they are learnt from the data)', async () => {
    const other = tmp.file('other.json');
    writeFileSync(other, JSON.stringify({ rules: { 'pipeline/missing-owner': 'off' } }));
    const { stdout } = await runCli([deals, '-c', other, '-f', 'json', '--as-of', '2027-06-30']);
    expect(ids(stdout)).toEqual([]);
  });

  it('a broken config it finds is reported by name, exit 2', async () => {
    const broken = tmp.file('outer/broken');
    mkdirSync(path.join(broken, '.git'), { recursive: true });
    writeFileSync(path.join(broken, 'pipelint.json'), '{ "rules": { "pipeline/stalled-deal": "warn" } }');
    writeFileSync(path.join(broken, 'deals.csv'), deals);
    const { code, stderr } = await runCli([path.join(broken, 'deals.csv')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/pipelint\.json: rules\.pipeline\/stalled-deal: /);
  });
});
