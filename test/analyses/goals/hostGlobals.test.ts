import { provideSelf } from '../../../shared/analyses/goals/hostGlobals';

describe('provideSelf', () => {
  it('gives a runtime with neither process nor self (Apps Script) a self', () => {
    const scope: { self?: unknown } = {};
    provideSelf(scope);
    expect(scope.self).toBe(scope);
  });

  it('leaves Node (process) and browsers (self) alone', () => {
    const node: { process: object; self?: unknown } = { process: {} };
    provideSelf(node);
    expect('self' in node).toBe(false);
    const browser = { self: 'window' };
    provideSelf(browser);
    expect(browser.self).toBe('window');
  });
});
