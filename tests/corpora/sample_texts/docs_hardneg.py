"""Hard negatives: documents about export control that are not technical data.

They talk about the ITAR, the AECA, ECCNs, licences and markings in running prose, exactly as
real training decks, policies, job posts and vendor FAQs do, but describe no controlled item.
"""

from __future__ import annotations

from functools import partial

from .legends import Item, text
from .markup import to_html
from .media import Mail, eml_bytes
from .office import docx_bytes, pptx_bytes, xlsx_bytes

TRAINING = [
    ("Why this matters", ["Export controls protect national security and foreign policy",
                          "Violations of the Arms Export Control Act carry criminal and civil penalties",
                          "Penalties apply to the company and to individuals"],
     "Open with the enforcement case study from the handout. Ask who has shipped anything abroad."),
    ("Two sets of rules", ["ITAR (State Department): defense articles on the U.S. Munitions List",
                           "EAR (Commerce Department): dual-use items on the Commerce Control List",
                           "> Items on the CCL have an ECCN such as 5A002 or 9A610",
                           "> Everything else subject to the EAR is EAR99"],
     "Do not go into category detail here. The point is that jurisdiction is decided by the "
     "export compliance office, not by engineers or buyers."),
    ("What is an export?", ["Shipping hardware across a border",
                            "Sending a drawing or specification by e-mail or upload",
                            "Showing technical data to a foreign person in the U.S. (deemed export)",
                            "Taking a laptop with controlled files on a business trip"],
     "Stress the deemed export point: a plant tour can be an export."),
    ("Recognising marked documents", ["Look for legends: ITAR, EAR, ECCN, Distribution Statements",
                                      "If unsure, treat it as controlled and ask",
                                      "Never remove or alter a legend"],
     "Show examples of legends on the next slide handout; do not paste real controlled documents "
     "into the training material."),
    ("Your responsibilities", ["Store controlled files only in the approved enclave",
                               "Check citizenship/authorisation before sharing",
                               "Report suspected violations to export@aldercrest.example",
                               "Complete this training every year"],
     "Finish with the quiz: 10 questions, 80 % to pass. Attendance is recorded in the LMS."),
]

POLICY = """
# Aldercrest Industries export compliance policy (POL-EXP-001, rev 6)

## 1 Policy statement
Aldercrest Industries and its subsidiaries comply with all U.S. export control laws, including
the Arms Export Control Act and the International Traffic in Arms Regulations (ITAR), the Export
Control Reform Act and the Export Administration Regulations (EAR), and the sanctions programmes
administered by the Office of Foreign Assets Control. Business objectives never override
compliance. Every employee, contractor and intern is expected to follow this policy.

## 2 Roles
- The Empowered Official signs ITAR licence applications and may stop any transaction.
- The export compliance office (ECO) determines jurisdiction and classification (USML category or
  ECCN) of every product, software and technology the company makes or buys for resale.
- Programme managers make sure their technical data is marked and stored in the approved systems.
- Every employee screens their own transactions using the checklist in procedure PRO-EXP-004.

## 3 Jurisdiction and classification
No item, software or technical data leaves the company until the ECO has recorded its
jurisdiction and classification in the classification register. Engineers may propose a
classification, but only the ECO decides. Commodity jurisdiction requests to the Department of
State are prepared by the ECO.

## 4 Marking
Technical data must carry the legend the ECO assigns. Do not remove, change or obscure legends;
do not copy controlled content into unmarked documents, chat or slides.

## 5 Deemed exports and visitors
Release of controlled technology to a foreign person in the United States is an export. Human
resources and the ECO review every new hire and visitor against the technology control plan.

## 6 Travel
Laptops and phones taken abroad must not hold controlled technical data unless a licence or
exemption applies and the ECO has approved it in writing.

## 7 Screening
All customers, suppliers, freight forwarders and end users are screened against the consolidated
screening list before any order, quotation or shipment.

## 8 Record keeping
Export records are kept for at least five years from the date of export, in the ECO archive.

## 9 Reporting
Report any suspected violation to the ECO or through the ethics hotline. Retaliation against
anyone who reports in good faith is prohibited. Voluntary disclosures are decided by the ECO and
legal counsel.

## 10 Training
Annual export awareness training is mandatory; staff on controlled programmes also take the
programme-specific module. Failure to complete training blocks access to the enclave.
"""

