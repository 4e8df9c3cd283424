// RC plane flap test: sweep a hobby servo through its range on a button press.
#include <Servo.h>

const int SERVO_PIN = 9;
const int BUTTON_PIN = 2;
Servo flap;

void setup() {
  pinMode(BUTTON_PIN, INPUT_PULLUP);
  flap.attach(SERVO_PIN, 1000, 2000);  // standard 1-2 ms pulse
  flap.write(90);
  Serial.begin(115200);
}

void loop() {
  if (digitalRead(BUTTON_PIN) == LOW) {
    for (int a = 60; a <= 120; a += 2) { flap.write(a); delay(15); }
    for (int a = 120; a >= 60; a -= 2) { flap.write(a); delay(15); }
    flap.write(90);
    Serial.println("sweep done");
  }
}
