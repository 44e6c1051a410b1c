import fs from 'fs';
import path from 'path';
import { FUNCTIONS } from '../../shared/functions/catalog';
import { DIST } from './hosts';

interface Declared {
  name: string;
  params: { name: string; optional: boolean }[];
}

/** What Excel will list: dist/addin/functions.json, written by custom-functions-metadata-plugin. */
function excelDeclarations(): Declared[] {
  const json = JSON.parse(fs.readFileSync(path.join(DIST, 'addin', 'functions.json'), 'utf8')) as {
    functions: { id: string; name: string; parameters: { name: string; optional?: boolean }[] }[];
  };
  return json.functions.map((f) => ({
    name: f.name,
    params: f.parameters.map((p) => ({ name: p.name, optional: p.optional === true })),
  }));
}

/** What Sheets will list: top-level functions in dist/appsscript/Code.js whose JSDoc says @customfunction. */
function sheetsDeclarations(): Declared[] {
  const code = fs.readFileSync(path.join(DIST, 'appsscript', 'Code.js'), 'utf8');
  const declared: Declared[] = [];
  for (const m of code.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*function (\w+)\(/g)) {
    const [, doc, name] = m;
    if (!/@customfunction/.test(doc)) continue;
    const params = [...doc.matchAll(/@param \{[^}]*\} (\[?)(\w+)\]?/g)].map((p) => ({
      name: p[2],
      optional: p[1] === '[',
    }));
    declared.push({ name, params });
  }
  return declared;
}

const fromCatalog: Declared[] = FUNCTIONS.map((f) => ({
  name: f.name,
  params: f.params.map((p) => ({ name: p.name, optional: p.optional === true })),
}));

const byName = (list: Declared[]) => [...list].sort((a, b) => a.name.localeCompare(b.name));

describe('function declarations of the built hosts', () => {
  it('Excel functions.json and the Apps Script JSDoc declare the same functions and parameters', () => {
    expect(byName(sheetsDeclarations())).toEqual(byName(excelDeclarations()));
  });

  it('both match the catalog', () => {
    expect(byName(excelDeclarations())).toEqual(byName(fromCatalog));
  });

  it('functions.json carries descriptions, help links and result shapes', () => {
    const json = JSON.parse(fs.readFileSync(path.join(DIST, 'addin', 'functions.json'), 'utf8'));
    const funnel = json.functions.find((f: { id: string }) => f.id === 'REVERSE_FUNNEL');
    expect(funnel.description).toMatch(/conversion rate/);
    expect(funnel.helpUrl).toMatch(/docs\/functions\.md#reverse_funnel$/);
    expect(funnel.result.dimensionality).toBe('matrix');
    expect(funnel.parameters[1].dimensionality).toBe('matrix');
  });

  it('functions that count to today when as_of is left out are volatile, so Excel recalculates them', () => {
    const json = JSON.parse(fs.readFileSync(path.join(DIST, 'addin', 'functions.json'), 'utf8')) as {
      functions: { name: string; options?: { volatile?: boolean } }[];
    };
    const volatile = json.functions.filter((f) => f.options?.volatile).map((f) => f.name);
    expect(volatile).toEqual(FUNCTIONS.filter((f) => f.volatile).map((f) => f.name));
    expect(volatile).toEqual(['STALLED_DEALS', 'DAYS_IN_STAGE']);
  });

  it('the built add-in has its manifest, task pane and metadata side by side', () => {
    for (const file of [
      'manifest.xml',
      'taskpane.html',
      'functions.json',
      'functions.js',
      'taskpane.js',
      'assets/icon-32.png',
    ]) {
      expect(fs.existsSync(path.join(DIST, 'addin', file))).toBe(true);
    }
    const html = fs.readFileSync(path.join(DIST, 'addin', 'taskpane.html'), 'utf8');
    expect(html).toMatch(/office\.js/);
    expect(html.indexOf('functions.js')).toBeGreaterThan(-1);
    expect(html.indexOf('functions.js')).toBeLessThan(html.indexOf('taskpane.js'));
  });

  it('the built Apps Script project is ready for clasp push', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'appsscript', 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    const sidebar = fs.readFileSync(path.join(DIST, 'appsscript', 'sidebar.html'), 'utf8');
    // Booleans, not toMatch: a failure would print the whole inlined bundle.
    expect(/<div id="?root"?><\/div>/.test(sidebar)).toBe(true);
    // The pane's script packed inside (bundle.test.ts unpacks it), and the few lines that run it.
    expect(/<script id="pipelint-script" type="application\/octet-stream">\s*H4sI/.test(sidebar)).toBe(true);
    expect(/<script>[^]*?DecompressionStream\('gzip'\)[^]*?<\/script>/.test(sidebar)).toBe(true);
    expect(/<script src=/.test(sidebar)).toBe(false);
    expect(/LICENSE\.txt/.test(sidebar)).toBe(false);
    expect(fs.readdirSync(path.join(DIST, 'appsscript')).sort()).toEqual([
      'Code.js',
      'appsscript.json',
      'sidebar.html',
    ]);
  });
});
