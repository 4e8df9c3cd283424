"""Tiny NMEA 0183 parser for hobby GPS receivers.

Handles GGA and RMC sentences, which is all most logging projects need.
Released under the MIT license.
"""
from dataclasses import dataclass
from typing import Optional


def checksum_ok(sentence: str) -> bool:
    """Return True when the XOR checksum after '*' matches the body."""
    if not sentence.startswith("$") or "*" not in sentence:
        return False
    body, _, given = sentence[1:].partition("*")
    calc = 0
    for ch in body:
        calc ^= ord(ch)
    try:
        return calc == int(given[:2], 16)
    except ValueError:
        return False


def _deg(value: str, hemi: str) -> Optional[float]:
    if not value:
        return None
    dot = value.index(".")
    degrees = int(value[: dot - 2])
    minutes = float(value[dot - 2 :])
    out = degrees + minutes / 60.0
    return -out if hemi in ("S", "W") else out


@dataclass
class Fix:
    time_utc: str
    lat: Optional[float]
    lon: Optional[float]
    quality: int = 0
    satellites: int = 0
    altitude_m: Optional[float] = None
    speed_knots: Optional[float] = None


def parse(sentence: str) -> Optional[Fix]:
    sentence = sentence.strip()
    if not checksum_ok(sentence):
        return None
    fields = sentence[1:].split("*")[0].split(",")
    kind = fields[0][2:]
    if kind == "GGA":
        return Fix(
            time_utc=fields[1],
            lat=_deg(fields[2], fields[3]),
            lon=_deg(fields[4], fields[5]),
            quality=int(fields[6] or 0),
            satellites=int(fields[7] or 0),
            altitude_m=float(fields[9]) if fields[9] else None,
        )
    if kind == "RMC":
        if fields[2] != "A":  # V = void, receiver has no fix yet
            return None
        return Fix(
            time_utc=fields[1],
            lat=_deg(fields[3], fields[4]),
            lon=_deg(fields[5], fields[6]),
            speed_knots=float(fields[7]) if fields[7] else None,
        )
    return None


if __name__ == "__main__":
    import sys
    for line in sys.stdin:
        fix = parse(line)
        if fix:
            print(f"{fix.time_utc} {fix.lat:.5f} {fix.lon:.5f} sats={fix.satellites}")
