"""Altitude estimate for a model rocket on a given commercial motor.

Very rough: constant thrust during burn, quadratic drag. Good for picking
between a C6-5 and a D12-5 for the club launch, not for anything serious.
"""
MOTORS = {
    # name: (total impulse N*s, burn time s, propellant mass kg)
    "A8-3": (2.5, 0.5, 0.0031),
    "B6-4": (5.0, 0.8, 0.0062),
    "C6-5": (10.0, 1.6, 0.0124),
    "D12-5": (16.8, 1.6, 0.0211),
}


def apogee(motor, dry_mass=0.085, cd=0.75, diameter=0.025, dt=0.001):
    impulse, burn, prop = MOTORS[motor]
    thrust = impulse / burn
    area = 3.14159 * (diameter / 2) ** 2
    k = 0.5 * 1.225 * cd * area
    t = v = h = 0.0
    while True:
        m = dry_mass + prop * max(0.0, 1 - t / burn)
        f = (thrust if t < burn else 0.0) - 9.81 * m - k * v * abs(v)
        v += f / m * dt
        h += v * dt
        t += dt
        if t > burn and v <= 0:
            return h, t


for name in MOTORS:
    h, t = apogee(name)
    print(f"{name:6s} apogee ~{h:5.0f} m at {t:4.1f} s")
