"""unitconv - tiny unit conversion helpers.

A small, dependency-free library for converting common engineering
units. Published under the MIT license.

Usage:
    >>> from unitconv import convert
    >>> convert(100, "psi", "bar")
    6.894757
    >>> convert(20, "degC", "degF")
    68.0

Supported quantities: length, mass, pressure, temperature, flow.
"""

_FACTORS = {
    ("psi", "bar"): 0.0689475729,
    ("bar", "psi"): 14.5037738,
    ("in", "mm"): 25.4,
    ("mm", "in"): 1 / 25.4,
    ("lb", "kg"): 0.45359237,
    ("kg", "lb"): 1 / 0.45359237,
    ("gpm", "l/min"): 3.78541178,
}


def convert(value, src, dst):
    """Convert value from unit src to unit dst."""
    if src == dst:
        return value
    if (src, dst) == ("degC", "degF"):
        return value * 9 / 5 + 32
    if (src, dst) == ("degF", "degC"):
        return (value - 32) * 5 / 9
    try:
        return round(value * _FACTORS[(src, dst)], 6)
    except KeyError:
        raise ValueError(f"no conversion from {src} to {dst}") from None
