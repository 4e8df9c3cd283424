//! Hobby servo driver on top of an embedded-hal PWM channel.
//! Used on the pan/tilt camera mount for the astronomy club's all-sky camera.
#![no_std]

use embedded_hal::pwm::SetDutyCycle;

pub struct Servo<P: SetDutyCycle> {
    pwm: P,
    period_us: u32,
    min_us: u32,
    max_us: u32,
}

impl<P: SetDutyCycle> Servo<P> {
    pub fn new(pwm: P) -> Self {
        Servo { pwm, period_us: 20_000, min_us: 1_000, max_us: 2_000 }
    }

    /// Angle in degrees, 0..=180.
    pub fn set_angle(&mut self, deg: u16) -> Result<(), P::Error> {
        let deg = deg.min(180) as u32;
        let pulse = self.min_us + (self.max_us - self.min_us) * deg / 180;
        let max = self.pwm.max_duty_cycle() as u32;
        self.pwm.set_duty_cycle((max * pulse / self.period_us) as u16)
    }

    pub fn release(self) -> P {
        self.pwm
    }
}
