/**
 * Numbering the ids of one column (customers, orders, items) straight from the file's text: each
 * distinct id gets a code 0, 1, 2 … in order of first appearance, found again by hashing the field's
 * characters where they lie in the text. A million-row export then costs one string per distinct id
 * (built only when asked for) instead of one per row, and no `Map` lookups keyed by fresh strings —
 * the two costs that dominated reading a large file.
 */

/** FNV-1a offset basis and prime (32-bit): a fast hash with few collisions on short ids. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const INITIAL_SLOTS = 1024;
/** Numbers per slot of the hash table (see `IdTable.slots`). */
const SLOT_SIZE = 4;
/** Longest id packed into its slot: 7 characters of one byte each, and the length, in two 32-bit numbers. */
const SHORT_ID = 7;

/** True for a character `String.prototype.trim` could remove, or one it might (anything not visible ASCII). */
function mayBeBlank(code: number): boolean {
  return code <= 0x20 || code >= 0x7f;
}

function sameCharacters(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/**
 * `text.slice(start, end)` as a string of its own: a slice of 13 characters or more may otherwise
 * point into `text` and keep all of it alive (a part of a file already read).
 */
function detached(text: string, start: number, end: number): string {
  const slice = text.slice(start, end);
  return end - start < 13 ? slice : ` ${slice}`.slice(1);
}

/** The string of `arena[start, end)`, built in slices (an argument list has a length limit). */
function arenaText(arena: Uint16Array, start: number, end: number): string {
  if (end - start <= 4096) return String.fromCharCode(...arena.subarray(start, end));
  const parts: string[] = [];
  for (let from = start; from < end; from += 4096) parts.push(String.fromCharCode(...arena.subarray(from, Math.min(end, from + 4096))));
  return parts.join('');
}

/**
 * A decoder of bytes whose start is ASCII: up to the first other byte, each byte is the character at
 * the same position (a BOM is kept, not dropped, so that nothing moves).
 */
const ASCII_PREFIX = new TextDecoder('utf-8', { ignoreBOM: true });

/** The string of the ASCII bytes `bytes[start, start + length)` when they are 8 or fewer, else null. */
function shortAsciiText(bytes: Uint8Array, start: number, length: number): string | null {
  const at = (k: number): number => bytes[start + k] ?? 0;
  switch (length) {
    case 1:
      return String.fromCharCode(at(0));
    case 2:
      return String.fromCharCode(at(0), at(1));
    case 3:
      return String.fromCharCode(at(0), at(1), at(2));
    case 4:
      return String.fromCharCode(at(0), at(1), at(2), at(3));
    case 5:
      return String.fromCharCode(at(0), at(1), at(2), at(3), at(4));
    case 6:
      return String.fromCharCode(at(0), at(1), at(2), at(3), at(4), at(5));
    case 7:
      return String.fromCharCode(at(0), at(1), at(2), at(3), at(4), at(5), at(6));
    case 8:
      return String.fromCharCode(at(0), at(1), at(2), at(3), at(4), at(5), at(6), at(7));
    default:
      return null;
  }
}

/**
 * A table of ids, each given a code in order of first appearance. Ids are compared character by
 * character, so an id is the same whether it was read from the file's text or given as a string.
 */
export class IdTable {
  /**
   * The string in which each id's characters lie (the file's text, or the id itself), for the ids
   * numbered since the last {@link IdTable.settle}; the others lie in `arena`.
   */
  private sources: string[] = [];
  /** The characters of the settled ids, one after the other. */
  private arena = new Uint16Array(0);
  private arenaLength = 0;
  /** Ids with a code below this one lie in `arena`. */
  private settled = 0;
  /** Where each id lies in its source: start and end side by side (one memory access for both). */
  private bounds: Int32Array<ArrayBuffer>;
  /**
   * Open addressing, four entries per slot side by side: the id's hash, its code + 1 (0 for an empty
   * slot), and a short id itself ({@link SHORT_ID}: up to 7 characters below U+0100, packed with its
   * length; 0, 0 for another id), so that a probe reads one place in memory, and for a short id
   * compares it there.
   */
  private slots: Int32Array<ArrayBuffer>;
  private slotCount: number;
  private readonly names: (string | undefined)[] = [];
  private count = 0;
  // The previous field found, by position: the rows of one order, or of one customer, follow each
  // other in an export, and a repeat is then recognised without hashing.
  private previousText = '';
  private previousStart = 0;
  private previousLength = -1;
  private previousCode = -1;
  // The same for an id read from bytes (see `codeOfBytes`): the bytes are those of one part of a file.
  private previousBytes: Uint8Array | null = null;
  private previousBytesStart = 0;
  private previousBytesLength = -1;
  /** The bytes whose new ids were last decoded, and their text (see `codeOfBytes`). */
  private decodedBytes: Uint8Array | null = null;
  private decodedText = '';

  /**
   * @param expected - about how many distinct ids to expect (sizes the table once instead of growing it)
   * @param keepNames - whether {@link IdTable.settle} keeps each id as a string too (ids whose names
   *   are asked for in the end, such as customers; order ids are only counted)
   */
  constructor(
    expected = 0,
    private readonly keepNames = false,
  ) {
    let slots = INITIAL_SLOTS;
    while (slots < 2 * expected) slots *= 2;
    this.slotCount = slots;
    this.slots = new Int32Array(SLOT_SIZE * slots);
    this.bounds = new Int32Array(slots);
  }

  /** Number of distinct ids. */
  get size(): number {
    return this.count;
  }

  /**
   * The code of the id written in `text[start, end)` without its surrounding blanks, or −1 when the
   * field is blank (no id).
   * @param text - the text holding the field
   * @param start - index of the field's first character
   * @param end - index just past its last character
   * @returns the id's code, a new one for an id not seen before
   * @example const ids = new IdTable(); ids.codeOfRange('a, b,a', 0, 1) // 0; ids.codeOfRange('a, b,a', 2, 4) // 1
   */
  codeOfRange(text: string, start: number, end: number): number {
    if (end > start && !mayBeBlank(text.charCodeAt(start)) && !mayBeBlank(text.charCodeAt(end - 1))) return this.code(text, start, end);
    // Rare: blanks around the id, or a character outside ASCII at one end — trim it as strings do.
    const trimmed = text.slice(start, end).trim();
    return trimmed === '' ? -1 : this.code(trimmed, 0, trimmed.length);
  }

  /**
   * The code of the id written in ASCII in `bytes[start, end)`, the same as {@link IdTable.codeOfRange}
   * gives for its text (in ASCII a byte is a character): −1 for an empty field. The bytes must hold no
   * blank to trim at either end (see `PlainLines.plainId`); a new id is decoded to a string once.
   * @param bytes - the bytes holding the field
   * @param start - index of the field's first byte
   * @param end - index just past its last byte
   * @returns the id's code, a new one for an id not seen before
   */
  codeOfBytes(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    if (length === 0) return -1;
    if (length === this.previousBytesLength && bytes === this.previousBytes) {
      const from = this.previousBytesStart;
      let k = 0;
      while (k < length && bytes[from + k] === bytes[start + k]) k++;
      if (k === length) return this.previousCode;
    }
    let hash = FNV_OFFSET;
    let low = 0;
    let high = 0;
    for (let i = start; i < end; i++) {
      const c = bytes[i] ?? 0;
      hash = Math.imul(hash ^ c, FNV_PRIME);
      const k = i - start;
      if (k < 4) low |= c << (8 * k);
      else if (k < SHORT_ID) high |= c << (8 * (k - 4));
    }
    const short = length <= SHORT_ID;
    if (short) high |= length << 24;
    else low = high = 0;
    const slots = this.slots;
    const mask = this.slotCount - 1;
    let slot = hash & mask;
    let code = -1;
    for (;;) {
      const at = SLOT_SIZE * slot;
      const entry = slots[at + 1] ?? 0;
      if (entry === 0) break;
      if (slots[at] === hash && (short ? slots[at + 2] === low && slots[at + 3] === high : slots[at + 3] === 0 && this.sameBytes(entry - 1, bytes, start, end))) {
        code = entry - 1;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (code < 0) {
      // A new id: its string is made once, and stands as its source until the next settle. A longer id
      // is sliced from the bytes decoded at once: the bytes before the line read are ASCII, each a
      // character at the same position.
      let name = shortAsciiText(bytes, start, length);
      if (name === null) {
        if (this.decodedBytes !== bytes) {
          this.decodedText = ASCII_PREFIX.decode(bytes);
          this.decodedBytes = bytes;
        }
        name = detached(this.decodedText, start, end);
      }
      code = this.add(name, 0, length, hash, low, high, slot);
      if (this.keepNames) this.names[code] = name;
    }
    this.previousText = '';
    this.previousLength = -1;
    this.previousBytes = bytes;
    this.previousBytesStart = start;
    this.previousBytesLength = length;
    this.previousCode = code;
    return code;
  }

  /**
   * The code of an id given as a string (trimmed), or −1 when it is blank.
   * @param id - the id
   * @returns its code
   * @example new IdTable().codeOf(' C1 ') // 0
   */
  codeOf(id: string): number {
    return this.codeOfRange(id, 0, id.length);
  }

  /**
   * The id of a code, as a string.
   * @param code - a code this table gave
   * @returns the id (trimmed), '' for a code it never gave
   */
  name(code: number): string {
    const known = this.names[code];
    if (known !== undefined) return known;
    if (!(code >= 0 && code < this.count)) return '';
    const start = this.bounds[2 * code] ?? 0;
    const end = this.bounds[2 * code + 1] ?? 0;
    const name = code < this.settled ? arenaText(this.arena, start, end) : (this.sources[code - this.settled] ?? '').slice(start, end);
    this.names[code] = name;
    return name;
  }

  /**
   * Copies the ids numbered since the last call out of the texts they were read from, so that a file
   * read in parts keeps no part once it is read: ids then cost their characters, not their texts.
   * Ids already asked for by {@link IdTable.name} stay as strings too.
   */
  settle(): void {
    let needed = this.arenaLength;
    for (let code = this.settled; code < this.count; code++) needed += (this.bounds[2 * code + 1] ?? 0) - (this.bounds[2 * code] ?? 0);
    if (needed > this.arena.length) {
      const bigger = new Uint16Array(Math.max(needed, 2 * this.arena.length, 1024));
      bigger.set(this.arena.subarray(0, this.arenaLength));
      this.arena = bigger;
    }
    for (let code = this.settled; code < this.count; code++) {
      const source = this.sources[code - this.settled] ?? '';
      const start = this.bounds[2 * code] ?? 0;
      const end = this.bounds[2 * code + 1] ?? 0;
      if (this.keepNames && this.names[code] === undefined) this.names[code] = detached(source, start, end);
      for (let i = start; i < end; i++) this.arena[this.arenaLength + i - start] = source.charCodeAt(i);
      this.bounds[2 * code] = this.arenaLength;
      this.arenaLength += end - start;
      this.bounds[2 * code + 1] = this.arenaLength;
    }
    this.sources = [];
    this.settled = this.count;
    this.previousText = '';
    this.previousLength = -1;
    this.previousBytes = null;
    this.previousBytesLength = -1;
    this.decodedBytes = null;
    this.decodedText = '';
  }

  /** Every id, by code. */
  allNames(): string[] {
    const names: string[] = [];
    for (let code = 0; code < this.count; code++) names.push(this.name(code));
    return names;
  }

  private code(text: string, start: number, end: number): number {
    const length = end - start;
    if (length === this.previousLength && text === this.previousText && sameCharacters(text, start, this.previousStart, length)) return this.previousCode;
    const code = this.find(text, start, end);
    this.previousBytes = null;
    this.previousBytesLength = -1;
    this.previousText = text;
    this.previousStart = start;
    this.previousLength = length;
    this.previousCode = code;
    return code;
  }

  private find(text: string, start: number, end: number): number {
    let hash = FNV_OFFSET;
    // The id packed into two numbers while it is short: characters 0–3, then 4–6 and the length.
    let low = 0;
    let high = 0;
    const length = end - start;
    let short = length <= SHORT_ID;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      hash = Math.imul(hash ^ c, FNV_PRIME);
      if (short) {
        const k = i - start;
        if (c > 0xff) short = false;
        else if (k < 4) low |= c << (8 * k);
        else high |= c << (8 * (k - 4));
      }
    }
    if (short) high |= length << 24;
    else low = high = 0;
    const slots = this.slots;
    const mask = this.slotCount - 1;
    let slot = hash & mask;
    for (;;) {
      const at = SLOT_SIZE * slot;
      const entry = slots[at + 1] ?? 0;
      if (entry === 0) break;
      if (slots[at] === hash) {
        // A short id is the same exactly when its packed form is; another id is compared character by character.
        if (short ? slots[at + 2] === low && slots[at + 3] === high : slots[at + 3] === 0 && this.sameId(entry - 1, text, start, end)) return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    return this.add(text, start, end, hash, low, high, slot);
  }

  /** Numbers a new id, written in `text[start, end)`, in the free `slot` its hash led to. */
  private add(text: string, start: number, end: number, hash: number, low: number, high: number, slot: number): number {
    const slots = this.slots;
    const code = this.count++;
    if (2 * code === this.bounds.length) {
      const bigger = new Int32Array(2 * this.bounds.length);
      bigger.set(this.bounds);
      this.bounds = bigger;
    }
    this.sources.push(text);
    this.bounds[2 * code] = start;
    this.bounds[2 * code + 1] = end;
    const at = SLOT_SIZE * slot;
    slots[at] = hash;
    slots[at + 1] = code + 1;
    slots[at + 2] = low;
    slots[at + 3] = high;
    // Kept at most half full, so that probes stay short; grown four times over, so that the ids of a
    // large file are moved twice less often (the slots stay within eight per id).
    if (2 * this.count > this.slotCount) this.rehash();
    return code;
  }

  private sameId(code: number, text: string, start: number, end: number): boolean {
    const from = this.bounds[2 * code] ?? 0;
    const length = end - start;
    if ((this.bounds[2 * code + 1] ?? 0) - from !== length) return false;
    if (code < this.settled) {
      const arena = this.arena;
      for (let k = 0; k < length; k++) if (arena[from + k] !== text.charCodeAt(start + k)) return false;
      return true;
    }
    const source = this.sources[code - this.settled] ?? '';
    for (let k = 0; k < length; k++) if (source.charCodeAt(from + k) !== text.charCodeAt(start + k)) return false;
    return true;
  }

  private sameBytes(code: number, bytes: Uint8Array, start: number, end: number): boolean {
    const from = this.bounds[2 * code] ?? 0;
    const length = end - start;
    if ((this.bounds[2 * code + 1] ?? 0) - from !== length) return false;
    if (code < this.settled) {
      const arena = this.arena;
      for (let k = 0; k < length; k++) if (arena[from + k] !== bytes[start + k]) return false;
      return true;
    }
    const source = this.sources[code - this.settled] ?? '';
    for (let k = 0; k < length; k++) if (source.charCodeAt(from + k) !== bytes[start + k]) return false;
    return true;
  }

  private rehash(): void {
    const old = this.slots;
    this.slotCount *= 4;
    const slots = new Int32Array(SLOT_SIZE * this.slotCount);
    const mask = this.slotCount - 1;
    for (let k = 0; k < old.length; k += SLOT_SIZE) {
      if ((old[k + 1] ?? 0) === 0) continue;
      let slot = (old[k] ?? 0) & mask;
      while ((slots[SLOT_SIZE * slot + 1] ?? 0) !== 0) slot = (slot + 1) & mask;
      for (let j = 0; j < SLOT_SIZE; j++) slots[SLOT_SIZE * slot + j] = old[k + j] ?? 0;
    }
    this.slots = slots;
  }
}

/** What numbers the order ids of a transaction export: an {@link IdTable}, or {@link OrderRuns}. */
export interface OrderCodes {
  /** The code of the id in `text[start, end)` without its surrounding blanks, −1 when it is blank. */
  codeOfRange(text: string, start: number, end: number): number;
  /** The code of an id given as a string (trimmed), −1 when it is blank. */
  codeOf(id: string): number;
  /** Lets go of the texts read so far (see {@link IdTable.settle}). */
  settle(): void;
}

/** Directions of a sequence of ids: each bit stays set while the distinct ids keep going that way. */
const ASCENDING = 1;
const DESCENDING = 2;
const SHORTLEX_ASCENDING = 4;
const SHORTLEX_DESCENDING = 8;
const EVERY_DIRECTION = ASCENDING | DESCENDING | SHORTLEX_ASCENDING | SHORTLEX_DESCENDING;

/**
 * Order ids numbered by runs, keeping one id instead of all of them: each change of id starts a new
 * code. The codes are those of an {@link IdTable} (the same code = the same id) as long as no id comes
 * back after another one — which is certain while the ids change in one direction only: always up or
 * always down, comparing them as strings, or shorter first then as strings (`#998`, `#999`, `#1000`).
 * Exports list orders by number or by date, so their order ids run so, and the memory of reading them
 * follows the customers, not the orders. {@link OrderRuns.sorted} turns false for ids that do not run
 * so (an id that may have come before): the codes then mean nothing and the ids must be numbered by an
 * {@link IdTable}.
 */
export class OrderRuns implements OrderCodes {
  private previous = '';
  private code = -1;
  private directions = EVERY_DIRECTION;

  /** True while every code given is that of an {@link IdTable} (see the class). */
  get sorted(): boolean {
    return this.directions !== 0;
  }

  codeOfRange(text: string, start: number, end: number): number {
    if (end > start && !mayBeBlank(text.charCodeAt(start)) && !mayBeBlank(text.charCodeAt(end - 1))) return this.run(text, start, end);
    const trimmed = text.slice(start, end).trim();
    return trimmed === '' ? -1 : this.run(trimmed, 0, trimmed.length);
  }

  codeOf(id: string): number {
    return this.codeOfRange(id, 0, id.length);
  }

  settle(): void {
    // Nothing to let go of: the one id kept is a string of its own (see `run`).
  }

  private run(text: string, start: number, end: number): number {
    const previous = this.previous;
    const length = end - start;
    const shorter = Math.min(length, previous.length);
    let k = 0;
    while (k < shorter && text.charCodeAt(start + k) === previous.charCodeAt(k)) k++;
    if (k === length && length === previous.length && this.code >= 0) return this.code;
    if (this.code >= 0) {
      // `order` > 0 when the new id comes after the previous one as strings; by length first for shortlex.
      const order = k < shorter ? text.charCodeAt(start + k) - previous.charCodeAt(k) : length - previous.length;
      const byLength = length === previous.length ? order : length - previous.length;
      this.directions &= (order > 0 ? ASCENDING : DESCENDING) | (byLength > 0 ? SHORTLEX_ASCENDING : SHORTLEX_DESCENDING);
    }
    this.previous = detached(text, start, end);
    return ++this.code;
  }
}
