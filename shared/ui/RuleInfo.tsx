import {
  Button,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ruleMeta } from './model';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  trigger: {
    minWidth: 0,
    height: 'auto',
    padding: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
  },
  surface: { maxWidth: '280px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  id: { fontFamily: tokens.fontFamilyMonospace },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The rule id as a button opening a popover (not a tooltip): the docs are a paragraph, and a
 * dialog that takes focus lets keyboard and screen-reader users read it and Escape back.
 */
export function RuleInfo({ ruleId }: { ruleId: string }) {
  const styles = useStyles();
  const meta = ruleMeta(ruleId);
  return (
    <Popover withArrow trapFocus positioning="below-start" size="small">
      <PopoverTrigger disableButtonEnhancement>
        <Button
          appearance="transparent"
          size="small"
          className={styles.trigger}
          aria-label={STRINGS.aboutRule(ruleId)}
        >
          {ruleId}
        </Button>
      </PopoverTrigger>
      <PopoverSurface className={styles.surface} aria-label={STRINGS.aboutRule(ruleId)} tabIndex={-1}>
        <Text weight="semibold" className={styles.id}>
          {ruleId}
        </Text>
        {meta ? (
          <>
            <Text>{meta.description}</Text>
            <Text size={200}>{meta.docs}</Text>
            <Text size={200} className={styles.muted}>
              {STRINGS.ruleDefault(meta.defaultSeverity)}
            </Text>
          </>
        ) : (
          <Text>{STRINGS.unknownRule}</Text>
        )}
      </PopoverSurface>
    </Popover>
  );
}