JOB_POSTING = """
# Senior RF Design Engineer (Nashua, NH)

Halvorsen Microwave Systems designs microwave components for commercial and defense customers.
We are growing our RF design team and are looking for an engineer who enjoys taking designs from
simulation to production.

## What you will do
- Design amplifiers, filters and switches from 2 to 40 GHz, from schematic to production test.
- Work with layout, mechanical and test engineers; support suppliers and the factory.
- Write design reviews and test reports, and mentor junior engineers.

## What you bring
- BSEE or MSEE and 7+ years of RF/microwave design experience.
- Experience with circuit and EM simulation tools and with lab measurements.

## Requirements
This position requires access to technical data controlled under the International Traffic in
Arms Regulations (ITAR). Applicants must be U.S. persons (U.S. citizens, lawful permanent
residents, or protected individuals under 8 U.S.C. 1324b(a)(3)) or be eligible for an export
authorisation. Candidates must complete ITAR awareness training within 30 days of hire.

Halvorsen Microwave Systems is an equal opportunity employer. Salary range 142,000-175,000 USD.
"""

VENDOR_FAQ = """
OptiLane Networks - export and trade compliance FAQ (updated March 2026)

Q: What are the export classifications of your products?
A: Our passive optical cables, patch panels and enclosures are classified EAR99. Our SFP and QSFP
transceivers that implement MACsec are classified ECCN 5A992.c as mass market encryption items
after self-classification under 740.17(b)(1). No OptiLane product is subject to the ITAR.

Q: Can you send me a classification letter?
A: Yes. Ask your account manager; letters list the part number, ECCN and the date of
classification. We do not issue letters for customer-modified products.

Q: Do you need an end-user statement?
A: Only for shipments to destinations in Country Groups D:1 or E, and for government end users
where required. Our sales team will tell you when.

Q: Do you provide Harmonized Tariff Schedule codes?
A: Yes, on every commercial invoice and on request.

Q: Where can I find your country-of-origin information?
A: On the product label and the packing list. Most transceivers are assembled in Malaysia.
"""

NEWSLETTER = """
# Compliance Corner - December 2026

## New export rules take effect in January
The Commerce Department's Bureau of Industry and Security has published another set of changes
to the Export Administration Regulations. The main points for us:
- Some ECCNs in Category 3 and Category 5 have new paragraphs; our export compliance office is
  reviewing whether any of our product classifications change. Nothing changes for you yet.
- The licence exception for encryption items has a revised reporting form; the compliance office
  will file our semi-annual report as usual.
- The State Department has also proposed amendments to several USML categories. Proposed rules
  are not in force; please do not change any markings.

## Reminder: annual training
Annual ITAR/EAR awareness training closes on 31 January. 84 % of staff have completed it.

## Ask the compliance office
"Can I send a specification to a supplier in Canada?" - Maybe. Canada is not automatically exempt.
Ask us first, with the document number, and we will check the classification and licence.

## People
Welcome to Joanna Pike, who joins the compliance office as trade analyst.
"""

TRAVEL_MEMO = """
# Purpose
Approval request for travel to the Farnborough International Airshow, 20-24 July 2026.

# Travellers
R. Mbeki (programme manager), E. Santos (design engineer), L. Ostrowski (supplier management).

# Objectives
- Meet three European machining suppliers short-listed in the make/buy review.
- Attend the sustainability and supply-chain forums; visit the trainer aircraft exhibitors.
- Customer dinner on 21 July (budget 900 GBP).

# Export control
Travellers will carry clean loaner laptops with no programme files. No technical data will be
discussed with suppliers beyond the public brochure; any follow-up request for drawings goes to the
export compliance office for a licence determination first. The booth materials were approved for
public release (PR-26-044).

# Budget
| Item | Cost (USD) |
| Flights (3) | 4,350 |
| Hotel, 5 nights x 3 | 3,900 |
| Show passes | 1,080 |
| Per diem and transport | 1,650 |
| Total | 10,980 |
"""

SCREENING = """
# Restricted party screening - quick checklist (PRO-EXP-004, attachment A)

Use this before every new customer, supplier, freight forwarder or visitor.

1. Search the full legal name and any trade names in the screening tool.
2. Search the address, including the country of the ultimate consignee.
3. Check the results against: Entity List, Denied Persons List, Unverified List, Military End
   User List, SDN list, ITAR debarred parties.
4. Possible match? Stop. Do not quote, ship or share anything. Send the case to the compliance
   office with a screenshot.
5. No match? Save the screening report to the customer record, with the date.
6. Red flags (customer reluctant to give end use, unusual routing, cash payment): tell the
   compliance office even when there is no list match.

Rescreen all active customers every 90 days (automated) and whenever ownership changes.
"""

