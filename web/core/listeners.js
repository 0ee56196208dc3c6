// Listeners by event type, for the objects that say what happened through events (the
// session, the worker client). The owner keeps `emit` to itself and offers `on`.

export class Listeners {
  /** @type {Map<string, Set<(detail: any) => void>>} */
  #byType = new Map();

  /**
   * Calls `listener` on each event of `type`; returns a function that stops it.
   * @param {string} type
   * @param {(detail: any) => void} listener
   * @returns {() => boolean}
   */
  on(type, listener) {
    let set = this.#byType.get(type);
    if (!set) this.#byType.set(type, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /** @param {string} type @param {unknown} [detail] */
  emit(type, detail) {
    for (const listener of this.#byType.get(type) ?? []) listener(detail);
  }
}
