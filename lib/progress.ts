/**
 * Progress for long steps: a live line on a terminal, nothing on a pipe (where logs, as JSON
 * lines, say what happened).
 */
export interface Progress {
  start(label: string, total?: number): void;
  update(done: number, note?: string): void;
  end(note?: string): void;
}

export function createProgress(enabled: boolean = process.stderr.isTTY === true): Progress {
  if (!enabled) return { start() {}, update() {}, end() {} };
  let label = '';
  let total: number | undefined;
  let started = 0;
  let last = 0;
  const draw = (text: string) => process.stderr.write(`\r\x1b[2K${text}`);
  return {
    start(l, t) {
      label = l;
      total = t;
      started = Date.now();
      draw(`${label}…`);
    },
    update(done, note) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const pct = total ? ` ${Math.min(100, Math.floor((done / total) * 100))}%` : '';
      const secs = ((now - started) / 1000).toFixed(0);
      draw(
        `${label}${pct} ${done.toLocaleString('en')}${total ? `/${total.toLocaleString('en')}` : ''} ${note ?? ''} (${secs}s)`,
      );
    },
    end(note) {
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      draw(`${label} done in ${secs}s${note ? ` – ${note}` : ''}\n`);
    },
  };
}
