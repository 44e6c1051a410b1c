import { mountPanel } from '../shared/ui/mount';
import { sidebarHost } from './sidebarHost';

mountPanel(document.getElementById('root')!, { host: sidebarHost, hostName: 'Google Sheets' });
