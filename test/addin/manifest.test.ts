import { existsSync, promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { OfficeAddinManifest } from 'office-addin-manifest';
// The reader's own XML parser (xml2js, under the manifest reader): the full tree, with no parser of ours.
import { ManifestHandlerXml } from 'office-addin-manifest/lib/manifestHandler/manifestHandlerXml';
import { DEV_BASE, manifestFor, supportUrlOf } from '../../addin/manifest';

const root = path.resolve(__dirname, '../..');
const source = path.join(root, 'manifest.xml');
const BASE = 'https://example.com/pipelint';

type Xml = Record<string, unknown>;

/** Every element of the tree, with its name, depth first. */
function* elements(node: unknown, name = ''): Generator<[string, Xml]> {
  if (Array.isArray(node)) for (const item of node) yield* elements(item, name);
  else if (node && typeof node === 'object') {
    yield [name, node as Xml];
    for (const [key, child] of Object.entries(node)) if (key !== '$') yield* elements(child, key);
  }
}

const attributes = (node: Xml) => (node.$ ?? {}) as Record<string, string>;

/** Every URL the manifest names: in DefaultValue attributes, and AppDomain text. */
function urls(tree: unknown): string[] {
  const found: string[] = [];
  for (const [name, node] of elements(tree)) {
    const value = attributes(node).DefaultValue;
    if (value && /^[a-z]+:\/\//i.test(value)) found.push(value);
    if (name === 'AppDomains') found.push(...((node.AppDomain as string[]) ?? []));
  }
  return found;
}

const resourceUrl = (tree: unknown, id: string) =>
  [...elements(tree)].find(
    ([name, node]) => /^bt:(Url|Image)$/.test(name) && attributes(node).id === id,
  )?.[1];

async function read(xml: string) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pipelint-manifest-'));
  const file = path.join(dir, 'manifest.xml');
  await fs.writeFile(file, xml);
  try {
    return {
      info: await OfficeAddinManifest.readManifestFile(file),
      tree: (await new ManifestHandlerXml(file).parseXmlAsync()) as Xml,
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

const sourceXml = () => fs.readFile(source, 'utf8');

describe('the add-in manifest', () => {
  it('is well-formed XML, and the reader refuses one that is not', async () => {
    await expect(read(await sourceXml())).resolves.toBeDefined();
    await expect(read((await sourceXml()).replace('</Hosts>', ''))).rejects.toThrow(/Unable to parse/);
  });

  it('has an id, a four-part version, a name and a provider', async () => {
    const { info } = await read(await sourceXml());
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.displayName).toBe('Pipelint');
    expect(info.providerName).toBeTruthy();
    expect(info.hosts).toEqual(['Workbook']);
  });

  it('points every URL at the dev server, over https', async () => {
    const found = urls((await read(await sourceXml())).tree);
    expect(found.length).toBeGreaterThan(8);
    for (const url of found) expect(url.startsWith(DEV_BASE)).toBe(true);
  });

  it('declares the ExcelApi version the Excel host needs, and the shared runtime', async () => {
    const { tree } = await read(await sourceXml());
    const sets = Object.fromEntries(
      [...elements(tree)]
        .filter(([name]) => name === 'Set')
        .map(([, n]) => [attributes(n).Name, attributes(n).MinVersion]),
    );
    expect(sets).toEqual({ SharedRuntime: '1.1', ExcelApi: '1.9' });
    // What the host calls that needs 1.9 (getRanges, the worksheet collection's events), 1.6
    // (conditional formats) and 1.4 (getUsedRangeOrNullObject); nothing past 1.9.
    const host = await fs.readFile(path.join(root, 'addin', 'excelHost.ts'), 'utf8');
    for (const call of [
      'getRanges(',
      'worksheets.onSelectionChanged',
      'worksheets.onChanged',
      'conditionalFormats.add(',
      'getUsedRangeOrNullObject(',
    ])
      expect(host).toContain(call);
    // ExcelApi 1.10 and later: none of these may appear without raising the declared version.
    for (const later of [
      'getSpecialCells',
      'onFormatChanged',
      'getRangeEdge',
      'getMergedAreas',
      'linkedDataTypes',
      'getCellProperties',
    ])
      expect(host).not.toContain(later);
  });

  it('has the custom functions script, metadata and page, and the task pane, on the runtime', async () => {
    const { tree, info } = await read(await sourceXml());
    expect(attributes(resourceUrl(tree, 'Functions.Script.Url')!).DefaultValue).toBe(
      `${DEV_BASE}/functions.js`,
    );
    expect(attributes(resourceUrl(tree, 'Functions.Metadata.Url')!).DefaultValue).toBe(
      `${DEV_BASE}/functions.json`,
    );
    expect(attributes(resourceUrl(tree, 'Taskpane.Url')!).DefaultValue).toBe(`${DEV_BASE}/taskpane.html`);
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV_BASE}/taskpane.html`);
    const runtime = [...elements(tree)].find(([name]) => name === 'Runtime')![1];
    expect(attributes(runtime)).toEqual({ resid: 'Taskpane.Url', lifetime: 'long' });
  });
});

describe('the production manifest, from a base URL', () => {
  it('moves every URL under the base, https and one origin, the AppDomain being that origin', async () => {
    const { tree, info } = await read(manifestFor(await sourceXml(), { baseUrl: BASE }));
    const found = urls(tree);
    for (const url of found) {
      expect(url.startsWith('https://')).toBe(true);
      expect(new URL(url).origin).toBe('https://example.com');
      expect(url).not.toMatch(/localhost/);
    }
    expect(info.appDomains).toEqual(['https://example.com']);
    expect(info.iconUrl).toBe(`${BASE}/assets/icon-32.png`);
    expect(attributes(resourceUrl(tree, 'Functions.Metadata.Url')!).DefaultValue).toBe(
      `${BASE}/functions.json`,
    );
    // A trailing slash on the base makes no double slash.
    expect(manifestFor(await sourceXml(), { baseUrl: `${BASE}/` })).toBe(
      manifestFor(await sourceXml(), { baseUrl: BASE }),
    );
  });

  it('has a SupportUrl that is not localhost: the support page it ships, or the README on the repository', async () => {
    const own = (await read(manifestFor(await sourceXml(), { baseUrl: BASE }))).info;
    expect(own.supportUrl).toBe(`${BASE}/support.html`);
    expect(existsSync(path.join(root, 'addin', 'support.html'))).toBe(true);
    const supportUrl = supportUrlOf({ repository: { url: 'git+https://github.com/acme/pipelint.git' } });
    expect(supportUrl).toBe('https://github.com/acme/pipelint#support');
    const { info, tree } = await read(manifestFor(await sourceXml(), { baseUrl: BASE, supportUrl }));
    expect(info.supportUrl).toBe(supportUrl);
    expect(attributes(resourceUrl(tree, 'GetStarted.LearnMoreUrl')!).DefaultValue).toBe(supportUrl);
    expect(supportUrlOf({})).toBeUndefined();
  });

  it('names only icons the build copies into its assets', async () => {
    const { tree } = await read(manifestFor(await sourceXml(), { baseUrl: BASE }));
    const icons = urls(tree).filter((u) => u.endsWith('.png'));
    expect(icons.length).toBeGreaterThanOrEqual(5);
    // webpack.config.js copies assets/*.png to dist/addin/assets/.
    for (const icon of icons) expect(existsSync(path.join(root, icon.slice(BASE.length + 1)))).toBe(true);
  });

  it('refuses a base URL that is not https', () => {
    expect(() => manifestFor('<x/>', { baseUrl: 'http://example.com' })).toThrow(/https/);
    expect(() => manifestFor('<x/>', { baseUrl: 'example.com' })).toThrow(/not a URL/);
  });
});
