/** A place on the map, in degrees. */
export interface Point {
  latitude: number;
  longitude: number;
}

/** Web Mercator, as tile servers use, scaled to 0–1 across the whole world. */
export function mercator({ latitude, longitude }: Point): { x: number; y: number } {
  const sin = Math.sin((Math.max(-85, Math.min(85, latitude)) * Math.PI) / 180);
  return {
    x: (longitude + 180) / 360,
    y: 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI),
  };
}

export interface View {
  minX: number;
  minY: number;
  width: number;
  height: number;
}

/** The smallest view of the given aspect (width ÷ height) around the points, with a margin. */
export function fitView(points: readonly Point[], aspect: number, margin = 0.2): View {
  const projected = points.map(mercator);
  const xs = projected.map((point) => point.x);
  const ys = projected.map((point) => point.y);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  // At least about 600 m across, so a single place is not infinitely zoomed in.
  let width = Math.max(maxX - minX, 1.5e-5) * (1 + 2 * margin);
  let height = Math.max(maxY - minY, 1.5e-5) * (1 + 2 * margin);
  if (width / height > aspect) height = width / aspect;
  else width = height * aspect;
  return { minX: (minX + maxX - width) / 2, minY: (minY + maxY - height) / 2, width, height };
}

/** Where a point falls in the view, in percent from the left and from the top. */
export function placeInView(point: Point, view: View): { left: number; top: number } {
  const { x, y } = mercator(point);
  return { left: ((x - view.minX) / view.width) * 100, top: ((y - view.minY) / view.height) * 100 };
}
