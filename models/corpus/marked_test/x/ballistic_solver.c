/* ITAR CONTROLLED - USML Category XII(a) - 22 CFR 120-130 - Export without DDTC authorization prohibited */
/*
 * ballistic_solver.c - fire control ballistic solution for the remote weapon station
 * Kestrel Ridge Systems, FC software group
 */
#include <math.h>
#include "bsolve.h"

/* point-mass trajectory with drag table G7, 4th-order Runge-Kutta, dt = 1 ms */
int bs_solve(const bs_inputs *in, bs_solution *out)
{
    double v = in->muzzle_velocity_mps * (1.0 + in->propellant_temp_coeff * (in->propellant_temp_c - 21.0));
    double rho = air_density(in->pressure_pa, in->air_temp_c, in->humidity);
    double t = 0.0, x = 0.0, y = 0.0, vx = v * cos(in->elevation_rad), vy = v * sin(in->elevation_rad);
    while (x < in->target_range_m && t < BS_TMAX) {
        rk4_step(&x, &y, &vx, &vy, rho, in->bc_g7, BS_DT);
        t += BS_DT;
    }
    out->time_of_flight_s = t;
    out->superelevation_mrad = (in->target_height_m - y) / in->target_range_m * 1000.0;
    out->lead_mrad = in->target_crossing_mps * t / in->target_range_m * 1000.0;
    return BS_OK;
}
/* ITAR CONTROLLED - USML Category XII(a) - 22 CFR 120-130 - Export without DDTC authorization prohibited */
