#!/usr/bin/env node
// Draws the installed app's icons (web/offline/icon-192.png, icon-512.png): a small
// network, white on the page's blue, on a square that a launcher may round or crop (the
// drawing keeps to the middle 80%, the manifest's "maskable" safe zone). Written with
// node:zlib alone; run again after changing the drawing, and commit the PNGs.
//   node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x1a, 0x73, 0xe8];
const WHITE = [255, 255, 255];
// Units of a 2-3-2 network in a 100 x 100 square, and the lines between layers.
const layers = [[35, 65], [25, 50, 75], [35, 65]].map((ys, i) => ys.map((y) => [22 + 28 * i, y]));
const edges = [];
for (let l = 0; l + 1 < layers.length; ++l) for (const a of layers[l]) for (const b of layers[l + 1]) edges.push([a, b]);

/** Distance from p to the segment a-b. */
function segmentDistance([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Whether the point (in the 100-unit square) is white. */
function white(x, y) {
  if (layers.flat().some(([cx, cy]) => Math.hypot(x - cx, y - cy) <= 7)) return true;
  return edges.some(([a, b]) => segmentDistance([x, y], a, b) <= 1.6);
}

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; ++k) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size) {
  const samples = 4;  // per axis: 16 per pixel, for smooth edges
  const rows = [];
  for (let y = 0; y < size; ++y) {
    const row = Buffer.alloc(1 + 3 * size);  // filter byte 0, then RGB
    for (let x = 0; x < size; ++x) {
      let cover = 0;
      for (let sy = 0; sy < samples; ++sy) {
        for (let sx = 0; sx < samples; ++sx) {
          cover += white(((x + (sx + 0.5) / samples) / size) * 100, ((y + (sy + 0.5) / samples) / size) * 100) ? 1 : 0;
        }
      }
      const a = cover / (samples * samples);
      for (let c = 0; c < 3; ++c) row[1 + 3 * x + c] = Math.round(BLUE[c] * (1 - a) + WHITE[c] * a);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);  // 8 bits, RGB, deflate, no filter, not interlaced
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [192, 512]) {
  const file = new URL(`../web/offline/icon-${size}.png`, import.meta.url);
  writeFileSync(file, png(size));
  console.log(`wrote ${file.pathname}`);
}
