//! Minimal quaternion type for attitude estimation in the flight-log viewer.
use std::ops::Mul;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quat {
    pub w: f64,
    pub x: f64,
    pub y: f64,
    pub z: f64,
}

impl Quat {
    pub const IDENTITY: Quat = Quat { w: 1.0, x: 0.0, y: 0.0, z: 0.0 };

    pub fn from_axis_angle(axis: [f64; 3], angle: f64) -> Self {
        let n = (axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]).sqrt();
        let s = (angle / 2.0).sin() / n;
        Quat { w: (angle / 2.0).cos(), x: axis[0] * s, y: axis[1] * s, z: axis[2] * s }
    }

    pub fn norm(&self) -> f64 {
        (self.w * self.w + self.x * self.x + self.y * self.y + self.z * self.z).sqrt()
    }

    pub fn normalize(self) -> Self {
        let n = self.norm();
        Quat { w: self.w / n, x: self.x / n, y: self.y / n, z: self.z / n }
    }

    pub fn conj(self) -> Self {
        Quat { w: self.w, x: -self.x, y: -self.y, z: -self.z }
    }

    /// Roll, pitch, yaw in radians (aerospace ZYX convention).
    pub fn to_euler(self) -> (f64, f64, f64) {
        let q = self;
        let roll = (2.0 * (q.w * q.x + q.y * q.z)).atan2(1.0 - 2.0 * (q.x * q.x + q.y * q.y));
        let sinp = 2.0 * (q.w * q.y - q.z * q.x);
        let pitch = if sinp.abs() >= 1.0 { sinp.signum() * std::f64::consts::FRAC_PI_2 } else { sinp.asin() };
        let yaw = (2.0 * (q.w * q.z + q.x * q.y)).atan2(1.0 - 2.0 * (q.y * q.y + q.z * q.z));
        (roll, pitch, yaw)
    }
}

impl Mul for Quat {
    type Output = Quat;
    fn mul(self, r: Quat) -> Quat {
        Quat {
            w: self.w * r.w - self.x * r.x - self.y * r.y - self.z * r.z,
            x: self.w * r.x + self.x * r.w + self.y * r.z - self.z * r.y,
            y: self.w * r.y - self.x * r.z + self.y * r.w + self.z * r.x,
            z: self.w * r.z + self.x * r.y - self.y * r.x + self.z * r.w,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn identity_is_neutral() {
        let q = Quat::from_axis_angle([0.0, 0.0, 1.0], 0.3);
        assert_eq!(q * Quat::IDENTITY, q);
    }
}
