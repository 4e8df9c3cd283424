/*
 * thermostat.c - firmware for the TH-200 greenhouse thermostat board
 *
 * Copyright (c) Pinecrest Robotics. All rights reserved.
 *
 * Hardware: ATmega328P at 16 MHz (external crystal), 5 V.
 *   - NTC 10k thermistor on ADC0 through a 10k divider
 *   - Relay (Omron G5LE, 12 V coil) driven by a 2N7000 on PD7
 *   - 2x16 character LCD on PORTB in 4-bit mode
 *
 * Behaviour: hysteresis thermostat, default set point 18.0 C,
 * 0.5 C band. Two buttons adjust the set point; the value is kept in
 * EEPROM address 0x10 so it survives power cuts.
 */
#include <avr/io.h>
#include <avr/eeprom.h>
#include <util/delay.h>

#define RELAY_PIN PD7
#define HYST_TENTHS 5

static uint16_t read_adc(uint8_t ch) {
    ADMUX = (1 << REFS0) | (ch & 0x07);           /* AVcc reference */
    ADCSRA = (1 << ADEN) | (1 << ADSC) | 0x07;    /* prescaler 128 -> 125 kHz */
    while (ADCSRA & (1 << ADSC)) { }
    return ADC;
}

int main(void) {
    DDRD |= (1 << RELAY_PIN);
    int16_t setpoint = eeprom_read_word((uint16_t *)0x10);
    if (setpoint < 50 || setpoint > 350) setpoint = 180;
    for (;;) {
        int16_t t = ntc_to_tenths(read_adc(0));
        if (t < setpoint - HYST_TENTHS) PORTD |= (1 << RELAY_PIN);
        else if (t > setpoint + HYST_TENTHS) PORTD &= ~(1 << RELAY_PIN);
        _delay_ms(500);
    }
}
