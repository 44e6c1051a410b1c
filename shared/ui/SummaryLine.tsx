import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SeverityCounts } from './model';
import type { LintRun } from './usePipelint';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface SummaryLineProps {
  run: LintRun;
  counts: SeverityCounts;
  total: number;
  shown: number;
}

/** "2 errors, 2 warnings, 1 info", then rows and time: the stylish formatter's closing lines. */
export function SummaryLine({ run, counts, total, shown }: SummaryLineProps) {
  const styles = useStyles();
  const severities = [
    STRINGS.severityCount('error', counts.error),
    STRINGS.severityCount('warning', counts.warning),
    STRINGS.severityCount('info', counts.info),
    ...(counts.hint ? [STRINGS.severityCount('hint', counts.hint)] : []),
  ].join(', ');
  return (
    <div className={styles.root} role="status" aria-live="polite" data-testid="summary">
      <Text weight="semibold">{total === 0 ? STRINGS.noProblems : severities}</Text>
      <Caption1 className={styles.muted}>
        {STRINGS.rowsLinted(run.result.rowsLinted, run.ms)} {STRINGS.lintedAt(run.at)}
        {shown < total ? ` · ${STRINGS.showing(shown, total)}` : ''}
      </Caption1>
    </div>
  );
}
