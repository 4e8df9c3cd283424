# kalman1d.py - the classic one-dimensional Kalman filter from chapter 4
# of our robotics course notes. Estimates a slowly drifting temperature.

import random


class Kalman1D:
    def __init__(self, q=1e-4, r=0.25, x0=0.0, p0=1.0):
        self.q = q   # process noise variance
        self.r = r   # measurement noise variance
        self.x = x0
        self.p = p0

    def update(self, z):
        # predict
        self.p += self.q
        # correct
        k = self.p / (self.p + self.r)
        self.x += k * (z - self.x)
        self.p *= (1 - k)
        return self.x


if __name__ == "__main__":
    true_temp = 21.0
    kf = Kalman1D(x0=15.0)
    for i in range(50):
        z = true_temp + random.gauss(0, 0.5)
        est = kf.update(z)
        if i % 10 == 0:
            print(f"step {i:2d}  meas={z:6.2f}  est={est:6.2f}")
