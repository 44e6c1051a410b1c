import {
  Badge,
  Caption1,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  type BadgeProps,
} from '@fluentui/react-components';
import type { ChartProps } from '@fluentui/react-charts';
import { LEVERS } from '../../sheets/kinds/coverage';
import type { CoverageRowView, CoverageSheetView, SkillWillBalance } from './viewModel';
import { BALANCE_COLORS } from './colors';
import { Bar } from './Bar';
import { VIEW_STRINGS as S } from './strings';
import { ColorKey } from './ColorKey';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    tableLayout: 'fixed',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  th: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  leverHead: { width: '3.9em', textAlign: 'center' },
  priority: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    verticalAlign: 'top',
    overflowWrap: 'anywhere',
  },
  priorityText: { display: 'block' },
  cell: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    textAlign: 'center',
    verticalAlign: 'middle',
    padding: tokens.spacingVerticalXXS,
  },
  dot: {
    display: 'inline-block',
    width: '14px',
    height: '14px',
    borderRadius: tokens.borderRadiusCircular,
    boxSizing: 'border-box',
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  skillDot: { backgroundColor: BALANCE_COLORS.skillOnly, border: 'none' },
  willDot: { backgroundColor: BALANCE_COLORS.willOnly, border: 'none' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const GAP_BADGES: Record<CoverageRowView['verdict'], BadgeProps['color']> = {
  covered: 'success',
  uncovered: 'danger',
  'skill-only': 'warning',
  'will-only': 'warning',
  'unrewarded-outcome': 'warning',
};

/** Levers that build skill; the others build will. */
const SKILL = new Set(['enablement', 'coaching']);

const BALANCE_KEYS: readonly (keyof SkillWillBalance)[] = ['both', 'skillOnly', 'willOnly', 'neither'];

/** The skill/will split as one stacked bar: how many priorities get both, one or neither. */
export function balanceBar(b: SkillWillBalance): ChartProps {
  const total = BALANCE_KEYS.reduce((sum, k) => sum + b[k], 0);
  return {
    chartTitle: S.balanceTitle,
    chartData: BALANCE_KEYS.filter((k) => b[k] > 0).map((k) => ({
      legend: S.balance[k],
      horizontalBarChartdata: { x: b[k], total },
      color: BALANCE_COLORS[k],
      yAxisCalloutData: S.balanceLabel(S.balance[k], b[k], total),
    })),
  };
}

/** Priorities × the four levers, each cell filled or empty, with the verdict and the skill/will balance. */
export function CoverageView({ sheets }: { sheets: CoverageSheetView[] }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Caption1 className={styles.muted}>{S.coverageNote}</Caption1>
      {sheets.map((sheet) => (
        <section key={sheet.sheet} className={styles.sheet} aria-label={sheet.sheet}>
          {sheets.length > 1 && <Text weight="semibold">{sheet.sheet}</Text>}
          <Text size={200} weight="semibold">
            {S.balanceTitle}
          </Text>
          <Bar chart={balanceBar(sheet.balance)} height={14} singlePointLegend />
          {/* Its own key, with the counts: the chart's legend folds into "+2 more" at a pane's width. */}
          <ColorKey
            items={BALANCE_KEYS.map((k) => ({
              text: S.balanceLabel(S.balance[k], sheet.balance[k], sheet.rows.length),
              color: BALANCE_COLORS[k],
            }))}
          />
          <table className={styles.table} data-sheet={sheet.sheet}>
            <thead>
              <tr>
                <th scope="col" className={styles.th} style={{ textAlign: 'left' }}>
                  {S.priorityHeader}
                </th>
                {LEVERS.map((l) => (
                  <th
                    key={l}
                    scope="col"
                    className={mergeClasses(styles.th, styles.leverHead)}
                    title={S.levers[l]}
                    aria-label={S.levers[l]}
                  >
                    {S.leverShort[l]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sheet.rows.map((r) => (
                <tr key={r.row} data-verdict={r.verdict}>
                  <th scope="row" className={styles.priority}>
                    <span className={styles.priorityText}>{r.priority}</span>
                    <Badge appearance="tint" size="small" color={GAP_BADGES[r.verdict]}>
                      {S.gapNames[r.verdict]}
                    </Badge>
                  </th>
                  {LEVERS.map((l) => (
                    <td key={l} className={styles.cell}>
                      <span
                        role="img"
                        aria-label={S.leverCell(r.priority, S.levers[l], r.levers[l])}
                        className={mergeClasses(
                          styles.dot,
                          r.levers[l] && (SKILL.has(l) ? styles.skillDot : styles.willDot),
                        )}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
