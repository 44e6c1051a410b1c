import { schemeOfColor } from '../shared/ui/wizard/colorScheme';

/**
 * Light or dark, as Office is: `isDarkTheme` where Office has it, else the lightness of its body
 * colour (older Excel clients), else light. Read once as the pane opens; a theme changed while the
 * pane is open shows the next time it opens.
 */
export function officeScheme(theme: Partial<Office.OfficeTheme> | undefined): 'light' | 'dark' {
  if (typeof theme?.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'dark' : 'light';
  return (theme?.bodyBackgroundColor && schemeOfColor(theme.bodyBackgroundColor)) || 'light';
}
