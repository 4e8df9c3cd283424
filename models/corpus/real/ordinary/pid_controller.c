/*
 * pid.c - small fixed-rate PID controller used by the line-follower robot.
 * Copyright (c) Tomasz Wielgosz. BSD-2-Clause.
 */
#include "pid.h"

void pid_init(pid_t *p, float kp, float ki, float kd, float out_min, float out_max)
{
    p->kp = kp;
    p->ki = ki;
    p->kd = kd;
    p->integral = 0.0f;
    p->prev_error = 0.0f;
    p->out_min = out_min;
    p->out_max = out_max;
    p->first = 1;
}

static float clampf(float v, float lo, float hi)
{
    if (v < lo) return lo;
    if (v > hi) return hi;
    return v;
}

/* dt in seconds. Returns the new actuator command. */
float pid_update(pid_t *p, float setpoint, float measured, float dt)
{
    float error = setpoint - measured;
    float derivative = 0.0f;

    if (!p->first && dt > 0.0f)
        derivative = (error - p->prev_error) / dt;
    p->first = 0;

    /* conditional integration: stop winding up while saturated */
    float out = p->kp * error + p->ki * p->integral + p->kd * derivative;
    if ((out < p->out_max || error < 0.0f) && (out > p->out_min || error > 0.0f))
        p->integral += error * dt;

    p->prev_error = error;
    return clampf(p->kp * error + p->ki * p->integral + p->kd * derivative,
                  p->out_min, p->out_max);
}

void pid_reset(pid_t *p)
{
    p->integral = 0.0f;
    p->prev_error = 0.0f;
    p->first = 1;
}
