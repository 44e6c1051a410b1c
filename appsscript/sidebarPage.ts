/**
 * Which tab the sidebar opens on, from the menu item that opened it. The server writes it into the
 * page as a meta tag before serving it, and the sidebar reads it back: no PropertiesService,
 * CacheService or template scriptlet (the inlined sidebar bundle could hold a `<?` a template
 * would try to run), and nothing stored between runs.
 */

import { PANE_TABS, type PaneTab } from '../shared/ui/tabs';

/** The sidebar's tabs a menu item may open: the pane's own. */
export const SIDEBAR_TABS = PANE_TABS;
export type SidebarTab = PaneTab;

export interface SidebarRequest {
  tab: SidebarTab;
  /** "Lint now": lint as soon as the sidebar is open. */
  lint: boolean;
}

const META = 'pipelint-request';

/** The page with the request in its head, for `sidebarRequest` to find. */
export function withSidebarRequest(html: string, request: SidebarRequest): string {
  const tag = `<meta name="${META}" content="${request.tab}${request.lint ? ' lint' : ''}" />`;
  const head = /<head[^>]*>/i.exec(html);
  return head ? html.replace(head[0], `${head[0]}\n    ${tag}`) : `${tag}\n${html}`;
}

/** What the menu asked the sidebar for; the problems tab, without a lint, when it asked nothing. */
export function sidebarRequest(page: Pick<Document, 'querySelector'>): SidebarRequest {
  const words = (page.querySelector(`meta[name="${META}"]`)?.getAttribute('content') ?? '').split(/\s+/);
  const tab = SIDEBAR_TABS.find((t) => t === words[0]) ?? 'problems';
  return { tab, lint: words.includes('lint') };
}
