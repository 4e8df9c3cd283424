"""EAR items: dual-use electronics, information security, sensors, navigation, machine tools,
gas-turbine technology, 600-series parts, and EAR99 items.

Parameters are chosen so that each ECCN in the labels is the right one (checked against
15 CFR part 774, Supplement No. 1) and so that none of the items falls on the USML.
"""

from __future__ import annotations

from functools import partial

from .legends import Item, ear_legend, text
from .markup import to_html
from .media import Drawing, Mail, dxf_bytes, eml_bytes, pdf_bytes, png_scan_bytes
from .office import docx_bytes, pptx_bytes, xlsx_bytes

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

MMIC_NOTES = """
Bench notes - GaN MMIC power amplifier HMA-1012, wafer lot W2231
Halvorsen Microwave Systems, RF components lab. Author: S. Petrakis

Purpose: characterise the 8.5-10.5 GHz two-stage GaN-on-SiC MMIC PA for the commercial marine
weather radar and the broadband test instrument product lines.

Setup
  Die attached with AuSn to CuMo carrier, 2 x 10 mil bond wires per RF port.
  Pulsed: 100 us, 10 % duty. Vd = 28 V, Idq = 240 mA total, Vg ~ -2.6 V.
  Input drive +27 dBm from the TWT driver, calibrated with the power sensor at the input plane.

Results, die #14 (typical of 22 die tested)
  Freq (GHz)   Pout sat (dBm)   Pout (W)   PAE (%)   Gain at P3dB (dB)
  8.5          41.1             12.9       41        14.2
  9.0          41.3             13.5       43        14.6
  9.5          41.0             12.6       42        14.3
  10.0         40.6             11.5       39        13.8
  10.5         40.1             10.2       36        13.1
  Fractional bandwidth 21 %. Min Psat over band 10.2 W.

Observations
  - Gain droop over the pulse 0.4 dB; probably trapping, check with 1 ms pulses next week.
  - Output match shifts up ~150 MHz at 85 C baseplate; re-tune the second harmonic stub.
  - Two die failed at 32 V drain (gate-drain breakdown); keep the 28 V rating.
Next: CW at 20 % derating for the instrument application; thermal imaging of the output stage.
"""

NUC_PROCEDURE = """
LWIR camera core TC-640 - two-point non-uniformity correction (NUC) and bad-pixel procedure
Kestrel Optronics, production test, document PT-640-07 rev B

Unit: 640 x 512 uncooled VOx microbolometer core, 12 um pitch, 8-14 um, 30 Hz and 60 Hz modes,
interchangeable lens mount (M34 thread); output 14-bit Camera Link and analogue video.

1. Warm-up: power the core for 20 minutes on the temperature-controlled plate (25.0 +/- 0.2 C).
2. Set integration: 60 Hz mode, gain high, shutter-based FFC disabled.
3. Present blackbody A at 20.0 C filling the field; average 256 frames -> image LA.
4. Present blackbody B at 40.0 C; average 256 frames -> image LB.
5. Gain per pixel: g = (mean(LB) - mean(LA)) / (LB - LA); offset o = mean(LA) - g * LA.
6. Bad pixels: flag where g is outside 0.7-1.3 or where temporal noise > 3 x median;
   replace by the mean of valid 8-neighbours. Reject the core if > 0.1 % bad or any cluster > 3x3.
7. Write gain and offset tables to flash bank 2 and verify CRC.
8. Verify: residual spatial non-uniformity at 30 C < 30 mK; NETD at f/1.0, 30 C < 45 mK.
9. Record serial, tables CRC and NETD in the traveller.
"""

