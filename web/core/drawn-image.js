// A drawing made into the picture an MNIST-like network expects, the way MNIST's digits
// were made: cropped to the ink's bounding box, scaled so that its longer side fills
// 20 of 28 pixels (keeping the aspect ratio; each pixel the average of the ink it
// covers, so edges are grey levels), then moved so that its centre of mass is the
// picture's centre.

// Ink fainter than this is not part of the bounding box (a brush's soft edge).
const INK = 0.05;

/**
 * For each of `count` destination pixels over source pixels [start, start + length): the
 * source pixels it covers, with the share of each (box filter: weights sum to 1).
 * @param {number} start @param {number} length @param {number} count
 * @returns {{index: number, weight: number}[][]}
 */
function coverage(start, length, count) {
  const step = length / count;
  return Array.from({ length: count }, (_, d) => {
    const from = start + d * step;
    const to = from + step;
    const parts = [];
    for (let s = Math.floor(from); s < Math.ceil(to); ++s) {
      const overlap = Math.min(to, s + 1) - Math.max(from, s);
      if (overlap > 0) parts.push({ index: s, weight: overlap / step });
    }
    return parts;
  });
}

/**
 * The ink's bounding box, or null when there is none.
 * @param {Float32Array} ink @param {number} width @param {number} height
 * @returns {{left: number, top: number, right: number, bottom: number} | null} right, bottom exclusive
 */
export function inkBox(ink, width, height) {
  let left = width; let top = height; let right = -1; let bottom = -1;
  for (let y = 0; y < height; ++y) {
    for (let x = 0; x < width; ++x) {
      if (ink[y * width + x] <= INK) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
    }
  }
  return right < 0 ? null : { left, top, right: right + 1, bottom: bottom + 1 };
}

/**
 * The picture the network receives for `ink` (width × height, row by row, 0 none .. 1
 * full): side × side values 0 .. 1, row by row; null when nothing is drawn.
 * @param {Float32Array} ink @param {number} width @param {number} height @param {number} side
 * @returns {Float32Array | null}
 */
export function networkImage(ink, width, height, side) {
  const box = inkBox(ink, width, height);
  if (!box) return null;
  const boxWidth = box.right - box.left;
  const boxHeight = box.bottom - box.top;
  const fit = (side * 20) / 28;  // MNIST: the longer side becomes 20 pixels of 28
  const scale = fit / Math.max(boxWidth, boxHeight);
  const w = Math.max(1, Math.round(boxWidth * scale));
  const h = Math.max(1, Math.round(boxHeight * scale));
  const columns = coverage(box.left, boxWidth, w);
  const rows = coverage(box.top, boxHeight, h);
  const small = new Float32Array(w * h);
  let mass = 0; let mx = 0; let my = 0;
  for (let y = 0; y < h; ++y) {
    for (let x = 0; x < w; ++x) {
      let v = 0;
      for (const r of rows[y]) for (const c of columns[x]) v += r.weight * c.weight * ink[r.index * width + c.index];
      small[y * w + x] = v;
      mass += v; mx += v * (x + 0.5); my += v * (y + 0.5);
    }
  }
  // Placed so that the centre of mass lands on the picture's centre (whole pixels).
  const dx = Math.round(side / 2 - mx / mass);
  const dy = Math.round(side / 2 - my / mass);
  const out = new Float32Array(side * side);
  for (let y = 0; y < h; ++y) {
    const ty = y + dy;
    if (ty < 0 || ty >= side) continue;
    for (let x = 0; x < w; ++x) {
      const tx = x + dx;
      if (tx >= 0 && tx < side) out[ty * side + tx] = Math.min(1, small[y * w + x]);
    }
  }
  return out;
}
