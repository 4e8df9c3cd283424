"""Point-blank range helper for deer season.

Uses a flat-fire approximation with a G1 ballistic coefficient the way the
box label gives it. For sighting-in at the range, not a substitute for
shooting your own rifle at distance.
"""
import math

G = 9.81


def drop_table(muzzle_fps=2820, bc=0.45, zero_yd=200, sight_height_in=1.5, max_yd=400):
    v0 = muzzle_fps * 0.3048
    # crude exponential velocity decay tuned roughly to a .308 hunting load
    k = 0.00045 / bc
    rows = []
    for yd in range(0, max_yd + 1, 50):
        x = yd * 0.9144
        t = (math.exp(k * x) - 1) / (k * v0)
        drop_m = 0.5 * G * t * t
        rows.append((yd, drop_m * 39.37, v0 * math.exp(-k * x) / 0.3048))
    zero_drop = next(d for y, d, _ in rows if y == zero_yd)
    out = []
    for yd, d, v in rows:
        path = -d + (zero_drop + sight_height_in) * yd / zero_yd - sight_height_in if yd else -sight_height_in
        out.append((yd, round(path, 1), round(v)))
    return out


for yd, path, v in drop_table():
    print(f"{yd:4d} yd  {path:+6.1f} in  {v:5d} fps")
