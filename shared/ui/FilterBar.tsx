import {
  SearchBox,
  Select,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { Severity } from '../ground/types';
import {
  SORT_ORDERS,
  toggleSeverities,
  type FilterChoice,
  type ProblemFilter,
  type SeverityCounts,
  type SortOrder,
} from './model';
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
  // Three lists share a line when there is room and wrap one under another at 320 px.
  lists: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, width: '100%' },
  list: { flexGrow: 1, flexBasis: '90px', minWidth: 0 },
});

/** A native list (best for keyboards and screen readers at pane width): "All …" first, then each choice and its count. */
function ChoiceList({
  label,
  all,
  choices,
  value,
  onChange,
}: {
  label: string;
  all: string;
  choices: FilterChoice[];
  value: string | undefined;
  onChange(value: string | undefined): void;
}) {
  const styles = useStyles();
  return (
    <Select
      className={styles.list}
      size="small"
      aria-label={label}
      title={label}
      value={value ?? ''}
      onChange={(_, data) => onChange(data.value || undefined)}
    >
      <option value="">{all}</option>
      {/* A choice kept after a re-lint emptied it still shows, at 0, rather than a blank list. */}
      {value !== undefined && !choices.some((c) => c.value === value) && (
        <option value={value}>{STRINGS.choice(value, 0)}</option>
      )}
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {STRINGS.choice(c.value, c.count)}
        </option>
      ))}
    </Select>
  );
}

export interface FilterBarProps {
  filter: ProblemFilter;
  counts: SeverityCounts;
  /** The rules and owners that have problems. */
  rules: FilterChoice[];
  owners: FilterChoice[];
  order: SortOrder;
  onChange(filter: ProblemFilter): void;
  onOrder(order: SortOrder): void;
}

/**
 * Severity toggles that show their counts, like VS Code's Problems filter, a text filter, and
 * lists to keep one rule or one owner and to choose the order.
 */
export function FilterBar({ filter, counts, rules, owners, order, onChange, onOrder }: FilterBarProps) {
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
      <div className={styles.lists}>
        <ChoiceList
          label={STRINGS.ruleFilter}
          all={STRINGS.allRules}
          choices={rules}
          value={filter.rule}
          onChange={(rule) => onChange({ ...filter, rule })}
        />
        {owners.length > 0 && (
          <ChoiceList
            label={STRINGS.ownerFilter}
            all={STRINGS.allOwners}
            choices={owners}
            value={filter.owner}
            onChange={(owner) => onChange({ ...filter, owner })}
          />
        )}
        <Select
          className={styles.list}
          size="small"
          aria-label={STRINGS.sortLabel}
          title={STRINGS.sortLabel}
          value={order}
          onChange={(_, data) => onOrder(data.value as SortOrder)}
        >
          {SORT_ORDERS.map((o) => (
            <option key={o} value={o}>
              {STRINGS.sortOrder[o]}
            </option>
          ))}
        </Select>
      </div>
    </div>
  );
}
