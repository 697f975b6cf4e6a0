/**
 * Draws the toolbar/store icons (16-128 px) as PNGs into public/icon/ with no image library:
 * a teal rounded square with a white shield-like drop and a small needle dot. Run: npx tsx scripts/make-icons.ts
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const [r, g, b, a] = pixel(x, y);
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage of a pixel by a shape, 4x4 supersampled for smooth edges. */
function cover(size: number, x: number, y: number, inside: (u: number, v: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) n++;
  return n / 16;
}

const roundedSquare = (u: number, v: number) => {
  const r = 0.22;
  const dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
// A drop: circle at the bottom, point at the top.
const drop = (u: number, v: number) => {
  const cx = 0.5,
    cy = 0.6,
    r = 0.22;
  if ((u - cx) ** 2 + (v - cy) ** 2 <= r * r) return true;
  if (v < 0.16 || v > cy) return false;
  const half = (r * (v - 0.16)) / (cy - 0.16);
  return Math.abs(u - cx) <= half;
};

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) {
  const img = png(size, (x, y) => {
    const bg = cover(size, x, y, roundedSquare);
    const fg = cover(size, x, y, drop);
    const mix = (a: number, b: number) => Math.round(a * (1 - fg) + b * fg);
    return [mix(15, 255), mix(118, 255), mix(110, 255), Math.round(255 * bg)];
  });
  writeFileSync(`public/icon/${size}.png`, img);
}
console.log(`wrote ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
