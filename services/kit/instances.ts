/**
 * The objects a process shares between its services (the catalog, the profile cache, the
 * learning dependencies…), made on first use and held by the runtime's context — not by module
 * state, so two contexts in one process (tests, benchmarks) never share them, and a context's
 * objects go when it goes. Each is keyed by the function that makes it.
 */
export class Instances {
  private readonly made = new Map<(...args: never[]) => unknown, unknown>();

  /**
   * The instance kept under `key` (the exported function that hands it out, so the key is stable
   * while `make`, a fresh closure on every call, is not), made now by `make` on first use.
   */
  of<T>(make: () => T, key: (...args: never[]) => unknown): T {
    if (!this.made.has(key)) this.made.set(key, make());
    return this.made.get(key) as T;
  }

  /** Replaces what `key` holds (a value recorded rather than made, e.g. what a process serves). */
  set<T>(key: (...args: never[]) => unknown, value: T): void {
    this.made.set(key, value);
  }
}