THERMAL_GUIDE = """
# TC-640 LWIR camera core - integration guide (rev 3)

## 1 Product
The TC-640 is an uncooled 640 x 512 VOx microbolometer camera core, 12 um pixel pitch, spectral
band 8-14 um, NETD < 45 mK at f/1.0. Frame rates 30 Hz and 60 Hz; the lens mount accepts the
TL-series lenses (9 mm to 100 mm) and is designed for user lens changes.

## 2 Electrical interface
| Pin | Signal | Notes |
| 1-2 | VIN 5.0 V | 1.4 W typical at 60 Hz, 2.1 W during shutter actuation |
| 3 | GND | |
| 4-11 | LVCMOS video 14-bit | pixel clock 24.5 MHz |
| 12-13 | UART TX/RX | 921,600 baud, command protocol in section 5 |
| 14 | FSYNC in | external frame sync, 3.3 V, rising edge |

## 3 Mechanical
Core size 38 x 38 x 28 mm without lens, 42 g. Mount with three M2 screws to a thermally conductive
bracket; keep the core housing below 60 C.

## 4 Image processing pipeline
Two-point NUC tables, shutter flat-field correction every 3 minutes or on 1.5 C drift, temporal
noise filter (3-frame recursive), AGC with plateau equalisation, digital detail enhancement.

## 5 Command protocol (extract)
| Command | Code | Payload |
| Set frame rate | 0x21 | 0x00 = 30 Hz, 0x01 = 60 Hz |
| Trigger FFC | 0x12 | none |
| Load NUC bank | 0x34 | bank 0-3 |
| Set AGC plateau | 0x46 | uint16, 50-1000 |
"""

INS_PROCEDURE = """
# TerraNav LV-3 inertial navigation unit: alignment and drift verification

Export classification: ECCN 7A003.a.2 (EAR). Pellham Instruments, document TN-LV3-011.

## Application
The LV-3 is a strapdown ring-laser-gyro navigation unit for autonomous haul trucks and survey
vehicles in open-pit mines, where satellite navigation is masked by pit walls. Position is held
with odometer aiding only.

## Alignment
- Park on level ground (within 3 deg), engine running allowed, no motion.
- Command ALIGN; gyrocompassing takes 5 min at latitudes below 60 deg.
- Heading after alignment: 0.1 deg sec(latitude) RMS.

## Drift verification run
- Drive the 12 km surveyed loop at 20-40 km/h with satellite navigation disabled in the unit.
- Record position error at the 14 surveyed marks; compute horizontal CEP as a share of distance.
- Pass: CEP <= 0.35 % of distance travelled (typical 0.22 %).
- Odometer scale factor is estimated on line; reject the run if the estimate moves by more than
  0.2 % between laps.

EXPORT CONTROLLED - ECCN 7A003.a.2. Subject to the EAR; no export or release to foreign persons
without authorisation.
"""

ENCRYPTOR_FW = '''
# LX-220 link encryptor firmware - crypto core (module `lx_crypto`)

Meridian Secure Networks. Internal repository README, branch `release/3.4`.

The LX-220 encrypts layer-2 Ethernet links at 10 Gb/s between data centres. This module is the
data-plane crypto core that runs on the appliance CPU and offloads bulk AES to the FPGA.

## Algorithms
- Bulk: AES-256-GCM per frame, 96-bit IV = 32-bit link id || 64-bit frame counter.
- Key agreement: ECDH on P-384 every 10 minutes or 2^31 frames, whichever first.
- Authentication of peers: ECDSA P-384 certificates from the customer CA.
- Key derivation: HKDF-SHA-384, separate keys per direction.

```python
def rekey(session: Session, peer_pub: bytes) -> None:
    """Derive fresh directional keys from a new ECDH exchange."""
    shared = session.ecdh.exchange(ec.ECDH(), load_point(peer_pub))
    okm = HKDF(algorithm=SHA384(), length=64, salt=session.nonce,
               info=b"lx220 v3 link keys").derive(shared)
    tx, rx = (okm[:32], okm[32:]) if session.initiator else (okm[32:], okm[:32])
    session.fpga.load_key(slot=session.next_slot(), key=tx, direction="tx")
    session.fpga.load_key(slot=session.next_slot(), key=rx, direction="rx")
    session.frame_counter = 0
```

## Notes
- The FPGA key slots are write-only; zeroise on tamper switch or on three failed logins.
- Never log keys or shared secrets, even at debug level.
'''

