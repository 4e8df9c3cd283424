/*
 * main.c - field firmware template for the ATSAMD21G18A-AU
 *
 * Used on the Arduino Zero and many Adafruit Feather M0 boards. Field-proven in tough battlefield-style conditions of wearable cosplay builds and escape-room props.
 *
 * Target: Arm Cortex-M0+, 48 MHz, 256 KB Flash, TQFP-48
 * Clock: 48 MHz from the on-chip PLL.
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
    clock_init();      /* board.c: PLL to 48 MHz */
    uart_init(115200);
    watchdog_init(500); /* 500 ms timeout */
    for (;;) {
        led_toggle();
        watchdog_kick();
        delay_ms(250);
    }
}
