/**
 * The browser test's page: the real panel, mounted as a host mounts it, over an in-memory host.
 * `window.pipelintTest` lets the test read and change the fake sheet behind the panel's back.
 */
import { mountPanel } from '../../shared/ui/mount';
import { MemoryHost } from './memoryHost';
import { FIXTURE_CONFIG, fixtureWorkbook } from './fixture';

declare global {
  interface Window {
    pipelintTest: { host: MemoryHost };
  }
}

const host = new MemoryHost(fixtureWorkbook());
window.pipelintTest = { host };

// `?config=bad` mounts with a config that has mistakes in it, to show how they are reported.
const bad = new URLSearchParams(location.search).get('config') === 'bad';
const config = bad
  ? { asOf: '2027-13-01', rulez: {}, rules: { 'pipeline/stalled-deals': 'warn' } }
  : FIXTURE_CONFIG;

mountPanel(document.getElementById('root')!, { host, hostName: 'Excel', config });
