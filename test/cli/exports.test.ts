import path from 'path';
import type { JsonEntry } from '../../shared/format';
import { runCli } from './helpers';

/** Synthetic files in the shape of real CRM exports (test/fixtures/exports), linted with no config. */
const EXPORTS = path.join(__dirname, '..', 'fixtures', 'exports');
const ASOF = ['--as-of', '2027-06-30'];

describe('a HubSpot deals export, with no config', () => {
  const file = path.join(EXPORTS, 'hubspot-deals.csv');

  it('learns HubSpot’s stage ids as the stages: no deal is in an unknown stage', async () => {
    const { code, stdout } = await runCli([file, '--format', 'json', ...ASOF]);
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as JsonEntry[];
    expect(entries.filter((e) => e.ruleId === 'pipeline/unknown-stage')).toEqual([]);
  });

  it('orders the open stages by their probability and tells won from lost by the words', async () => {
    const { stdout } = await runCli([file, ...ASOF]);
    expect(stdout).toContain(
      'Stages learnt from the data (the config lists none): appointmentscheduled → qualifiedtobuy → ' +
        'presentationscheduled → decisionmakerboughtin → contractsent; won: closedwon; lost: closedlost',
    );
  });
});

describe('an input with no sheet Pipelint can lint', () => {
  it('exits 2, naming the headers each sheet starts with and what each kind of sheet needs', async () => {
    const file = path.join(EXPORTS, 'unrecognised.csv');
    const { code, stderr } = await runCli([file, ...ASOF]);
    expect(code).toBe(2);
    expect(stderr).toContain(`pipelint: ${file}: no sheet is one Pipelint can lint. The sheets start with:`);
    expect(stderr).toContain('  unrecognised: "Account ref", "Quarter", "Forecast", "Comment"\n');
    expect(stderr).toContain(
      '  pipeline: a Stage (or Status) column and two of Deal, Owner, Amount, Created, Stage date and Close date\n',
    );
    expect(stderr).toContain('  goals: a Goal (or Objective, Title) column\n');
  });

  it('a workbook with one sheet recognised lints as usual', async () => {
    const { code, stderr } = await runCli([path.join(EXPORTS, 'hubspot-deals.csv'), ...ASOF]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});
