"""ITAR items, part 2: missiles (IV), aircraft (VIII), spacecraft (XV), engines (XIX), undersea.

All companies, programmes, part numbers and CAGE codes are fictional.
"""

from __future__ import annotations

from functools import partial

from .legends import AECA_WARNING, CUI_EXPT, ITAR_SHORT, Item, itar_banner, text
from .markup import to_html
from .media import Drawing, dxf_bytes, pdf_bytes, png_scan_bytes, zip_bytes
from .office import docx_bytes, xlsx_bytes

HALL_TN = """
# 1 Purpose
This technical note records the design baseline of the BHT-6K Hall-effect thruster after the
second development test campaign, and the changes adopted for the engineering model. The BHT-6K
is the primary orbit-raising and station-keeping thruster of the Brightwater Sentinel bus.

# 2 Performance baseline
| Operating point | Discharge power | Thrust | Specific impulse | Anode efficiency |
| High thrust | 6.0 kW at 300 V | 392 mN | 1,880 s | 60.2 % |
| High Isp | 6.0 kW at 500 V | 318 mN | 2,310 s | 60.0 % |
| Low power | 3.0 kW at 300 V | 188 mN | 1,720 s | 52.9 % |
Xenon flow 21.3 mg/s anode plus 7 % cathode flow at the high-thrust point. Thrust measured on the
inverted-pendulum stand, uncertainty +/- 1.5 %. Plume divergence half-angle (90 % current) 21 deg.

# 3 Magnetic circuit
The magnetic circuit uses one inner coil (210 turns) and two outer coils (120 turns each) on a
low-carbon iron (AISI 1010) frame, with a trim coil for field shaping. The peak radial field on
the channel centreline is 205 G at 300 V and 240 G at 500 V; the field is shaped with a 12 mm
zero-field region upstream of the anode so that the ionisation zone sits inside the channel.

Magnetic shielding: the field lines near the exit are aligned with the channel walls so that the
plasma potential along the grazing lines stays within 15 V of the anode potential. This keeps
ion impact energies on the boron nitride walls below the sputter threshold and is the reason the
erosion rate fell from 11 um/h (unshielded DM-1) to below 0.2 um/h (DM-2).

# 4 Discharge channel
- Mean channel diameter 150 mm, channel width 25 mm, channel length 38 mm.
- Wall material BN-SiO2 (grade M26), inner and outer rings machined from one billet lot.
- Anode/gas distributor: 316L stainless, 48 choked orifices of 0.25 mm, azimuthal uniformity
  better than 3 % measured with the hot-wire rig.
- Pole covers: graphite (isomolded, 1.85 g/cm3), replaceable, 2 mm thick.

# 5 Cathode
Centre-mounted LaB6 hollow cathode, 7 mm insert ID, heater 200 W for 6 min ignition. Keeper current
0.5 A during operation; cathode coupling voltage -18 V at 20 A discharge current. Life test target
30,000 h, insert depletion model predicts 41,000 h at 20 A.

# 6 Power processing interface
- Discharge supply 200-500 V, 0-20 A; ripple below 2 % peak-to-peak at 20-100 kHz.
- Magnet supplies 0-6 A each, independently commanded, 10 mA resolution.
- Discharge oscillation (breathing mode, 14-19 kHz) stays below 10 % of the mean current with the
  filter of section 6.2 (L = 120 uH, C = 4.7 uF, R = 8 ohm damping).

# 7 Thermal design
Total heat load to the mounting interface 780 W at 6 kW discharge. The radiator fins on the outer
magnetic pole reject 510 W; the remaining load is conducted through a titanium flexure mount to the
spacecraft bracket (interface temperature limit 120 C). Hot-spot on the inner coil 415 C, below the
500 C limit of the ceramic-insulated wire.

# 8 Results of test campaign DM-2
- 1,150 h wear test at the high-thrust point: thrust drift +0.6 %, Isp drift -0.4 %.
- No measurable channel wall erosion after 1,150 h (profilometer resolution 5 um).
- Pole cover erosion 42 um at the inner cover, 18 um at the outer: on track for the 15,000 h
  qualification life with the 2 mm covers.
- 6,000 on/off cycles with cathode ignition, no anomalies.

# 9 Changes for the engineering model
- Increase outer coil turns to 128 to recover 4 % field margin at 500 V.
- Change gas distributor baffle from 2 to 3 stages to reduce azimuthal non-uniformity.
- Replace the stainless anode body with molybdenum to remove the creep risk above 550 C.
- Add a thermal strap between the inner coil and the back plate.

# 10 Open items
The plume model still under-predicts charge-exchange ion flux at 90 degrees from the axis by a
factor of two; the solar array interaction analysis must use the measured data in appendix C
until the model is corrected. Facility effects on the cathode coupling voltage (background
pressure 6 x 10^-6 Torr) are to be quantified in the new 9 m chamber.

# Appendix A: DM-2 test log (extract)
| Run | Date | Point | Duration | Remarks |
| 2-014 | 03 Mar | 300 V / 20 A | 50 h | baseline performance map, 9 magnet settings |
| 2-021 | 11 Mar | 500 V / 12 A | 50 h | Isp map; oscillation 12 % at lowest inner coil setting |
| 2-030 | 18 Mar | 300 V / 20 A | 400 h | wear segment 1; profilometry at 0, 200, 400 h |
| 2-041 | 09 Apr | 300 V / 20 A | 750 h | wear segment 2; one facility trip at 512 h (chiller) |
| 2-055 | 21 May | 200-500 V sweep | 12 h | throttling table for the PPU firmware |

# Appendix B: throttling table for the PPU firmware
The power processing unit selects the magnet currents from the discharge voltage and current
commanded by the spacecraft. Intermediate points are interpolated linearly in voltage, then in
current. Inner coil current is limited to 5.2 A above 450 V to keep the inner pole below 450 C.
| Discharge | Inner coil | Outer coils | Trim | Expected thrust |
| 200 V / 15 A | 3.1 A | 2.6 A | 0.0 A | 176 mN |
| 300 V / 20 A | 3.9 A | 3.2 A | 0.4 A | 392 mN |
| 400 V / 15 A | 4.4 A | 3.6 A | 0.6 A | 338 mN |
| 500 V / 12 A | 5.2 A | 4.1 A | 0.8 A | 318 mN |

# Appendix C: plume measurements
Faraday probe sweeps at 1 m radius, 0 to 90 degrees in 2 degree steps, show a current density of
4.1 mA/cm2 on axis and 0.012 mA/cm2 at 90 degrees at the high-thrust point. Retarding potential
analyser data at 30 degrees show a main beam peak at 282 V and a charge-exchange population below
40 V. Use these data for the solar array erosion and contamination analysis until the plume model
is corrected; scale linearly with discharge current between 12 and 20 A.
"""

