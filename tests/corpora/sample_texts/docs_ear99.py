"""EAR99 items (subject to the EAR, on no CCL entry) and the mixed supplier archive.

One item is marked EAR99 and plainly is EAR99 (a pump manual); the others are unmarked.
"""

from __future__ import annotations

from functools import partial

from .legends import Item, text
from .media import Mail, eml_bytes, pdf_bytes, zip_bytes
from .office import docx_bytes

PUMP_MANUAL = """
# 1 Safety
Disconnect and lock out power before any work. The pump casing may be hot (up to 90 C) and under
pressure; close the suction and discharge valves and drain the casing first.

# 2 Description
The RB-65 series are end-suction centrifugal pumps for clean water, HVAC circulation and light
industrial duty. Cast iron casing (ASTM A48 class 30), bronze impeller, 316 stainless shaft,
mechanical seal (carbon/silicon carbide, EPDM elastomers).
| Model | Flow at BEP | Head at BEP | Motor |
| RB-65-150 | 45 m3/h | 28 m | 5.5 kW, 2-pole |
| RB-65-200 | 60 m3/h | 42 m | 11 kW, 2-pole |

# 3 Installation
- Mount on a level, rigid base; grout the baseplate. Align coupling to 0.05 mm parallel and
  0.05 mm/100 mm angular after the piping is connected.
- Suction pipe at least one size larger than the pump inlet, with an eccentric reducer, flat side up.
- Prime the pump before start-up; never run dry.

# 4 Maintenance
| Interval | Task |
| Weekly | Check for seal leakage (a few drops per hour at start-up is normal) and noise |
| 3 months | Grease motor bearings (NLGI 2, 10 g per bearing) |
| 12 months | Check alignment, impeller clearance 0.4-0.6 mm, replace worn wear rings |

# 5 Seal replacement
Remove coupling guard and spacer, remove the back pull-out assembly (8 x M12 bolts), unscrew the
impeller nut (left-hand thread), slide off the impeller and the rotating seal face. Clean the shaft,
fit the new seal with the supplied setting gauge, reassemble with a new casing gasket; torque the
casing bolts to 55 N.m in a cross pattern.
"""

ESPRESSO_BULLETIN = """
# Affected units
Caffe Linea CL-2 commercial espresso machines, serial numbers CL2-24-0001 to CL2-25-1850.

# Issue
The boiler pressure switch can drift upwards after about 18 months, raising steam boiler pressure
from 1.2 bar to 1.5 bar; the safety valve (1.8 bar) still protects the boiler, but steam wands
spit water and the group temperature rises by 2-3 C.

# Action
- Replace the pressure switch with P/N CL-PS-120B (new diaphragm material).
- Set the cut-out to 1.2 bar, differential 0.15 bar; verify on the boiler gauge over three cycles.
- Descale the steam boiler if the heating element shows more than 1 mm scale.
- Labour allowance: 0.8 h under warranty, claim code SB-2026-07.
"""

PM_CHECKLIST = """
# Forklift planned maintenance - 250 hour service
Applies to the warehouse electric counterbalance trucks (2.5 t, 48 V).
| Item | Check | Limit / action |
| Battery | electrolyte level, specific gravity | 1.280 +/- 0.010 charged; top up with deionised water |
| Mast chains | elongation with chain gauge | replace at 3 % stretch |
| Forks | heel thickness | replace at 90 % of original (40 mm -> 36 mm) |
| Brakes | stopping distance empty at full speed | < 2.5 m |
| Hydraulics | oil level, hose condition | ISO VG 32; replace cracked hoses |
| Horn, lights, seat switch | function | must work before return to service |
Record hour meter reading and technician initials on the truck card.
"""

CONVEYOR_CHANGEOVER = """
# Line 4 bottling conveyor: format changeover 500 ml -> 1 l

Aldercrest Beverages, plant engineering. Time target 25 min.

1. Stop the line at the HMI, select CHANGEOVER, wait for the infeed to clear.
2. Swap the star wheels at the filler and capper (set B, blue tags); torque 12 N.m.
3. Move the side guides to position 1L on the scales (98 mm wide); check with the gauge bottle.
4. Change the capper chuck to the 38 mm heads; set the torque to 2.1 N.m on the test bottle.
5. On the PLC recipe page load recipe 1L-STD; conveyor speed drops from 42 to 28 m/min.
6. Run 20 empty bottles through, check for tipping at the transfer; then release to production.
"""

