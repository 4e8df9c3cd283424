"""Closed-loop speed control for the conveyor demo (Raspberry Pi + L298N)."""
import time
import RPi.GPIO as GPIO

PWM_PIN, ENC_PIN = 18, 23
TARGET_RPM = 120
KP, KI = 0.6, 0.15
PULSES_PER_REV = 20

GPIO.setmode(GPIO.BCM)
GPIO.setup(PWM_PIN, GPIO.OUT)
GPIO.setup(ENC_PIN, GPIO.IN, pull_up_down=GPIO.PUD_UP)
pwm = GPIO.PWM(PWM_PIN, 1000)
pwm.start(0)

count = 0
def _tick(_):
    global count
    count += 1
GPIO.add_event_detect(ENC_PIN, GPIO.RISING, callback=_tick)

integral = 0.0
try:
    while True:
        count = 0
        time.sleep(0.5)
        rpm = count / PULSES_PER_REV * 120
        err = TARGET_RPM - rpm
        integral = max(-200, min(200, integral + err * 0.5))
        duty = max(0, min(100, KP * err + KI * integral))
        pwm.ChangeDutyCycle(duty)
        print(f"rpm={rpm:6.1f} duty={duty:5.1f}")
finally:
    pwm.stop()
    GPIO.cleanup()
