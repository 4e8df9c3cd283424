"""ITAR items, part 1: military electronics (XI), fire control and imaging (XII), armour (XIII).

All companies, programmes, part numbers and CAGE codes are fictional; the parameters are chosen
so that the USML paragraph in each label is the right one (checked against 22 CFR 121.1).
"""

from __future__ import annotations

from functools import partial

from .legends import AECA_WARNING, ITAR_SHORT, Item, dist_d, itar_banner, text
from .media import Drawing, Mail, dxf_bytes, eml_bytes, pdf_bytes
from .office import docx_bytes, pptx_bytes

TRM_ATP = """
# 1 Scope
This acceptance test procedure (ATP) defines the production tests for the TRM-4410 four-channel
X-band transmit/receive module, P/N 4410-0200-01, used in the active electronically scanned
array of the Falconet airborne fire-control radar. Every module built under lot travellers 4410-L*
shall pass this ATP before it is kitted for array tile integration.

# 2 Unit under test
| Parameter | Requirement | Notes |
| Operating band | 9.0 to 10.6 GHz | fractional bandwidth 16.3 % |
| Channels | 4 transmit/receive | each with 6-bit phase shifter and 6-bit attenuator |
| Psat per channel | 18 W min, 22 W typ | pulsed, 10 % duty, 100 us PW |
| Receive noise figure | 2.8 dB max | at 25 C baseplate |
| Envelope | 15.5 mm x 62.0 mm x 7.8 mm | lattice pitch 15.5 mm |
| Phase shifter RMS error | 2.5 deg max | all 64 states |

# 3 Test equipment
- Pulsed vector network analyser, 2-port, calibrated to the fixture reference planes (TRL kit 4410-T-07).
- Peak power meter with two 40 GHz sensors; 30 dB coupler on the RF output port.
- Fixture 4410-FX-02 with liquid-cooled cold plate held at 25 +/- 1 C.
- Bias supply: +28 V drain (GaN HPA), -5 V gate, +5 V logic; current limits 4.0 A / 50 mA / 400 mA.

# 4 Procedure
## 4.1 Bias-up sequence
- Apply -5 V gate bias first and confirm gate current below 1 mA per channel.
- Load the default beam-control word 0x0000 through the serial interface at 10 MHz.
- Ramp the drain to +28 V in 2 V steps; quiescent drain current shall be 180 +/- 20 mA per channel.
## 4.2 Transmit path
- Drive each channel at +23 dBm input, 100 us pulse, 10 % duty; record Psat at 9.0, 9.4, 9.8, 10.2 and 10.6 GHz.
- Record drain efficiency; reject if below 38 % at any frequency.
- Sweep the 64 phase states at 9.8 GHz; compute RMS phase error against the ideal 5.625 degree steps.
## 4.3 Receive path
- Measure gain and noise figure at the five frequencies above with the limiter in circuit.
- Inject +40 dBm, 1 us pulse at the antenna port for 60 s; the LNA shall recover within 1 us and NF shall not degrade by more than 0.2 dB.
## 4.4 Channel-to-channel
- Amplitude tracking: +/- 0.5 dB; phase tracking: +/- 4 degrees after calibration table load.

# 5 Data recording
Record all results in MES form 4410-ATP-F1. Serial numbers failing any step are tagged HOLD and
routed to failure analysis; do not re-test more than twice without an engineering disposition.
"""

BEAM_STEERING = """
# Falconet radar: beam scheduling and steering (SDD section 4)

Owner: radar systems engineering, Halvorsen Microwave Systems. Status: working draft for CDR.

## 4.1 Purpose
The beam steering controller (BSC) turns dwell requests from the resource manager into phase and
attenuation commands for the 1,152 transmit/receive channels of the array, so the pulsed beam can
be pointed electronically in both azimuth and elevation over +/- 60 degrees. Each channel is a
TRM-4410 element with 22 W peak output, about 25 kW peak radiated in total.

## 4.2 Timing
- Dwell scheduler tick: 50 us; the next dwell's phase table is computed during the current dwell.
- Phase table load to all tiles: 8.2 us over 12 LVDS lanes at 400 Mb/s.
- Beam switching time, command to settled phase: below 2 us.
- Supported waveforms: LPRF search, MPRF track, HPRF velocity search; PRF 1.2 to 180 kHz.

## 4.3 Steering computation
Phase for element (m, n) is computed as
`phi = mod(k*(x_m*u + y_n*v) + cal[m][n] + taper_phase[m][n], 2*pi)`, with u = sin(theta)cos(phi)
and v = sin(theta)sin(phi). Quantisation to 6 bits uses randomised rounding with a fixed seed per
dwell to decorrelate quantisation lobes; expected peak quantisation sidelobe -42 dB.

## 4.4 Track-while-scan interleave
Track dwells for up to 24 targets are interleaved with search frames. A 1 m^2 target is
held in track at 70 nmi with a revisit of 0.5 s; search frame time 2.4 s for a 120 x 10 degree sector.

## 4.5 Calibration
Mutual-coupling calibration runs at power-up and every 15 minutes: each channel transmits in turn
while its eight neighbours receive; the solver updates the cal table in 110 ms.

## 4.6 Open items
- Thermal drift of phase at +71 C baseplate exceeds 3 degrees; add temperature-indexed tables.
- Confirm the ECCM blanking interface with the EW suite before CDR.
"""