THRUSTER_MATRIX = [
    ["Brightwater Space Systems - BT-890 bipropellant apogee thruster, hot-fire test matrix HF-3"],
    ["Test", "Mode", "Pc (bar)", "O/F", "Pulse/duration", "Inlet T (C)", "Thrust vac (N)",
     "Isp vac (s)", "Pass criteria"],
    ["HF3-01", "steady", 9.6, 1.65, "60 s", 20, 890, 321, "Isp >= 318 s"],
    ["HF3-02", "steady", 10.4, 1.65, "600 s", 20, 962, 322, "throat T < 1,420 C"],
    ["HF3-03", "steady", 8.7, 1.55, "300 s", 5, 808, 317, "no chugging > 5 % Pc"],
    ["HF3-04", "pulse", 9.6, 1.65, "100 x 0.5 s on/1.5 s off", 20, 885, 309, "impulse bit CV < 3 %"],
    ["HF3-05", "steady", 9.6, 1.80, "3,000 s", 40, 894, 320, "chamber wall < 1,450 C"],
    ["HF3-06", "restart", 9.6, 1.65, "hot restart after 30 s", 20, 890, 321, "ignition < 80 ms"],
    [],
    ["Propellants: MMH / MON-3. Chamber: C-103 niobium with silicide coating. Injector: 16-element unlike doublet, 8 % film cooling."],
    ["Nozzle area ratio 200:1, throat diameter 15.9 mm. Facility altitude simulation > 30 km."],
]

