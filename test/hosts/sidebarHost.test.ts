import { EDIT_POLL_MS, callServer, sidebarHost, type ScriptRun } from '../../appsscript/sidebarHost';
import { sidebarApi } from '../../appsscript/server';
import { cellLocation } from '../../shared/ground/address';
import { appsScriptHost } from '../functions/hosts';

/** A stand-in for google.script.run: answers each server call with `answer`, or fails it. */
function fakeScriptRun(answer: (name: string, args: unknown[]) => unknown) {
  const calls: [string, unknown[]][] = [];
  const run = (onSuccess?: (v: unknown) => void, onFailure?: (e: Error) => void): ScriptRun =>
    new Proxy({} as ScriptRun, {
      get(_target, key: string) {
        if (key === 'withSuccessHandler') return (h: (v: unknown) => void) => run(h, onFailure);
        if (key === 'withFailureHandler') return (h: (e: Error) => void) => run(onSuccess, h);
        return (...args: unknown[]) => {
          calls.push([key, args]);
          try {
            onSuccess?.(answer(key, args));
          } catch (e) {
            onFailure?.(e as Error);
          }
        };
      },
    });
  (globalThis as unknown as { google: unknown }).google = { script: { run: run() } };
  return calls;
}

describe('the sidebar’s typed bridge to the Apps Script server', () => {
  afterEach(() => delete (globalThis as { google?: unknown }).google);

  it('calls the server function of each host method, with its arguments, and resolves with its answer', async () => {
    const calls = fakeScriptRun((name) =>
      name === 'pipelintReadCells' ? [{ value: 1 }, { value: 'x', formula: '=A1' }] : { sheets: [] },
    );
    const at = cellLocation('Deals', 2, 3);
    await expect(sidebarHost.readWorkbook()).resolves.toEqual({ sheets: [] });
    await expect(sidebarHost.readCells([at])).resolves.toEqual([
      { value: 1 },
      { value: 'x', formula: '=A1' },
    ]);
    await sidebarHost.writeCells([{ location: at, value: 'Won', previous: 'Lost' }]);
    await sidebarHost.select(at);
    expect(calls).toEqual([
      ['pipelintReadWorkbook', []],
      ['pipelintReadCells', [[at]]],
      ['pipelintWriteCells', [[{ location: at, value: 'Won', previous: 'Lost' }]]],
      ['pipelintSelect', [at]],
    ]);
  });

  it('maps every host method to one server call, and sends no Date across', async () => {
    const calls = fakeScriptRun((name) =>
      name === 'pipelintRemoveSheet' ? true : name === 'pipelintReadSheets' ? [] : undefined,
    );
    const at = cellLocation('Deals', 2, 6);
    await sidebarHost.readSheets!(['Deals']);
    await expect(sidebarHost.removeSheet!('Goals')).resolves.toBe(true);
    await sidebarHost.highlight!([{ location: at, severity: 'error' }]);
    await sidebarHost.clearHighlights!();
    await sidebarHost.addSheet('Goals');
    await sidebarHost.writeCells([
      { location: at, value: new Date(2027, 5, 30), previous: 46568 },
      { location: at, value: new Date(2027, 5, 30, 9, 5), previous: new Date(2027, 0, 2) },
    ]);
    expect(calls).toEqual([
      ['pipelintReadSheets', [['Deals']]],
      ['pipelintRemoveSheet', ['Goals']],
      ['pipelintHighlight', [[{ location: at, severity: 'error' }]]],
      ['pipelintClearHighlights', []],
      ['pipelintAddSheet', ['Goals']],
      [
        'pipelintWriteCells',
        [
          [
            { location: at, value: '2027-06-30', previous: 46568 },
            { location: at, value: '2027-06-30 09:05:00', previous: '2027-01-02' },
          ],
        ],
      ],
    ]);
    const hasDate = (v: unknown): boolean =>
      v instanceof Date || (typeof v === 'object' && v !== null && Object.values(v).some(hasDate));
    expect(calls.some(([, args]) => hasDate(args))).toBe(false);
  });

  it('leaves out selection events, which Sheets does not send a sidebar', () => {
    expect(sidebarHost.onSelectionChanged).toBeUndefined();
  });

  describe('edits, learnt by polling the edit stamps', () => {
    const page = globalThis as unknown as { document?: { hidden: boolean } };
    beforeEach(() => {
      jest.useFakeTimers();
      page.document = { hidden: false };
    });
    afterEach(() => {
      jest.useRealTimers();
      delete page.document;
    });

    it('takes the first answer as the baseline, then passes on the sheets whose stamp moved', async () => {
      let stamps: Record<string, number> = { Deals: 1 };
      const calls = fakeScriptRun((name) => (name === 'pipelintEditStamps' ? stamps : undefined));
      const edited: string[][] = [];
      const stop = sidebarHost.onChanged!((sheets) => edited.push(sheets));
      await jest.advanceTimersByTimeAsync(0);
      expect(edited).toEqual([]);
      stamps = { Deals: 2, 'Pipeline history': 2 };
      await jest.advanceTimersByTimeAsync(EDIT_POLL_MS);
      expect(edited).toEqual([['Deals', 'Pipeline history']]);
      await jest.advanceTimersByTimeAsync(EDIT_POLL_MS);
      expect(edited).toHaveLength(1);
      // Out of sight, no poll goes out; back in sight, the edit made meanwhile comes through.
      page.document!.hidden = true;
      stamps = { Deals: 3, 'Pipeline history': 2 };
      const before = calls.length;
      await jest.advanceTimersByTimeAsync(3 * EDIT_POLL_MS);
      expect(calls.length).toBe(before);
      page.document!.hidden = false;
      await jest.advanceTimersByTimeAsync(EDIT_POLL_MS);
      expect(edited).toEqual([['Deals', 'Pipeline history'], ['Deals']]);
      stop();
      const stopped = calls.length;
      await jest.advanceTimersByTimeAsync(3 * EDIT_POLL_MS);
      expect(calls.length).toBe(stopped);
    });

    it('lets a failed poll pass: the next one makes up for it', async () => {
      let fail = false;
      let stamps: Record<string, number> = {};
      fakeScriptRun(() => {
        if (fail) throw new Error('Network error');
        return stamps;
      });
      const edited: string[][] = [];
      const stop = sidebarHost.onChanged!((sheets) => edited.push(sheets));
      await jest.advanceTimersByTimeAsync(0);
      fail = true;
      stamps = { Goals: 7 };
      await jest.advanceTimersByTimeAsync(EDIT_POLL_MS);
      expect(edited).toEqual([]);
      fail = false;
      await jest.advanceTimersByTimeAsync(EDIT_POLL_MS);
      expect(edited).toEqual([['Goals']]);
      stop();
    });
  });

  it('rejects with the server’s error', async () => {
    fakeScriptRun(() => {
      throw new Error('You do not have permission to edit this range');
    });
    await expect(sidebarHost.select(cellLocation('Deals', 1, 1))).rejects.toThrow('permission');
  });

  it('every function the sidebar may call is a global of the built Code.js', () => {
    const { context } = appsScriptHost();
    for (const name of Object.keys(sidebarApi)) expect(typeof context[name]).toBe('function');
  });

  it('a call the server does not offer, or with the wrong arguments, does not typecheck', () => {
    // Never run: the typecheck (`npm run typecheck`) fails if either line compiles.
    const misuse = () => [
      // @ts-expect-error: no such server function
      callServer('pipelintReadWorkbok'),
      // @ts-expect-error: pipelintSelect takes a cell location
      callServer('pipelintSelect', 'A1'),
    ];
    expect(typeof misuse).toBe('function');
  });
});