GIMBAL_RATE_LOOP = r"""
/*
 * gimbal_rate_loop.c -- two-axis seeker gimbal rate loop, LANCEHEAD anti-armour missile
 * Tallgrass Propulsion Works, guidance & control group. Build: gcc -O2 -std=c11
 *
 * The imaging IR seeker head is stabilised by a pitch/yaw gimbal driven by brushless torque
 * motors. Body rates from the strapdown IMU are fed forward so the line of sight stays inertially
 * stable while the airframe manoeuvres at up to 25 g. Loop rate 2 kHz.
 */
#include <math.h>
#include <stdint.h>

#define LOOP_HZ          2000.0f
#define TRACK_GAIN_PITCH 38.0f      /* rad/s per rad of boresight error */
#define TRACK_GAIN_YAW   38.0f
#define RATE_KP          0.42f      /* A per rad/s */
#define RATE_KI          35.0f
#define GIMBAL_LIMIT_RAD 0.7854f    /* +/- 45 deg mechanical stop, soft limit 42 deg */
#define MOTOR_I_MAX      3.2f       /* A, torque motor continuous */

typedef struct { float integ; float prev_err; } pi_state_t;

static float clampf(float v, float lo, float hi) { return v < lo ? lo : (v > hi ? hi : v); }

/* Rate command from the tracker boresight error (from the 320x256 MWIR tracker, 2 kHz). */
static float rate_command(float boresight_err_rad, float gain) {
    return gain * boresight_err_rad;
}

/* Body-rate feed-forward: cancel the airframe rate seen by the gimbal axis. */
static float body_feed_forward(float body_rate, float gimbal_angle, float cross_rate) {
    return -(body_rate * cosf(gimbal_angle) + cross_rate * sinf(gimbal_angle));
}

float gimbal_axis_step(pi_state_t *s, float err_rad, float gyro_rate, float body_rate,
                       float cross_rate, float angle, float gain) {
    float cmd = rate_command(err_rad, gain) + body_feed_forward(body_rate, angle, cross_rate);
    if (fabsf(angle) > 0.733f) {            /* soft limit: 42 deg */
        cmd = clampf(cmd, angle > 0 ? -10.0f : 0.0f, angle > 0 ? 0.0f : 10.0f);
    }
    float e = cmd - gyro_rate;
    s->integ = clampf(s->integ + e * RATE_KI / LOOP_HZ, -MOTOR_I_MAX, MOTOR_I_MAX);
    s->prev_err = e;
    return clampf(RATE_KP * e + s->integ, -MOTOR_I_MAX, MOTOR_I_MAX);
}

/* Proportional navigation input: inertial LOS rate for the autopilot (N' = 4). */
float los_rate_estimate(float gyro_rate, float err_rad, float err_rate) {
    return gyro_rate + err_rate + 0.15f * err_rad;
}
"""

PCB_FAB_SPEC = """
# Scope
Fabrication requirements for printed wiring board 7731-4102 rev B, the receiver/exciter (REX)
board of the Falconet airborne fire-control radar. The layout (Gerber set 7731-4102-B, 14 layers)
was designed for this radar only; it shall not be reused, panelised with other customers' work,
or sent to any sub-tier supplier without written approval.

# Stack-up
| Layer | Material | Thickness | Use |
| L1 | Rogers RO4350B, 0.254 mm | 35 um Cu | 9-10.6 GHz LO distribution, 50 ohm CPWG |
| L2 | Ground | 35 um Cu | reference for L1 |
| L3-L12 | FR408HR | 18/35 um Cu | DDS, ADC clocks, JESD204B lanes, power |
| L13 | Ground | 35 um Cu | |
| L14 | RO4350B | 35 um Cu | IF strip, 1.2 GHz |
Total thickness 2.36 mm +/- 10 %. Hybrid lamination, sequential, back-drill all RF vias to 0.2 mm stub.

# Requirements
- Controlled impedance: 50 ohm +/- 5 % on L1/L14 CPWG; 100 ohm differential +/- 7 % on JESD lanes. Provide TDR coupons per panel.
- Surface finish ENEPIG; no HASL. Solder mask LPI green, no mask over RF traces on L1.
- Via fill: resin filled and capped under the 0.8 mm pitch FPGA BGA.
- Class 3 per IPC-6012 with the space addendum for plating; microsection every lot.
- Phase match: LO feed lines to the four downconverters matched to 0.5 degree at 9.8 GHz.

# Deliverables
Coupons, microsection photos, TDR report and certificate of conformance with each lot. Quantity
for this RFQ: 24 prototype boards, 120 production boards in two releases.
"""

