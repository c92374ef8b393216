/**
 * The pending-event set: a binary min-heap over typed arrays keyed by (time, sequence number), so
 * equal times come out in the order they were scheduled (FIFO) and a replay is identical to the bit.
 *
 * Layout. The heap holds, per entry, its time, its sequence number and a slot index; the slot holds
 * the handler id, the payload and the cancellation state. Arrays grow by doubling, slots are reused
 * through a free list: scheduling and running an event allocate nothing once the arrays are big
 * enough.
 *
 * Cancellation is lazy: `cancel` marks the slot; the entry stays in the heap and is dropped, without
 * running or being counted, when it reaches the top. When cancelled entries outnumber live ones
 * (and are more than COMPACT_MIN), the heap is rebuilt without them, so a model that cancels and
 * reschedules timers does not grow the heap without bound.
 *
 * Event ids encode (generation, slot): id = generation · 2^25 + slot. A slot's generation moves on
 * each time it is freed, so a stale id (of an event that has run or been cancelled) never cancels a
 * later event in the same slot — unless that slot was reused exactly 2^28 times in between.
 */

export type EventId = number;

const SLOT_BITS = 25;
const SLOT_LIMIT = 2 ** SLOT_BITS; // at most ~33.5 M events pending at once
const GENERATION_LIMIT = 2 ** 28; // SLOT_BITS + 28 = 53 bits: ids are exact JS integers
const COMPACT_MIN = 1024;
const INITIAL_CAPACITY = 256;

const SLOT_FREE = 0;
const SLOT_PENDING = 1;
const SLOT_CANCELLED = 2;

export class EventQueue {
  // Heap entries (index 0 is the earliest).
  private heapTime = new Float64Array(INITIAL_CAPACITY);
  private heapSeq = new Float64Array(INITIAL_CAPACITY);
  private heapSlot = new Int32Array(INITIAL_CAPACITY);
  private heapSize = 0;
  // Slots.
  private slotHandler = new Int32Array(INITIAL_CAPACITY);
  private slotPayload = new Float64Array(INITIAL_CAPACITY);
  private slotGeneration = new Int32Array(INITIAL_CAPACITY);
  private slotState = new Uint8Array(INITIAL_CAPACITY);
  private freeSlots = new Int32Array(INITIAL_CAPACITY);
  private freeCount = 0;
  private slotCount = 0;
  private nextSeq = 0;
  private cancelledInHeap = 0;

  /** Handler and payload of the entry last removed by `pop`. */
  poppedHandler = 0;
  poppedPayload = 0;
  poppedTime = 0;

  /** Events scheduled and neither run nor cancelled. */
  get pendingCount(): number {
    return this.heapSize - this.cancelledInHeap;
  }

  /** Entries in the heap, cancelled ones not yet dropped included. */
  get size(): number {
    return this.heapSize;
  }

  /** Time of the top entry (possibly a cancelled one), or +Infinity when the heap is empty. */
  topTime(): number {
    return this.heapSize > 0 ? this.heapTime[0] : Number.POSITIVE_INFINITY;
  }

  /** Time of the earliest live event, dropping cancelled entries from the top; +Infinity if none. */
  nextLiveTime(): number {
    while (this.heapSize > 0 && this.slotState[this.heapSlot[0]] === SLOT_CANCELLED) this.pop();
    return this.topTime();
  }

  /** Adds an event; the caller has checked `time` (finite, not in the past). */
  push(time: number, handler: number, payload: number): EventId {
    const slot = this.allocateSlot();
    this.slotHandler[slot] = handler;
    this.slotPayload[slot] = payload;
    this.slotState[slot] = SLOT_PENDING;
    const seq = this.nextSeq++;
    if (this.heapSize === this.heapTime.length) this.growHeap();
    const times = this.heapTime;
    const seqs = this.heapSeq;
    const slots = this.heapSlot;
    // Sift up. The new entry has the largest sequence number so far, so on equal times it stays
    // below its parent: comparing times alone is enough here.
    let i = this.heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentTime = times[parent];
      if (parentTime <= time) break;
      times[i] = parentTime;
      seqs[i] = seqs[parent];
      slots[i] = slots[parent];
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    slots[i] = slot;
    return this.slotGeneration[slot] * SLOT_LIMIT + slot;
  }