BOM_ROWS = [
    ["Meridian Secure Networks - LX-220 10G link encryptor - Bill of materials rev F"],
    ["Item", "Part number", "Description", "Qty", "Unit", "Supplier", "ECCN", "Notes"],
    [1, "LX-220-000", "Link encryptor, 1U, 2 x 10GbE, AES-256", 1, "ea", "Meridian", "5A002.a.1", "top assembly"],
    [2, "LX-220-100", "Crypto board assembly (FPGA + CPU)", 1, "ea", "Meridian", "5A002.a.1", "loaded with lx_crypto 3.4"],
    [3, "LX-220-110", "Tamper mesh and zeroisation board", 1, "ea", "Meridian", "5A002.a.1", ""],
    [4, "PS-150-12", "Power supply 150 W, 12 V, hot-swap", 2, "ea", "Delmont Power", "EAR99", ""],
    [5, "SFP-10G-SR", "SFP+ optical transceiver 850 nm", 2, "ea", "OptiLane", "TBD", "awaiting supplier classification"],
    [6, "CH-1U-220", "Chassis, steel, 1U, powder coat", 1, "ea", "Keyes Sheet Metal", "EAR99", ""],
    [7, "FAN-40-28", "Fan 40 x 28 mm, 12 V", 3, "ea", "Brisa", "EAR99", ""],
    [8, "LBL-220-EXP", "Export label, ECCN 5A002.a.1", 1, "ea", "Meridian", "EAR99", "label text only"],
    [9, "SCR-M3-6", "Screw M3 x 6 pan head", 18, "ea", "fastener kit", "EAR99", ""],
    [],
    ["Export: top assembly ECCN 5A002.a.1; classification ref. MSN-CLS-2026-04."],
]

T9_PARTS = [
    ["Corvid Aeronautics - T-9 Warbler turboprop trainer - canopy frame kit - parts list"],
    ["Find", "Part number", "Nomenclature", "Qty", "Material", "ECCN", "Drawing"],
    [1, "T9-5310-001", "Frame, canopy, forward", 1, "7050-T7451 plate", "9A610.x", "T9-5310-001"],
    [2, "T9-5310-014", "Fitting, canopy hinge, LH", 1, "Ti-6Al-4V", "9A610.x", "T9-5310-014"],
    [3, "T9-5310-015", "Fitting, canopy hinge, RH", 1, "Ti-6Al-4V", "9A610.x", "T9-5310-014 (opp)"],
    [4, "T9-5310-030", "Rail, canopy jettison guide", 2, "17-4PH H1025", "9A610.x", "T9-5310-030"],
    [5, "T9-5310-041", "Seal, inflatable, canopy", 1, "silicone/aramid", "9A610.x", "T9-5310-041"],
    [6, "MS21042L3", "Nut, self-locking", 24, "steel", "EAR99", "std"],
    [7, "NAS1352-3-8", "Screw, socket head", 24, "A286", "EAR99", "std"],
    [],
    ["The T-9 is a military trainer (9A610.a). Parts specially designed for it are 9A610.x unless listed in 9A610.y."],
]

CANOPY_NOTES = """
NOTES:
- MATERIAL TI-6AL-4V ANNEALED, AMS 4911 PLATE 25.4 THK.
- HINGE LUG BORE 12.700 +0.018/-0.000, H7. BUSHING NAS75-8 PRESS FIT, WET INSTALL.
- LIMIT LOAD 18.2 KN AT HINGE LUG (CANOPY OPEN, 50 KT GUST). SEE STRESS REPORT T9-SR-5310.
- PENETRANT INSPECT PER ASTM E1417. SHOT PEEN LUG 0.008-0.012A.
- T-9 WARBLER MILITARY TRAINER, CANOPY HINGE FITTING LH (RH OPPOSITE T9-5310-015).
"""