STAR_TRACKER = """
# ST-200 star tracker: requirements specification (extract)

ITAR CONTROLLED - USML CATEGORY XV(e)(16)

Document BSS-ST200-SRS rev D. Brightwater Space Systems, CAGE 0W9T6.

## 3.1 Performance
| ID | Requirement |
| ST-PRF-01 | Attitude accuracy: 0.8 arcsec (1 sigma) per star coordinate, cross-boresight; 6 arcsec about boresight |
| ST-PRF-02 | Tracking rate: full accuracy up to 3.5 deg/s, degraded (5 arcsec) to 6 deg/s |
| ST-PRF-03 | Update rate 10 Hz, latency < 40 ms, time-tagged to the bus PPS within 10 us |
| ST-PRF-04 | Lost-in-space acquisition < 2 s with 99.9 % probability, full sky |
| ST-PRF-05 | Sun exclusion angle 26 deg with baffle; Earth limb exclusion 18 deg |

## 3.2 Optics and detector
- 50 mm focal length, f/1.2, 14 x 14 deg field of view; 2048 x 2048 CMOS APS, 5.5 um pixels.
- Centroiding on 5 x 5 pixel windows with defocus spot FWHM 2.2 pixels; sub-pixel accuracy 1/40 pixel.
- Catalogue: 9,300 stars to magnitude 6.8, with proper motion and aberration correction on board.

## 3.3 Environment
- Radiation: 50 krad(Si) total dose behind the housing, SEL immune to 60 MeV.cm2/mg.
- Thermal: operating -30 C to +60 C at the mounting interface; thermoelastic boresight shift < 1 arcsec over range.
"""

FADEC_SRS = """
# 1 Introduction
This extract of the software requirements specification covers the thrust management and limiter
functions of the FADEC for the F-class augmented turbofan (dry thrust 11,600 lbf, 17,800 lbf with
afterburner) of the tactical aircraft upgrade. Software level: DO-178C DAL A equivalent.

# 2 Control modes
- SRS-TM-010: The FADEC shall schedule main fuel flow Wf from power lever angle (PLA) 18-130 deg
  through a corrected-speed governor N2/sqrt(theta2) with a 40 ms time constant.
- SRS-TM-020: Afterburner light-off shall be commanded at PLA >= 95 deg only when N2 > 97 % and
  T4.5 > 780 C; zone 1 spray ring first, zones 2-5 sequenced at 120 ms intervals.
- SRS-TM-030: The nozzle area A8 shall be scheduled to hold the fan operating line within 2 % of
  the design stall margin during augmentor transients.

# 3 Limiters
| ID | Limit | Value | Action |
| SRS-LM-101 | Turbine exit temperature T4.5 | 1,015 C steady, 1,040 C for 10 s | fuel flow trim, then PLA clamp |
| SRS-LM-102 | HP spool speed N2 | 104.5 % | Wf reduction at 18 %/s |
| SRS-LM-103 | Compressor discharge pressure P3 | 465 psia | Wf clamp |
| SRS-LM-104 | Fan stall margin | 8 % minimum | A8 open, IGV schedule shift |
| SRS-LM-105 | Inverted flight | 30 s oil supply | warning at 25 s |

# 4 Fault accommodation
- SRS-FA-201: On loss of both T4.5 harness channels, the FADEC shall revert to the N2 limiter
  with a 3 % speed reduction and inhibit afterburner.
- SRS-FA-202: Dual-channel cross-talk over the 2 Mb/s link; channel swap within 60 ms with
  thrust transient below 4 %.
"""

HPT_BLADE_NOTES = """
NOTES:
- MATERIAL: SINGLE CRYSTAL NI-BASE SUPERALLOY PER OTC-MS-418, [001] WITHIN 12 DEG OF STACKING AXIS.
- COATING: PT-ALUMINIDE BOND COAT + 7YSZ EB-PVD THERMAL BARRIER 0.15-0.20 ON AIRFOIL AND PLATFORM.
- COOLING: 4-PASS SERPENTINE, 38 SHOWERHEAD HOLES DIA 0.38 +/- 0.03, 22 PS FILM HOLES DIA 0.46.
- AIRFLOW CHECK: 0.062 +/- 0.003 LB/S AT PR 1.55. REJECT BLOCKED HOLES (IR FLOW TEST).
- WALL THICKNESS 0.64 MIN (ULTRASONIC), TRAILING EDGE 0.76 +/- 0.05.
- HPT STAGE 1 BLADE, F-CLASS AUGMENTED TURBOFAN. 74 BLADES PER DISK, MOMENT WEIGHT SORTED.
"""

