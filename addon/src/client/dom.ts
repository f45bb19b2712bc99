/** A tiny DOM helper: text only through textContent (names come from the sheet). */

export type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  text?: string;
  title?: string;
  style?: string;
  onclick?: (e: Event) => void;
  /** a field's new value, as typed or chosen */
  oninput?: (value: string) => void;
  disabled?: boolean;
  attrs?: Record<string, string>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.text !== undefined) el.textContent = props.text;
  if (props.title) el.title = props.title;
  if (props.style) el.setAttribute('style', props.style);
  if (props.onclick) el.addEventListener('click', props.onclick);
  const oninput = props.oninput;
  if (oninput) el.addEventListener('input', (e) => oninput((e.target as HTMLInputElement).value));
  if (props.disabled) el.setAttribute('disabled', '');
  for (const [k, v] of Object.entries(props.attrs ?? {})) el.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}
