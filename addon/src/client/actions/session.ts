/**
 * What the sidebar's three panels (the plan, the report, the superior's) share: which form is
 * open, the one server call that may run at a time, its failure, and the redraw. Each panel keeps
 * its own form state in its own module.
 */
import type { Failure } from '../../common/model.ts';
import { call } from '../api.ts';
import { h } from '../dom.ts';

type Panel = 'plan' | 'report' | 'papers' | null;

export const session: { panel: Panel; busy: string | null; failure: Failure | null } = {
  panel: null,
  busy: null,
  failure: null,
};

let rerender: () => void = () => undefined;

/** Wires the sidebar's render function (once, at start). */
export function onRedraw(fn: () => void): void {
  rerender = fn;
}

export function redraw(): void {
  rerender();
}

export function isFailure(x: unknown): x is Failure {
  return typeof x === 'object' && x !== null && (x as { ok?: unknown }).ok === false;
}

export function asFailure(e: unknown): Failure {
  return { ok: false, kind: 'unexpected', title: 'Không chạy được', text: (e as Error).message };
}

/** Runs a server call with a busy line; the answer or the failure goes where `done` says. */
export async function run<T>(
  busy: string,
  fn: string,
  args: unknown[],
  done: (v: T) => void,
  fail?: (f: Failure) => void,
) {
  if (session.busy) return;
  session.busy = busy;
  session.failure = null;
  redraw();
  try {
    const value = await call<T | Failure>(fn, ...args);
    if (isFailure(value)) (fail ?? ((f) => (session.failure = f)))(value);
    else done(value as T);
  } catch (e) {
    (fail ?? ((f) => (session.failure = f)))(asFailure(e));
  } finally {
    session.busy = null;
    redraw();
  }
}

/** A form's primary button: its label says when its own call runs, and any running call disables it. */
export function runButton(
  id: string,
  busy: string,
  label: string,
  working: string,
  onclick: () => void,
  blocked = false,
): HTMLElement {
  return h('button', {
    class: 'primary',
    text: session.busy === busy ? working : label,
    disabled: session.busy !== null || blocked,
    attrs: { id },
    onclick,
  });
}
