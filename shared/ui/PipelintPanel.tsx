import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { SpreadsheetHost } from '../host';
import {
  buildView,
  canIgnore,
  ignoreFix,
  preferredByRule,
  preferredFixes,
  SHOW_ALL,
  type ProblemFilter,
} from './model';
import type { Diagnostic } from '../ground/types';
import { usePipelint } from './usePipelint';
import { Toolbar } from './Toolbar';
import { ConfigProblems } from './ConfigProblems';
import { NoticeBar } from './NoticeBar';
import { SummaryLine } from './SummaryLine';
import { FilterBar } from './FilterBar';
import { ProblemList } from './ProblemList';
import { PaceSummary } from './PaceSummary';
import { pathSummaries } from '../summaries';
import { STRINGS } from './strings';

export interface PanelProps {
  host: SpreadsheetHost;
  hostName: 'Excel' | 'Google Sheets' | 'the playground';
  /** The config as parsed JSON, as in a pipelint.json; checked by `loadConfig`. */
  config?: unknown;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    minWidth: 0,
    boxSizing: 'border-box',
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Ctrl+Enter (Cmd+Enter on a Mac) lints from anywhere in the pane, as it runs a cell in notebooks. */
function useLintShortcut(onLint: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
        e.preventDefault();
        onLint();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onLint]);
}

/** The problems panel: what VS Code's Problems view is to code, for a pipeline workbook. */
export function PipelintPanel({ host, hostName, config }: PanelProps) {
  const styles = useStyles();
  const [state, actions] = usePipelint(host, config);
  const [filter, setFilter] = useState<ProblemFilter>(SHOW_ALL);
  const { run } = state;

  // Filtering 200k problems takes a few hundred ms: typing stays responsive while the list catches up.
  const shownFilter = useDeferredValue(filter);
  const view = useMemo(
    () => (run ? buildView(run.result.diagnostics, shownFilter, run.sheetOrder) : undefined),
    [run, shownFilter],
  );
  const shown = useMemo(() => (view ? view.groups.flatMap((g) => g.diagnostics) : []), [view]);
  const fixes = useMemo(() => preferredFixes(shown), [shown]);
  const byRule = useMemo(() => preferredByRule(shown), [shown]);
  const kindCounts = useMemo(() => new Map([...byRule].map(([id, list]) => [id, list.length])), [byRule]);
  const model = run?.result.model;
  const ignorable = useCallback((d: Diagnostic) => (model ? canIgnore(d, model) : false), [model]);
  const fixKind = useCallback(
    (ruleId: string) => void actions.applyAll(byRule.get(ruleId) ?? []),
    [actions, byRule],
  );
  const ignore = useCallback(
    (d: Diagnostic) => {
      const fix = model && ignoreFix(d, model);
      if (fix) void actions.applyOne(fix);
    },
    [actions, model],
  );
  // Built from the lint result on demand: the core computes no summary a front end does not draw.
  const paces = useMemo(() => (run ? pathSummaries(run.result, run.config) : []), [run]);
  const busy = state.linting || state.writing;
  const lint = useCallback(() => void actions.lint(), [actions]);
  useLintShortcut(lint);

  return (
    <main className={styles.root} aria-label={STRINGS.panelLabel(hostName)} aria-busy={busy}>
      <Toolbar
        linting={state.linting}
        writing={state.writing}
        canLint={state.config.ok}
        preferredCount={fixes.length}
        onLint={lint}
        onApplyAll={() => void actions.applyAll(fixes)}
      />
      {!state.config.ok && <ConfigProblems problems={state.config.problems} />}
      {state.failure && (
        <MessageBar intent="error" layout="multiline" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>
              {state.failure.during === 'read' ? STRINGS.readFailedTitle(hostName) : STRINGS.lintFailedTitle}
            </MessageBarTitle>
            {state.failure.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.notice && (
        <NoticeBar
          notice={state.notice}
          busy={busy}
          undoable={state.undoStack.length}
          onUndo={() => void actions.undo()}
          onLint={lint}
          onDismiss={actions.dismissNotice}
        />
      )}
      {run && view ? (
        <>
          <SummaryLine run={run} counts={view.counts} total={view.total} shown={view.shown} />
          {paces.length > 0 && <PaceSummary owners={paces} currency={run.result.model.currency()} />}
          {view.total > 0 && <FilterBar filter={filter} counts={view.counts} onChange={setFilter} />}
          {view.total > 0 && view.shown === 0 && (
            <Body1 className={styles.muted}>{STRINGS.nothingMatches}</Body1>
          )}
          <ProblemList
            groups={view.groups}
            busy={busy}
            kindCounts={kindCounts}
            ignorable={ignorable}
            onSelect={actions.select}
            onFix={actions.applyOne}
            onFixKind={fixKind}
            onIgnore={ignore}
          />
        </>
      ) : (
        state.config.ok && <Body1 className={styles.muted}>{STRINGS.notLinted(hostName)}</Body1>
      )}
    </main>
  );
}
