import { SearchBox, ToggleButton, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Severity } from '../ground/types';
import { toggleSeverities, type ProblemFilter, type SeverityCounts } from './model';
import { SeverityIcon } from './SeverityIcon';
import { STRINGS } from './strings';
import { groupDigits } from '../ground/words';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  toggles: { display: 'flex', gap: tokens.spacingHorizontalXS },
  toggle: {
    minWidth: 'auto',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  // A hidden severity is struck through and faded, so "off" reads at a glance, not only by shade.
  off: { textDecorationLine: 'line-through', opacity: 0.6 },
  search: { flexGrow: 1, minWidth: '120px', maxWidth: 'none' },
});

export interface FilterBarProps {
  filter: ProblemFilter;
  counts: SeverityCounts;
  onChange(filter: ProblemFilter): void;
}

/** Severity toggles that show their counts, like VS Code's Problems filter, and a text filter. */
export function FilterBar({ filter, counts, onChange }: FilterBarProps) {
  const styles = useStyles();
  const toggle = (s: Severity) =>
    onChange({ ...filter, severities: { ...filter.severities, [s]: !filter.severities[s] } });
  return (
    <div className={styles.root}>
      <div className={styles.toggles} role="group" aria-label={STRINGS.severityGroup}>
        {toggleSeverities(counts).map((s) => (
          <ToggleButton
            key={s}
            size="small"
            className={mergeClasses(styles.toggle, !filter.severities[s] && styles.off)}
            checked={filter.severities[s]}
            icon={<SeverityIcon severity={s} />}
            aria-label={STRINGS.severityToggle(s, counts[s])}
            title={STRINGS.severityToggle(s, counts[s])}
            onClick={() => toggle(s)}
          >
            {groupDigits(counts[s])}
          </ToggleButton>
        ))}
      </div>
      <SearchBox
        className={styles.search}
        size="small"
        placeholder={STRINGS.filterPlaceholder}
        aria-label={STRINGS.filterLabel}
        value={filter.text}
        onChange={(_, data) => onChange({ ...filter, text: data.value })}
      />
    </div>
  );
}
