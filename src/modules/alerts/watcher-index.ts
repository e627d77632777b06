/**
 * Who watches which zone, in memory, so that the audience of a zone or a radius over 100,000 members
 * is counted in well under a millisecond while a verifier composes an alert. Members and zones are
 * numbered. Two ways to count, and the cheaper one is taken:
 * - few targets: walk each target zone's members, marking them in a reused array (no sets built);
 * - many targets: walk every member's few zones once, against a table of which zones are targets.
 * Both cost about the number of watches they read, so neither grows past the total number of watches.
 */

/** Zones a member's slot holds in place; a member watching more keeps them in `overflow`. */
const SLOT = 4;
/** Zone number 0 means "no zone" in a slot, and is never a target. */
const NONE = 0;

export class WatcherIndex {
  private readonly ids: string[] = [];
  private readonly numberOf = new Map<string, number>();
  private readonly zoneNumber = new Map<string, number>();
  /** Member n's zones fill slots[n*SLOT .. n*SLOT+SLOT), the rest NONE; a member watching more is in `overflow`. */
  private slots = new Int32Array(1024 * SLOT);
  private readonly overflow = new Map<number, Int32Array>();
  private readonly zoneMembers: Set<number>[] = [new Set()];
  private readonly packed: (Int32Array | null)[] = [null];
  private marks = new Uint32Array(1024);
  private mark = 0;
  private isTarget = new Uint8Array(128);

  get members(): number {
    return this.ids.length;
  }

  private memberNumber(memberId: string): number {
    let n = this.numberOf.get(memberId);
    if (n !== undefined) return n;
    n = this.ids.push(memberId) - 1;
    this.numberOf.set(memberId, n);
    if ((n + 1) * SLOT > this.slots.length) {
      const slots = new Int32Array(this.slots.length * 2);
      slots.set(this.slots);
      this.slots = slots;
    }
    return n;
  }

  private numberOfZone(zoneId: string): number {
    let z = this.zoneNumber.get(zoneId);
    if (z !== undefined) return z;
    z = this.zoneNumber.size + 1;
    this.zoneNumber.set(zoneId, z);
    this.zoneMembers.push(new Set());
    this.packed.push(null);
    return z;
  }

  private zonesOfMember(n: number): Int32Array {
    return this.overflow.get(n) ?? this.slots.subarray(n * SLOT, n * SLOT + SLOT).filter((z) => z !== NONE);
  }

  /** Replaces what is known of one member (an empty list: they watch nothing). */
  setWatches(memberId: string, zoneIds: readonly string[]) {
    const n = this.memberNumber(memberId);
    for (const z of this.zonesOfMember(n)) {
      this.zoneMembers[z].delete(n);
      this.packed[z] = null;
    }
    const zones = Int32Array.from(new Set(zoneIds), (id) => this.numberOfZone(id));
    this.overflow.delete(n);
    this.slots.fill(NONE, n * SLOT, n * SLOT + SLOT);
    if (zones.length > SLOT) this.overflow.set(n, zones);
    else this.slots.set(zones, n * SLOT);
    for (const z of zones) {
      this.zoneMembers[z].add(n);
      this.packed[z] = null;
    }
  }

  private membersOfZone(z: number): Int32Array {
    const cached = this.packed[z];
    if (cached) return cached;
    const packed = Int32Array.from(this.zoneMembers[z]);
    this.packed[z] = packed;
    return packed;
  }

  /** How many members watch any of the zones, each counted once. */
  count(zoneIds: readonly string[]): number {
    const targets = [...new Set(zoneIds)].flatMap((id) => {
      const z = this.zoneNumber.get(id);
      return z === undefined ? [] : [z];
    });
    const reads = targets.reduce((sum, z) => sum + this.zoneMembers[z].size, 0);
    return reads < this.ids.length ? this.countByZone(targets) : this.countByMember(targets);
  }

  private countByZone(targets: number[]): number {
    if (this.marks.length < this.ids.length) this.marks = new Uint32Array(this.ids.length * 2);
    if (++this.mark === 0xffffffff) {
      this.marks.fill(0);
      this.mark = 1;
    }
    const { marks, mark } = this;
    let count = 0;
    for (const z of targets) {
      const members = this.membersOfZone(z);
      for (let i = 0; i < members.length; i++) {
        if (marks[members[i]] !== mark) {
          marks[members[i]] = mark;
          count++;
        }
      }
    }
    return count;
  }

  private countByMember(targets: number[]): number {
    if (this.isTarget.length <= this.zoneNumber.size) this.isTarget = new Uint8Array((this.zoneNumber.size + 1) * 2);
    const { isTarget, slots } = this;
    isTarget.fill(0);
    for (const z of targets) isTarget[z] = 1;
    let count = 0;
    // Four loads per member, no branches: the slots of members kept in `overflow` are all NONE.
    const end = this.ids.length * SLOT;
    for (let i = 0; i < end; i += SLOT)
      count += isTarget[slots[i]] | isTarget[slots[i + 1]] | isTarget[slots[i + 2]] | isTarget[slots[i + 3]];
    for (const zones of this.overflow.values()) if (zones.some((z) => isTarget[z] === 1)) count++;
    return count;
  }
}
