/**
 * The sizes that found no host in the current retry pass, by kind (new request or restart): a few
 * (vCPU, RAM, disk) triples; a size at least as large in all three as one of them cannot fit either.
 * At most FAILED_SIZES_KEPT per kind are kept (the rest are simply tried), so a check stays cheap.
 */
const FAILED_SIZES_KEPT = 16;

export class FailedSizes {
  newCount = 0;
  restartCount = 0;
  private readonly newSizes = new Float64Array(FAILED_SIZES_KEPT * 3);
  private readonly restartSizes = new Float64Array(FAILED_SIZES_KEPT * 3);

  dominates(restart: boolean, vcpu: number, ramGb: number, diskGb: number): boolean {
    const sizes = restart ? this.restartSizes : this.newSizes;
    const n = restart ? this.restartCount : this.newCount;
    for (let i = 0; i < n; i++) {
      const o = i * 3;
      if (vcpu >= sizes[o] && ramGb >= sizes[o + 1] && diskGb >= sizes[o + 2]) return true;
    }
    return false;
  }

  add(restart: boolean, vcpu: number, ramGb: number, diskGb: number): void {
    const n = restart ? this.restartCount : this.newCount;
    if (n >= FAILED_SIZES_KEPT) return;
    const sizes = restart ? this.restartSizes : this.newSizes;
    sizes[n * 3] = vcpu;
    sizes[n * 3 + 1] = ramGb;
    sizes[n * 3 + 2] = diskGb;
    if (restart) this.restartCount++;
    else this.newCount++;
  }
}
