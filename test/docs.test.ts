import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { RULES } from '../shared/rules';

const ROOT = path.join(__dirname, '..');

describe('generated docs', () => {
  it('are up to date with the rules and the config schema (else run `npm run docs`)', () => {
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    expect(() =>
      execFileSync(tsx, ['scripts/docs.ts', '--check'], { cwd: ROOT, stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('give every rule a page and a README row', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const rule of RULES) {
      const page = fs.readFileSync(path.join(ROOT, 'docs', 'rules', `${rule.meta.id}.md`), 'utf8');
      expect(page).toContain(rule.meta.docs);
      expect(readme).toContain(`[\`${rule.meta.id}\`]`);
    }
  });
});