AIC_FAB_NOTES = """
PWB ESC-9-210 rev A - fabrication notes for the supplier

Board: escape sequencer controller for the T-9 Warbler trainer (ESC-9, ejection seat and canopy
jettison sequencing). Layout designed for this unit only.

- 8 layers, polyimide (IPC-4101/41), 1.6 mm, 1 oz outer / 0.5 oz inner copper.
- Two independent sequencer channels routed on opposite halves of the board with a 5 mm
  copper-free isolation slot; channel A and B firing-circuit traces 1.0 mm wide, 2.5 mm spacing.
- Conformal coat per IPC-CC-830, type UR, except connector areas.
- Thermal cycle qualification: 500 cycles -55 C to +125 C on coupons, no via cracks.
- Class 3, 100 % electrical test, microsection per lot.
"""

IRRIGATION_FW = """
# RainWise RC-12 irrigation controller - firmware update procedure

1. Download firmware 2.7.1 from the dealer portal onto a FAT32 USB stick (file rc12_271.bin).
2. Turn the dial to OFF, insert the stick into the USB port under the front cover.
3. Hold PROGRAM and + for 5 s; the display shows UPD and a progress bar (about 90 s).
4. Do not remove power during the update. When the display shows DONE, remove the stick.
5. Check the version under SETUP > ABOUT; stored programs and zone run times are kept.
Known issue: controllers with firmware below 2.3 must be updated to 2.3 first.
"""

AUDIT_SCHEDULE = """
Supplier quality - audit schedule 2027 (draft)

Q1  Keyes Sheet Metal (chassis)        on-site, 2 days   lead: P. Iyer
Q1  Tri-County Circuits (PWBs)          on-site, 2 days   lead: P. Iyer
Q2  Delmont Power (power supplies)      remote, 1 day     lead: G. Lund
Q3  Brisa (fans)                        questionnaire     lead: G. Lund
Q4  Packaging suppliers                 questionnaire     lead: P. Iyer
Travel requests to be raised 6 weeks before each on-site audit.
"""


def items() -> list[Item]:
    """EAR99 items and the supplier archive."""
    pm = Item("PM_250h_checklist.pdf", "EAR", "EAR99", False, "technical_data",
              partial(pdf_bytes, "Forklift PM checklist - 250 h", PM_CHECKLIST,
                      "Aldercrest Facilities"), mime="application/pdf")
    forklift_mail = Mail("Gus Lund <glund@aldercrest.example>",
                         "Warehouse leads <warehouse-leads@aldercrest.example>",
                         "Forklift 250 h service next week",
                         "Thu, 08 Oct 2026 15:27:51 -0500", "<fl-pm-1008@aldercrest.example>",
                         "Hi all,\n\nTrucks 3, 5 and 7 are due their 250 h service next week. "
                         "The checklist is attached; please park the trucks at bay 2 on Monday "
                         "morning and leave the keys with the shift lead.\n\nThanks,\nGus\n")

    def forklift() -> bytes:
        forklift_mail.attachments = [(pm.path, pm.mime, pm.build())]
        return eml_bytes(forklift_mail)

    zip_members = [
        Item("pcb/ESC-9-210_fab_notes.txt", "EAR", "3A611.g", False, "technical_data",
             text(AIC_FAB_NOTES)),
        Item("firmware/RC-12_update_procedure.md", "EAR", "EAR99", False, "technical_data",
             text(IRRIGATION_FW)),
        Item("quality/audit_schedule_2027.txt", "UNCONTROLLED", "", False, "general",
             text(AUDIT_SCHEDULE)),
    ]
    return [
        Item("pdf/RB-65_pump_manual.pdf", "EAR", "EAR99", True, "technical_data",
             partial(pdf_bytes, "RB-65 end-suction pumps: installation and maintenance",
                     PUMP_MANUAL, "Riverbend Pump Co.",
                     header="Riverbend Pump Co. - Export classification: EAR99",
                     footer="These items are classified EAR99 under the U.S. Export "
                            "Administration Regulations. Diversion contrary to U.S. law is "
                            "prohibited.")),
        Item("office/CL-2_service_bulletin_SB-2026-07.docx", "EAR", "EAR99", False,
             "technical_data",
             partial(docx_bytes, "Service bulletin SB-2026-07: boiler pressure switch",
                     ESPRESSO_BULLETIN, "Caffe Linea Service")),
        Item("mail/forklift_250h_service.eml", "EAR", "EAR99", False, "technical_data",
             forklift, members=[pm]),
        Item("text/line4_changeover.md", "EAR", "EAR99", False, "technical_data",
             text(CONVEYOR_CHANGEOVER)),
        Item("archives/supplier_pack_Q4.zip", "EAR", "3A611.g", False, "technical_data",
             lambda: zip_bytes([(m.path, m.build()) for m in zip_members]),
             members=zip_members),
    ]
