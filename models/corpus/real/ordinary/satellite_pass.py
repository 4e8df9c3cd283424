"""Print upcoming passes of amateur radio satellites over the club station.

Uses the public TLE files from the usual tracking sites and the skyfield
library. Handy for planning FM satellite contacts with a handheld Yagi.
"""
from skyfield.api import load, wgs84

STATION = wgs84.latlon(41.66, -91.53, elevation_m=210)
SATS = ["ISS (ZARYA)", "SO-50", "AO-91", "RS-44"]

ts = load.timescale()
tles = load.tle_file("https://celestrak.example/amateur.txt", reload=False)
by_name = {s.name: s for s in tles}

t0 = ts.now()
t1 = ts.tt_jd(t0.tt + 1.0)

for name in SATS:
    sat = by_name.get(name)
    if sat is None:
        print(f"{name}: not in TLE file")
        continue
    times, events = sat.find_events(STATION, t0, t1, altitude_degrees=10.0)
    for t, e in zip(times, events):
        label = ("rise", "culminate", "set")[e]
        alt, az, _ = (sat - STATION).at(t).altaz()
        print(f"{name:12s} {label:9s} {t.utc_strftime('%H:%M:%S')}  az {az.degrees:5.1f}  el {alt.degrees:4.1f}")
