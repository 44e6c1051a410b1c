import fs from 'fs';
import path from 'path';
import { FUNCTIONS } from '../../shared/functions/catalog';
import { appsScriptHost, coreHost, DIST, excelHost, type FunctionHost, type Outcome } from './hosts';
import { VECTORS, type Vector } from './vectors';

/**
 * The same vectors against the core and both built bundles (`npm test` builds them first).
 * Excel reports an error's kind, and its message for #VALUE! and #N/A; Sheets reports only a
 * message, so there the message must name the function and say the same thing as the core.
 */
const round = (v: unknown): unknown =>
  typeof v === 'number' ? Number(v.toPrecision(9)) : Array.isArray(v) ? v.map(round) : v;

function expectOutcome(host: FunctionHost, vector: Vector, outcome: Outcome) {
  if (vector.error === undefined) {
    expect(outcome).toEqual({ value: expect.anything() });
    expect(round((outcome as { value: unknown }).value)).toEqual(round(vector.result));
    return;
  }
  expect('value' in outcome).toBe(false);
  const failure = outcome as { error?: string; message?: string };
  if (host.name === 'Apps Script bundle') {
    const core = coreHost.call(vector.fn, vector.args) as { message: string };
    expect(failure.message).toBe(`${vector.fn}: ${core.message}`);
    return;
  }
  expect(failure.error).toBe(vector.error);
  const showsMessage = host.name === 'core' || vector.error === 'VALUE' || vector.error === 'NA';
  if (vector.message && showsMessage) expect(failure.message).toContain(vector.message);
  if (!showsMessage) expect(failure.message).toBeUndefined();
}

const built =
  fs.existsSync(path.join(DIST, 'addin', 'functions.js')) &&
  fs.existsSync(path.join(DIST, 'appsscript', 'Code.js'));

describe('custom functions give the same results in every host', () => {
  it('has the bundles built (run `npm run build:hosts`; `npm test` does it first)', () => {
    expect(built).toBe(true);
  });

  const hosts: [string, () => FunctionHost][] = [
    ['core', () => coreHost],
    ['Excel bundle', excelHost],
    ['Apps Script bundle', appsScriptHost],
  ];

  describe.each(hosts)('%s', (_name, load) => {
    const host = built ? load() : coreHost;
    it.each(VECTORS.map((v) => [`${v.fn}: ${v.name}`, v] as const))('%s', (_title, vector) => {
      expectOutcome(host, vector, host.call(vector.fn, vector.args));
    });
  });

  it('covers every function in the catalog', () => {
    expect(new Set(VECTORS.map((v) => v.fn))).toEqual(new Set(FUNCTIONS.map((f) => f.name)));
  });

  it('REQUIRED_PIPELINE(500000, 0.25) is 2,000,000 everywhere', () => {
    for (const [, load] of hosts)
      expect(load().call('REQUIRED_PIPELINE', [500000, 0.25])).toEqual({ value: 2000000 });
  });

  it('omitted as_of means today in both bundles', () => {
    const today = new Date();
    const iso = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const tenDaysAgo = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 10);
    for (const [, load] of hosts) {
      expect(load().call('DAYS_IN_STAGE', [{ date: iso(tenDaysAgo) }, { omitted: true }])).toEqual({
        value: 10,
      });
    }
  });
});