HPT_BLADE = Drawing(
    attribs={"DWG_NO": "OTC-2207-301", "TITLE": "BLADE, HPT STAGE 1, COOLED",
             "REV": "E", "CAGE": "3FQX1", "COMPANY": "OSTRANDER TURBINE COMPONENTS",
             "MATERIAL": "SX NI SUPERALLOY OTC-MS-418", "SCALE": "4:1", "DRAWN": "M. FEENEY",
             "CHECKED": "A. PATEL", "DATE": "2026-05-06", "SHEET": "1 OF 4",
             "EXPORT_NOTICE": itar_banner("XIX(f)(2)") + ". " + ITAR_SHORT},
    notes=HPT_BLADE_NOTES,
    labels=[(60, 262, "AIRFOIL SECTION B-B"), (60, 256, "LEADING EDGE R 0.90"),
            (230, 262, "FIR-TREE ROOT, 3 LOBES"), (230, 256, "BROACH ANGLE 12 DEG")],
    outline=[(60, 160), (110, 160), (115, 185), (135, 245), (120, 250), (70, 250), (55, 245),
             (65, 185)],
    holes=[(95, 230, 1.2), (90, 215, 1.2), (85, 200, 1.2)],
)

NOZZLE_SCAN = """
TALLGRASS PROPULSION WORKS - RECEIVING INSPECTION RECORD RIR-26-0388

Part: 6620-115 nozzle throat insert, 3D carbon-carbon, LANCEHEAD boost motor
Lot: CC-26-014   Qty inspected: 6   Inspector: J. Whitcomb   Date: 2026-08-19

Characteristic / Requirement / Result
Throat diameter / 41.30 +/- 0.05 mm / 41.28 - 41.33 accept
Entrance cone half-angle / 30 deg +/- 0.25 / 29.9 - 30.1 accept
Exit cone half-angle / 15 deg +/- 0.25 / 15.0 - 15.2 accept
Bulk density / 1.90 g/cm3 min / 1.91 - 1.94 accept
CT scan, delamination / none over 1.0 mm / S/N 0388-4: 1.4 mm void at 12 o'clock, reject
Surface finish, throat / 1.6 Ra max / 0.9 - 1.3 accept

Disposition: 5 accepted, 1 rejected (MRB 26-211). Erosion allowance per motor spec: throat
growth 0.8 mm max at 6.2 s burn, chamber pressure 12.4 MPa. Ship accepted parts to motor
assembly cell 3 with CT images.
"""

UAV_WIKI = """
# Reconfigurable control law (RCL) - design page

Space: Corvid Aeronautics / CA-7 Shrike / Flight Controls. Last edited by I. Haddad.

The CA-7 Shrike is the armed UAV variant with two wing stations for guided munitions. This page
describes the failure-adaptive layer of the flight control law that keeps the aircraft flyable
after loss or jamming of a control surface or after battle damage to a wing panel.

## Architecture
- Baseline: nonlinear dynamic inversion on body rates, outer-loop attitude and flight-path control.
- Control allocation: weighted pseudo-inverse across 10 effectors (4 elevons, 2 ruddervators,
  2 spoilers, 2 engine differential thrust), re-solved at 100 Hz.
- Failure detection: residuals from a bank of 10 Kalman filters, one per effector; a stuck surface
  is declared after residual > 4 sigma for 120 ms.
- Damage estimation: recursive least squares on the 6-DOF aerodynamic derivatives, forgetting
  factor 0.995, used to update the inversion model when a wing panel loses more than 15 % lift.

## Performance achieved in simulation
| Failure case | Result |
| Left elevon stuck at +12 deg | trimmed in 0.9 s, max bank excursion 18 deg |
| 25 % right outer wing loss | controllable, landing speed +11 kt |
| Loss of both ruddervators | yaw control by differential thrust and spoilers, crosswind limit 12 kt |

## Next
Flight test of the stuck-elevon case on tail 704 with the safety pilot override armed.
"""

