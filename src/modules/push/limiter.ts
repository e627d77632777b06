/** Runs at most `limit` tasks at once, the rest in the order they came. */
export class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  /** Index of the next waiting task: shifting a 10,000-item array for each task would be quadratic. */
  private head = 0;

  constructor(readonly limit: number) {
    if (!(limit >= 1)) throw new Error('A limiter needs a limit of at least 1');
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.active++;
        let running: Promise<T>;
        try {
          running = task();
        } catch (err) {
          running = Promise.reject(err);
        }
        running.then(resolve, reject).finally(() => {
          this.active--;
          this.next();
        });
      };
      if (this.active < this.limit) start();
      else this.waiting.push(start);
    });
  }

  private next() {
    if (this.head >= this.waiting.length) return;
    const start = this.waiting[this.head];
    this.waiting[this.head++] = noop;
    if (this.head === this.waiting.length) {
      this.waiting.length = 0;
      this.head = 0;
    }
    start();
  }
}

const noop = () => {};
