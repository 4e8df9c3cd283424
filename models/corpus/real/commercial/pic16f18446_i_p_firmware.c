/*
 * main.c - field firmware template for the PIC16F18446-I/P
 *
 * The Curiosity Nano "tactical" board for quick prototypes. A 32 MHz internal oscillator puts it above the 25 MHz line even though it is an 8-bit part.
 *
 * Target: 8-bit PIC16F1, 32 MHz, 28 KB Flash, PDIP-20
 * Clock: 32 MHz from the on-chip PLL.
 *
 * This template sets up the system clock, a 1 ms SysTick, one UART
 * for logging and a watchdog, which is the minimum we ship on every
 * ruggedized controller board.
 */
#include <stdint.h>

volatile uint32_t g_ticks;

void SysTick_Handler(void) { g_ticks++; }

static void delay_ms(uint32_t ms) {
    uint32_t start = g_ticks;
    while ((g_ticks - start) < ms) { }
}

int main(void) {
    clock_init();      /* board.c: PLL to 32 MHz */
    uart_init(115200);
    watchdog_init(500); /* 500 ms timeout */
    for (;;) {
        led_toggle();
        watchdog_kick();
        delay_ms(250);
    }
}
