/** Set when compromise is loaded: jest runs the real module through the factory below. */
let tagging = false;
const compromiseLoaded = () => tagging;

describe('compromise loads only when a goal needs its words tagged', () => {
  it('is not loaded by a whole lint of a pipeline, and is by a goal the vocabulary cannot place', async () => {
    await jest.isolateModulesAsync(async () => {
      jest.doMock('compromise/two', () => {
        tagging = true;
        return jest.requireActual('compromise/two');
      });
      const { lint, loadConfig } = await import('../../../shared');
      const { analyzeGoal } = await import('../../../shared/analyses/goals/smart');
      const loaded = loadConfig({ asOf: '2027-06-30' });
      if (!loaded.ok) throw new Error('config');
      lint(
        {
          sheets: [
            {
              name: 'Deals',
              values: [
                ['Deal', 'Owner', 'Stage', 'Amount', 'Close date'],
                ['D-1', 'Ana', 'Proposal', 5000, '2027-07-15'],
              ],
            },
          ],
        },
        loaded.config,
      );
      expect(compromiseLoaded()).toBe(false);
      // "widgets" is in no sales vocabulary: only tagging finds it is what the goal is about.
      const s = analyzeGoal('Sell 40 more widgets in Ohio by 2027-12-31', { asOf: 20_000 });
      expect(s.criteria.S.pass).toBe(true);
      expect(s.criteria.S.reason).toMatch(/read as a noun/);
      expect(compromiseLoaded()).toBe(true);
    });
  });
});
