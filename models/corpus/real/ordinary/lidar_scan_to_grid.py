"""Turn a 2D laser scan into an occupancy grid (log-odds), TurtleBot-style."""
import numpy as np


class OccupancyGrid:
    def __init__(self, size_m=20.0, res=0.05):
        self.res = res
        n = int(size_m / res)
        self.logodds = np.zeros((n, n), dtype=np.float32)
        self.origin = n // 2
        self.l_occ, self.l_free = 0.85, -0.4

    def _cell(self, x, y):
        return int(x / self.res) + self.origin, int(y / self.res) + self.origin

    def integrate(self, pose, ranges, angle_min, angle_inc, max_range=8.0):
        px, py, th = pose
        c0 = self._cell(px, py)
        for i, r in enumerate(ranges):
            if not np.isfinite(r) or r > max_range:
                continue
            a = th + angle_min + i * angle_inc
            c1 = self._cell(px + r * np.cos(a), py + r * np.sin(a))
            for cx, cy in bresenham(*c0, *c1)[:-1]:
                self.logodds[cy, cx] += self.l_free
            self.logodds[c1[1], c1[0]] += self.l_occ
        np.clip(self.logodds, -5, 5, out=self.logodds)

    def probabilities(self):
        return 1 - 1 / (1 + np.exp(self.logodds))


def bresenham(x0, y0, x1, y1):
    pts = []
    dx, dy = abs(x1 - x0), -abs(y1 - y0)
    sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
    err = dx + dy
    while True:
        pts.append((x0, y0))
        if x0 == x1 and y0 == y1:
            return pts
        e2 = 2 * err
        if e2 >= dy:
            err += dy; x0 += sx
        if e2 <= dx:
            err += dx; y0 += sy
