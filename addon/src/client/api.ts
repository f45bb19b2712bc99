/** `google.script.run` as promises. The sidebar never sees a Date: the server sends strings. */

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: unknown) => void): ScriptRun;
  [fn: string]: unknown;
}

declare global {
  interface Window {
    google?: { script: { run: ScriptRun; host?: { close(): void } } };
  }
}

export class ServerError extends Error {}

export function call<T>(fn: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = window.google?.script.run;
    if (run === undefined) {
      reject(
        new ServerError(
          'Không kết nối được với bảng tính (google.script.run không có). Hãy đóng rồi mở lại bảng điều khiển.',
        ),
      );
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((error) =>
        reject(new ServerError(error instanceof Error ? error.message : String(error ?? 'Lỗi không rõ'))),
      );
    const target = runner[fn];
    if (typeof target !== 'function') {
      reject(new ServerError(`Thiếu chức năng ${fn} ở máy chủ tiện ích.`));
      return;
    }
    (target as (...a: unknown[]) => void).apply(runner, args);
  });
}
