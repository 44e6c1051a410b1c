/** The pane's tabs, in the order they show. A module of its own: hosts name them without loading React. */
export const PANE_TABS = ['problems', 'settings', 'views', 'goal'] as const;
export type PaneTab = (typeof PANE_TABS)[number];
