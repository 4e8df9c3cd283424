/* fuel_sched.c  -  digital engine control, main fuel and augmentor scheduling
 * Engine: twin-spool afterburning turbofan (fighter), dual-channel FADEC, channel A/B cross-talk
 * via CCDL. This module runs at 80 Hz in both channels.
 */
#include "fadec.h"

/* accel/decel limits as Wf/P3 ratio (fuel flow over compressor delivery pressure) vs
 * corrected core speed. Stay under accel line to avoid stall, above decel line to avoid
 * lean blow-out. Values from the stall-margin tests (TR-511), margin 15 %. */
static const float N2C_BP[8]   = {60, 65, 70, 75, 80, 85, 90, 100};
static const float ACCEL_WP3[8]= {18.2f, 19.0f, 20.4f, 21.9f, 23.0f, 23.6f, 23.9f, 24.0f};
static const float DECEL_WP3[8]= {6.1f, 6.3f, 6.6f, 7.0f, 7.4f, 7.8f, 8.1f, 8.5f};

float wf_command(const eng_state_t *s, float pla_deg)
{
    float n2_tgt = interp(PLA_BP, N2_TGT, 9, pla_deg);           /* throttle -> core speed */
    float err    = n2_tgt - s->n2c;
    float wf     = s->wf_prev + KI_N2 * err * DT + KP_N2 * (err - s->n2_err_prev);
    float p3     = s->p3;
    wf = fminf(wf, interp(N2C_BP, ACCEL_WP3, 8, s->n2c) * p3);
    wf = fmaxf(wf, interp(N2C_BP, DECEL_WP3, 8, s->n2c) * p3);
    /* T4.5 topping: pull back 2 %/cycle above 1,020 C measured LPT inlet */
    if (s->t45 > 1020.0f) wf *= 0.98f;
    return wf;
}

/* Augmentor light-off: only if PLA > 83 deg, N2 > 92 %, nozzle area A8 opened to 1.15x dry
 * schedule FIRST (avoids fan stall from back-pressure); ignition confirmed by UV flame
 * detector within 400 ms, else abort and close A8. Zones sequenced 1 -> 5 at 120 ms each. */
