// A grey picture on a canvas, one canvas pixel per picture pixel (CSS scales it up): light
// for high values, as MNIST's digits are shown.

/**
 * Paints side × side values (0 .. 1, row by row; anything not finite as 0) on the canvas,
 * which takes that size.
 * @param {HTMLCanvasElement} canvas @param {ArrayLike<number>} values @param {number} side
 */
export function paintPicture(canvas, values, side) {
  if (canvas.width !== side) canvas.width = side;
  if (canvas.height !== side) canvas.height = side;
  const g = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
  const image = g.createImageData(side, side);
  for (let i = 0; i < side * side; ++i) {
    const v = Number(values[i]);
    const grey = Number.isFinite(v) ? Math.round(255 * Math.max(0, Math.min(1, v))) : 0;
    image.data.set([grey, grey, grey, 255], 4 * i);
  }
  g.putImageData(image, 0, 0);
}
