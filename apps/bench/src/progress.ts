/** A one-line progress bar per table on a terminal; one summary line per table otherwise (CI logs). */
export class ProgressBar {
  private readonly started = Date.now();
  private done = 0;
  private lastDraw = 0;
  private readonly tty = Boolean(process.stderr.isTTY);

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {
    this.draw(true);
  }

  tick(count: number): void {
    this.done += count;
    this.draw(this.done >= this.total);
  }

  finish(): void {
    this.done = this.total;
    this.draw(true);
    if (this.tty) process.stderr.write('\n');
    else process.stderr.write(`${this.line()}\n`);
  }

  private line(): string {
    const width = 30;
    const share = this.total === 0 ? 1 : Math.min(1, this.done / this.total);
    const filled = Math.round(share * width);
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    return `${this.label.padEnd(20)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(this.done).padStart(6)}/${this.total} ${seconds}s`;
  }

  private draw(force: boolean): void {
    if (!this.tty) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    process.stderr.write(`\r${this.line()}`);
  }
}