CANOPY_DRAWING = Drawing(
    attribs={"DWG_NO": "T9-5310-014", "TITLE": "FITTING, CANOPY HINGE, LH", "REV": "C",
             "CAGE": "5NHC8", "COMPANY": "CORVID AERONAUTICS", "MATERIAL": "TI-6AL-4V AMS 4911",
             "SCALE": "2:1", "DRAWN": "E. SANTOS", "CHECKED": "I. HADDAD", "DATE": "2026-02-11",
             "SHEET": "1 OF 1",
             "EXPORT_NOTICE": "ECCN 9A610.x - SUBJECT TO THE EAR. EXPORT REQUIRES BIS LICENSE."},
    notes=CANOPY_NOTES,
    labels=[(60, 262, "VIEW A"), (60, 256, "LUG THK 14.0 +/-0.05"), (230, 262, "4X DIA 6.35 THRU")],
    outline=[(50, 160), (200, 160), (200, 185), (150, 185), (140, 240), (100, 240), (90, 185),
             (50, 185)],
    holes=[(120, 225, 6.35), (70, 172, 3.2), (180, 172, 3.2)],
)


def items() -> list[Item]:
    """The EAR items with an ECCN other than EAR99."""
    xlsx = partial(xlsx_bytes, header_rows=2)
    return [
        Item("text/HMA-1012_bench_notes.txt", "EAR", "3A001.b.2.b.2", False, "technical_data",
             text(MMIC_NOTES)),
        Item("text/TC-640_NUC_procedure.txt", "EAR", "6A003.b.4.b", False, "technical_data",
             text(NUC_PROCEDURE)),
        Item("web/TC-640_integration_guide.html", "EAR", "6A003.b.4.b", True, "technical_data",
             text(to_html("TC-640 LWIR camera core - integration guide", THERMAL_GUIDE,
                          banner="ECCN: 6A003.b.4.b", footer=ear_legend("6A003.b.4.b")))),
        Item("text/LV-3_alignment_and_drift.md", "EAR", "7A003.a.2", True, "technical_data",
             text(INS_PROCEDURE)),
        Item("text/lx_crypto_README.md", "EAR", "5D002.c.1", False, "technical_data",
             text(ENCRYPTOR_FW)),
        Item("office/LX-220_BOM_revF.xlsx", "EAR", "5A002.a.1", True, "technical_data",
             partial(xlsx, {"BOM": BOM_ROWS}, author="J. Albright", title="LX-220 BOM rev F")),
        Item("office/T9_canopy_frame_parts_list.xlsx", "EAR", "9A610.x", True, "technical_data",
             partial(xlsx, {"Parts list": T9_PARTS}, author="E. Santos",
                     title="T-9 canopy frame kit parts list")),
        Item("drawings/T9-5310-014_canopy_hinge.dxf", "EAR", "9A610.x", True, "technical_data",
             partial(dxf_bytes, CANOPY_DRAWING)),
        Item("office/SX_blade_casting_process_sheet.docx", "EAR", "9E003.a.1", False,
             "technical_data",
             partial(docx_bytes, "Process sheet PS-118: single-crystal HPT blade casting",
                     BLADE_CASTING, "M. Feeney"), mime=DOCX),
        Item("office/NPM-5X_acceptance_review.pptx", "EAR", "2B001.b.2.a", True,
             "technical_data",
             partial(pptx_bytes, "NPM-5X five-axis machining centre", "Acceptance test review",
                     NPM_SLIDES, "T. Brennan",
                     footer="Northgate Precision Machine - Export classification ECCN 2B001.b.2.a"
                            " - subject to the EAR; licence required for most destinations"),
             mime="application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        Item("pdf/MR-4000_router_install_guide.pdf", "EAR", "5A992.c", True, "technical_data",
             partial(pdf_bytes, "MR-4000 branch router: installation and security set-up",
                     ROUTER_GUIDE, "Meridian Secure Networks",
                     header="ECCN 5A992.c - MASS MARKET ENCRYPTION",
                     footer=ear_legend("5A992.c"))),
        Item("scans/scan_RHS-4M_TID_summary.png", "EAR", "3A001.a.1.a", True, "technical_data",
             partial(png_scan_bytes, RAD_SCAN, seed=19, bottom_legend=ear_legend("3A001.a.1.a"))),
        Item("mail/fwd_stage1_blade_TBC_results.eml", "EAR", "9E003.a.5", False,
             "technical_data",
             partial(eml_bytes, Mail("Anil Patel <apatel@ostrander-turbine.example>",
                                     "Coatings team <coatings@ostrander-turbine.example>",
                                     "FW: NX-8 HPT stage 1 blade - TBC burner rig results",
                                     "Mon, 22 Jun 2026 08:03:19 -0400",
                                     "<nx8-tbc-0622@ostrander-turbine.example>", BLADE_MAIL))),
    ]


