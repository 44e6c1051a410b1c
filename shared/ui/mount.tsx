import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { PipelintPanel, type PanelProps } from './PipelintPanel';

export type { PanelProps };

/** What each host's task pane or sidebar page calls once its host API is ready. */
export function mountPanel(element: HTMLElement, props: PanelProps): void {
  createRoot(element).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <PipelintPanel {...props} />
      </FluentProvider>
    </StrictMode>,
  );
}
