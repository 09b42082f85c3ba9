/**
 * The add-in's icon, drawn at build time: a white flame on a terracotta rounded square, written as a
 * PNG. Pure: the caller passes the zlib deflate function (Node's `zlib.deflateSync` at build time).
 */

/** Compresses bytes into a zlib stream (RFC 1950), e.g. Node's `zlib.deflateSync`. */
export type Deflate = (bytes: Uint8Array) => Uint8Array;

type Rgba = readonly [number, number, number, number];

const BACKGROUND: Rgba = [178, 58, 28, 255];
const FLAME: Rgba = [255, 255, 255, 255];
const CORE: Rgba = [255, 190, 92, 255];
const TRANSPARENT: Rgba = [0, 0, 0, 0];
/** Samples per pixel side: 4×4 samples smooth the edges at 16 px. */
const SUPERSAMPLING = 4;

/**
 * A flame: a disc of radius r at (cx, cy) continued upwards by a tip that narrows to a point at `tipY`
 * and leans to the right, as a flame in a draught.
 */
function inFlame(x: number, y: number, cx: number, cy: number, r: number, tipY: number): boolean {
  if (y >= cy) return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  if (y < tipY) return false;
  const fromTip = (y - tipY) / (cy - tipY);
  const lean = 0.6 * r * (1 - fromTip) ** 2;
  return Math.abs(x - cx - lean) <= r * Math.sin((fromTip * Math.PI) / 2) ** 1.5;
}

function inRoundedSquare(x: number, y: number, radius: number): boolean {
  const dx = Math.max(radius - x, 0, x - (1 - radius));
  const dy = Math.max(radius - y, 0, y - (1 - radius));
  return dx * dx + dy * dy <= radius * radius;
}

/** The colour at a point of the unit square (y downwards). */
function colourAt(x: number, y: number): Rgba {
  if (!inRoundedSquare(x, y, 0.2)) return TRANSPARENT;
  if (inFlame(x, y, 0.5, 0.68, 0.11, 0.42)) return CORE;
  if (inFlame(x, y, 0.5, 0.62, 0.22, 0.1)) return FLAME;
  return BACKGROUND;
}

/**
 * The icon's pixels, RGBA row by row, each pixel the average of its samples.
 *
 * @param size - width and height in pixels
 * @returns size × size × 4 bytes
 * @example iconPixels(16).length // 1024
 */
export function iconPixels(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const samples = SUPERSAMPLING * SUPERSAMPLING;
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLING; sy++) {
        for (let sx = 0; sx < SUPERSAMPLING; sx++) {
          const colour = colourAt((column + (sx + 0.5) / SUPERSAMPLING) / size, (row + (sy + 0.5) / SUPERSAMPLING) / size);
          // Premultiplied by alpha so transparent samples do not darken the edges.
          for (let channel = 0; channel < 3; channel++) sum[channel] = (sum[channel] ?? 0) + (colour[channel] ?? 0) * (colour[3] / 255);
          sum[3] = (sum[3] ?? 0) + colour[3];
        }
      }
      const alpha = (sum[3] ?? 0) / samples;
      const offset = (row * size + column) * 4;
      for (let channel = 0; channel < 3; channel++) {
        pixels[offset + channel] = alpha === 0 ? 0 : Math.round(((sum[channel] ?? 0) / samples) * (255 / alpha));
      }
      pixels[offset + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

const CRC_TABLE: readonly number[] = Array.from({ length: 256 }, (_, index) => {
  let crc = index;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

/**
 * CRC-32 (ISO 3309, the one PNG chunks carry).
 *
 * @example crc32(new TextEncoder().encode('IEND')) // 0xae426082
 */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * A PNG file (8-bit RGBA, no interlacing) from pixels.
 *
 * @param width - in pixels
 * @param height - in pixels
 * @param rgba - width × height × 4 bytes, row by row
 * @param deflate - zlib compression
 * @returns the file's bytes
 * @example encodePng(1, 1, new Uint8Array([255, 0, 0, 255]), zlib.deflateSync) // a red pixel: a 70-byte file
 */
export function encodePng(width: number, height: number, rgba: Uint8Array, deflate: Deflate): Uint8Array {
  const header = new Uint8Array(13);
  const headerView = new DataView(header.buffer);
  headerView.setUint32(0, width);
  headerView.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, adaptive filtering, no interlace
  // Each row starts with its filter type: 0, no filtering (tiny icons compress well anyway).
  const raw = new Uint8Array(height * (width * 4 + 1));
  for (let row = 0; row < height; row++) raw.set(rgba.subarray(row * width * 4, (row + 1) * width * 4), row * (width * 4 + 1) + 1);
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflate(raw)), chunk('IEND', new Uint8Array(0))];
  const file = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    file.set(part, offset);
    offset += part.length;
  }
  return file;
}

/**
 * The icon as a PNG file.
 *
 * @param size - 16, 32, 64 or 80
 * @param deflate - zlib compression
 * @example iconPng(32, zlib.deflateSync) // the bytes of assets/icon-32.png
 */
export function iconPng(size: number, deflate: Deflate): Uint8Array {
  return encodePng(size, size, iconPixels(size), deflate);
}
