import { lintWorkbook } from '../shared/engine/engine';
import { resolveConfig, type PipelintConfig } from '../shared/engine/config';
import type { RuleModule } from '../shared/engine/rule';
import type { CellValue, Diagnostic, QuickFix, SheetSnapshot } from '../shared/ground/types';
import type { KindId } from '../shared/sheets/registry';
import { RULES } from '../shared/rules';

/**
 * A table of valid and invalid cases per rule, in the manner of typescript-eslint's RuleTester.
 * Each case is a workbook: one sheet named for the kind the rule checks ("Pipeline", "Goals",
 * "Coverage"...; "Pipeline" for workbook rules), plus any extra sheets. Only the rule under test is
 * enabled, so a case fails if it reports too much, too little or the wrong thing.
 */
export interface ExpectedDiagnostic {
  /** Exact text, or a pattern the message must match. */
  message?: string | RegExp;
  /** e.g. "Pipeline!E2" */
  address: string;
  /** Titles and written values of the quick fixes, in order. */
  fixes?: { title: string; value: string | number }[];
  related?: string[];
  deal?: string;
  owner?: string;
}

export interface RuleCase {
  name: string;
  rows: CellValue[][];
  /** More sheets in the same workbook (lookup lists, other pipelines). */
  sheets?: SheetSnapshot[];
  numberFormats?: (string | null)[][];
  /** Config under the rule test; `asOf` defaults to 2027-06-30. */
  config?: Omit<PipelintConfig, 'rules'>;
  options?: unknown;
  /**
   * Other rules to enable at their default severity, for rules that judge what others report
   * (missing-column, unused-suppression); only the rule under test is asserted on.
   */
  alsoEnable?: string[];
  /**
   * The role the first sheet must be detected as, so a valid case cannot pass only because its
   * sheet was never linted. Defaults to the kind the rule checks (its category), none for
   * workbook rules; `null` means no role.
   */
  role?: KindId | null;
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedDiagnostic[];
}

export const AS_OF = '2027-06-30';

export function lintCase(rule: RuleModule, c: RuleCase): Diagnostic[] {
  const rules: Record<string, unknown> = Object.fromEntries(RULES.map((r) => [r.meta.id, 'off']));
  for (const id of c.alsoEnable ?? [])
    rules[id] = RULES.find((r) => r.meta.id === id)?.meta.defaultSeverity ?? 'unknown';
  rules[rule.meta.id] =
    c.options === undefined ? rule.meta.defaultSeverity : [rule.meta.defaultSeverity, c.options];
  const resolved = resolveConfig({ asOf: AS_OF, ...c.config, rules }, RULES);
  if (!resolved.ok) throw new Error(`bad test config: ${JSON.stringify(resolved.problems)}`);
  // The first sheet is named for the kind the rule checks ("Goals"), and workbook rules get a pipeline.
  const kind = rule.meta.category === 'workbook' ? undefined : rule.meta.category;
  const name = kind ? kind.charAt(0).toUpperCase() + kind.slice(1) : 'Pipeline';
  const sheet: SheetSnapshot = { name, values: c.rows, numberFormats: c.numberFormats };
  const result = lintWorkbook({ sheets: [sheet, ...(c.sheets ?? [])] }, resolved.config, RULES);
  const role = c.role !== undefined ? c.role : kind;
  if (role !== undefined) expect(result.sheets[0].role ?? null).toBe(role);
  return result.diagnostics.filter((d) => d.ruleId === rule.meta.id);
}

function fixSummary(fixes: QuickFix[] | undefined) {
  return (fixes ?? []).map((f) => ({ title: f.title, value: f.edits[0]?.value }));
}

function checkOne(actual: Diagnostic, expected: ExpectedDiagnostic) {
  if (typeof expected.message === 'string') expect(actual.message).toBe(expected.message);
  else if (expected.message) expect(actual.message).toMatch(expected.message);
  if (expected.address) expect(actual.location.address).toBe(expected.address);
  if (expected.fixes) expect(fixSummary(actual.fixes)).toEqual(expected.fixes);
  if (expected.related)
    expect((actual.related ?? []).map((r) => r.location.address)).toEqual(expected.related);
  if (expected.deal !== undefined) expect(actual.deal).toBe(expected.deal);
  if (expected.owner !== undefined) expect(actual.owner).toBe(expected.owner);
}

export function ruleTester(rule: RuleModule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }) {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(lintCase(rule, c).map((d) => `${d.location.address}: ${d.message}`)).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const actual = lintCase(rule, c);
        expect(actual.map((d) => `${d.location.address}: ${d.message}`)).toHaveLength(c.errors.length);
        c.errors.forEach((expected, i) => checkOne(actual[i], expected));
      });
    });
  });
}
