import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { PipelintPanel, type PanelProps } from './PipelintPanel';

export type { PanelProps };

/**
 * What each host's task pane or sidebar page calls once its host API is ready, in the host's
 * colours: Excel's light or dark theme; Google Sheets, light like Sheets itself.
 */
export function mountPanel(
  element: HTMLElement,
  props: PanelProps,
  scheme: 'light' | 'dark' = 'light',
): void {
  createRoot(element).render(
    <StrictMode>
      <FluentProvider theme={scheme === 'dark' ? webDarkTheme : webLightTheme}>
        <PipelintPanel {...props} />
      </FluentProvider>
    </StrictMode>,
  );
}
