import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { SpreadsheetHost } from '../host';
import {
  buildView,
  canIgnore,
  ignoreFix,
  unlistedStage,
  preferredByRule,
  diagnosticKey,
  preferredFixes,
  SHOW_ALL,
  filterChoices,
  type ProblemFilter,
  type SortOrder,
} from './model';
import type { CellLocation, Diagnostic } from '../ground/types';
import { usePipelint } from './usePipelint';
import { Toolbar } from './Toolbar';
import { ConfigProblems } from './ConfigProblems';
import { NoticeBar } from './NoticeBar';
import { SummaryLine } from './SummaryLine';
import { FilterBar } from './FilterBar';
import { ProblemList } from './ProblemList';
import { PaceSummary } from './PaceSummary';
import { SettingsView } from './SettingsView';
import { addingStage, settingsTarget } from './settingsForm';
import { pathSummaries } from '../summaries';
import { STRINGS } from './strings';
import type { PaneTab } from './tabs';
import { ViewsTab } from './views/ViewsTab';
import { VIEW_STRINGS } from './views/strings';
import { GoalWizard } from './wizard/GoalWizard';
import { WIZARD } from './wizard/strings';

export interface PanelProps {
  host: SpreadsheetHost;
  hostName: 'Excel' | 'Google Sheets' | 'the playground';
  /** The config as parsed JSON, as in a pipelint.json; checked by `loadConfig`. */
  config?: unknown;
  /** The tab to open on (a host's menu can open the wizard or the settings); Problems by default. */
  initialTab?: PaneTab;
  /** Lint as soon as the pane opens ("Lint now" from a menu); any tab but Problems needs a lint anyway. */
  lintOnOpen?: boolean;
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

/** F8 and Shift+F8 step through the problems, as they do in VS Code. */
function useStepShortcut(onStep: (direction: 1 | -1) => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F8' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        onStep(e.shiftKey ? -1 : 1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onStep]);
}

/** The problems panel: what VS Code's Problems view is to code, for a pipeline workbook. */
export function PipelintPanel({ host, hostName, config, initialTab = 'problems', lintOnOpen }: PanelProps) {
  const styles = useStyles();
  const [state, actions] = usePipelint(host, config);
  const [filter, setFilter] = useState<ProblemFilter>(SHOW_ALL);
  const [order, setOrder] = useState<SortOrder>('position');
  const [tab, setTab] = useState<PaneTab>(initialTab);
  const { run } = state;

  // Filtering 200k problems takes a few hundred ms: typing stays responsive while the list catches up.
  const shownFilter = useDeferredValue(filter);
  const view = useMemo(
    () => (run ? buildView(run.result.diagnostics, shownFilter, run.sheetOrder, order) : undefined),
    [run, shownFilter, order],
  );
  const choices = useMemo(() => filterChoices(run?.result.diagnostics ?? []), [run]);
  const shown = useMemo(() => (view ? view.groups.flatMap((g) => g.diagnostics) : []), [view]);
  const fixes = useMemo(() => preferredFixes(shown), [shown]);
  const byRule = useMemo(() => preferredByRule(shown), [shown]);
  const kindCounts = useMemo(() => new Map([...byRule].map(([id, list]) => [id, list.length])), [byRule]);
  const model = run?.result.model;
  const ignorable = useCallback((d: Diagnostic) => (model ? canIgnore(d, model) : false), [model]);
  const newStage = useCallback((d: Diagnostic) => (model ? unlistedStage(d, model) : undefined), [model]);
  const addStage = useCallback(
    (stage: string) => run && void actions.saveSettings(addingStage(run, stage), settingsTarget(run)),
    [actions, run],
  );
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

  // The current problem: where F8 and the arrow keys go from, and which row the grid's selection shows.
  const [current, setCurrent] = useState<{ key: string; focus: boolean }>();
  const keys = useMemo(() => shown.map(diagnosticKey), [shown]);
  const moveTo = useCallback(
    (index: number, focus: boolean, select: boolean) => {
      const d = shown[index];
      if (!d) return;
      setCurrent({ key: keys[index], focus });
      if (select) void actions.select(d.location);
    },
    [shown, keys, actions],
  );
  const step = useCallback(
    (direction: 1 | -1) => {
      if (!shown.length) return;
      const at = current ? keys.indexOf(current.key) : -1;
      const next =
        at < 0 ? (direction === 1 ? 0 : shown.length - 1) : (at + direction + shown.length) % shown.length;
      moveTo(next, true, true);
    },
    [shown, keys, current, moveTo],
  );
  useStepShortcut(step);
  // Arrow keys move between rows without selecting cells; Enter or a click selects.
  const arrow = useCallback(
    (d: Diagnostic, key: string) => {
      const at = keys.indexOf(diagnosticKey(d));
      const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: shown.length - 1 }[key];
      if (to !== undefined && to >= 0 && to < shown.length) moveTo(to, true, false);
    },
    [keys, shown, moveTo],
  );
  const problemAt = useCallback(
    (location: CellLocation) => shown.findIndex((d) => d.location.address === location.address),
    [shown],
  );
  // A cell selected in the grid brings its first problem into view, without taking the focus.
  useEffect(
    () =>
      host.onSelectionChanged?.((location) => {
        const index = problemAt(location);
        if (index >= 0) moveTo(index, false, false);
      }),
    [host, problemAt, moveTo],
  );
  // A cell picked in the list selects it, and its problem becomes the current one here, not only
  // when the grid says so: a host without selection events (Google Sheets) never does.
  const select = useCallback(
    (location: CellLocation) => {
      const index = problemAt(location);
      if (index >= 0) moveTo(index, false, true);
      else void actions.select(location);
    },
    [problemAt, moveTo, actions],
  );
  const lint = useCallback(() => void actions.lint(), [actions]);
  useLintShortcut(lint);
  // Once, on opening: the settings, views and wizard are drawn from a lint.
  const lintFirst = lintOnOpen || initialTab !== 'problems';
  // On opening only, not whenever the actions change.
  useEffect(() => {
    if (lintFirst) lint();
  }, []);

