/**
 * Every VM of one replication as struct-of-arrays: size, utilisation, owner system, HA partner, where
 * it is and in which state. Grows by doubling (amortised), so adding a VM allocates nothing on average.
 * Also keeps the FIFO queue of VMs waiting for capacity and the running demand totals.
 */
import type { VmSize } from './hostState.ts';

/** Placed on `host`. */
export const VM_PLACED = 0;
/** Waiting for capacity (a refused request, or a restart that found no room). */
export const VM_PENDING = 1;
/** Its host failed; HA restarts it after the restart delay. */
export const VM_RESTARTING = 2;
/** Decommissioned or migrated out. */
export const VM_GONE = 3;

export class VmRegistry {
  count = 0;
  vcpu: Float64Array;
  ramGb: Float64Array;
  diskGb: Float64Array;
  /** CPU utilisation at the term start (before the system's yearly growth), 0..1. */
  cpuUtilisation: Float64Array;
  system: Int32Array;
  /** Index of the VM's HA partner, or −1. */
  partner: Int32Array;
  /** Host while placed; the failed host while restarting; −1 otherwise. */
  host: Int32Array;
  state: Uint8Array;
  /** 1 if the VM came from a failed host: its retries are restarts (exempt from reserve and VM limit). */
  restart: Uint8Array;

  /** Pending VM ids in arrival order (entries of VMs no longer pending are skipped and compacted). */
  pending: Int32Array;
  pendingLength = 0;

  /** Demand of live VMs (placed, pending or restarting). */
  liveVcpu = 0;
  liveRamGb = 0;
  liveDiskGb = 0;
  liveCount = 0;
  /** VMs that hold a slot (see holdsSlot): what the pool-wide VM limit counts. */
  slotCount = 0;

  constructor(initialCapacity = 64) {
    const n = Math.max(4, initialCapacity);
    this.vcpu = new Float64Array(n);
    this.ramGb = new Float64Array(n);
    this.diskGb = new Float64Array(n);
    this.cpuUtilisation = new Float64Array(n);
    this.system = new Int32Array(n);
    this.partner = new Int32Array(n);
    this.host = new Int32Array(n);
    this.state = new Uint8Array(n);
    this.restart = new Uint8Array(n);
    this.pending = new Int32Array(n);
  }

  /** Adds a live VM (state pending until placed) and returns its id. */
  add(size: VmSize, cpuUtilisation: number, system: number, partner: number): number {
    if (this.count === this.vcpu.length) this.grow();
    const id = this.count++;
    this.vcpu[id] = size.vcpu;
    this.ramGb[id] = size.ramGb;
    this.diskGb[id] = size.diskGb;
    this.cpuUtilisation[id] = cpuUtilisation;
    this.system[id] = system;
    this.partner[id] = partner;
    if (partner >= 0) this.partner[partner] = id;
    this.host[id] = -1;
    this.state[id] = VM_PENDING;
    this.restart[id] = 0;
    this.liveVcpu += size.vcpu;
    this.liveRamGb += size.ramGb;
    this.liveDiskGb += size.diskGb;
    this.liveCount++;
    return id;
  }

  /** Marks a live VM gone and takes it out of the demand totals (the caller releases its host). */
  retire(id: number): void {
    if (this.holdsSlot(id)) this.slotCount--;
    this.state[id] = VM_GONE;
    this.host[id] = -1;
    this.liveVcpu -= this.vcpu[id];
    this.liveRamGb -= this.ramGb[id];
    this.liveDiskGb -= this.diskGb[id];
    this.liveCount--;
  }

  /** Placed, restarting, or pending after its host failed: it still counts against the VM limit. */
  holdsSlot(id: number): boolean {
    const st = this.state[id];
    return st === VM_PLACED || st === VM_RESTARTING || (st === VM_PENDING && this.restart[id] === 1);
  }

  enqueuePending(id: number): void {
    if (this.pendingLength === this.pending.length) {
      const next = new Int32Array(this.pending.length * 2);
      next.set(this.pending);
      this.pending = next;
    }
    this.pending[this.pendingLength++] = id;
  }

  /** Drops queue entries of VMs that are no longer pending, keeping the order. */
  compactPending(): void {
    let w = 0;
    for (let r = 0; r < this.pendingLength; r++) {
      const id = this.pending[r];
      if (this.state[id] === VM_PENDING) this.pending[w++] = id;
    }
    this.pendingLength = w;
  }

  private grow(): void {
    const n = this.vcpu.length * 2;
    const f64 = (a: Float64Array) => {
      const b = new Float64Array(n);
      b.set(a);
      return b;
    };
    const i32 = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    const u8 = (a: Uint8Array) => {
      const b = new Uint8Array(n);
      b.set(a);
      return b;
    };
    this.vcpu = f64(this.vcpu);
    this.ramGb = f64(this.ramGb);
    this.diskGb = f64(this.diskGb);
    this.cpuUtilisation = f64(this.cpuUtilisation);
    this.system = i32(this.system);
    this.partner = i32(this.partner);
    this.host = i32(this.host);
    this.state = u8(this.state);
    this.restart = u8(this.restart);
  }
}
