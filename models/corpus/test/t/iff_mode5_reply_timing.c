/* m5_reply.c -- transponder Mode 5 reply generation (interrogator/transponder set TX-55)
 *
 * Mode 5 level 1 and level 2 replies. Crypto is done by the embedded crypto appliqué over
 * the SPI bridge (see cau_if.c); this file only handles timing, reply formatting and the
 * reply-rate limiter.
 */
#include <stdint.h>
#include "m5.h"

#define M5_REPLY_DELAY_NS       (3000u)   /* fixed delay after last interrogation pulse     */
#define M5_REPLY_JITTER_NS      (25u)     /* max allowed jitter                             */
#define M5_L2_REPORT_CHIPS      (32u)     /* L2 position report length (chips)              */
#define M5_RATE_LIMIT_PER_S     (150u)    /* above this the transponder suppresses replies  */

/* Level 2 reply carries the platform position (from the EGI) and the national origin field.
 * Position is packed as 23-bit lat / 24-bit lon per the L2 report format; altitude in 25 ft
 * steps. If the EGI figure of merit is worse than 6 the position field is zero-filled and
 * the FOM bit set, the interrogator then shows "L2 - NO POS". */
static void pack_l2(m5_l2_t *r, const egi_t *n)
{
    if (n->fom > 6) { r->lat = 0; r->lon = 0; r->fom_flag = 1; return; }
    r->lat = (int32_t)(n->lat_deg * (8388608.0 / 90.0)) & 0x7FFFFF;
    r->lon = (int32_t)(n->lon_deg * (16777216.0 / 180.0)) & 0xFFFFFF;
    r->alt25 = (uint16_t)((n->alt_ft + 1000) / 25);
}

/* The reply is only keyed if the crypto appliqué returns VALID for the interrogation word
 * within 1.2 us; otherwise no reply (do not reply in the clear). Key zeroize on tamper line. */
int m5_on_interrogation(const m5_irq_t *q)
{
    if (rate_limited(M5_RATE_LIMIT_PER_S)) return M5_SUPPRESSED;
    if (cau_validate(q->word, 1200) != CAU_VALID) return M5_NOREPLY;
    schedule_tx(q->t_last_pulse_ns + M5_REPLY_DELAY_NS, q->level);
    return M5_OK;
}
