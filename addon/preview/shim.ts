/**
 * `google.script.run` for the sidebar inside the local preview. Each call goes to the preview page
 * (window.parent), which runs the real server code in a Web Worker. Arguments and answers travel
 * as JSON, as they would through Apps Script (a Date would not survive — good: neither does it there).
 */
interface Pending {
  ok?: (value: unknown) => void;
  fail?: (error: unknown) => void;
}

const pending = new Map<number, Pending>();
let nextId = 1;

window.addEventListener('message', (event: MessageEvent) => {
  const msg = event.data as { source?: string; id?: number; ok?: boolean; value?: unknown; error?: string };
  if (msg?.source !== 'ptdv-preview' || typeof msg.id !== 'number') return;
  const p = pending.get(msg.id);
  if (p === undefined) return;
  pending.delete(msg.id);
  if (msg.ok) p.ok?.(msg.value === undefined ? undefined : JSON.parse(JSON.stringify(msg.value)));
  else p.fail?.(new Error(msg.error ?? 'Lỗi không rõ'));
});

function runner(handlers: Pending): unknown {
  return new Proxy(
    {},
    {
      get(_target, prop: string) {
        if (prop === 'withSuccessHandler')
          return (fn: (v: unknown) => void) => runner({ ...handlers, ok: fn });
        if (prop === 'withFailureHandler')
          return (fn: (e: unknown) => void) => runner({ ...handlers, fail: fn });
        if (prop === 'withUserObject') return () => runner(handlers);
        return (...args: unknown[]) => {
          const id = nextId++;
          pending.set(id, handlers);
          window.parent.postMessage(
            { source: 'ptdv-sidebar', type: 'call', id, fn: prop, args: JSON.parse(JSON.stringify(args)) },
            '*',
          );
        };
      },
    },
  );
}

(window as unknown as { google: unknown }).google = {
  script: {
    run: runner({}),
    host: { close() {}, editor: { focus() {} } },
  },
};
