"""Complementary filter for a cheap 6-axis IMU (MPU-6050 class).

Fuses gyro rates with the accelerometer's gravity vector to get roll and pitch
for the balancing robot. No magnetometer, so yaw drifts, which we don't need.
"""
import math


class Complementary:
    def __init__(self, alpha: float = 0.98):
        self.alpha = alpha
        self.roll = 0.0
        self.pitch = 0.0

    def update(self, gx, gy, ax, ay, az, dt):
        """gx, gy in rad/s; ax, ay, az in any consistent unit."""
        acc_roll = math.atan2(ay, az)
        acc_pitch = math.atan2(-ax, math.hypot(ay, az))
        self.roll = self.alpha * (self.roll + gx * dt) + (1 - self.alpha) * acc_roll
        self.pitch = self.alpha * (self.pitch + gy * dt) + (1 - self.alpha) * acc_pitch
        return math.degrees(self.roll), math.degrees(self.pitch)


def calibrate_gyro(samples):
    """Average a few hundred readings taken while the board sits still."""
    n = len(samples)
    return tuple(sum(s[i] for s in samples) / n for i in range(3))