  return (
    <main className={styles.root} aria-label={STRINGS.panelLabel(hostName)} aria-busy={busy}>
      <Toolbar
        linting={state.linting}
        writing={state.writing}
        canLint={state.config.ok}
        preferredCount={fixes.length}
        canStep={shown.length > 0}
        onLint={lint}
        onApplyAll={() => void actions.applyAll(fixes)}
        onStep={step}
        highlighting={host.highlight && run ? state.highlighting : undefined}
        onHighlight={(on) => void actions.setHighlighting(on)}
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
      {run && (
        <TabList size="small" selectedValue={tab} onTabSelect={(_e, d) => setTab(d.value as typeof tab)}>
          <Tab value="problems">{STRINGS.problemsTab}</Tab>
          <Tab value="settings">{STRINGS.settingsTab}</Tab>
          <Tab value="views">{VIEW_STRINGS.viewsTab}</Tab>
          <Tab value="goal">{WIZARD.tab}</Tab>
        </TabList>
      )}
      {run && (
        // Kept mounted while another tab shows, so a goal half set survives a look at the problems.
        <div hidden={tab !== 'goal'}>
          <GoalWizard
            run={run}
            busy={busy}
            onWrite={actions.write}
            onSelect={(l) => void actions.select(l)}
          />
        </div>
      )}
      {run && tab === 'goal' ? null : run && tab === 'views' ? (
        <ViewsTab run={run} busy={busy} onWrite={(change) => void actions.write(change)} />
      ) : run && tab === 'settings' ? (
        // Keyed by the run, so the form starts again from what each lint used.
        <SettingsView
          key={run.at.getTime()}
          run={run}
          busy={busy}
          onSave={(s, t) => void actions.saveSettings(s, t)}
        />
      ) : run && view ? (
        <>
          <SummaryLine run={run} counts={view.counts} total={view.total} shown={view.shown} />
          {paces.length > 0 && <PaceSummary owners={paces} currency={run.result.model.currency()} />}
          {view.total > 0 && (
            <FilterBar
              filter={filter}
              counts={view.counts}
              rules={choices.rules}
              owners={choices.owners}
              order={order}
              onChange={setFilter}
              onOrder={setOrder}
            />
          )}
          {view.total > 0 && view.shown === 0 && (
            <Body1 className={styles.muted}>{STRINGS.nothingMatches}</Body1>
          )}
          <ProblemList
            groups={view.groups}
            busy={busy}
            kindCounts={kindCounts}
            ignorable={ignorable}
            newStage={newStage}
            onAddStage={addStage}
            onSelect={select}
            onFix={actions.applyOne}
            onFixKind={fixKind}
            onIgnore={ignore}
            current={current}
            tabStop={current?.key ?? keys[0]}
            onArrow={arrow}
          />
        </>
      ) : (
        state.config.ok && <Body1 className={styles.muted}>{STRINGS.notLinted(hostName)}</Body1>
      )}
    </main>
  );
}
