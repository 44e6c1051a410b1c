import { Badge, Caption1, Text, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import type { ChartProps } from '@fluentui/react-charts';
import type { PaceVerdict } from '../../analyses/execution/pace';
import type { OwnerPathView, PathStepView } from './viewModel';
import { VERDICT_COLORS } from './colors';
import { Bar } from './Bar';
import { VIEW_STRINGS as S } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  owners: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalL },
  owner: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  groups: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  steps: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  line: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  stepName: { flexGrow: 1, minWidth: 0 },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const VERDICT_BADGES: Record<PaceVerdict, BadgeProps['color']> = {
  behind: 'danger',
  close: 'warning',
  'on-pace': 'success',
  'too-early': 'informative',
};

/** A step's bar: done so far against the period's target, the marker at what is due by now. */
export function stepBar(s: PathStepView, currency: string): ChartProps {
  const total = Math.max(s.target, s.actual, s.expected);
  return {
    chartTitle: S.paceLabel(s.step, s, currency),
    chartData: [
      {
        legend: S.verdicts[s.verdict],
        horizontalBarChartdata: { x: s.actual, total },
        color: VERDICT_COLORS[s.verdict],
        // `data` places the chart's marker: the target pro-rated to the as-of day.
        data: s.expected > 0 ? s.expected : undefined,
        xAxisCalloutData: s.step,
        yAxisCalloutData: S.stepFigures(s, currency),
      },
    ],
  };
}

/** Per owner, behaviors → milestones → outcomes, each step's pace against its pro-rated target. */
export function PathView({ owners, currency }: { owners: OwnerPathView[]; currency: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Caption1 className={styles.muted}>{S.pathNote}</Caption1>
      <ul className={styles.owners}>
        {owners.map((o) => (
          <li key={o.owner} className={styles.owner} data-owner={o.owner}>
            <Text weight="semibold">{S.ownerBehind(o.owner, o.behind)}</Text>
            <ol className={styles.groups} aria-label={S.ownerBehind(o.owner, o.behind)}>
              {o.groups.map((g) => (
                <li key={g.kind} className={styles.group}>
                  <Caption1 className={styles.muted}>{S.stepKinds[g.kind]}</Caption1>
                  <ul className={styles.steps}>
                    {g.steps.map((s) => (
                      <li key={s.key} className={styles.step} data-verdict={s.verdict}>
                        <span className={styles.line}>
                          <Text size={200} className={styles.stepName} truncate wrap={false} title={s.step}>
                            {s.step}
                          </Text>
                          <Badge
                            appearance="tint"
                            size="small"
                            className={styles.badge}
                            color={VERDICT_BADGES[s.verdict]}
                          >
                            {S.verdicts[s.verdict]}
                          </Badge>
                        </span>
                        <Bar chart={stepBar(s, currency)} height={10} />
                        <Caption1 className={styles.muted}>{S.stepFigures(s, currency)}</Caption1>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </div>
  );
}
