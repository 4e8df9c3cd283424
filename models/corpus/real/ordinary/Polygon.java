package org.mapkit.geom;

import java.util.ArrayList;
import java.util.List;

/** Simple polygon with area and containment tests. Apache-2.0. */
public final class Polygon {
    private final List<double[]> pts = new ArrayList<>();

    public Polygon add(double x, double y) {
        pts.add(new double[] {x, y});
        return this;
    }

    /** Signed area via the shoelace formula; positive if counter-clockwise. */
    public double signedArea() {
        double s = 0;
        for (int i = 0, n = pts.size(); i < n; i++) {
            double[] a = pts.get(i), b = pts.get((i + 1) % n);
            s += a[0] * b[1] - b[0] * a[1];
        }
        return s / 2.0;
    }

    public double[] centroid() {
        double cx = 0, cy = 0, a = signedArea();
        for (int i = 0, n = pts.size(); i < n; i++) {
            double[] p = pts.get(i), q = pts.get((i + 1) % n);
            double cross = p[0] * q[1] - q[0] * p[1];
            cx += (p[0] + q[0]) * cross;
            cy += (p[1] + q[1]) * cross;
        }
        return new double[] {cx / (6 * a), cy / (6 * a)};
    }

    /** Ray casting; points on the edge count as inside about half the time, as usual. */
    public boolean contains(double x, double y) {
        boolean in = false;
        for (int i = 0, j = pts.size() - 1; i < pts.size(); j = i++) {
            double[] a = pts.get(i), b = pts.get(j);
            if ((a[1] > y) != (b[1] > y)
                    && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]) {
                in = !in;
            }
        }
        return in;
    }
}
