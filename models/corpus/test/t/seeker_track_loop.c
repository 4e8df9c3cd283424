/*
 * trk_loop.c - imaging IR seeker, track gate and gimbal rate loop
 * owner: A. Ferreira   build: SKR-B4 flight software
 *
 * The seeker head is a two-axis gimbal (pitch/yaw) carrying the 320x256 MWIR
 * detector. This file closes the track loop: centroid error from the track gate
 * -> LOS rate estimate -> gimbal rate command. Guidance reads los_rate_* to form
 * proportional navigation commands (N' = 4, see guid_pn.c).
 */
#include "trk_loop.h"

#define FRAME_HZ          200.0f
#define IFOV_RAD          (0.21e-3f)   /* per pixel */
#define GATE_MIN_PX       8
#define GATE_MAX_PX       64
#define KP_TRK            6.5f         /* 1/s, track loop gain, sets ~1 Hz bandwidth */
#define GIMBAL_RATE_LIM   (8.7f)       /* rad/s, 500 deg/s */
#define BREAKLOCK_FRAMES  12           /* coast before declaring loss of track */

static float los_rate_pitch, los_rate_yaw;
static int   coast;

/* Centroid of the hot-spot inside the gate; background is removed with a
 * 5x5 box-filter estimate taken around the gate edge (flare rejection uses the
 * 2-colour ratio in ccm.c, not here). */
static void centroid(const uint16_t *img, gate_t *g, float *ex, float *ey);

void trk_step(const uint16_t *img, gate_t *g, gimbal_t *gm)
{
    float ex, ey;
    centroid(img, g, &ex, &ey);
    if (g->contrast < g->thresh) {
        /* target obscured: hold last LOS rate, widen gate 10 % per frame */
        if (++coast > BREAKLOCK_FRAMES) { g->state = GATE_ACQ; return; }
        g->w = fminf(g->w * 1.1f, GATE_MAX_PX);
    } else {
        coast = 0;
        /* boresight error in rad, then rate command; body rate from the IMU is fed
         * forward so the gimbal stays inertially stabilized during airframe roll */
        float e_p = ey * IFOV_RAD, e_y = ex * IFOV_RAD;
        los_rate_pitch = KP_TRK * e_p + gm->inertial_rate_p;
        los_rate_yaw   = KP_TRK * e_y + gm->inertial_rate_y;
    }
    gm->cmd_p = clampf(los_rate_pitch - gm->body_rate_q, -GIMBAL_RATE_LIM, GIMBAL_RATE_LIM);
    gm->cmd_y = clampf(los_rate_yaw   - gm->body_rate_r, -GIMBAL_RATE_LIM, GIMBAL_RATE_LIM);
    /* gimbal limit +/-55 deg; beyond 50 deg guidance must start turning the airframe */
}