BOMB_RACK = """
# 1 Purpose
Static strength substantiation of the hook and sway-brace assembly of the BRU-X two-store
ejector rack, P/N CA-4471-000, for carriage of 500 lb class guided munitions on the CA-7 Shrike
wing stations.

# 2 Load cases
| Case | Condition | Vertical (g) | Lateral (g) | Fore/aft (g) |
| LC1 | Catapult-free takeoff, max gross | +4.5 | 1.5 | 2.0 |
| LC2 | Pull-up at Vne | +7.5 | 0.5 | 1.0 |
| LC3 | Ejection reaction, both stores | -2.0 | 0.3 | 9.0 (pulse) |
| LC4 | Hard landing | +6.0 | 1.0 | 3.0 |
Ultimate factor 1.5 applied on limit loads; fitting factor 1.15 on the hook lugs.

# 3 Results
- Hook, 17-4PH H1025: maximum von Mises 1,022 MPa in LC2 at the hook throat; allowable 1,069 MPa;
  margin of safety +0.05.
- Sway-brace pads, 7075-T7351: bearing MS +0.21.
- Ejector piston, 15-5PH: gas pressure 41 MPa from the cartridge, hoop MS +0.34.
- Ejection end speed 5.8 m/s at store CG, pitch rate -12 deg/s nose-down.

# 4 Conclusion
All margins are positive; the hook throat radius will be increased from 3.0 to 3.5 mm at
rev C to restore a +0.15 margin.
"""

ACOUSTIC_MODEM = """
# Summary
The UM-40 acoustic modem links the Greyfin autonomous underwater vehicle with the surface host and
with bottom-mounted sensor nodes. This note describes the waveform and the adaptive receiver.

# Waveform
- Band 9-14 kHz, direct-sequence spread spectrum, chip rate 2.5 kchip/s, processing gain 21 dB.
- Low probability of intercept: source level adapted to the estimated link margin (120-168 dB re
  1 uPa at 1 m) so the received SNR stays at 3 dB above the decoding threshold; spreading codes
  rotate every packet from a keyed generator.
- Data rates 80 to 640 bit/s; range 8 km in shallow water, 15 km in deep water.

# Adaptive receiver
The receiver estimates the channel impulse response from the packet preamble and selects one of
three demodulators (RAKE, decision-feedback equaliser, or passive phase conjugation) in real time,
based on delay spread and Doppler spread. Doppler is compensated by resampling (up to 3 m/s
relative speed). Sea trials: packet success 96 % at 6 km in 40 m water, sea state 3.
"""


def _handoff_zip() -> Item:
    readme = Item("notes/README.txt", "ITAR", "IV(h)(4)", True, "technical_data", text(HANDOFF_README))
    loads = Item("design/tvc_actuator_loads.md", "ITAR", "IV(h)(4)", False, "technical_data",
                 text(TVC_LOADS))
    minutes = Item("admin/minutes_2026-10-14.txt", "UNCONTROLLED", "", False, "general",
                   text(HANDOFF_MINUTES))
    members = [readme, loads, minutes]
    return Item("archives/program-handoff.zip", "ITAR", "IV(h)(4)", True, "technical_data",
                lambda: zip_bytes([(m.path, m.build()) for m in members]), members=members)


HANDOFF_README = """
ITAR CONTROLLED - USML CATEGORY IV(h)(4)
""" + AECA_WARNING + """

Programme hand-off package: LANCEHEAD thrust vector control (TVC) actuation, from Tallgrass
Propulsion Works (CAGE 1ZLP3) to the second-source actuator supplier.

Contents
  design/tvc_actuator_loads.md   - actuator load, rate and bandwidth requirements
  admin/minutes_2026-10-14.txt   - kick-off meeting minutes

The electromechanical actuators gimbal the boost-motor nozzle +/- 6 degrees in two axes.
Release only to U.S. persons named on the technical assistance agreement distribution list.
"""

