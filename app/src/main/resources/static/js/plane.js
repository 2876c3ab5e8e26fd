// Where map coordinates meet Supercluster, which clusters on the Web-Mercator globe in longitude/latitude.
// A geographic network passes through; a local plane (an EPANET model's drawing units, drawn with
// Leaflet's CRS.Simple) is laid onto the globe at a scale where one Supercluster zoom step is one map
// zoom step, shifted by `zoomOffset`.

/** A projection for `layer` ({geographic, bounds}) with toLngLat, toPlane, and the zoom offset. */
export function projectionFor(geographic, bounds) {
  if (geographic) {
    return {zoomOffset: 0, toLngLat: (x, y) => [x, y], toPlane: (lng, lat) => [lng, lat]};
  }
  const [minX, minY, maxX, maxY] = bounds.length === 4 ? bounds : [0, 0, 1, 1];
  const centreX = (minX + maxX) / 2;
  const centreY = (minY + maxY) / 2;
  const half = Math.max(maxX - minX, maxY - minY, 1) / 2;
  // CRS.Simple draws 1 unit as 2^z px; Mercator draws 1° of longitude as 256·2^z/360 px. With
  // longitude = (x − centre)·k and k = 360/256/2^s, the two agree when Supercluster's zoom is z + s;
  // s is the smallest that keeps the plane within ±170°.
  const shift = Math.max(0, Math.ceil(Math.log2((half * 360) / 256 / 170)));
  const k = 360 / 256 / 2 ** shift;
  return {
    zoomOffset: shift,
    toLngLat(x, y) {
      const mercatorY = 0.5 - ((y - centreY) * k) / 360;
      const lat = (360 * Math.atan(Math.exp(((180 - mercatorY * 360) * Math.PI) / 180))) / Math.PI - 90;
      return [(x - centreX) * k, lat];
    },
    toPlane(lng, lat) {
      const sin = Math.sin((lat * Math.PI) / 180);
      const mercatorY = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
      return [lng / k + centreX, ((0.5 - mercatorY) * 360) / k + centreY];
    },
  };
}