BLADE_CASTING = """
# 1 Scope
Casting of single-crystal (SC) high-pressure turbine blades, P/N NX8-7210, for the NX-8 commercial
turbofan. Alloy OTC-SX4 (second-generation, 3 % Re). This process sheet is the released production
process; deviations need an engineering concession.

# 2 Requirements the process must deliver
- Stress-rupture life in the [001] direction: 520 h minimum at 1,000 C and 200 MPa (average of
  six specimens per master heat; acceptance of individual specimen 460 h).
- Primary orientation within 10 deg of [001]; secondary orientation controlled to +/- 15 deg.
- No freckles, no stray grains > 1.5 mm, no low-angle boundaries > 8 deg.

# 3 Process
| Step | Parameter | Value |
| Mould preheat | furnace hot zone | 1,520 C, 30 min soak |
| Pour | metal superheat | 1,550 C +/- 10 C, vacuum < 1 x 10^-3 mbar |
| Withdrawal | rate | 3.5 mm/min for the first 25 mm (starter + helix), then 4.5 mm/min |
| Thermal gradient | at the solidification front | 35-45 K/cm (thermocouple rake, each run) |
| Grain selector | helix | 2.5 turns, 5 mm bore, 30 deg pitch |
| Seeding | optional | Ni seed, for secondary orientation control |

# 4 Heat treatment
Solution 1,315 C for 6 h in stepped ramp (1,290 / 1,305 / 1,315 C), gas fan quench at > 150 C/min
to 1,080 C; age 1,080 C 4 h plus 870 C 20 h. Residual eutectic fraction below 1 %.

# 5 Inspection
Macro-etch for grain defects, Laue back-reflection for orientation, X-ray for core shift
(wall thickness 0.55 mm minimum), and one stress-rupture bar per mould cluster.
"""

NPM_SLIDES = [
    ("Machine", ["Northgate NPM-5X five-axis trunnion machining centre",
                 "Travels X 800 / Y 650 / Z 550 mm; A +/-120 deg, C 360 deg",
                 "Simultaneous 5-axis contouring; 20,000 rpm HSK-A63 spindle"],
     "Customer acceptance at their plant in Ohio, three days."),
    ("Positioning repeatability (ISO 230-2)", ["Unidirectional repeatability X: 0.7 um",
                                              "Y: 0.8 um, Z: 0.8 um (laser interferometer, 5 runs)",
                                              "Bidirectional accuracy X: 2.9 um",
                                              "Rotary axes: A 2.5 arcsec, C 2.1 arcsec"],
     "Repeatability figures are the ones the export team needs for the classification file."),
    ("Thermal and contouring", ["Spindle thermal growth 6 um after 4 h warm-up cycle",
                                "Ballbar 150 mm radius: circularity 3.1 um",
                                "NAS 979 cone frustum test passed"],
     ""),
    ("Open items", ["Replace Y-axis scale reader head (noise at 0.1 um)",
                    "Ship with linear scale compensation tables rev 4"], ""),
]

