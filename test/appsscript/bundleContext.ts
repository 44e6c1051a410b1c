import fs from 'fs';
import path from 'path';
import vm from 'vm';
import { DIST } from '../functions/hosts';
import { fakeApps, IN_SCOPE, OUT_OF_SCOPE } from './fakeApps';

export const CODE_JS = path.join(DIST, 'appsscript', 'Code.js');
export const SIDEBAR_HTML = path.join(DIST, 'appsscript', 'sidebar.html');

const APPSSCRIPT = path.join(__dirname, '..', '..', 'appsscript');

/**
 * Every entry point the source declares: each `(global as ...).NAME =` in appsscript/*.ts, the
 * files gas-webpack-plugin turns into top-level functions. Read from the source so that an entry
 * point added there is checked here without a list to keep in step.
 */
export function declaredEntryPoints(): string[] {
  const names = new Set<string>();
  for (const file of fs.readdirSync(APPSSCRIPT).filter((f) => f.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(APPSSCRIPT, file), 'utf8');
    for (const m of source.matchAll(/\(global as [^)]*\)\.(\w+)\s*=(?![=>])/g)) names.add(m[1]);
  }
  return [...names].sort();
}

/** The services Apps Script puts in a project's global scope, the out-of-scope ones included. */
const SERVICES = [...IN_SCOPE, 'Session', ...OUT_OF_SCOPE];

/**
 * The built Code.js loaded as Apps Script loads a project: one script in one global scope, no
 * modules, no `require`, no `process`, with the Apps Script services as globals. The services are
 * the behaviour tests' fakes (fakeApps.ts), moved from Node's global object into the bundle's own,
 * so the bundle sees nothing of Node.
 */
export function loadBundle(timeZone = 'Etc/UTC') {
  const { apps, spreadsheet, uninstall } = fakeApps(timeZone);
  const node = globalThis as Record<string, unknown>;
  const services = Object.fromEntries(SERVICES.map((name) => [name, node[name]]));
  uninstall();
  const logged: unknown[][] = [];
  const log = (...args: unknown[]) => void logged.push(args);
  const context = vm.createContext({
    ...services,
    Logger: { log },
    console: { log, info: log, warn: log, error: log },
  });
  vm.runInContext(fs.readFileSync(CODE_JS, 'utf8'), context, { filename: 'Code.js' });
  return { apps, spreadsheet, context: context as Record<string, unknown>, logged };
}
