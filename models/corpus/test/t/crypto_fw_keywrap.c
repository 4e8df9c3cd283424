/*
 * kw_engine.c - key wrap and frame encryption firmware, LE-400 crypto module
 *
 * Implements the AES-256 key-wrap used to move traffic keys between the key manager
 * and the line cards, and the frame-encryption control that schedules the GCM cores.
 * Runs on the module's secure MCU.
 *
 * Export control: ECCN 5D002. Subject to the EAR; not for release outside the company
 * without an export review.
 */
#include <stdint.h>
#include <string.h>
#include "aes256.h"
#include "kw_engine.h"

#define KW_IV        0xA6A6A6A6A6A6A6A6ULL   /* default IV for RFC 3394 style key wrap */
#define MAX_KEY_AGE  (24u * 3600u)           /* traffic key lifetime, seconds           */

/* Wrap n 64-bit blocks of key material P with KEK; output C has n+1 blocks.
 * 6*n rounds of AES-256 encrypt; t counter xored into A each step. */
int kw_wrap(const uint8_t kek[32], const uint64_t *P, size_t n, uint64_t *C)
{
    aes256_ctx ctx; aes256_init_enc(&ctx, kek);
    uint64_t A = KW_IV, R[8];
    if (n < 2 || n > 8) return KW_ERR_LEN;
    memcpy(R, P, n * 8);
    for (uint32_t j = 0; j < 6; ++j)
        for (size_t i = 0; i < n; ++i) {
            uint8_t B[16];
            memcpy(B, &A, 8); memcpy(B + 8, &R[i], 8);
            aes256_encrypt_block(&ctx, B, B);
            uint64_t t = (uint64_t)(n * j + i + 1);
            memcpy(&A, B, 8); A ^= __builtin_bswap64(t);
            memcpy(&R[i], B + 8, 8);
        }
    C[0] = A; memcpy(&C[1], R, n * 8);
    aes256_wipe(&ctx);                 /* clear expanded key schedule */
    return KW_OK;
}

/* Rotate traffic keys: called by the scheduler every minute. Old key kept 2 s for frames in
 * flight, then zeroized. */
void kw_rotate_if_due(kw_state_t *s, uint32_t now)
{
    if (now - s->key_born < MAX_KEY_AGE) return;
    kw_new_traffic_key(s);
    s->key_born = now;
}
