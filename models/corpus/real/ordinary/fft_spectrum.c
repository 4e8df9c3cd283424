/* fft.c — in-place iterative radix-2 FFT for the spectrum analyzer hobby board. */
#include <math.h>
#include <complex.h>

static unsigned reverse_bits(unsigned x, unsigned bits)
{
    unsigned r = 0;
    for (unsigned i = 0; i < bits; i++) { r = (r << 1) | (x & 1); x >>= 1; }
    return r;
}

/* n must be a power of two */
void fft(double complex *a, unsigned n)
{
    unsigned bits = 0;
    while ((1u << bits) < n) bits++;

    for (unsigned i = 0; i < n; i++) {
        unsigned j = reverse_bits(i, bits);
        if (j > i) { double complex t = a[i]; a[i] = a[j]; a[j] = t; }
    }
    for (unsigned len = 2; len <= n; len <<= 1) {
        double ang = -2.0 * M_PI / len;
        double complex wl = cos(ang) + I * sin(ang);
        for (unsigned i = 0; i < n; i += len) {
            double complex w = 1.0;
            for (unsigned k = 0; k < len / 2; k++) {
                double complex u = a[i + k], v = a[i + k + len / 2] * w;
                a[i + k] = u + v;
                a[i + k + len / 2] = u - v;
                w *= wl;
            }
        }
    }
}

void magnitude_db(const double complex *a, double *out, unsigned n)
{
    for (unsigned i = 0; i < n / 2; i++)
        out[i] = 20.0 * log10(cabs(a[i]) / n + 1e-12);
}