ROUTER_GUIDE = """
Partner edition for authorised installation partners. Not for public distribution.

# 1 Before you start
The MR-4000 is a branch-office router with a built-in firewall and IPsec/SSL VPN, sold through
retail and distribution channels. This guide covers rack mounting, first boot and the security
set-up. Keep the unit in a ventilated location, 0-40 C.

# 2 Installation
- Mount with the supplied ears in a 19-inch rack, 1U; leave 50 mm clearance at the sides.
- Connect WAN1 to the ISP modem, LAN1-8 to the switch. Console: RJ-45, 115,200 8N1.
- Power: 100-240 V AC, 36 W maximum.

# 3 First boot and security set-up
- Log in at https://192.168.10.1 with the label password; you must change it at first login.
- Firmware 5.2 or later is required for WPA3 and IKEv2 with AES-256-GCM.
- VPN: site-to-site IPsec uses IKEv2, DH group 20 (ECP-384) or 19 (ECP-256); remote access
  uses TLS 1.3. Pre-shared keys shorter than 20 characters are rejected.
- Certificates: import the CA certificate in PEM; key length RSA 3072 or ECDSA P-256 minimum.

# 4 Troubleshooting
| Symptom | Check |
| No WAN address | DHCP on WAN1 enabled; ISP modem in bridge mode |
| VPN phase 1 fails | matching DH group and proposals on both peers; clock within 5 min |
| Throughput low | disable deep packet inspection on the LAN-to-LAN policy |
"""

RAD_SCAN = """
RADIATION TEST SUMMARY - RHS-4M 4 Mbit radiation-hardened SRAM
Tested for: Pellham Instruments. Test house: Mesa Verde Radiation Laboratory. Report MVR-26-117.

Device: RHS-4M, 512K x 8, 150 nm SOI CMOS, date code 2614, 8 samples + 2 controls.
Source: Co-60 gamma, dose rate 0.9 Gy(Si)/s (90 rad(Si)/s), per MIL-STD-883 method 1019.

Total ionising dose steps: 1, 3, 5, 10 kGy(Si) (100 krad, 300 krad, 500 krad, 1 Mrad)

Results at 10 kGy(Si):
  Functional test at 20 MHz, all patterns: 8 of 8 pass
  Standby current: 0.41 mA (pre-rad 0.38 mA), limit 2.0 mA
  Access time: 16.9 ns (pre-rad 16.2 ns), limit 20 ns
  After 168 h 100 C anneal: all parameters within limits

Dose-rate upset (LINAC, separate test): no upset below 1.1 x 10^9 rad(Si)/s.
Conclusion: the RHS-4M is rated radiation hardened to a total dose of 10 kGy(Si) (1 Mrad(Si)).
"""

BLADE_MAIL = """
Team - forwarding the burner rig summary from the lab. Comments by Thursday please.

---------- Forwarded message ----------
From: High-temperature lab
Subject: NX-8 HPT stage 1 blade - TBC burner rig results

Blades: NX8-7210 cooled SC blades, lots 41 and 43, 7YSZ EB-PVD TBC 180 um over Pt-aluminide.
Rig: Mach 0.3 burner, gas path temperature 1,745 K at the leading edge (design point of the NX-8
take-off rating is 1,720 K gas path), blade coolant 2.1 % of core flow at 830 K.

Results after 500 one-hour cycles:
- Metal temperature at the leading edge 1,318 K (target <= 1,323 K). Showerhead effectiveness
  0.46, 6 % lower than the CFD prediction; the film on the pressure side separates at row 3.
- TBC spallation: none on lot 43; 3 mm2 on two lot-41 blades at the tip, where the bond coat
  was thin (28 um vs 40 um nominal).
- Cooling flow check after test: 0.3 % reduction (no significant blockage).

Proposal: move pressure-side row 3 forward 1.2 mm and change it to fan-shaped holes (10 deg
lateral expansion, 7 deg laid-back); raise the bond-coat minimum to 35 um at the tip.
"""
