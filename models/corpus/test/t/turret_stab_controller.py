"""Turret drive and gun stabilisation controller for the 35 mm turret of the tracked infantry
fighting vehicle. Runs on the turret computer at 1 kHz. Elevation is stabilised by a rate loop
on the gun-mounted gyro; azimuth by the turret ring gyro. Hull motion is fed forward from the
hull IMU so the gun stays on the line of sight while the vehicle drives cross-country.
"""

from dataclasses import dataclass

DT = 0.001
# Loop gains tuned on the motion simulator with the APG cross-country profile at 25 km/h
EL_KP, EL_KI = 42.0, 310.0
AZ_KP, AZ_KI = 28.0, 190.0
EL_LIMITS_DEG = (-8.0, 50.0)
AZ_RATE_MAX_DEG_S = 60.0     # full traverse 360 deg in 6 s
EL_RATE_MAX_DEG_S = 45.0
HULL_FF_GAIN = 0.92          # feed-forward below 1.0: the remaining error is taken by the rate loop
STAB_ACCURACY_MRAD = 0.3     # requirement, 1 sigma, on the move


@dataclass
class PI:
    kp: float
    ki: float
    acc: float = 0.0

    def step(self, err: float) -> float:
        self.acc += err * DT
        return self.kp * err + self.ki * self.acc


el_loop, az_loop = PI(EL_KP, EL_KI), PI(AZ_KP, AZ_KI)


def stab_step(los_rate_cmd, gun_gyro, ring_gyro, hull_rates, el_angle):
    """Return (el_motor_cmd, az_motor_cmd) current commands in amps.
    los_rate_cmd: gunner handle / tracker demand (el, az) in rad/s."""
    el_dem = max(min(los_rate_cmd[0] - HULL_FF_GAIN * hull_rates.pitch, EL_RATE_MAX_DEG_S), -EL_RATE_MAX_DEG_S)
    az_dem = max(min(los_rate_cmd[1] - HULL_FF_GAIN * hull_rates.yaw, AZ_RATE_MAX_DEG_S), -AZ_RATE_MAX_DEG_S)
    if not (EL_LIMITS_DEG[0] < el_angle < EL_LIMITS_DEG[1]):
        el_dem = 0.0      # soft stop, hydraulic buffer takes over in the last 2 deg
    return el_loop.step(el_dem - gun_gyro), az_loop.step(az_dem - ring_gyro)
