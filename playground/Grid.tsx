import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { Tab, TabList, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CellValue } from '../shared/ground/types';
import { cellLocation, columnLetter } from '../shared/ground/address';
import { dayFromSerial, describeValue, formatDay, isDateFormat } from '../shared/ground/values';
import type { MemoryHost } from './memoryHost';

/** Rows drawn per sheet: enough to see a team's sheet, few enough for a page that stays quick. */
const MAX_ROWS = 500;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, height: '100%' },
  // Many sheets scroll sideways under the grid's own width, as a spreadsheet's tab strip does.
  tabs: { overflowX: 'auto', flexShrink: 0, minWidth: 0 },
  scroller: {
    overflow: 'auto',
    flexGrow: 1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // Separate borders: Chromium draws sticky cells of a collapsed-border table with gaps.
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
  },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    textAlign: 'right',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // The top-left corner stays over both the column letters and the row numbers.
  corner: { left: 0, zIndex: 3 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    padding: `1px ${tokens.spacingHorizontalXS}`,
    whiteSpace: 'nowrap',
    maxWidth: '18em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    color: tokens.colorNeutralForeground1,
    cursor: 'cell',
  },
  number: { textAlign: 'right' },
  // Squiggles, as an editor draws them: a wavy underline under the text and a line along the
  // cell's foot, so an empty cell (a missing owner) shows its mark too.
  error: {
    boxShadow: `inset 0 -2px 0 ${tokens.colorPaletteRedBorder2}`,
    textDecorationLine: 'underline',
    textDecorationStyle: 'wavy',
    textDecorationColor: tokens.colorPaletteRedForeground1,
  },
  warning: {
    boxShadow: `inset 0 -2px 0 ${tokens.colorPaletteMarigoldBorder2}`,
    textDecorationLine: 'underline',
    textDecorationStyle: 'wavy',
    textDecorationColor: tokens.colorPaletteMarigoldForeground1,
  },
  info: {
    boxShadow: `inset 0 -2px 0 ${tokens.colorPaletteBlueBorderActive}`,
    textDecorationLine: 'underline',
    textDecorationStyle: 'wavy',
    textDecorationColor: tokens.colorPaletteBlueForeground2,
  },
  hint: { boxShadow: `inset 0 -2px 0 ${tokens.colorNeutralStroke1}` },
  selected: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-2px',
    backgroundColor: tokens.colorBrandBackground2,
  },
});

/** A cell as the spreadsheet would show it: dates by their format, everything else as written. */
function shown(value: CellValue, format: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && isDateFormat(format)) return formatDay(dayFromSerial(value));
  if (typeof value === 'string') return value;
  return describeValue(value);
}

/** Scrolls `box` just enough to show `cell` whole, past the sticky row numbers and column letters. */
function revealIn(box: HTMLElement, cell: HTMLElement) {
  const b = box.getBoundingClientRect();
  const c = cell.getBoundingClientRect();
  const header = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  const numbers = box.querySelector('tbody th')?.getBoundingClientRect().width ?? 0;
  if (c.top < b.top + header) box.scrollTop -= b.top + header - c.top;
  else if (c.bottom > b.bottom) box.scrollTop += c.bottom - b.bottom;
  if (c.left < b.left + numbers) box.scrollLeft -= b.left + numbers - c.left;
  else if (c.right > b.right) box.scrollLeft += c.right - b.right;
}

/**
 * The workbook as a plain grid, one sheet at a time, beside the pane: the selected cell is
 * outlined, as the spreadsheet outlines it, and the sheet follows the pane's selection. Cell text
 * is rendered as text, never as markup.
 */
export function Grid({ host }: { host: MemoryHost }) {
  const styles = useStyles();
  const version = useSyncExternalStore(
    (listener) => host.subscribe(listener),
    () => host.version,
  );
  const [active, setActive] = useState(host.sheets[0]?.name ?? '');
  const selected = host.selected;
  const selectedRef = useRef<HTMLTableCellElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);

  // The pane selected a cell: show its sheet and bring it into view.
  useEffect(() => {
    if (selected) setActive(selected.sheet);
  }, [selected]);
  // Scrolls the grid alone, not the page: the pane stays where the person is reading it.
  useEffect(() => {
    const cell = selectedRef.current;
    const box = scrollerRef.current;
    if (cell && box) revealIn(box, cell);
  }, [selected, active, version]);

  const sheet = host.sheets.find((s) => s.name === active) ?? host.sheets[0];
  if (!sheet) return null;
  const rows = sheet.values.slice(0, MAX_ROWS);
  const width = Math.max(1, ...rows.map((r) => r?.length ?? 0));
  const isSelected = (row: number, column: number) =>
    selected?.sheet === sheet.name && selected.row === row && selected.column === column;

  return (
    <section className={styles.root} aria-label="Workbook">
      <div className={styles.tabs}>
        <TabList
          size="small"
          selectedValue={sheet.name}
          onTabSelect={(_e, data) => setActive(String(data.value))}
          aria-label="Sheets"
        >
          {host.sheets.map((s) => (
            <Tab key={s.name} value={s.name}>
              {s.name}
            </Tab>
          ))}
        </TabList>
      </div>
      <div className={styles.scroller} ref={scrollerRef}>
        <table className={styles.table} aria-label={`Sheet ${sheet.name}`} data-sheet={sheet.name}>
          <thead>
            <tr>
              <th className={mergeClasses(styles.head, styles.corner)} />
              {Array.from({ length: width }, (_, i) => (
                <th key={i} className={styles.head} scope="col">
                  {columnLetter(i + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((cells, r) => (
              <tr key={r}>
                <th className={styles.rowHead} scope="row">
                  {r + 1}
                </th>
                {Array.from({ length: width }, (_, c) => {
                  const value = cells?.[c];
                  const on = isSelected(r + 1, c + 1);
                  const mark = host.highlights.get(cellLocation(sheet.name, r + 1, c + 1).address);
                  return (
                    <td
                      key={c}
                      ref={on ? selectedRef : undefined}
                      data-address={`${columnLetter(c + 1)}${r + 1}`}
                      data-highlight={mark}
                      aria-selected={on}
                      className={mergeClasses(
                        styles.cell,
                        typeof value === 'number' && styles.number,
                        mark && styles[mark],
                        on && styles.selected,
                      )}
                      onClick={() => host.clickCell(cellLocation(sheet.name, r + 1, c + 1))}
                    >
                      {shown(value, sheet.numberFormats?.[r]?.[c])}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
