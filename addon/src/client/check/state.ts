/**
 * The check's side of the sidebar: its state (the last result, the running check, filters and
 * what is expanded), kept in one object that the views read and the handlers change.
 */
import type { Stage } from '../../../../shared/schemas/primitives.ts';
import type { CheckResult, Failure, Progress, SidebarState, TemplateReport } from '../../common/model.ts';
import type { Child } from '../dom.ts';

export interface UiState {
  initial: SidebarState | null;
  result: CheckResult | null;
  running: boolean;
  progress: Progress | null;
  failure: Failure | null;
  template: TemplateReport | null;
  filter: Stage | null;
  expanded: Set<string>;
  allDeadlines: boolean;
  showHelp: boolean;
  showInfo: boolean;
  selectMessage: string | null;
}

export const ui: UiState = {
  initial: null,
  result: null,
  running: false,
  progress: null,
  failure: null,
  template: null,
  filter: null,
  expanded: new Set(),
  allDeadlines: false,
  showHelp: false,
  showInfo: false,
  selectMessage: null,
};

let rerender: () => void = () => undefined;

/** Wires the sidebar's render function (once, at start). */
export function onRender(fn: () => void): void {
  rerender = fn;
}

export function render(): void {
  rerender();
}

/** A click handler that changes the UI state, then redraws. */
export function act(change: () => void): () => void {
  return () => {
    change();
    render();
  };
}

// one definition for the check and the panels (the sidebar's HTML has a size budget)
export { isFailure } from '../actions/session.ts';

/** The children worth drawing (a view answers null or false for "nothing here"). */
export function present(children: Child[]): Array<Node | string> {
  return children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false);
}
