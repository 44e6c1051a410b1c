/**
 * The playground: the pane as Excel and Google Sheets show it, beside a plain grid of a workbook
 * held in memory, so anyone can try Pipelint in a browser. It starts on the example workbook; any
 * .xlsx or .csv can be opened or dropped on the page. Files are read by the playground's server
 * (`npm start`, cli/serve.ts) with the same reader the command line uses.
 */
import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Body1,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { FolderOpenRegular } from '@fluentui/react-icons';
import type { WorkbookSnapshot } from '../shared/ground/types';
import { PipelintPanel } from '../shared/ui/PipelintPanel';
import { MemoryHost } from './memoryHost';
import { Grid } from './Grid';

declare global {
  interface Window {
    /** The workbook behind the page, for the browser tests. */
    pipelintPlayground?: { host: MemoryHost };
  }
}

interface Loaded {
  name: string;
  host: MemoryHost;
}

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalS,
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  name: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  // Side by side when there is room; at a task pane's width the pane comes first, the grid under it.
  body: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexGrow: 1,
    minHeight: 0,
    '@media (max-width: 700px)': { flexDirection: 'column-reverse', overflow: 'auto' },
  },
  grid: {
    flexGrow: 1,
    flexBasis: 0,
    minWidth: 0,
    minHeight: '240px',
    display: 'flex',
    flexDirection: 'column',
  },
  pane: {
    flexShrink: 0,
    width: '360px',
    maxWidth: '100%',
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    '@media (max-width: 700px)': { width: '100%', overflow: 'visible' },
  },
  drop: { outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
});

async function readResponse(response: Response): Promise<{ name: string; workbook: WorkbookSnapshot }> {
  const body = (await response.json()) as { name: string; workbook: WorkbookSnapshot } | { error: string };
  if ('error' in body) throw new Error(body.error);
  return body;
}

/** The file, read by the playground's server. */
async function readFile(file: File) {
  const response = await fetch(`api/read?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    body: file,
  });
  return readResponse(response);
}

function Playground() {
  const styles = useStyles();
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<string>();
  const [reading, setReading] = useState(true);
  const [dragging, setDragging] = useState(false);

  const show = useCallback((name: string, workbook: WorkbookSnapshot) => {
    const host = new MemoryHost(workbook);
    window.pipelintPlayground = { host };
    setLoaded({ name, host });
    setError(undefined);
  }, []);

  const open = useCallback(
    (read: Promise<{ name: string; workbook: WorkbookSnapshot }>) => {
      setReading(true);
      read
        .then(({ name, workbook }) => show(name, workbook))
        .catch((e: Error) => setError(e.message))
        .finally(() => setReading(false));
    },
    [show],
  );

  useEffect(() => open(fetch('api/example').then(readResponse)), [open]);

  const pick = () => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.xlsx,.xlsm,.csv';
    input.onchange = () => input.files?.[0] && open(readFile(input.files[0]));
    input.click();
  };

  return (
    <div
      className={dragging ? `${styles.page} ${styles.drop}` : styles.page}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer.files[0];
        if (file) open(readFile(file));
      }}
    >
      <header className={styles.bar}>
        <Subtitle2 as="h1">Pipelint playground</Subtitle2>
        <Button icon={<FolderOpenRegular />} onClick={pick} disabled={reading}>
          Open .xlsx or .csv
        </Button>
        {loaded && <Body1 className={styles.name}>{loaded.name}</Body1>}
        {reading && <Spinner size="tiny" label="Reading…" />}
      </header>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {loaded && (
        <div className={styles.body}>
          <div className={styles.grid}>
            <Grid key={loaded.name} host={loaded.host} />
          </div>
          <div className={styles.pane}>
            <PipelintPanel key={loaded.name} host={loaded.host} hostName="the playground" />
          </div>
        </div>
      )}
    </div>
  );
}

/** The pane follows the system's light or dark theme here, as it follows Office's in Excel. */
const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <Playground />
    </FluentProvider>
  </StrictMode>,
);
