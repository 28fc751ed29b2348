/**
 * Undo and redo of the studio: every change an editor commits is one step, said in a
 * sentence ("Finalité ajoutée."). Typing in one field makes one step, not one per key:
 * a commit saying the same sentence as the step just before replaces it, until an
 * undo, a redo or another change closes that step.
 */
export interface Step<T> {
  value: T;
  what: string;
}

export class History<T> {
  private past: Step<T>[] = [];
  private future: Step<T>[] = [];
  private open = false;

  constructor(private current: Step<T>) {}

  get value(): T {
    return this.current.value;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** A new value; returns false when it is the same step continued (typing in one field). */
  push(value: T, what: string): boolean {
    this.future = [];
    if (this.open && this.current.what === what) {
      this.current = { value, what };
      return false;
    }
    this.past.push(this.current);
    this.current = { value, what };
    this.open = true;
    return true;
  }

  /** Goes one step back; returns the sentence of the step undone, or undefined when there is none. */
  undo(): string | undefined {
    const prev = this.past.pop();
    if (!prev) return undefined;
    this.future.push(this.current);
    const what = this.current.what;
    this.current = prev;
    this.open = false;
    return what;
  }

  /** Goes one step forward again; returns the sentence of the step redone. */
  redo(): string | undefined {
    const next = this.future.pop();
    if (!next) return undefined;
    this.past.push(this.current);
    this.current = next;
    this.open = false;
    return next.what;
  }

  /** Starts over from `value` (another kind, a starter, an imported file, a restored draft): no undo past it. */
  reset(value: T, what: string): void {
    this.past = [];
    this.future = [];
    this.current = { value, what };
    this.open = false;
  }
}
