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