XIII_ARMOR = """
CALDERA ARMOR COMPOSITES - PROCESS NOTE PN-0619 rev A
Composite armour panel CAC-HL3, spaced hybrid lay-up for tactical vehicle doors

1. Construction (strike face to back face)
   - 9.5 mm hot-pressed boron carbide tiles, 50 x 50 mm hex, bonded with 0.3 mm polyurethane film
   - 2 layers 0.5 mm aramid cloth, 45/-45
   - 14.0 mm UHMWPE cross-ply laminate (0/90, 72 plies), pressed at 125 C, 20.7 MPa, 40 min
   - 3.2 mm 6061-T6 aluminium back plate
   Areal density 31.4 kg/m2 (6.43 lb/ft2).

2. Performance
   - Mass efficiency Em = 1.62 versus rolled homogeneous armour (measured, 7.62 mm AP).
   - Meets NIJ 0101.06 Level III and Level IV single hit at 0 degrees; V50 for 7.62x54R B32
     = 884 m/s (12 shots, 3 panels).
   - Back-face deformation 31 mm max in clay.

3. Critical process controls
   - Tile gap 0.15 mm max; fill with polyurethane adhesive, no voids over 2 mm (X-ray each panel).
   - Press dwell temperature 125 +/- 3 C; if the UHMWPE laminate drops below 118 C before full
     pressure, scrap the laminate.
   - Edge closure: 4 mm aramid wrap, epoxy bonded, prevents tile ejection at multi-hit.

ITAR CONTROLLED - USML CATEGORY XIII(e)(5)
"""


