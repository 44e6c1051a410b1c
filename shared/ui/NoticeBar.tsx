import { useEffect, useRef } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { ArrowUndo16Regular, Dismiss16Regular } from '@fluentui/react-icons';
import type { Notice } from './usePipelint';
import { STRINGS } from './strings';

export interface NoticeBarProps {
  notice: Notice;
  busy: boolean;
  /** Changes the pane can still take back, newest last. */
  undoable: number;
  onUndo(): void;
  onLint(): void;
  onDismiss(): void;
}

/** What the last fix, undo or selection did; the fixed row is gone, so focus moves to Undo. */
export function NoticeBar({ notice, busy, undoable, onUndo, onLint, onDismiss }: NoticeBarProps) {
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (notice.kind === 'applied' || notice.kind === 'undone') undoRef.current?.focus();
  }, [notice]);
  // After an undo, the next older change can be taken back from the same place, and so on.
  const undo = undoable > 0 && (
    <Button
      ref={undoRef}
      size="small"
      icon={<ArrowUndo16Regular />}
      disabledFocusable={busy}
      onClick={onUndo}
    >
      {notice.kind === 'applied' || undoable === 1 ? STRINGS.undo : STRINGS.undoMore(undoable)}
    </Button>
  );

  const dismiss = (
    <Button
      aria-label={STRINGS.dismiss}
      appearance="transparent"
      icon={<Dismiss16Regular />}
      size="small"
      onClick={onDismiss}
    />
  );

  switch (notice.kind) {
    case 'applied':
      return (
        <MessageBar intent="success" politeness="polite">
          <MessageBarBody>{notice.text}</MessageBarBody>
          <MessageBarActions containerAction={dismiss}>{undo}</MessageBarActions>
        </MessageBar>
      );
    case 'undone':
      return (
        <MessageBar intent="info" politeness="polite">
          <MessageBarBody>{notice.text}</MessageBarBody>
          <MessageBarActions containerAction={dismiss}>{undo}</MessageBarActions>
        </MessageBar>
      );
    case 'formula':
      return (
        <MessageBar intent="warning" layout="multiline" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>{STRINGS.formulaTitle}</MessageBarTitle>
            {STRINGS.formulaBody(notice.cells.map((c) => c.address))}
          </MessageBarBody>
          <MessageBarActions containerAction={dismiss} />
        </MessageBar>
      );
    case 'stale':
      return (
        <MessageBar intent="warning" layout="multiline" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>{STRINGS.staleTitle}</MessageBarTitle>
            {notice.cells.length > 0 && STRINGS.staleBody(notice.cells.map((c) => c.address))}
          </MessageBarBody>
          <MessageBarActions containerAction={dismiss}>
            <Button size="small" disabledFocusable={busy} onClick={onLint}>
              {STRINGS.lintAgain}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    case 'error':
      return (
        <MessageBar intent="error" layout="multiline" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.message}
          </MessageBarBody>
          <MessageBarActions containerAction={dismiss} />
        </MessageBar>
      );
  }
}
