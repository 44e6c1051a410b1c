import {
  analyzeGoal,
  SMART_LETTERS,
  type GoalAnalysis,
  type SmartLetter,
} from '../../../shared/analyses/goals/smart';
import { day, iso } from './days';
import { SMART_TABLE, TABLE_AS_OF, type LabelledGoal } from './smartTable';

const context = { asOf: day(TABLE_AS_OF) };
const analysed = SMART_TABLE.map((row) => ({ row, analysis: analyzeGoal(row.goal, context) }));

const expectedPass = (row: LabelledGoal, letter: SmartLetter) => !row.fails.split(',').includes(letter);
const verdicts = (pass: (letter: SmartLetter) => boolean) =>
  Object.fromEntries(SMART_LETTERS.map((letter) => [letter, pass(letter) ? 'pass' : 'fail']));

describe('the labelled SMART table', () => {
  it('has at least 60 goals, passing and failing every letter, across all five drivers', () => {
    expect(SMART_TABLE.length).toBeGreaterThanOrEqual(60);
    for (const letter of SMART_LETTERS) {
      expect(SMART_TABLE.some((row) => expectedPass(row, letter))).toBe(true);
      expect(SMART_TABLE.some((row) => !expectedPass(row, letter))).toBe(true);
    }
    const drivers = new Set(SMART_TABLE.map((row) => row.driver).filter(Boolean));
    expect([...drivers].sort()).toEqual([
      'brand',
      'market-expansion',
      'new-customers',
      'products-services',
      'profitability',
    ]);
    expect(new Set(SMART_TABLE.map((row) => row.goal)).size).toBe(SMART_TABLE.length);
  });

  it.each(analysed.map(({ row, analysis }) => [row.goal || '(empty)', row, analysis] as const))(
    '%s',
    (_name, row: LabelledGoal, analysis: GoalAnalysis) => {
      const reasons = Object.fromEntries(SMART_LETTERS.map((l) => [l, analysis.criteria[l].reason]));
      expect({ verdicts: verdicts((l) => analysis.criteria[l].pass), reasons }).toMatchObject({
        verdicts: verdicts((l) => expectedPass(row, l)),
      });
      expect(analysis.missing.join(',')).toBe(row.fails);
      if (row.driver) expect(analysis.driver).toBe(row.driver);
      if (!row.fails.includes('R')) expect(analysis.driver).toBeDefined();
      if (row.deadline) expect(analysis.deadline && iso(analysis.deadline.day)).toBe(row.deadline);
      if (!row.fails.includes('T')) expect(row.deadline).toBeDefined();
    },
  );

  it('is judged right on every letter (prints accuracy per criterion)', () => {
    const rows = SMART_LETTERS.map((letter) => {
      const right = analysed.filter(
        ({ row, analysis }) => analysis.criteria[letter].pass === expectedPass(row, letter),
      );
      const passes = analysed.filter(({ row }) => expectedPass(row, letter)).length;
      return {
        letter,
        right: right.length,
        of: analysed.length,
        'labelled pass': passes,
        'labelled fail': analysed.length - passes,
      };
    });
    const drivers = analysed.filter(({ row }) => row.driver);
    const deadlines = analysed.filter(({ row }) => row.deadline);
    const driverRight = drivers.filter(({ row, analysis }) => analysis.driver === row.driver).length;
    const deadlineRight = deadlines.filter(
      ({ row, analysis }) => analysis.deadline && iso(analysis.deadline.day) === row.deadline,
    ).length;
    const line = (label: string, right: number, of: number, labelled = '') =>
      `${label.padEnd(9)}${`${right}/${of}`.padEnd(9)}${`${((100 * right) / of).toFixed(1)}%`.padEnd(9)}${labelled}`;
    const lines = [
      `${'letter'.padEnd(9)}${'right'.padEnd(9)}${'accuracy'.padEnd(9)}labelled pass/fail`,
      ...rows.map((r) => line(r.letter, r.right, r.of, `${r['labelled pass']}/${r['labelled fail']}`)),
      line('driver', driverRight, drivers.length),
      line('deadline', deadlineRight, deadlines.length),
    ];
    console.log(`SMART table, ${analysed.length} goals, as of ${TABLE_AS_OF}\n${lines.join('\n')}`);
    for (const r of rows) expect(r.right).toBe(r.of);
    expect(driverRight).toBe(drivers.length);
    expect(deadlineRight).toBe(deadlines.length);
  });
});