def _falconet_rfq() -> Item:
    spec = Item("7731-4102_fab_spec.docx", "ITAR", "XI(c)(2)", False, "technical_data",
                partial(docx_bytes, "PWB 7731-4102 rev B fabrication requirements", PCB_FAB_SPEC,
                        "D. Okafor"),
                mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    body = (
        "Hi Marisol,\n\n"
        "Please quote the attached board, 24 prototypes and 120 production in two releases.\n"
        "The Gerbers follow through our secure portal once your ITAR registration and U.S.-person\n"
        "staffing are confirmed (your form from last year has expired).\n\n"
        "Notice: the attachment contains technical data controlled under the ITAR (USML Category\n"
        "XI(c)(2)). Do not forward it outside your U.S.-person programme team.\n\n"
        "Quote due 14 November. Questions to me or to Priya in supplier quality.\n\n"
        "Regards,\nDaniel Okafor\nSenior Buyer, Halvorsen Microwave Systems\n"
    )
    mail = Mail("Daniel Okafor <d.okafor@halvorsen-mw.example>",
                "Marisol Reyes <mreyes@tri-county-circuits.example>",
                "[ITAR] RFQ 26-1187 - PWB 7731-4102 rev B (Falconet REX)",
                "Tue, 04 Nov 2026 10:12:44 -0500", "<rfq-26-1187@halvorsen-mw.example>", body)

    def build() -> bytes:
        mail.attachments = [(spec.path, spec.mime, spec.build())]
        return eml_bytes(mail)

    return Item("mail/rfq_26-1187_pwb.eml", "ITAR", "XI(c)(2)", True, "technical_data", build,
                members=[spec])


SAR_MAIL = """
Ines,

Results from Tuesday's captive-carry run with the ISR pod (sortie 14, Mojave range):

- Spotlight mode, Ku band, 1.2 GHz chirp bandwidth, slant range 18 km: measured IRW 0.19 m
  range x 0.21 m azimuth on the trihedral array, so we are inside the 0.25 m goal.
- The PGA autofocus still needs 6 iterations on long apertures (integration time > 3.5 s);
  phase error residual after 4 iterations was 0.3 rad RMS. I want to try the weighted
  least-squares estimator Kai prototyped.
- Motion compensation: lever arm from the INS to the antenna phase centre was off by 4 cm in Z.
  Fixed in the config, reprocessing tonight.
- Coherent change detection between passes 3 and 7: geo-registration error 0.22 m (1 sigma)
  using the DEM tie-points. Good enough for the demo.

Next run Thursday: stripmap at 0.3 m, then the moving-target overlay with the GMTI channel.

Tom
"""


def items() -> list[Item]:
    """The ITAR items of part 1."""
    docx_mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    trm_banner = itar_banner("XI(c)(4)")
    return [
        Item("office/TRM-4410_ATP_revC.docx", "ITAR", "XI(c)(4)", True, "technical_data",
             partial(docx_bytes, "TRM-4410 T/R module acceptance test procedure, rev C",
                     TRM_ATP, "K. Lindqvist",
                     header=f"{trm_banner}  |  Halvorsen Microwave Systems  |  CAGE 7K2R4",
                     footer=AECA_WARNING), mime=docx_mime),
        Item("text/falconet_sdd_beam_steering.md", "ITAR", "XI(a)(3)(xii)", False,
             "technical_data", text(BEAM_STEERING)),
        Item("text/gimbal_rate_loop.txt", "ITAR", "IV(h)(2)", False, "technical_data",
             text(GIMBAL_RATE_LOOP)),
        Item("text/armor_panel_CAC-HL3_process.txt", "ITAR", "XIII(e)(5)", True,
             "technical_data", text(XIII_ARMOR)),
        _falconet_rfq(),
        Item("mail/re_sortie14_sar_results.eml", "ITAR", "XI(a)(3)(ii)", False, "technical_data",
             partial(eml_bytes, Mail("Tom Brandt <tbrandt@corvid-aero.example>",
                                     "Ines Haddad <ihaddad@corvid-aero.example>",
                                     "RE: sortie 14 SAR image quality",
                                     "Wed, 17 Sep 2026 21:40:03 -0700",
                                     "<sortie14-sar@corvid-aero.example>", SAR_MAIL.strip()))),
        *_imaging_items(),
    ]


IRST_SLIDES = [
    ("Programme status", ["PDR for the Kestrel IRST-2 airborne infrared search and track pod",
                          "Customer: fighter upgrade prime; contract CLIN 0003",
                          "Schedule: CDR planned for Q2 next year"],
     "Keep this short; the customer wants the detection-range slides."),
    ("Sensor head", ["MWIR 3.7-4.8 um cooled InSb focal plane, 1280 x 1024, 12 um pitch",
                     "> Stirling cryocooler, 77 K, cool-down 6.5 min",
                     "Dual FOV optics: 28 x 22 deg search, 4.2 x 3.4 deg track",
                     "Scan: 120 deg azimuth x 10 bars elevation in 4 s frame"],
     "NETD at the pixel is 22 mK with f/2.5 optics; mention the cold-shield efficiency fix."),
    ("Detection performance", ["Head-on fighter target: detection 46 km, track 38 km (model)",
                               "Tail aspect: detection > 90 km at 25,000 ft",
                               "False alarm rate 1 per hour at Pd 0.9"],
     "The 46 km figure assumes 23 km visibility, mid-latitude summer. Flight test will anchor it."),
    ("Tracking", ["Multiple-hypothesis tracker, up to 64 tracks",
                  "Angular accuracy 0.15 mrad RMS in track FOV",
                  "Passive ranging by kinematic manoeuvre and data link fusion"],
     "Passive ranging error 8 % of range after a 30 deg ownship weave."),
    ("Risks", ["Window heating above Mach 1.4 raises background; sapphire window trade open",
               "Gimbal stabilisation margin at 9 g (see drawing KO-5520-110)"],
     ""),
]


def _imaging_items() -> list[Item]:
    gyro_dist = dist_d("Critical Technology; Export Controlled", "12 August 2026",
                       "Pellham Instruments, Contracts Office, Dayton OH")
    return [
        Item("office/IRST-2_PDR_excerpt.pptx", "ITAR", "XII(c)(4)", True, "technical_data",
             partial(pptx_bytes, "IRST-2 Preliminary Design Review (excerpt)",
                     "Kestrel Optronics - 9 October 2026", IRST_SLIDES, "R. Caldwell",
                     footer=itar_banner("XII(c)(4)") + " - " + ITAR_SHORT),
             mime="application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        Item("pdf/PFG-900_qualification_report.pdf", "ITAR", "XII(e)(12)(i)", True,
             "technical_data",
             partial(pdf_bytes, "PFG-900 fibre-optic gyroscope: qualification test report",
                     GYRO_REPORT, "Pellham Instruments", header=gyro_dist,
                     footer=gyro_dist + " " + AECA_WARNING)),
        Item("drawings/KO-5520-110_gimbal_yoke.dxf", "ITAR", "XII(e)(16)", False,
             "technical_data", partial(dxf_bytes, GIMBAL_DRAWING)),
    ]


GYRO_REPORT = """
# 1 Summary
Three PFG-900 navigation-grade fibre-optic gyroscopes (S/N 0412, 0415, 0417) completed the
qualification programme defined in test plan TP-900-02. All units met the performance and
environmental requirements. The PFG-900 is the gyro for the IMU of a precision-guided munition
family; its angle random walk is the figure of merit for the seeker hand-over.

# 2 Performance results
| Parameter | Requirement | S/N 0412 | S/N 0415 | S/N 0417 |
| Angle random walk | < 0.0008 deg/sqrt(h) | 0.00061 | 0.00058 | 0.00066 |
| Bias stability (Allan floor) | < 0.0005 deg/h | 0.00031 | 0.00029 | 0.00034 |
| Bias repeatability (turn-on) | < 0.002 deg/h | 0.0011 | 0.0009 | 0.0013 |
| Scale factor linearity | < 5 ppm | 2.1 | 2.6 | 1.9 |
| Start-up time to spec | < 30 s | 18 s | 17 s | 19 s |

# 3 Environmental tests
- Random vibration: 12.3 g RMS, 20-2000 Hz, 3 axes, 3 min per axis; bias shift < 0.001 deg/h.
- Shock: 100 g, 6 ms half-sine, 3 per direction; no change in scale factor beyond 1 ppm.
- Thermal: -54 C to +85 C, 1 C/min ramps; thermal model residual 0.0007 deg/h after compensation.

# 4 Coil and optics
5.2 km polarisation-maintaining fibre, 80 um cladding, quadrupolar wind on a 110 mm titanium
spool; superluminescent diode at 1550 nm, 30 nm bandwidth; multifunction integrated-optic chip
with 20 GHz modulator. Closed-loop serrodyne modulation, 7 MHz eigenfrequency.

# 5 Conclusion
Qualification is complete. Production acceptance will use the abbreviated ARW test (2 h Allan
variance) and the thermal sweep of section 3 on every unit.
"""

GIMBAL_NOTES = """
NOTES:
- MATERIAL: TI-6AL-4V ANNEALED BAR, AMS 4928. HEAT TREAT NOT PERMITTED.
- ALL DIMENSIONS IN MILLIMETRES. UNTOLERANCED DIMENSIONS +/- 0.1.
- BEARING BORES A AND B COAXIAL WITHIN 0.005 AND PERPENDICULAR TO DATUM C WITHIN 0.008.
- YOKE STIFFNESS REQUIREMENT: FIRST MODE ABOVE 480 HZ WITH SENSOR HEAD MASS 9.4 KG INSTALLED.
- OUTER AXIS OF IRST-2 TURRET STABILISATION GIMBAL; LOS JITTER BUDGET 12 URAD RMS AT 9 G.
- SURFACE FINISH 0.4 RA ON BORES; ALL OTHER 1.6 RA. DEBURR, BREAK SHARP EDGES 0.2 MAX.
- MAGNETIC PARTICLE NOT APPLICABLE; FPI PER ASTM E1417 TYPE 1 LEVEL 3.
"""

GIMBAL_DRAWING = Drawing(
    attribs={"DWG_NO": "KO-5520-110", "TITLE": "YOKE, OUTER AXIS GIMBAL, IRST-2 TURRET",
             "REV": "B", "CAGE": "4QM07", "COMPANY": "KESTREL OPTRONICS INC",
             "MATERIAL": "TI-6AL-4V AMS 4928", "SCALE": "1:1", "DRAWN": "R. CALDWELL",
             "CHECKED": "J. OYELARAN", "DATE": "2026-07-21", "SHEET": "1 OF 2",
             "EXPORT_NOTICE": ""},
    notes=GIMBAL_NOTES,
    labels=[(40, 250, "BORE A  62.000 +0.010/-0.000"), (40, 244, "BORE B  62.000 +0.010/-0.000"),
            (40, 238, "DATUM C"), (200, 250, "SECTION A-A")],
    outline=[(40, 150), (190, 150), (190, 170), (170, 230), (150, 230), (150, 175),
             (80, 175), (80, 230), (60, 230), (40, 170)],
    holes=[(70, 215, 8.0), (160, 215, 8.0), (115, 160, 4.2)],
)
