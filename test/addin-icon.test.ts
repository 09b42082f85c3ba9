// The add-in's icon: pixels where the drawing puts them, and PNG files any decoder accepts (checked
// with Node's own zlib and CRC-32, independent of the encoder's).
import { crc32 as referenceCrc32, deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, encodePng, iconPixels } from '../addin/build/icon.js';

const deflate = (bytes: Uint8Array): Uint8Array => deflateSync(bytes);

function pixel(pixels: Uint8Array, size: number, column: number, row: number): number[] {
  const offset = (row * size + column) * 4;
  return [...pixels.subarray(offset, offset + 4)];
}

describe('the CRC-32 of PNG chunks', () => {
  it('gives the standard check value for "123456789"', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('gives the checksum every PNG file ends with for "IEND"', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });
});

describe('the icon at 80 px', () => {
  const pixels = iconPixels(80);

  it('is transparent outside the rounded corners', () => {
    expect(pixel(pixels, 80, 0, 0)).toEqual([0, 0, 0, 0]);
    expect(pixel(pixels, 80, 79, 79)).toEqual([0, 0, 0, 0]);
  });

  it('is terracotta at the edges', () => {
    expect(pixel(pixels, 80, 4, 40)).toEqual([178, 58, 28, 255]);
  });

  it('has a white flame with an amber core', () => {
    // (40.5, 32.5) / 80 = (0.51, 0.41): above the core's tip (0.42), inside the flame.
    expect(pixel(pixels, 80, 40, 32)).toEqual([255, 255, 255, 255]);
    // (40.5, 50.5) / 80 = (0.51, 0.63): 0.05 above the core's centre (0.5, 0.68), radius 0.11.
    expect(pixel(pixels, 80, 40, 50)).toEqual([255, 190, 92, 255]);
  });
});

describe('a PNG file', () => {
  it('holds a signature, IHDR, IDAT and IEND with valid checksums, the rows behind filter bytes', () => {
    const png = Buffer.from(encodePng(2, 1, new Uint8Array([255, 0, 0, 255, 0, 0, 255, 128]), deflate));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: 13 bytes, width 2, height 1, depth 8, colour type 6 (RGBA), then its CRC.
    expect(png.readUInt32BE(8)).toBe(13);
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25], png[26], png[27], png[28]]).toEqual([2, 1, 8, 6, 0, 0, 0]);
    expect(png.readUInt32BE(29)).toBe(referenceCrc32(png.subarray(12, 29)));
    const idatLength = png.readUInt32BE(33);
    expect(png.toString('latin1', 37, 41)).toBe('IDAT');
    expect([...inflateSync(png.subarray(41, 41 + idatLength))]).toEqual([0, 255, 0, 0, 255, 0, 0, 255, 128]);
    expect(png.readUInt32BE(41 + idatLength)).toBe(referenceCrc32(png.subarray(37, 41 + idatLength)));
    expect([...png.subarray(png.length - 12)]).toEqual([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
  });
});
