/* mixer.c - quad-X motor mixing for the hobby flight controller.
 * Inputs are normalised: throttle 0..1, roll/pitch/yaw -1..1.
 * GPL-3.0, like the rest of the firmware.
 */
#include <stdint.h>

#define MOTOR_COUNT 4

typedef struct { float roll, pitch, yaw; } mix_row_t;

/* Quad X, props-in: FR, RR, RL, FL */
static const mix_row_t quadx[MOTOR_COUNT] = {
    { -1.0f, +1.0f, -1.0f },   /* front right, CCW */
    { -1.0f, -1.0f, +1.0f },   /* rear right,  CW  */
    { +1.0f, -1.0f, -1.0f },   /* rear left,   CCW */
    { +1.0f, +1.0f, +1.0f },   /* front left,  CW  */
};

void mixer_update(float thr, float roll, float pitch, float yaw, uint16_t out_us[MOTOR_COUNT])
{
    float m[MOTOR_COUNT], mn = 1e9f, mx = -1e9f;
    for (int i = 0; i < MOTOR_COUNT; i++) {
        m[i] = quadx[i].roll * roll + quadx[i].pitch * pitch + quadx[i].yaw * yaw;
        if (m[i] < mn) mn = m[i];
        if (m[i] > mx) mx = m[i];
    }
    /* "airmode"-style: shift the mix so no motor saturates, keep authority at low throttle */
    float range = mx - mn;
    float scale = range > 1.0f ? 1.0f / range : 1.0f;
    for (int i = 0; i < MOTOR_COUNT; i++) {
        float v = thr + m[i] * scale;
        if (thr + mx * scale > 1.0f) v -= (thr + mx * scale - 1.0f);
        if (thr + mn * scale < 0.0f) v -= (thr + mn * scale);
        if (v < 0.0f) v = 0.0f;
        if (v > 1.0f) v = 1.0f;
        out_us[i] = (uint16_t)(1000 + v * 1000);
    }
}
