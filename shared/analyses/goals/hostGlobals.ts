/**
 * compromise reads its debug switches from `process.env`, or else `self.env`, while its modules
 * load, so it throws in a runtime that has neither, such as Google Apps Script. Giving only such a
 * runtime a `self`, as browsers and workers have, is enough; Node and browsers are left alone.
 */
export function provideSelf(scope: object = globalThis): void {
  if (!('process' in scope) && !('self' in scope)) (scope as { self?: unknown }).self = scope;
}

provideSelf();
