/**
 * The browser test's page: the real panel, mounted as a host mounts it, over an in-memory host.
 * `window.pipelintTest` lets the test read and change the fake sheet behind the panel's back.
 */
import { mountPanel } from '../../shared/ui/mount';
import { MemoryHost } from '../../playground/memoryHost';
import { PANE_TABS } from '../../shared/ui/tabs';
import { FIXTURE_CONFIG, fixtureWorkbook, pathsWorkbook } from './fixture';

declare global {
  interface Window {
    pipelintTest: { host: MemoryHost };
  }
}

// `?workbook=paths` adds an activity log and an execution path, for the pace summary.
const params = new URLSearchParams(location.search);
const host = new MemoryHost(params.get('workbook') === 'paths' ? pathsWorkbook() : fixtureWorkbook());
window.pipelintTest = { host };

// `?config=bad` mounts with a config that has mistakes in it, to show how they are reported.
const bad = params.get('config') === 'bad';
const config = bad
  ? { asOf: '2027-13-01', rulez: {}, rules: { 'pipeline/stalled-deals': 'warn' } }
  : FIXTURE_CONFIG;

// `?tab=settings` (or views, goal) and `?lint` open the pane as a host's menu item would.
const tab = PANE_TABS.find((t) => t === params.get('tab'));
mountPanel(document.getElementById('root')!, {
  host,
  hostName: 'Excel',
  config,
  initialTab: tab,
  lintOnOpen: params.has('lint'),
});