DEEMED_FAQ = """
# New hires and visitors: deemed export FAQ for managers

**What is a deemed export?** Releasing controlled technology or technical data to a foreign person
in the United States is treated as an export to that person's country. It can happen in a
meeting, on a plant tour, by e-mail or through shared folders.

**Who is a foreign person?** Anyone who is not a U.S. citizen, lawful permanent resident or
protected individual. Dual nationals are assessed by the compliance office.

**What do I need to do before someone starts?** Send the job description and the list of
systems and projects the person needs to the compliance office at least four weeks before the
start date. If a licence is needed, access waits for the licence.

**What about visitors?** Register every visit 5 working days ahead. Escort foreign visitors at
all times and keep them out of the labs with controlled programmes.

**Does this apply to interns?** Yes, in exactly the same way.
"""

CLASS_MATRIX = [
    ["Aldercrest Industries - product classification register (extract, for sales use)"],
    ["Product family", "Jurisdiction", "Classification", "Licence exception", "Notes"],
    ["Marine weather radar transceivers", "EAR", "see register entry per model", "varies", "ask ECO"],
    ["Branch routers MR-series", "EAR", "5A992.c", "mass market (740.17(b)(1))", "self-classified"],
    ["Link encryptors LX-series", "EAR", "5A002.a.1", "ENC 740.17(b)(2)", "semi-annual report"],
    ["Industrial pumps RB-series", "EAR", "EAR99", "NLR", ""],
    ["Espresso machines CL-series", "EAR", "EAR99", "NLR", ""],
    ["Defense programmes", "ITAR", "per programme", "none", "contact the Empowered Official"],
    [],
    ["This register states classifications only. It contains no technical data. Updated 2026-09-30."],
]


def items() -> list[Item]:
    """The hard negatives."""
    return [
        Item("office/ITAR_EAR_awareness_training_2026.pptx", "UNCONTROLLED", "", False,
             "hard_negative",
             partial(pptx_bytes, "Export Control Awareness 2026",
                     "Annual ITAR/EAR training for all staff", TRAINING, "Compliance Office"),
             mime="application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        Item("web/export_compliance_policy.html", "UNCONTROLLED", "", False, "hard_negative",
             text(to_html("Export compliance policy POL-EXP-001", POLICY))),
        Item("web/careers_senior_rf_engineer.html", "UNCONTROLLED", "", False, "hard_negative",
             text(to_html("Careers - Senior RF Design Engineer", JOB_POSTING))),
        Item("text/vendor_export_faq.txt", "UNCONTROLLED", "", False, "hard_negative",
             text(VENDOR_FAQ)),
        Item("web/compliance_corner_2026-12.html", "UNCONTROLLED", "", False, "hard_negative",
             text(to_html("Compliance Corner - December 2026", NEWSLETTER))),
        Item("office/travel_request_Farnborough_2026.docx", "UNCONTROLLED", "", False,
             "hard_negative",
             partial(docx_bytes, "Travel approval request: Farnborough Airshow 2026",
                     TRAVEL_MEMO, "R. Mbeki")),
        Item("text/restricted_party_screening_checklist.md", "UNCONTROLLED", "", False,
             "hard_negative", text(SCREENING)),
        Item("text/deemed_export_FAQ.md", "UNCONTROLLED", "", False, "hard_negative",
             text(DEEMED_FAQ)),
        Item("office/classification_register_sales.xlsx", "UNCONTROLLED", "", False,
             "hard_negative",
             partial(xlsx_bytes, {"Register": CLASS_MATRIX}, "Compliance Office",
                     "Product classification register", header_rows=2)),
        Item("mail/reminder_export_training_due.eml", "UNCONTROLLED", "", False, "hard_negative",
             partial(eml_bytes, Mail(
                 "Compliance Office <export@aldercrest.example>",
                 "All staff <all-staff@aldercrest.example>",
                 "Reminder: annual ITAR/EAR awareness training due 31 January",
                 "Mon, 05 Jan 2026 09:00:00 -0500", "<training-reminder-2026@aldercrest.example>",
                 "Hello,\n\nOur records show you have not yet completed the 2026 export control "
                 "awareness course (ITAR and EAR basics, 40 minutes) in the learning portal. It "
                 "is mandatory for all staff and due by 31 January; access to the engineering "
                 "enclave is suspended for anyone who has not completed it by then.\n\n"
                 "Questions about the ITAR, ECCNs or markings? Reply to this message.\n\n"
                 "Export Compliance Office\n"))),
    ]
