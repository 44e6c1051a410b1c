import { useCallback, useMemo, useState } from 'react';
import { Body1, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { AdoptionStage } from '../../ground/adoption';
import type { LintRun, WorkbookChange } from '../usePipelint';
import {
  adoptionBoards,
  coverageView,
  moveChange,
  pathView,
  pipelineView,
  type BoardCard,
} from './viewModel';
import { PipelineView } from './PipelineView';
import { PathView } from './PathView';
import { AdoptionBoard } from './AdoptionBoard';
import { CoverageView } from './CoverageView';
import { VIEW_STRINGS as S, type ViewId } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  picker: { flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const VIEWS: readonly ViewId[] = ['pipeline', 'path', 'adoption', 'coverage'];

export interface ViewsTabProps {
  run: LintRun;
  /** A write is under way: moves wait for it. */
  busy: boolean;
  /** Writes a change undoably, then lints again (the panel's `actions.write`). */
  onWrite: (change: WorkbookChange) => void;
}

/** The Views tab: the lint's numbers drawn as pictures a sales manager reads at a glance. */
export function ViewsTab({ run, busy, onWrite }: ViewsTabProps) {
  const styles = useStyles();
  const [view, setView] = useState<ViewId>('pipeline');
  // Each view is built only when picked: a workbook without paths pays nothing for the path view.
  const pipeline = useMemo(() => (view === 'pipeline' ? pipelineView(run) : []), [run, view]);
  const path = useMemo(() => (view === 'path' ? pathView(run) : []), [run, view]);
  const boards = useMemo(() => (view === 'adoption' ? adoptionBoards(run) : []), [run, view]);
  const coverage = useMemo(() => (view === 'coverage' ? coverageView(run) : []), [run, view]);
  const currency = run.result.model.currency();
  const move = useCallback(
    (card: BoardCard, to: AdoptionStage) => {
      const change = moveChange(run, card, to);
      if (change) onWrite(change);
    },
    [run, onWrite],
  );
  const empty =
    (view === 'pipeline' && !pipeline.length) ||
    (view === 'path' && !path.length) ||
    (view === 'adoption' && !boards.length) ||
    (view === 'coverage' && !coverage.some((s) => s.rows.length));

  return (
    <section className={styles.root} aria-label={S.viewsTab} data-testid="views">
      <TabList
        size="small"
        className={styles.picker}
        aria-label={S.pickerLabel}
        selectedValue={view}
        onTabSelect={(_e, d) => setView(d.value as ViewId)}
      >
        {VIEWS.map((v) => (
          <Tab key={v} value={v}>
            {S.viewNames[v]}
          </Tab>
        ))}
      </TabList>
      <section aria-label={S.viewTitles[view]} data-view={view} className={styles.root}>
        <Text weight="semibold">{S.viewTitles[view]}</Text>
        {empty ? (
          <Body1 className={styles.muted}>{S.empty[view]}</Body1>
        ) : view === 'pipeline' ? (
          <PipelineView owners={pipeline} currency={currency} />
        ) : view === 'path' ? (
          <PathView owners={path} currency={currency} />
        ) : view === 'adoption' ? (
          <AdoptionBoard boards={boards} busy={busy} onMove={move} />
        ) : (
          <CoverageView sheets={coverage.filter((s) => s.rows.length)} />
        )}
      </section>
    </section>
  );
}
