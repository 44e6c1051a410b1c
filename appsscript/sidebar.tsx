import { mountPanel } from '../shared/ui/mount';
import { sidebarHost } from './sidebarHost';
import { sidebarRequest } from './sidebarPage';

// The menu item that opened the sidebar says which tab to show, and whether to lint at once.
const request = sidebarRequest(document);
mountPanel(document.getElementById('root')!, {
  host: sidebarHost,
  hostName: 'Google Sheets',
  initialTab: request.tab,
  lintOnOpen: request.lint,
});