  /**
   * Removes the top entry, frees its slot and fills poppedTime/poppedHandler/poppedPayload.
   * Returns false if the entry had been cancelled (the caller must not run it). Heap must be non-empty.
   */
  pop(): boolean {
    const times = this.heapTime;
    const seqs = this.heapSeq;
    const slots = this.heapSlot;
    const topSlot = slots[0];
    this.poppedTime = times[0];
    const n = --this.heapSize;
    if (n > 0) {
      // Sift the last entry down from the root ("hole" method: one write per level).
      const time = times[n];
      const seq = seqs[n];
      const slot = slots[n];
      const half = n >> 1;
      let i = 0;
      while (i < half) {
        let child = 2 * i + 1;
        let childTime = times[child];
        let childSeq = seqs[child];
        const right = child + 1;
        if (right < n) {
          const rightTime = times[right];
          if (rightTime < childTime || (rightTime === childTime && seqs[right] < childSeq)) {
            child = right;
            childTime = rightTime;
            childSeq = seqs[right];
          }
        }
        if (time < childTime || (time === childTime && seq < childSeq)) break;
        times[i] = childTime;
        seqs[i] = childSeq;
        slots[i] = slots[child];
        i = child;
      }
      times[i] = time;
      seqs[i] = seq;
      slots[i] = slot;
    }
    const live = this.slotState[topSlot] === SLOT_PENDING;
    if (!live) this.cancelledInHeap--;
    this.poppedHandler = this.slotHandler[topSlot];
    this.poppedPayload = this.slotPayload[topSlot];
    this.freeSlot(topSlot);
    return live;
  }

  /** Marks a pending event cancelled; false if the id is unknown, already run or already cancelled. */
  cancel(id: EventId): boolean {
    if (!Number.isSafeInteger(id) || id < 0) return false;
    const slot = id % SLOT_LIMIT;
    const generation = (id - slot) / SLOT_LIMIT;
    if (slot >= this.slotCount || this.slotGeneration[slot] !== generation) return false;
    if (this.slotState[slot] !== SLOT_PENDING) return false;
    this.slotState[slot] = SLOT_CANCELLED;
    this.cancelledInHeap++;
    if (this.cancelledInHeap > COMPACT_MIN && this.cancelledInHeap * 2 > this.heapSize) this.compact();
    return true;
  }

  /** True if the event is scheduled and neither run nor cancelled. */
  isPending(id: EventId): boolean {
    if (!Number.isSafeInteger(id) || id < 0) return false;
    const slot = id % SLOT_LIMIT;
    const generation = (id - slot) / SLOT_LIMIT;
    return (
      slot < this.slotCount &&
      this.slotGeneration[slot] === generation &&
      this.slotState[slot] === SLOT_PENDING
    );
  }

  private allocateSlot(): number {
    if (this.freeCount > 0) return this.freeSlots[--this.freeCount];
    if (this.slotCount === this.slotHandler.length) this.growSlots();
    return this.slotCount++;
  }

  private freeSlot(slot: number): void {
    this.slotState[slot] = SLOT_FREE;
    this.slotGeneration[slot] = (this.slotGeneration[slot] + 1) & (GENERATION_LIMIT - 1);
    this.freeSlots[this.freeCount++] = slot;
  }

  /** Drops every cancelled entry and restores the heap order bottom-up (Floyd), O(n). */
  private compact(): void {
    const times = this.heapTime;
    const seqs = this.heapSeq;
    const slots = this.heapSlot;
    let kept = 0;
    for (let i = 0; i < this.heapSize; i++) {
      const slot = slots[i];
      if (this.slotState[slot] === SLOT_CANCELLED) {
        this.freeSlot(slot);
        continue;
      }
      times[kept] = times[i];
      seqs[kept] = seqs[i];
      slots[kept] = slot;
      kept++;
    }
    this.heapSize = kept;
    this.cancelledInHeap = 0;
    for (let i = (kept >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  private siftDown(start: number): void {
    const times = this.heapTime;
    const seqs = this.heapSeq;
    const slots = this.heapSlot;
    const n = this.heapSize;
    const time = times[start];
    const seq = seqs[start];
    const slot = slots[start];
    let i = start;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (
        right < n &&
        (times[right] < times[child] || (times[right] === times[child] && seqs[right] < seqs[child]))
      ) {
        child = right;
      }
      if (time < times[child] || (time === times[child] && seq < seqs[child])) break;
      times[i] = times[child];
      seqs[i] = seqs[child];
      slots[i] = slots[child];
      i = child;
    }
    times[i] = time;
    seqs[i] = seq;
    slots[i] = slot;
  }

  private growHeap(): void {
    const capacity = this.heapTime.length * 2;
    this.heapTime = grow(this.heapTime, new Float64Array(capacity));
    this.heapSeq = grow(this.heapSeq, new Float64Array(capacity));
    this.heapSlot = grow(this.heapSlot, new Int32Array(capacity));
  }

  private growSlots(): void {
    const capacity = this.slotHandler.length * 2;
    if (this.slotHandler.length >= SLOT_LIMIT) {
      throw new RangeError(`event queue full: more than ${SLOT_LIMIT} events pending at once`);
    }
    this.slotHandler = grow(this.slotHandler, new Int32Array(capacity));
    this.slotPayload = grow(this.slotPayload, new Float64Array(capacity));
    this.slotGeneration = grow(this.slotGeneration, new Int32Array(capacity));
    this.slotState = grow(this.slotState, new Uint8Array(capacity));
    this.freeSlots = grow(this.freeSlots, new Int32Array(capacity));
  }
}

function grow<T extends Float64Array | Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
