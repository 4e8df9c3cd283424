"""Ordinary business documents: menus, HR notes, sales, marketing, a public-release paper.

None of them is technical data; the public-release paper carries Distribution Statement A.
"""

from __future__ import annotations

from functools import partial

from .legends import DIST_A, Item, text
from .markup import to_html
from .media import Mail, eml_bytes, pdf_bytes
from .office import docx_bytes, pptx_bytes, xlsx_bytes

MENU = """
ALDERCREST CAFE - MENU, WEEK 47 (16-20 November)

Monday     Roast chicken, herb potatoes, green beans | Veg: lentil shepherd's pie
Tuesday    Taco bar: beef, black bean, pickled onion, salsa verde
Wednesday  Salmon teriyaki, jasmine rice, bok choy | Veg: tofu teriyaki
Thursday   Thanksgiving lunch: turkey, stuffing, cranberry, sweet potato, pumpkin pie
Friday     Pizza day: margherita, pepperoni, roasted vegetable

Soup of the day 3.50 | Salad bar 8.00 per lb | Coffee refills free with your own mug.
Allergen information is at the counter. The cafe is closed on Friday 27 November.
"""

PARKING = """
Parking lot C will be resurfaced on Saturday 14 and Sunday 15 November. Please move your car
out of lot C by 6 pm on Friday; cars left there will be towed at the owner's cost. Use lot A or
the overflow lot behind building 4. Lot C reopens on Monday 16 November at 6 am.
Thank you, Facilities.
"""

ONBOARDING = """
# New starter checklist (managers)

## Before day 1
- Order laptop and phone through the IT portal (5 working days).
- Book a desk and add the new starter to the team calendar and distribution lists.
- Assign an onboarding buddy.

## Day 1
- Welcome and site tour; badge photo at reception.
- HR session: benefits enrolment, payroll, time-off policy.
- Mandatory courses assigned in the learning portal (health and safety, code of conduct,
  information security).

## First month
- Weekly one-to-ones; agree 30/60/90-day goals.
- Benefits enrolment must be complete within 30 days of the start date.
"""

HOLIDAY = """
# Save the date
Our end-of-year celebration is on Friday 11 December from 17:30 at the Riverside Hall, 200 Mill
Street. Partners are welcome.

# Programme
- 17:30 welcome drinks and appetisers
- 18:30 dinner (vegetarian, vegan and gluten-free options - tell us by 27 November)
- 20:00 service awards and raffle for the children's hospital
- 21:00 band and dancing until 23:30

# Getting there
Free shuttle from the main gate every 20 minutes from 17:00; last shuttle back at 23:45.
Please RSVP in the HR portal by 27 November.
"""

PIPELINE = [
    ["Q3 2026 sales pipeline - commercial products"],
    ["Account", "Region", "Product", "Stage", "Value (USD)", "Probability", "Close"],
    ["Harbor Logistics", "US-East", "RB-65 pumps (12)", "Proposal", 48600, 0.5, "2026-09-30"],
    ["Cafe Nord chain", "US-Midwest", "CL-2 espresso (40)", "Negotiation", 232000, 0.7, "2026-08-15"],
    ["Municipal Water Dist. 7", "US-West", "RB-65 pumps (30)", "Tender", 121500, 0.3, "2026-09-20"],
    ["Brightside Hotels", "US-South", "CL-2 espresso (18)", "Closed won", 104400, 1.0, "2026-07-02"],
    ["Pinecrest Schools", "US-East", "MR-4000 routers (25)", "Qualified", 31250, 0.2, "2026-09-30"],
    [],
    ["Weighted total", "", "", "", "=SUMPRODUCT(E3:E7,F3:F7)", "", ""],
]

OVERVIEW = [
    ("Who we are", ["Family of engineering companies, founded 1987", "2,300 employees, 6 sites",
                    "Pumps, coffee equipment, networking, microwave and aerospace components"],
     "Keep it to two minutes; the audience is the regional chamber of commerce."),
    ("Our values", ["Safety first", "Do what we say", "Customers are partners",
                    "Invest in people: 40 training hours per employee per year"], ""),
    ("Community", ["STEM scholarships: 24 students this year",
                   "Volunteer days: 3,100 hours in 2026", "Riverside clean-up partner"], ""),
    ("Join us", ["Hiring apprentices in machining and electronics assembly",
                 "careers.aldercrest.example"], "Hand out the apprenticeship flyers."),
]

