import { mountPanel } from '../shared/ui/mount';
import { excelHost } from './excelHost';
import { officeScheme } from './theme';

// The task pane and the SALES.* functions share this runtime (see manifest.xml); Office.js
// must be ready before the panel reads the workbook.
Office.onReady(() => {
  mountPanel(
    document.getElementById('root')!,
    { host: excelHost, hostName: 'Excel' },
    officeScheme(Office.context.officeTheme),
  );
});
