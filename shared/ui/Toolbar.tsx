import { Button, Spinner, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { STRINGS } from './strings';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface ToolbarProps {
  linting: boolean;
  canLint: boolean;
  writing: boolean;
  preferredCount: number;
  onLint(): void;
  onApplyAll(): void;
}

export function Toolbar({ linting, canLint, writing, preferredCount, onLint, onApplyAll }: ToolbarProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <Tooltip content={`${STRINGS.lint} (${STRINGS.lintShortcut})`} relationship="description">
        <Button
          appearance="primary"
          // Focusable while busy, so a keyboard user's focus is not thrown to the page on each lint.
          disabled={!canLint}
          disabledFocusable={linting || writing}
          onClick={onLint}
          icon={linting ? <Spinner size="extra-tiny" aria-hidden /> : undefined}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          {linting ? STRINGS.linting : STRINGS.lint}
        </Button>
      </Tooltip>
      {preferredCount > 0 && (
        <Tooltip content={STRINGS.applyAllTitle} relationship="description">
          <Button disabledFocusable={linting || writing} onClick={onApplyAll}>
            {STRINGS.applyAll(preferredCount)}
          </Button>
        </Tooltip>
      )}
    </div>
  );
}