TVC_LOADS = """
# TVC actuator requirements (LANCEHEAD boost motor)

| Parameter | Value |
| Nozzle deflection | +/- 6.0 deg each axis, 8.5 deg vector sum |
| Actuator stroke | +/- 14.2 mm |
| Stall force | 11.5 kN at 270 VDC |
| Peak rate | 60 deg/s at 50 % stall load |
| Small-signal bandwidth | 18 Hz (-3 dB), phase lag < 45 deg at 8 Hz |
| Position accuracy | 0.05 deg, LVDT feedback, 16-bit |
| Flex-seal spring torque | 420 N.m/deg at 20 C, 690 N.m/deg at -32 C |

## Duty cycle
Boost phase 4.1 s; the actuators must hold commanded position during the 32 g axial load and
the ignition transient (peak chamber pressure 14.5 MPa at 70 ms).

## Interfaces
- Mounting clevis 12.7 mm pin, 17-4PH H1150; actuator body 7075-T73.
- Controller: dual-redundant, 5 kHz current loop, 1 kHz position loop, commands from the autopilot
  over RS-422 at 1 Mb/s.
"""

HANDOFF_MINUTES = """
Kick-off meeting, 14 October 2026, 10:00-11:30, conference room B2

Attendees: R. Mbeki (PM), L. Ostrowski (supplier management), J. Whitcomb (quality), two
representatives of the second-source supplier.

1. Introductions and contacts exchanged. Weekly call Tuesdays 14:00 Central.
2. Contract status: purchase order signed; first article due end of Q2.
3. Quality: supplier to send the updated AS9100 certificate and the calibration list.
4. Logistics: shipping via the usual freight forwarder; packaging spec to follow.
5. Next meeting: 21 October.

Action items: L. Ostrowski to set up the supplier portal accounts (due 17 Oct).
"""


def items() -> list[Item]:
    """The ITAR items of part 2."""
    docx_mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return [
        Item("pdf/BSS-TN-0031_BHT-6K_design_baseline.pdf", "ITAR", "XV(e)(11)(iv)", True,
             "technical_data",
             partial(pdf_bytes, "BSS-TN-0031: BHT-6K Hall thruster design baseline after DM-2",
                     HALL_TN, "Brightwater Space Systems",
                     header=f"{CUI_EXPT}    {itar_banner('XV(e)(11)')}",
                     footer=f"{CUI_EXPT}. Controlled by: Brightwater Space Systems. CUI Category: "
                            f"EXPT. {ITAR_SHORT}")),
        Item("office/BT-890_hotfire_matrix_HF3.xlsx", "ITAR", "XV(e)(12)", False,
             "technical_data",
             partial(xlsx_bytes, {"HF-3 matrix": THRUSTER_MATRIX}, "S. Varga",
                     "BT-890 hot-fire test matrix", header_rows=2)),
        Item("text/ST-200_star_tracker_SRS.md", "ITAR", "XV(e)(16)", True, "technical_data",
             text(STAR_TRACKER)),
        Item("office/FADEC_SRS_thrust_limiters.docx", "ITAR", "XIX(e)", True, "technical_data",
             partial(docx_bytes, "FADEC software requirements: thrust management and limiters",
                     FADEC_SRS, "H. Nakamura", footer=AECA_WARNING), mime=docx_mime),
        Item("drawings/OTC-2207-301_HPT_blade.dxf", "ITAR", "XIX(f)(2)", True, "technical_data",
             partial(dxf_bytes, HPT_BLADE)),
        Item("scans/scan_RIR-26-0388.png", "ITAR", "IV(h)(6)", True, "technical_data",
             partial(png_scan_bytes, NOZZLE_SCAN, seed=388,
                     top_banner=itar_banner("IV(h)(6)"), bottom_legend=AECA_WARNING)),
        _handoff_zip(),
        Item("web/shrike_rcl_design.html", "ITAR", "VIII(h)(7)", False, "technical_data",
             text(to_html("Reconfigurable control law - CA-7 Shrike", UAV_WIKI))),
        Item("office/BRU-X_hook_stress_report.docx", "ITAR", "VIII(h)(6)", False,
             "technical_data",
             partial(docx_bytes, "BRU-X ejector rack hook and sway brace: static strength",
                     BOMB_RACK, "P. Ferreira"), mime=docx_mime),
        Item("pdf/UM-40_acoustic_modem_note.pdf", "ITAR", "XI(a)(1)(iv)", False,
             "technical_data",
             partial(pdf_bytes, "UM-40 acoustic modem: waveform and adaptive receiver",
                     ACOUSTIC_MODEM, "Greyfin Marine Robotics")),
    ]
