"""International Standard Atmosphere, troposphere and lower stratosphere.

Good to 20 km, which covers everything the glider club and the balloon
launches care about.
"""
import math

T0, P0, RHO0 = 288.15, 101325.0, 1.225
LAPSE = 0.0065        # K/m
R = 287.05287         # J/(kg K)
G0 = 9.80665
GAMMA = 1.4


def isa(h_m: float):
    if h_m < 0 or h_m > 20000:
        raise ValueError("0-20 km only")
    if h_m <= 11000:
        T = T0 - LAPSE * h_m
        p = P0 * (T / T0) ** (G0 / (LAPSE * R))
    else:
        T = 216.65
        p11 = P0 * (T / T0) ** (G0 / (LAPSE * R))
        p = p11 * math.exp(-G0 * (h_m - 11000) / (R * T))
    rho = p / (R * T)
    a = math.sqrt(GAMMA * R * T)
    return T, p, rho, a


if __name__ == "__main__":
    print(f"{'alt m':>7} {'T K':>7} {'p Pa':>9} {'rho':>7} {'a m/s':>7}")
    for h in range(0, 20001, 2500):
        T, p, rho, a = isa(h)
        print(f"{h:7d} {T:7.2f} {p:9.0f} {rho:7.4f} {a:7.1f}")
