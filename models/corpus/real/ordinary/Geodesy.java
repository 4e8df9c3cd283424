package org.mapkit.geo;

/** WGS84 conversions between geodetic and Earth-centred Earth-fixed coordinates. */
public final class Geodesy {
    private static final double A = 6378137.0;             // semi-major axis, m
    private static final double F = 1 / 298.257223563;     // flattening
    private static final double E2 = F * (2 - F);          // first eccentricity squared

    private Geodesy() {}

    public static double[] toEcef(double latDeg, double lonDeg, double h) {
        double lat = Math.toRadians(latDeg), lon = Math.toRadians(lonDeg);
        double n = A / Math.sqrt(1 - E2 * Math.sin(lat) * Math.sin(lat));
        return new double[] {
            (n + h) * Math.cos(lat) * Math.cos(lon),
            (n + h) * Math.cos(lat) * Math.sin(lon),
            (n * (1 - E2) + h) * Math.sin(lat)
        };
    }

    /** Iterative inverse; converges in a few steps for terrestrial points. */
    public static double[] toGeodetic(double x, double y, double z) {
        double lon = Math.atan2(y, x);
        double p = Math.hypot(x, y);
        double lat = Math.atan2(z, p * (1 - E2));
        double h = 0;
        for (int i = 0; i < 6; i++) {
            double n = A / Math.sqrt(1 - E2 * Math.sin(lat) * Math.sin(lat));
            h = p / Math.cos(lat) - n;
            lat = Math.atan2(z, p * (1 - E2 * n / (n + h)));
        }
        return new double[] {Math.toDegrees(lat), Math.toDegrees(lon), h};
    }
}
