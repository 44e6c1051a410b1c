import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Lightbulb16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Severity } from '../ground/types';

const useStyles = makeStyles({
  icon: { flexShrink: 0, verticalAlign: 'text-bottom' },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  hint: { color: tokens.colorNeutralForeground3 },
});

const ICONS = {
  error: ErrorCircle16Filled,
  warning: Warning16Filled,
  info: Info16Filled,
  hint: Lightbulb16Filled,
};

/** Decorative: the row's accessible name already says the severity in words. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  const Icon = ICONS[severity];
  return <Icon aria-hidden className={mergeClasses(styles.icon, styles[severity])} />;
}
