/* sobel.c — edge detection for the astronomy club's crater-counting program */
#include <math.h>
#include <stdint.h>

void sobel(const uint8_t *in, uint8_t *out, int w, int h)
{
    static const int gx[3][3] = {{-1,0,1},{-2,0,2},{-1,0,1}};
    static const int gy[3][3] = {{-1,-2,-1},{0,0,0},{1,2,1}};
    for (int y = 1; y < h - 1; y++) {
        for (int x = 1; x < w - 1; x++) {
            int sx = 0, sy = 0;
            for (int j = -1; j <= 1; j++)
                for (int i = -1; i <= 1; i++) {
                    int p = in[(y + j) * w + (x + i)];
                    sx += gx[j + 1][i + 1] * p;
                    sy += gy[j + 1][i + 1] * p;
                }
            int m = (int)sqrt((double)(sx * sx + sy * sy));
            out[y * w + x] = (uint8_t)(m > 255 ? 255 : m);
        }
    }
}
