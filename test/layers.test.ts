import { spawnSync } from 'child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';

const ROOT = path.join(__dirname, '..');
const DEPCRUISE = path.join(ROOT, 'node_modules', '.bin', 'depcruise');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** Runs the layer check of `npm run lint` in a folder and returns what it reports. */
function cruise(cwd: string, folders: string[]): Violation[] {
  const run = spawnSync(DEPCRUISE, ['--config', CONFIG, '--output-type', 'json', ...folders], {
    cwd,
    encoding: 'utf8',
  });
  if (!run.stdout) throw new Error(run.stderr);
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('the layer check (npm run lint:layers)', () => {
  it('finds no cycle and no import that points up in the project', () => {
    expect(cruise(ROOT, ['shared', 'cli', 'addin', 'appsscript'])).toEqual([]);
  }, 60_000);

  it('reports a cycle, a layer pointing up, a type-only import up, and a host module in the core', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pipelint-layers-'));
    try {
      const write = (file: string, text: string) => {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), text);
      };
      write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'commonjs', strict: true } }));
      write('shared/ground/keys.ts', "import { readFileSync } from 'fs';\nexport const k = readFileSync;\n");
      write('shared/sheets/table.ts', "import type { E } from '../engine/engine';\nexport type T = E;\n");
      write(
        'shared/engine/engine.ts',
        "import { r } from '../rules/rule';\nexport type E = number;\nexport const e = r;\n",
      );
      write(
        'shared/rules/rule.ts',
        "import { e } from '../engine/engine';\nexport const r = 1;\nexport const f = e;\n",
      );
      const names = cruise(dir, ['shared']).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
      expect(names).toEqual(
        expect.arrayContaining([
          'core-is-host-free-node-builtins: shared/ground/keys.ts → fs',
          'layer-sheets: shared/sheets/table.ts → shared/engine/engine.ts',
          'layer-engine: shared/engine/engine.ts → shared/rules/rule.ts',
          expect.stringMatching(/^no-circular: shared\/(engine\/engine|rules\/rule)\.ts/),
        ]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
