import { officeScheme } from '../../addin/theme';

describe("the task pane's colours follow Office's theme", () => {
  it.each([
    ['Office says dark', { isDarkTheme: true, bodyBackgroundColor: '#FFFFFF' }, 'dark'],
    ['Office says light', { isDarkTheme: false, bodyBackgroundColor: '#262626' }, 'light'],
    ['an older client: a dark body colour', { bodyBackgroundColor: '#262626' }, 'dark'],
    ['an older client: a light body colour', { bodyBackgroundColor: '#F3F3F3' }, 'light'],
    ['an unreadable colour', { bodyBackgroundColor: 'transparent' }, 'light'],
    ['no theme at all', undefined, 'light'],
  ] as const)('%s', (_case, theme, scheme) => {
    expect(officeScheme(theme)).toBe(scheme);
  });
});
