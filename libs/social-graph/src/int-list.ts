type NumberArray = Int32Array | Float64Array;

/** A growable typed array, so per-person columns need no object per person. */
class GrowableList<T extends NumberArray> {
  private data: T;
  length = 0;

  constructor(
    private readonly make: (size: number) => T,
    capacity: number,
  ) {
    this.data = make(Math.max(4, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  toArray(): T {
    return this.data.slice(0, this.length) as T;
  }
}

export class IntList extends GrowableList<Int32Array> {
  constructor(capacity = 64) {
    super((size) => new Int32Array(size), capacity);
  }
}

export class DoubleList extends GrowableList<Float64Array> {
  constructor(capacity = 64) {
    super((size) => new Float64Array(size), capacity);
  }
}