CORROSION_PAPER = """
# Abstract
We compare the salt-fog corrosion of bare, anodised and conversion-coated 7075-T6 aluminium
panels after 1,000 hours of neutral salt spray. Anodised panels showed no pitting; chromate-free
conversion coatings delayed pitting onset by 380 hours compared with bare panels.

# Method
Panels of 100 x 150 x 3 mm were cut from one plate lot, degreased and deoxidised, then left bare,
anodised (sulfuric, 10 um) or treated with a trivalent chromium conversion coating. Testing
followed ASTM B117 at 35 C with 5 % NaCl. Panels were inspected every 96 hours and sectioned at
the end of the test.

# Results
| Finish | First pits (h) | Maximum pit depth at 1,000 h (um) |
| Bare | 72 | 212 |
| Trivalent conversion coating | 452 | 64 |
| Sulfuric anodise, sealed | none | 0 |

# Discussion
The results agree with published data for this alloy. Sealing quality dominated the anodised
results: two unsealed control panels pitted after 600 hours.

# Acknowledgement
Work performed at the Aldercrest materials laboratory with internal research funding.
"""


def items() -> list[Item]:
    """The ordinary business documents."""
    return [
        Item("text/cafe_menu_week47.txt", "UNCONTROLLED", "", False, "general", text(MENU)),
        Item("text/parking_lot_C_notice.txt", "UNCONTROLLED", "", False, "general",
             text(PARKING)),
        Item("text/new_starter_checklist.md", "UNCONTROLLED", "", False, "general",
             text(ONBOARDING)),
        Item("office/holiday_party_2026.docx", "UNCONTROLLED", "", False, "general",
             partial(docx_bytes, "End-of-year celebration 2026", HOLIDAY, "HR Team")),
        Item("office/Q3_pipeline_commercial.xlsx", "UNCONTROLLED", "", False, "general",
             partial(xlsx_bytes, {"Pipeline": PIPELINE}, "Sales Operations", "Q3 pipeline",
                     header_rows=2)),
        Item("office/company_overview_chamber.pptx", "UNCONTROLLED", "", False, "general",
             partial(pptx_bytes, "Aldercrest Industries", "Regional chamber of commerce, 2026",
                     OVERVIEW, "Communications")),
        Item("pdf/salt_fog_7075_finishes_public.pdf", "UNCONTROLLED", "", False, "general",
             partial(pdf_bytes, "Salt-fog corrosion of finished 7075-T6 aluminium panels",
                     CORROSION_PAPER, "Aldercrest Materials Laboratory", header=DIST_A,
                     footer=DIST_A + " Public release approval PR-26-031.")),
        Item("mail/lunch_and_learn_nov.eml", "UNCONTROLLED", "", False, "general",
             partial(eml_bytes, Mail(
                 "Learning & Development <learning@aldercrest.example>",
                 "Nashua site <nashua-all@aldercrest.example>",
                 "Lunch & learn, 19 Nov: negotiating with confidence",
                 "Thu, 12 Nov 2026 11:15:00 -0500", "<lnl-1119@aldercrest.example>",
                 "Join us on Thursday 19 November, 12:00-13:00 in the atrium, for a talk on "
                 "negotiating with confidence by our guest speaker from the business school. "
                 "Sandwiches provided; please sign up by Monday so we order enough food.\n\n"
                 "Learning & Development\n"))),
        Item("web/lab_safety_bulletin_11.html", "UNCONTROLLED", "", False, "general",
             text(to_html("Lab safety bulletin 11", LAB_SAFETY))),
    ]


LAB_SAFETY = """
# Lab safety bulletin 11: soldering fume extraction

Two fume extractor filters in lab 2 were found saturated during the October walk-through.

- Replace carbon pre-filters every 3 months and HEPA filters every 12 months or when the
  indicator turns red, whichever comes first.
- Position the nozzle within 15 cm of the joint.
- Log the replacement date on the label on the unit.

Questions to the EHS office, extension 4410.
"""
