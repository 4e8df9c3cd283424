# Two-body orbit propagation with RK4 — intro astrodynamics homework helper.
# Units: km, s. mu for Earth from any textbook.
import numpy as np

MU_EARTH = 398600.4418


def accel(r):
    return -MU_EARTH * r / np.linalg.norm(r) ** 3


def rk4_step(r, v, dt):
    k1v = accel(r);            k1r = v
    k2v = accel(r + 0.5*dt*k1r); k2r = v + 0.5*dt*k1v
    k3v = accel(r + 0.5*dt*k2r); k3r = v + 0.5*dt*k2v
    k4v = accel(r + dt*k3r);     k4r = v + dt*k3v
    r_new = r + dt/6 * (k1r + 2*k2r + 2*k3r + k4r)
    v_new = v + dt/6 * (k1v + 2*k2v + 2*k3v + k4v)
    return r_new, v_new


def period(a_km):
    return 2*np.pi*np.sqrt(a_km**3 / MU_EARTH)


if __name__ == "__main__":
    r = np.array([6778.0, 0, 0])            # ~400 km altitude, like the ISS
    v = np.array([0, np.sqrt(MU_EARTH/6778.0), 0])
    T = period(6778.0)
    steps = 2000
    for _ in range(steps):
        r, v = rk4_step(r, v, T/steps)
    print(f"period {T/60:.1f} min, closure error {np.linalg.norm(r-[6778,0,0]):.3f} km")
