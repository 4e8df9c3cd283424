#!/usr/bin/env python3
"""Deterministic generator for a folder of ordinary, everyday files.

Run:  cd /work/main && .venv/bin/python models/corpus/real/everyday/build.py

Every file is written from scratch by this script with a fixed seed and fixed
timestamps, and listed in labels.csv next to this script.
"""
import csv
import datetime as dt
import io
import json
import os
import random
import re
import shutil
import struct
import zipfile
import zlib
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import encoders
from email.header import Header
from xml.sax.saxutils import escape as xesc
import email.charset as _cs

_cs.add_charset("utf-8", _cs.QP, _cs.QP, "utf-8")

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.dirname(HERE)
SEED = 20240601
FIXED = dt.datetime(2021, 3, 14, 9, 30, 0)
ZIP_TIME = (2021, 3, 14, 9, 30, 0)

R = random.Random(SEED)
LABELS = []
STATS = []  # (relpath, ext, words)


# --------------------------------------------------------------------------
# text banks
# --------------------------------------------------------------------------
FIXTURE_LINES = [
    "Hello World", "Hello, World!", "The quick brown fox jumps over the lazy dog.",
    "Lorem ipsum dolor sit amet.", "Sample text", "Test document", "This is a test.",
    "Sample document for testing.", "Page 1", "Untitled", "Some text here.",
    "First paragraph.", "Heading 1", "Document title", "Foo bar baz",
    "Chart Title", "Series 1", "Category 1", "Click to add title", "Table of contents",
]

LOREM = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
         "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
         "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure "
         "dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. "
         "Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt "
         "mollit anim id est laborum. Curabitur pretium tincidunt lacus. Nulla gravida orci a "
         "odio. Nullam varius, turpis et commodo pharetra, est eros bibendum elit, nec luctus "
         "magna felis sollicitudin mauris. Integer in mauris eu nibh euismod gravida. Duis ac "
         "tellus et risus vulputate vehicula. Donec lobortis risus a elit. Etiam tempor. Ut "
         "ullamcorper, ligula eu tempor congue, eros est euismod turpis, id tincidunt sapien "
         "risus a quam. Maecenas fermentum consequat mi. Donec fermentum. Pellentesque "
         "malesuada nulla a mi. Duis sapien sem, aliquet nec, commodo eget, consequat quis, "
         "neque. Aliquam faucibus, elit ut dictum aliquet, felis nisl adipiscing sapien, sed "
         "malesuada diam lacus eget erat. Cras mollis scelerisque nunc. Nullam arcu.")

TOPICS = {
    "household": [
        "Remember to take the recycling out on Tuesday night.",
        "The boiler service is booked for next Thursday between eight and noon.",
        "We are out of dish soap, paper towels and coffee filters.",
        "The landlord said the kitchen tap will be replaced this month.",
        "Please water the plants on the balcony while we are away.",
        "The internet bill went up by four dollars, so I called to ask about a cheaper plan.",
        "Spare keys are in the blue bowl by the front door.",
        "The dishwasher needs a new filter; the model number is on the inside of the door.",
        "Council tax is paid by direct debit on the first of each month.",
        "Can someone pick up the dry cleaning before Saturday?",
        "We agreed to split the electricity bill three ways.",
        "The smoke alarm in the hallway beeps when the battery is low.",
    ],
    "school": [
        "Homework for Monday: read chapter four and answer questions one to six.",
        "The science fair is on the twelfth of May in the main hall.",
        "Parents are invited to the spring concert at six o'clock.",
        "Please bring a packed lunch for the museum trip on Friday.",
        "Year five will be learning about fractions and decimals this term.",
        "The library will be closed on Wednesday afternoon for stocktaking.",
        "Permission slips must be returned to the class teacher by Thursday.",
        "Swimming lessons start again after the half-term break.",
        "Our class read three novels this term and wrote a short review of each.",
        "Spelling test words: because, friend, island, Wednesday, separate.",
        "Sports day will be moved indoors if it rains.",
        "Reports will be sent home in the last week of term.",
    ],
    "retail": [
        "Thank you for shopping with us. Returns are accepted within thirty days with a receipt.",
        "The summer sale starts on Friday with up to forty percent off selected items.",
        "Your loyalty card balance is 1,240 points.",
        "Store hours are nine to six, Monday to Saturday, and ten to four on Sunday.",
        "New arrivals this week include linen shirts, sandals and straw hats.",
        "Please check the shelf labels against the price list before opening.",
        "The till in aisle three needs more receipt paper.",
        "Stock count for the stationery section is due at the end of the month.",
        "Gift cards can be used online and in store.",
        "Free delivery on orders over fifty dollars.",
    ],
    "finance": [
        "The monthly budget allows 400 for groceries and 120 for transport.",
        "Interest earned this quarter was credited on the last business day.",
        "Please submit expense claims with receipts by the fifth of the month.",
        "Our savings goal for the holiday is 2,500 by August.",
        "The mortgage statement shows the remaining balance and the interest paid this year.",
        "Direct debits are listed in the order they left the account.",
        "Card payments may take up to three working days to appear.",
        "The household spent slightly less on utilities than last year.",
        "Quarterly figures are attached for review before the meeting.",
        "Invoices are payable within thirty days of the invoice date.",
    ],
    "travel": [
        "Boarding closes twenty minutes before departure.",
        "The hotel is a ten-minute walk from the central station.",
        "Check-in opens at three in the afternoon and check-out is at eleven.",
        "Remember to bring a travel adapter and a copy of the booking.",
        "The ferry leaves at 7:45 and arrives at the island just before ten.",
        "We rented bicycles for two days and rode along the river path.",
        "The museum pass covers entry to twelve galleries and the castle.",
        "Your seat is 14C, an aisle seat near the front of the cabin.",
        "Luggage allowance is one cabin bag and one personal item.",
        "The train was delayed by fifteen minutes because of signal repairs.",
    ],
    "sports": [
        "Training is on Tuesday and Thursday evenings at the community pitch.",
        "The under-twelves won three nil on Saturday.",
        "Please bring shin pads, a water bottle and a warm top.",
        "The club fun run is five kilometres around the park.",
        "Membership fees for the season are due by the end of September.",
        "Our best time for the relay was two minutes and four seconds.",
        "The tennis courts will be resurfaced in April.",
        "Volunteers are needed to help with the tea stall on match days.",
        "The league table is updated every Monday morning.",
        "Warm up for ten minutes before stretching.",
    ],
    "cooking": [
        "Preheat the oven to 180 degrees Celsius.",
        "Mix the flour, sugar and butter until the mixture looks like breadcrumbs.",
        "Simmer the tomato sauce for twenty minutes, stirring now and then.",
        "Add a pinch of salt and a squeeze of lemon juice before serving.",
        "The soup keeps for three days in the fridge.",
        "Whisk two eggs with a splash of milk and pour into the hot pan.",
        "Chop the onions finely and fry them gently until soft.",
        "Serves four as a main course or six as a starter.",
        "Let the bread cool on a wire rack before slicing.",
        "Roast the vegetables for forty minutes, turning halfway through.",
        "This recipe works just as well with brown rice.",
    ],
    "weather": [
        "Tomorrow will be mostly cloudy with light rain in the afternoon.",
        "Highs of 21 degrees and a gentle breeze from the west.",
        "A frost is likely overnight in sheltered areas.",
        "The weekend looks dry and sunny for most of the region.",
        "Rainfall this month was slightly above the long-term average.",
        "Strong winds are expected along the coast on Wednesday.",
        "Pollen levels will be high on Thursday.",
        "Temperatures will fall to around four degrees overnight.",
        "Fog in the morning should clear by lunchtime.",
    ],
    "gardening": [
        "Sow tomato seeds indoors in March and plant them out after the last frost.",
        "The roses need deadheading every week through the summer.",
        "Cut the lawn on a high setting during dry weather.",
        "Compost should be turned every few weeks to keep it aerated.",
        "The runner beans are climbing well up the canes.",
        "Plant garlic cloves in autumn about ten centimetres apart.",
        "Water seedlings in the morning so the leaves dry before evening.",
        "The allotment committee meets on the first Sunday of the month.",
        "Mulch the borders to keep the weeds down and the soil moist.",
        "Strawberries are ready to pick when they are red all over.",
    ],
    "events": [
        "You are invited to Sam's birthday party on Saturday at two o'clock.",
        "The book club meets at the cafe on the corner on the last Friday of the month.",
        "Please let us know by the tenth if you can come to the wedding.",
        "The street party will have music, a bake sale and games for children.",
        "Tickets for the quiz night are five dollars each, including snacks.",
        "The choir rehearsal has moved to the church hall.",
        "The farmers market runs every Sunday from eight until one.",
        "Doors open at seven and the film starts at half past.",
        "Bring a dish to share if you can.",
    ],
    "hr": [
        "Annual leave requests should be submitted at least two weeks in advance.",
        "The office will be closed on the public holiday.",
        "New starters receive a welcome pack and a building pass on their first day.",
        "Please complete your timesheet by Friday noon.",
        "The staff survey closes at the end of the month.",
        "Performance reviews will take place in June.",
        "Flexible working requests are considered case by case.",
        "Payslips are available on the staff portal from the twenty-fifth.",
        "The first-aid training course has six places left.",
        "Please update your emergency contact details if they have changed.",
    ],
    "helpdesk": [
        "To reset your password, open the sign-in page and choose Forgot password.",
        "The printer on the second floor is out of toner.",
        "Please restart your laptop after the updates have installed.",
        "The shared drive will be unavailable on Sunday for maintenance.",
        "Ticket 4821 has been resolved; the mailbox quota was increased.",
        "If the Wi-Fi drops, forget the network and connect again.",
        "New monitors have been ordered for the finance team.",
        "Remember to lock your screen when you leave your desk.",
        "The meeting room display needs an HDMI adapter.",
        "Your ticket has been assigned to the service desk and will be answered within one working day.",
    ],
    "testing": [
        "The quick brown fox jumps over the lazy dog.",
        "This is a sample paragraph used to check line wrapping.",
        "Test document. Please ignore.",
        "Sample text in a second paragraph.",
        "This sentence is in bold and this one is in italics.",
        "Hello World from the first page.",
        "Row one, row two, row three.",
        "Unicode check: café, naïve, Zürich, smörgåsbord.",
        "This paragraph has a footnote.",
        "End of document.",
    ],
    "engineering": [
        "One inch is exactly 25.4 millimetres.",
        "To convert Celsius to Fahrenheit, multiply by nine fifths and add thirty-two.",
        "The shelf bracket holds up to fifteen kilograms when fixed into a stud.",
        "Measure twice and cut once.",
        "A litre of water has a mass of about one kilogram.",
        "The room measures 4.2 by 3.6 metres, so it needs about fifteen square metres of carpet.",
        "Readings were taken every hour with a kitchen thermometer.",
        "The bicycle tyre pressure should be between 60 and 80 psi.",
        "One mile is about 1.609 kilometres.",
        "The garden shed base needs 0.6 cubic metres of concrete.",
        "Average readings were rounded to one decimal place.",
    ],
}
TOPIC_NAMES = list(TOPICS)

FOREIGN = {
    "de": [
        "Vielen Dank für Ihre Bestellung.", "Die Lieferung erfolgt innerhalb von drei Werktagen.",
        "Das Treffen findet am Dienstag um zehn Uhr statt.", "Bitte bringen Sie Ihren Ausweis mit.",
        "Der Garten braucht dringend Regen.", "Wir wünschen Ihnen ein schönes Wochenende.",
        "Die Rechnung ist innerhalb von vierzehn Tagen zu bezahlen.", "Das Büro ist am Freitag geschlossen.",
        "Heute gibt es Kartoffelsuppe und Apfelkuchen.", "Die Schule beginnt um acht Uhr.",
    ],
    "fr": [
        "Merci pour votre commande.", "La réunion aura lieu jeudi à quatorze heures.",
        "N'oubliez pas d'apporter votre carte d'embarquement.", "Le marché est ouvert tous les samedis matin.",
        "Il fera beau et chaud ce week-end.", "Préchauffez le four à cent quatre-vingts degrés.",
        "La bibliothèque sera fermée lundi.", "Votre colis a été expédié aujourd'hui.",
        "Nous vous souhaitons une excellente journée.", "Le club de lecture se réunit le premier mardi du mois.",
    ],
    "es": [
        "Gracias por su compra.", "La reunión será el miércoles a las once.",
        "El pedido llegará en dos o tres días hábiles.", "Mañana hará sol por la mañana y lloverá por la tarde.",
        "Por favor, confirme su asistencia antes del viernes.", "La tienda abre de nueve a ocho.",
        "Añada una pizca de sal y sirva caliente.", "El entrenamiento es los martes y jueves.",
        "Su contraseña se ha cambiado correctamente.", "Feliz cumpleaños y que pases un gran día.",
    ],
    "ja": [
        "ご注文ありがとうございます。", "会議は火曜日の午前十時からです。", "明日は晴れのち曇りでしょう。",
        "お弁当を持ってきてください。", "パスワードの再設定が完了しました。", "今週末は図書館が休館です。",
        "商品は三日以内に発送いたします。", "よろしくお願いいたします。", "駅から徒歩五分です。",
        "夕食はカレーライスです。",
    ],
}

FIRST = ["Alice", "Bob", "Carol", "David", "Emma", "Frank", "Grace", "Hannah", "Ivan", "Julia",
         "Kevin", "Laura", "Mohammed", "Nina", "Oscar", "Priya", "Quentin", "Rosa", "Sam", "Tom",
         "Uma", "Victor", "Wendy", "Yusuf", "Zoe", "Liam", "Mia", "Noah", "Olivia", "Lucas"]
LAST = ["Smith", "Jones", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Johnson",
        "Roberts", "Walker", "Wright", "Garcia", "Martin", "Lee", "Clark", "Lewis", "Young",
        "Hall", "Allen", "Novak", "Schmidt", "Dubois", "Rossi", "Tanaka", "Silva"]
CITIES = [("London", 51.5074, -0.1278), ("Paris", 48.8566, 2.3522), ("Berlin", 52.52, 13.405),
          ("Madrid", 40.4168, -3.7038), ("Lisbon", 38.7223, -9.1393), ("Dublin", 53.3498, -6.2603),
          ("Amsterdam", 52.3676, 4.9041), ("Vienna", 48.2082, 16.3738), ("Copenhagen", 55.6761, 12.5683),
          ("Toronto", 43.6532, -79.3832), ("Chicago", 41.8781, -87.6298), ("Denver", 39.7392, -104.9903),
          ("Seattle", 47.6062, -122.3321), ("Melbourne", -37.8136, 144.9631), ("Kyoto", 35.0116, 135.7681),
          ("Edinburgh", 55.9533, -3.1883), ("Leeds", 53.8008, -1.5491), ("Portland", 45.5152, -122.6784)]
SHOPS = ["Corner Grocer", "Green Leaf Market", "Bluebell Books", "Harbour Cafe", "Main Street Hardware",
         "Sunny Side Bakery", "City Pharmacy", "Oak & Ash Furniture", "Pixel Phone Repair", "The Lunch Box"]
ITEMS = [("Milk 1L", 1.15), ("Bread loaf", 2.40), ("Eggs x12", 3.10), ("Apples 1kg", 2.25),
         ("Coffee beans 250g", 6.50), ("Pasta 500g", 1.05), ("Notebook A5", 3.99), ("Pens x10", 4.50),
         ("Light bulb", 2.99), ("Batteries AA x4", 5.25), ("Shampoo", 4.10), ("Dish soap", 1.80),
         ("Tomatoes 500g", 1.60), ("Cheddar 400g", 3.75), ("Orange juice", 2.20), ("Rice 1kg", 1.95),
         ("Greetings card", 2.50), ("Sticky notes", 1.99), ("Tea bags x80", 3.30), ("Butter 250g", 2.05)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def person():
    return f"{R.choice(FIRST)} {R.choice(LAST)}"


def email_of(name, domain=None):
    domain = domain or R.choice(["example.com", "example.org", "example.net", "mail.example.com"])
    return name.lower().replace(" ", ".") + "@" + domain


def sentences(topic, n):
    bank = TOPICS[topic]
    return [R.choice(bank) for _ in range(n)]


def text_words(topic, target):
    """Return a paragraph list of about `target` words on `topic`."""
    out, count = [], 0
    para = []
    bank = TOPICS[topic] + TOPICS[R.choice(TOPIC_NAMES)][:3]
    while count < target:
        s = R.choice(bank)
        para.append(s)
        count += len(s.split())
        if len(para) >= R.randint(3, 6):
            out.append(" ".join(para))
            para = []
    if para:
        out.append(" ".join(para))
    # trim to target
    words = " ".join(out).split()
    if len(words) > target + 10:
        pass
    return out


def lorem_words(n):
    w = LOREM.split()
    out = []
    while len(out) < n:
        out.extend(w)
    s = " ".join(out[:n])
    return s.rstrip(",.") + "."


def foreign_paras(lang, n):
    bank = FOREIGN[lang]
    joiner = "" if lang == "ja" else " "
    return [joiner.join(R.choice(bank) for _ in range(R.randint(2, 5))) for _ in range(n)]


def pick_len():
    """Length band: many very short."""
    r = R.random()
    if r < 0.45:
        return R.randint(3, 60)
    if r < 0.75:
        return R.randint(61, 200)
    if r < 0.92:
        return R.randint(201, 450)
    return R.randint(451, 800)


def wc(s):
    if isinstance(s, (list, tuple)):
        s = " ".join(str(x) for x in s)
    # count CJK chars roughly as words / 2
    cjk = len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]", s))
    return len(re.findall(r"[A-Za-z0-9\u00c0-\u024f]+", s)) + cjk // 2


# --------------------------------------------------------------------------
# writing helpers
# --------------------------------------------------------------------------
def out_path(rel):
    p = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def record(rel, words, source="written"):
    LABELS.append(("everyday/" + rel, "UNCONTROLLED", "", "no", "general", source))
    STATS.append((rel, os.path.splitext(rel)[1].lstrip(".").lower(), words))


def write_text(rel, text, words=None, source="written", encoding="utf-8", newline="\n"):
    p = out_path(rel)
    data = text.replace("\n", newline).encode(encoding)
    with open(p, "wb") as f:
        f.write(data)
    record(rel, wc(text) if words is None else words, source)


def write_bytes(rel, data, words, source="written"):
    with open(out_path(rel), "wb") as f:
        f.write(data)
    record(rel, words, source)


CORE_RE = [
    (re.compile(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)"), rb"\g<1>2021-03-14T09:30:00Z\g<2>"),
    (re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)"), rb"\g<1>2021-03-14T09:30:00Z\g<2>"),
]


DATE_ATTR_RE = re.compile(rb'(w:date|dt)="\d{4}-\d\d-\d\dT[^"]*"')


def normalise_zip_bytes(raw):
    """Return the zip `raw` with fixed entry times, fixed core-property and
    comment dates, and nested zips (chart workbooks) normalised too."""
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        entries = [(i.filename, z.read(i.filename), i.compress_type) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, ctype in entries:
            if name.endswith("core.xml"):
                for rx, rep in CORE_RE:
                    data = rx.sub(rep, data)
            elif name.startswith("word/comments") and name.endswith(".xml"):
                data = DATE_ATTR_RE.sub(rb'\1="2021-03-14T09:30:00Z"', data)
            elif name.endswith((".xlsx", ".docx", ".pptx")) and data[:2] == b"PK":
                data = normalise_zip_bytes(data)
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = ctype
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def normalise_zip(path):
    with open(path, "rb") as f:
        raw = f.read()
    with open(path, "wb") as f:
        f.write(normalise_zip_bytes(raw))


# --------------------------------------------------------------------------
# PNG (tiny, pure stdlib)
# --------------------------------------------------------------------------
def tiny_png(w=16, h=16, color=(200, 80, 60)):
    raw = b""
    for y in range(h):
        row = b"\x00"
        for x in range(w):
            if (x // 4 + y // 4) % 2:
                row += bytes(color)
            else:
                row += b"\xff\xff\xff"
        raw += row

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------
import docx  # noqa: E402
from docx.shared import Pt, Inches  # noqa: E402


def docx_set_props(d, title="", author=""):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.title = title
    cp.author = author or person()
    cp.last_modified_by = cp.author
    cp.revision = 1


def docx_bytes(d):
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


def save_docx(rel, d, words, source="written"):
    p = out_path(rel)
    d.save(p)
    normalise_zip(p)
    record(rel, words, source)


def make_docx(i):
    kind = i % 10
    topic = TOPIC_NAMES[i % len(TOPIC_NAMES)]
    d = docx.Document()
    allt = []
    if kind == 0:  # heading + two paragraphs
        title = R.choice(["Test document", "Sample document", "Meeting notes", "Weekly update", "Notes"])
        d.add_heading(title, 1)
        ps = text_words(topic, pick_len())[:2] or ["Sample text."]
        for p in ps:
            d.add_paragraph(p)
        allt = [title] + ps
        name = f"heading_two_paragraphs_{i:03d}.docx"
    elif kind == 1:  # 3x4 table
        d.add_paragraph("Table 1")
        hdr = R.choice([["Name", "Role", "Phone"], ["Item", "Qty", "Price"], ["Day", "Task", "Owner"],
                        ["Column 1", "Column 2", "Column 3"]])
        t = d.add_table(rows=4, cols=3)
        t.style = "Table Grid"
        for c, h in enumerate(hdr):
            t.cell(0, c).text = h
        for r in range(1, 4):
            for c in range(3):
                v = (person() if c == 0 else str(R.randint(1, 99))) if hdr[0] != "Column 1" else f"Cell {r},{c + 1}"
                t.cell(r, c).text = v
                allt.append(v)
        allt += hdr + ["Table 1"]
        name = f"table_3x4_{i:03d}.docx"
    elif kind == 2:  # headers / footers
        sec = d.sections[0]
        sec.header.paragraphs[0].text = "Draft"
        sec.footer.paragraphs[0].text = "Page 1 of 2"
        d.add_heading("Report", 1)
        ps = text_words(topic, pick_len())
        for p in ps:
            d.add_paragraph(p)
        d.add_page_break()
        d.add_paragraph("Second page.")
        allt = ["Draft", "Page 1 of 2", "Report", "Second page."] + ps
        name = f"header_footer_{i:03d}.docx"
    elif kind == 3:  # comments (if supported) + paragraph
        p = d.add_paragraph("Please review this paragraph and leave a comment.")
        allt = [p.text]
        try:
            d.add_comment(p.runs, text="Looks good to me.", author=R.choice(FIRST), initials="RV")
            allt.append("Looks good to me.")
        except Exception:
            d.add_paragraph("[Comment: Looks good to me.]")
        for s in text_words(topic, R.randint(5, 80)):
            d.add_paragraph(s)
            allt.append(s)
        name = f"with_comment_{i:03d}.docx"
    elif kind == 4:  # lists
        d.add_heading(R.choice(["Shopping list", "To do", "Packing list", "Agenda"]), 2)
        allt = []
        for s in sentences(topic, R.randint(3, 8)):
            d.add_paragraph(s, style="List Bullet")
            allt.append(s)
        for k in range(R.randint(2, 4)):
            s = f"Step {k + 1}"
            d.add_paragraph(s, style="List Number")
            allt.append(s)
        name = f"lists_{i:03d}.docx"
    elif kind == 5:  # image + caption
        d.add_paragraph("Figure placeholder")
        d.add_picture(io.BytesIO(tiny_png(32, 24, (R.randint(0, 255), 120, 90))), width=Inches(2))
        cap = f"Figure 1: {R.choice(['Our garden in June', 'Team photo', 'Sample image', 'Image placeholder', 'View from the hotel'])}"
        d.add_paragraph(cap, style="Caption")
        allt = ["Figure placeholder", cap]
        name = f"image_caption_{i:03d}.docx"
    elif kind == 6:  # formatting fixture
        p = d.add_paragraph()
        p.add_run("Bold text. ").bold = True
        p.add_run("Italic text. ").italic = True
        p.add_run("Underlined text.").underline = True
        r = d.add_paragraph().add_run("The quick brown fox jumps over the lazy dog.")
        r.font.size = Pt(R.choice([8, 12, 18, 24]))
        allt = ["Bold text. Italic text. Underlined text.", "The quick brown fox jumps over the lazy dog."]
        name = f"formatting_{i:03d}.docx"
    elif kind == 7:  # letter
        sender, who = person(), person()
        c = R.choice(CITIES)[0]
        body = text_words(topic, pick_len())
        d.add_paragraph(f"{R.randint(1, 200)} {R.choice(['High Street', 'Mill Lane', 'Park Road', 'Station Road'])}\n{c}")
        d.add_paragraph(f"{R.randint(1, 28)} {R.choice(MONTHS)} 2023")
        d.add_paragraph(f"Dear {who.split()[0]},")
        for b in body:
            d.add_paragraph(b)
        d.add_paragraph(f"Kind regards,\n{sender}")
        allt = body + ["Dear", who, "Kind regards", sender]
        name = f"letter_{topic}_{i:03d}.docx"
    elif kind == 8:  # lorem
        n = pick_len()
        d.add_heading("Lorem Ipsum", 1)
        d.add_paragraph(lorem_words(n))
        allt = ["Lorem Ipsum", lorem_words(n)]
        name = f"lorem_{i:03d}.docx"
    else:  # foreign or minimal
        if i % 20 == 9:
            lang = R.choice(list(FOREIGN))
            ps = foreign_paras(lang, R.randint(1, 4))
            for p in ps:
                d.add_paragraph(p)
            allt = ps
            name = f"notiz_{lang}_{i:03d}.docx"
        else:
            s = R.choice(FIXTURE_LINES)
            d.add_paragraph(s)
            allt = [s]
            name = f"minimal_{i:03d}.docx"
    docx_set_props(d, title=allt[0][:40] if allt else "")
    save_docx("office/" + name, d, wc(allt), "layout of a word-processor test fixture" if kind in (0, 1, 2, 3, 5, 6, 8) else "written")


# --------------------------------------------------------------------------
# XLSX
# --------------------------------------------------------------------------
import openpyxl  # noqa: E402
from openpyxl.chart import BarChart, LineChart, Reference  # noqa: E402


def xlsx_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = person()
    wb.properties.lastModifiedBy = wb.properties.creator


def make_xlsx(i):
    kind = i % 8
    wb = openpyxl.Workbook()
    ws = wb.active
    words = 0
    if kind == 0:  # budget
        ws.title = "Budget"
        ws.append(["Category", "Planned", "Actual", "Difference"])
        cats = R.sample(["Rent", "Groceries", "Transport", "Utilities", "Phone", "Eating out",
                         "Clothes", "Gifts", "Savings", "Insurance", "Gym", "Books"], R.randint(4, 10))
        for r, c in enumerate(cats, start=2):
            p = R.randint(20, 900)
            ws.append([c, p, p + R.randint(-60, 60), f"=C{r}-B{r}"])
        n = len(cats) + 1
        ws.append(["Total", f"=SUM(B2:B{n})", f"=SUM(C2:C{n})", f"=SUM(D2:D{n})"])
        words = 5 + len(cats) * 4
        name = f"budget_{2019 + i % 6}_{i:03d}.xlsx"
    elif kind == 1:  # class roster
        ws.title = "Roster"
        ws.append(["Student", "Class", "Attendance %", "Reading level"])
        for _ in range(R.randint(5, 25)):
            ws.append([person(), R.choice(["4A", "4B", "5A", "5B"]), R.randint(80, 100), R.choice(["A", "B", "C"])])
        words = ws.max_row * 4
        name = f"class_roster_{i:03d}.xlsx"
    elif kind == 2:  # sensor readings with dates and chart
        ws.title = "Readings"
        ws.append(["Date", "Temperature (C)", "Humidity (%)"])
        base = dt.date(2022, 6, 1)
        t = R.uniform(12, 22)
        for k in range(R.randint(7, 30)):
            t += R.uniform(-1.5, 1.5)
            ws.append([base + dt.timedelta(days=k), round(t, 1), R.randint(40, 90)])
        for row in ws.iter_rows(min_row=2, max_col=1):
            for c in row:
                c.number_format = "yyyy-mm-dd"
        ch = LineChart()
        ch.title = "Greenhouse temperature"
        ch.add_data(Reference(ws, min_col=2, min_row=1, max_row=ws.max_row), titles_from_data=True)
        ws.add_chart(ch, "E2")
        words = ws.max_row * 3
        name = f"greenhouse_readings_{i:03d}.xlsx"
    elif kind == 3:  # sales pivot, several sheets
        ws.title = "Data"
        ws.append(["Region", "Product", "Month", "Units", "Revenue"])
        for _ in range(R.randint(10, 40)):
            u = R.randint(1, 60)
            ws.append([R.choice(["North", "South", "East", "West"]), R.choice(["Mugs", "T-shirts", "Posters", "Notebooks"]),
                       R.choice(MONTHS[:6]), u, round(u * R.uniform(3, 15), 2)])
        s2 = wb.create_sheet("Summary")
        s2.append(["Region", "Total units"])
        for k, reg in enumerate(["North", "South", "East", "West"], start=2):
            s2.append([reg, f'=SUMIF(Data!A:A,"{reg}",Data!D:D)'])
        ch = BarChart()
        ch.title = "Chart Title"
        ch.add_data(Reference(s2, min_col=2, min_row=1, max_row=5), titles_from_data=True)
        ch.set_categories(Reference(s2, min_col=1, min_row=2, max_row=5))
        s2.add_chart(ch, "D2")
        wb.create_sheet("Notes").append(["Figures are for the first half of the year."])
        words = ws.max_row * 5 + 20
        name = f"sales_summary_{i:03d}.xlsx"
    elif kind == 4:  # measurements / unit conversions
        ws.title = "Conversions"
        ws.append(["Inches", "Millimetres", "Feet", "Metres"])
        for r in range(2, R.randint(8, 30)):
            v = r - 1
            ws.append([v, f"=A{r}*25.4", v, f"=C{r}*0.3048"])
        words = ws.max_row * 4
        name = f"unit_conversions_{i:03d}.xlsx"
    elif kind == 5:  # chart fixture
        ws.append(["", "Series 1", "Series 2", "Series 3"])
        for k in range(1, 5):
            ws.append([f"Category {k}", round(R.uniform(1, 5), 1), round(R.uniform(1, 5), 1), R.randint(2, 5)])
        ch = BarChart()
        ch.title = "Chart Title"
        ch.add_data(Reference(ws, min_col=2, min_row=1, max_col=4, max_row=5), titles_from_data=True)
        ch.set_categories(Reference(ws, min_col=1, min_row=2, max_row=5))
        ws.add_chart(ch, "F2")
        words = 25
        name = f"chart_{i:03d}.xlsx"
    elif kind == 6:  # timesheet / rota
        ws.title = "Rota"
        ws.append(["Week", "Mon", "Tue", "Wed", "Thu", "Fri"])
        for w in range(1, R.randint(3, 9)):
            ws.append([f"Week {w}"] + [R.choice(FIRST) for _ in range(5)])
        s2 = wb.create_sheet("Hours")
        s2.append(["Name", "Hours"])
        for n in R.sample(FIRST, 6):
            s2.append([n, R.randint(8, 40)])
        s2.append(["Total", "=SUM(B2:B7)"])
        words = ws.max_row * 6 + 16
        name = f"cleaning_rota_{i:03d}.xlsx"
    else:  # minimal
        ws["A1"] = R.choice(["Hello World", "Sample", "Test", "Sheet1 test", "abc"])
        ws["B2"] = R.randint(1, 100)
        ws["C3"] = "=B2*2"
        words = 3
        name = f"minimal_{i:03d}.xlsx"
    xlsx_props(wb)
    p = out_path("office/" + name)
    wb.save(p)
    normalise_zip(p)
    record("office/" + name, words, "layout of a spreadsheet test fixture" if kind in (5, 7) else "written")


# --------------------------------------------------------------------------
# PPTX
# --------------------------------------------------------------------------
from pptx import Presentation  # noqa: E402
from pptx.chart.data import CategoryChartData  # noqa: E402
from pptx.enum.chart import XL_CHART_TYPE  # noqa: E402
from pptx.util import Inches as PI  # noqa: E402

SLIDE_TOPICS = {
    "Spring bake sale": ["Cakes and cookies from volunteers", "Stalls open at 10am", "All money goes to the playground fund"],
    "Welcome to the team": ["Where to find the kitchen", "How to book a meeting room", "Who to ask for help"],
    "Holiday photos": ["Day one: the old town", "Day two: the beach", "Day three: the mountain walk"],
    "Quarterly sales review": ["Revenue up on last quarter", "Online orders growing", "New shop opening in autumn"],
    "Composting at home": ["Greens and browns", "Turn it every few weeks", "Ready in six to nine months"],
    "Fire drill procedure": ["Leave by the nearest exit", "Meet in the car park", "Do not use the lifts"],
    "Book club picks": ["This month's novel", "Discussion questions", "Next meeting date"],
    "Marathon training plan": ["Build up slowly", "One long run a week", "Rest days matter"],
    "Sample presentation": ["First bullet", "Second bullet", "Third bullet"],
    "Office move": ["Packing crates arrive Monday", "Label your desk items", "New floor plan attached"],
}


def make_pptx(i):
    prs = Presentation()
    prs.core_properties.created = FIXED
    prs.core_properties.modified = FIXED
    prs.core_properties.last_printed = FIXED
    prs.core_properties.author = person()
    prs.core_properties.revision = 1
    title = list(SLIDE_TOPICS)[i % len(SLIDE_TOPICS)]
    bullets = SLIDE_TOPICS[title]
    allt = [title]
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = title if i % 7 else "Click to add title"
    sub = R.choice(["Presented by " + person(), "Sample text", f"{R.choice(MONTHS)} 2023", "Subtitle"])
    s.placeholders[1].text = sub
    allt.append(sub)
    kind = i % 3
    if kind in (0, 2):
        s2 = prs.slides.add_slide(prs.slide_layouts[1])
        s2.shapes.title.text = "Overview"
        tf = s2.placeholders[1].text_frame
        tf.text = bullets[0]
        for b in bullets[1:]:
            tf.add_paragraph().text = b
        allt += bullets
        notes = " ".join(sentences(TOPIC_NAMES[i % len(TOPIC_NAMES)], R.randint(1, 6)))
        s2.notes_slide.notes_text_frame.text = notes
        allt.append(notes)
    if kind in (1, 2):
        s3 = prs.slides.add_slide(prs.slide_layouts[5])
        s3.shapes.title.text = "Chart Title"
        cd = CategoryChartData()
        cd.categories = [f"Category {k}" for k in range(1, 5)]
        for sname in ["Series 1", "Series 2", "Series 3"][: R.randint(1, 3)]:
            cd.add_series(sname, [round(R.uniform(1, 5), 1) for _ in range(4)])
        ct = R.choice([XL_CHART_TYPE.COLUMN_CLUSTERED, XL_CHART_TYPE.LINE, XL_CHART_TYPE.PIE, XL_CHART_TYPE.BAR_CLUSTERED])
        if ct == XL_CHART_TYPE.PIE:
            cd = CategoryChartData()
            cd.categories = ["1st Qtr", "2nd Qtr", "3rd Qtr", "4th Qtr"]
            cd.add_series("Sales", (8.2, 3.2, 1.4, 1.2))
        s3.shapes.add_chart(ct, PI(1), PI(1.5), PI(8), PI(5), cd)
        allt += ["Chart Title", "Series 1", "Category 1 Category 2 Category 3 Category 4"]
        s3.notes_slide.notes_text_frame.text = "Numbers are rounded."
    name = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_") + f"_{i:03d}.pptx"
    p = out_path("office/" + name)
    prs.save(p)
    normalise_zip(p)
    record("office/" + name, wc(allt), "layout of a presentation test fixture" if kind else "written")


# --------------------------------------------------------------------------
# OpenDocument (hand-written zip/XML)
# --------------------------------------------------------------------------
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:xlink="http://www.w3.org/1999/xlink"')
MIMES = {"odt": "application/vnd.oasis.opendocument.text",
         "ods": "application/vnd.oasis.opendocument.spreadsheet",
         "odp": "application/vnd.oasis.opendocument.presentation"}


def odf_zip(ext, body, title):
    mime = MIMES[ext]
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS} office:version="1.2">'
               f'<office:body>{body}</office:body></office:document-content>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NS} office:version="1.2"><office:meta>'
            f'<meta:generator>handwritten</meta:generator><dc:title>{xesc(title)}</dc:title>'
            f'<meta:creation-date>2021-03-14T09:30:00</meta:creation-date><dc:date>2021-03-14T09:30:00</dc:date>'
            f'</office:meta></office:document-meta>')
    styles = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODF_NS} office:version="1.2"/>'
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        zi = zipfile.ZipInfo("mimetype", ZIP_TIME)
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, mime)
        for n, d in [("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                     ("META-INF/manifest.xml", manifest)]:
            zi = zipfile.ZipInfo(n, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d.encode("utf-8"))
    return buf.getvalue()


def make_odt(i):
    topic = TOPIC_NAMES[(i * 3) % len(TOPIC_NAMES)]
    if i % 6 == 5:
        lang = R.choice(list(FOREIGN))
        title, paras = {"de": "Notiz", "fr": "Note", "es": "Nota", "ja": "メモ"}[lang], foreign_paras(lang, R.randint(1, 3))
    elif i % 4 == 0:
        title, paras = "Test document", [R.choice(FIXTURE_LINES)]
    else:
        title = R.choice(["Minutes", "Recipe", "Newsletter", "Notice", "Trip plan", "Club news"])
        paras = text_words(topic, pick_len())
    body = f'<office:text><text:h text:outline-level="1">{xesc(title)}</text:h>'
    body += "".join(f"<text:p>{xesc(p)}</text:p>" for p in paras)
    if i % 3 == 1:
        body += "<text:list>" + "".join(f"<text:list-item><text:p>{xesc(s)}</text:p></text:list-item>"
                                        for s in sentences(topic, 3)) + "</text:list>"
    body += "</office:text>"
    name = f"office/{re.sub(r'[^a-z0-9]+', '_', title.lower()) or 'memo'}_{i:03d}.odt"
    write_bytes(name, odf_zip("odt", body, title), wc([title] + paras), "written")


def ods_table(name, rows):
    x = f'<table:table table:name="{xesc(name)}">'
    for row in rows:
        x += "<table:table-row>"
        for v in row:
            if isinstance(v, str) and v.startswith("of:="):
                x += f'<table:table-cell table:formula="{xesc(v)}" office:value-type="float"/>'
            elif isinstance(v, (int, float)):
                x += f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
            elif isinstance(v, dt.date):
                x += (f'<table:table-cell office:value-type="date" office:date-value="{v.isoformat()}">'
                      f'<text:p>{v.isoformat()}</text:p></table:table-cell>')
            else:
                x += f'<table:table-cell office:value-type="string"><text:p>{xesc(str(v))}</text:p></table:table-cell>'
        x += "</table:table-row>"
    return x + "</table:table>"


def make_ods(i):
    k = i % 4
    if k == 0:
        rows = [["Expense", "Amount"]] + [[c, R.randint(5, 400)] for c in R.sample(["Rent", "Food", "Bus pass", "Phone", "Gas", "Water", "Cinema"], 5)]
        rows.append(["Total", "of:=SUM([.B2:.B6])"])
        tables = [("Sheet1", rows)]
        name = f"household_costs_{i:03d}.ods"
    elif k == 1:
        rows = [["Date", "Rain (mm)", "Max temp"]] + [[dt.date(2023, 4, 1) + dt.timedelta(days=d), round(R.uniform(0, 12), 1), R.randint(8, 20)] for d in range(R.randint(5, 20))]
        tables = [("Weather", rows), ("Notes", [["Readings from the back garden rain gauge."]])]
        name = f"rainfall_log_{i:03d}.ods"
    elif k == 2:
        rows = [["Player", "Goals", "Assists"]] + [[person(), R.randint(0, 12), R.randint(0, 9)] for _ in range(R.randint(5, 14))]
        tables = [("Season", rows)]
        name = f"team_stats_{i:03d}.ods"
    else:
        rows = [["A", "B", "C"], [1, 2, 3], [4, 5, 6], ["of:=SUM([.A2:.A3])", "", ""]]
        tables = [("Sheet1", rows), ("Sheet2", [["Sample text"]])]
        name = f"test_spreadsheet_{i:03d}.ods"
    body = "<office:spreadsheet>" + "".join(ods_table(n, r) for n, r in tables) + "</office:spreadsheet>"
    words = sum(wc([str(v) for v in row]) for _, r in tables for row in r)
    write_bytes("office/" + name, odf_zip("ods", body, name[:-4]), words)


def make_odp(i):
    title = list(SLIDE_TOPICS)[(i + 3) % len(SLIDE_TOPICS)]
    bullets = SLIDE_TOPICS[title]
    def frame(t, y):
        return (f'<draw:frame svg:x="2cm" svg:y="{y}cm" svg:width="20cm" svg:height="3cm">'
                f'<draw:text-box><text:p>{xesc(t)}</text:p></draw:text-box></draw:frame>')
    body = "<office:presentation>"
    body += f'<draw:page draw:name="page1">{frame(title, 2)}{frame("Sample text", 6)}</draw:page>'
    body += f'<draw:page draw:name="page2">{frame("Overview", 2)}' + "".join(frame(b, 5 + 2 * k) for k, b in enumerate(bullets))
    notes = " ".join(sentences(R.choice(TOPIC_NAMES), 2))
    body += f'<presentation:notes><draw:frame><draw:text-box><text:p>{xesc(notes)}</text:p></draw:text-box></draw:frame></presentation:notes></draw:page>'
    body += "</office:presentation>"
    name = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_") + f"_{i:03d}.odp"
    write_bytes("office/" + name, odf_zip("odp", body, title), wc([title, "Sample text", "Overview"] + bullets + [notes]))


# --------------------------------------------------------------------------
# RTF
# --------------------------------------------------------------------------
def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o > 127:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def make_rtf(i):
    topic = TOPIC_NAMES[(i * 5) % len(TOPIC_NAMES)]
    if i % 5 == 0:
        paras = [R.choice(FIXTURE_LINES)]
    elif i % 7 == 3:
        paras = foreign_paras(R.choice(["de", "fr", "es"]), 2)
    else:
        paras = text_words(topic, pick_len())
    title = R.choice(["Note", "Memo", "Sample", "Reminder", "Minutes"])
    body = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n"
    body += "{\\info{\\title " + title + "}{\\creatim\\yr2021\\mo3\\dy14\\hr9\\min30}}\n"
    body += "\\f0\\fs32\\b " + title + "\\b0\\fs24\\par\n"
    for p in paras:
        body += rtf_escape(p) + "\\par\n"
    body += "}\n"
    write_text(f"office/{title.lower()}_{i:03d}.rtf", body, wc([title] + paras))


# --------------------------------------------------------------------------
# CSV / TSV
# --------------------------------------------------------------------------
def make_csv(i, sep=","):
    k = i % 8
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n" if i % 3 == 0 else "\n")
    if k == 0:
        w.writerow(["date", "description", "amount", "balance"])
        bal = R.randint(200, 3000)
        for d in range(R.randint(5, 30)):
            amt = round(R.uniform(-120, 60), 2)
            bal = round(bal + amt, 2)
            w.writerow([(dt.date(2023, 2, 1) + dt.timedelta(days=d)).isoformat(),
                        R.choice(["TRANSFER FROM SAVINGS", "SALARY", "REFUND " + R.choice(SHOPS).upper()]) if amt > 0 else
                        R.choice(["CARD PAYMENT " + R.choice(SHOPS).upper(), "DIRECT DEBIT PHONE", "ATM WITHDRAWAL", "STANDING ORDER RENT"]), amt, bal])
        name = f"bank_transactions_{i:03d}"
    elif k == 1:
        w.writerow(["id", "first_name", "last_name", "email", "city"])
        for n in range(1, R.randint(4, 40)):
            p = person()
            w.writerow([n, *p.split(), email_of(p), R.choice(CITIES)[0]])
        name = f"contacts_{i:03d}"
    elif k == 2:
        w.writerow(["timestamp", "temp_c", "humidity", "pressure_hpa"])
        t0 = dt.datetime(2022, 9, 1)
        for n in range(R.randint(6, 60)):
            w.writerow([(t0 + dt.timedelta(minutes=15 * n)).isoformat(), round(R.uniform(14, 24), 2), R.randint(40, 80), round(R.uniform(995, 1025), 1)])
        name = f"weather_station_{i:03d}"
    elif k == 3:
        w.writerow(["product", "sku", "price", "stock"])
        for it, pr in R.sample(ITEMS, R.randint(3, 15)):
            w.writerow([it, f"SKU-{R.randint(1000, 9999)}", pr, R.randint(0, 80)])
        name = f"inventory_{i:03d}"
    elif k == 4:
        w.writerow(["a", "b", "c"])
        for n in range(R.randint(1, 5)):
            w.writerow([n, n * 2, n * 3])
        name = f"sample_{i:03d}"
    elif k == 5:
        w.writerow(["recipe", "ingredient", "quantity", "unit"])
        for rec in R.sample(["Pancakes", "Tomato soup", "Banana bread", "Chili"], 2):
            for ing in R.sample(["flour", "milk", "eggs", "sugar", "butter", "onion", "tomatoes", "beans", "salt"], 4):
                w.writerow([rec, ing, R.randint(1, 500), R.choice(["g", "ml", "pcs", "tsp"])])
        name = f"recipes_{i:03d}"
    elif k == 6:
        w.writerow(["name", "score", "grade"])
        for _ in range(R.randint(5, 25)):
            s = R.randint(40, 100)
            w.writerow([person(), s, "A" if s > 85 else "B" if s > 70 else "C"])
        name = f"quiz_scores_{i:03d}"
    else:
        w.writerow(["length_m", "width_m", "area_m2"])
        for _ in range(R.randint(3, 12)):
            a, b = round(R.uniform(1, 6), 2), round(R.uniform(1, 6), 2)
            w.writerow([a, b, round(a * b, 2)])
        name = f"room_measurements_{i:03d}"
    text = buf.getvalue()
    ext = "csv" if sep == "," else "tsv"
    enc = "cp1252" if i % 9 == 4 else "utf-8"
    if i % 11 == 2 and enc == "utf-8":
        enc = "utf-8-sig"
    write_text(f"data/{name}.{ext}", text, wc(text), encoding=enc, newline="\n")


# --------------------------------------------------------------------------
# PDF (reportlab)
# --------------------------------------------------------------------------
from reportlab import rl_config  # noqa: E402
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4, letter  # noqa: E402
from reportlab.pdfgen import canvas as rlcanvas  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Frame, PageTemplate, BaseDocTemplate  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
SS = getSampleStyleSheet()


def pdf_canvas(rel, size=A4, title=""):
    c = rlcanvas.Canvas(out_path(rel), pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor(person())
    c.setCreator("")
    return c


def pdf_story(rel, story, size=A4, title=""):
    doc = SimpleDocTemplate(out_path(rel), pagesize=size, title=title, author=person(), creator="", invariant=1)
    doc.build(story)


def make_pdf(i):
    k = i % 14
    rel = None
    if k == 0:  # hello world
        rel = f"pdf/hello_world_{i:03d}.pdf"
        s = R.choice(["Hello World", "Hello, World!", "Hello world.", "Test"])
        c = pdf_canvas(rel, title=s)
        c.setFont("Helvetica", 24)
        c.drawString(72, 720, s)
        c.save()
        record(rel, wc(s), "layout of a one-line test page")
    elif k == 1:  # lorem
        rel = f"pdf/lorem_ipsum_{i:03d}.pdf"
        n = pick_len()
        txt = lorem_words(n)
        pdf_story(rel, [Paragraph("Lorem Ipsum", SS["Title"]), Paragraph(txt, SS["BodyText"])], title="Lorem Ipsum")
        record(rel, n + 2, "layout of a lorem ipsum page")
    elif k == 2:  # invoice
        rel = f"pdf/invoice_{1000 + i}.pdf"
        shop = R.choice(SHOPS)
        lines = R.sample(ITEMS, R.randint(2, 8))
        data = [["Description", "Qty", "Unit price", "Total"]]
        tot = 0
        for it, pr in lines:
            q = R.randint(1, 5)
            tot += q * pr
            data.append([it, q, f"{pr:.2f}", f"{q * pr:.2f}"])
        data.append(["", "", "Total", f"{tot:.2f}"])
        cust = person()
        t = Table(data)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
        story = [Paragraph(f"{shop}", SS["Title"]), Paragraph(f"Invoice no. {1000 + i}", SS["Heading2"]),
                 Paragraph(f"Bill to: {cust}<br/>{R.randint(1, 99)} Park Road, {R.choice(CITIES)[0]}", SS["BodyText"]),
                 Paragraph(f"Date: {R.randint(1, 28)} {R.choice(MONTHS)} 2023", SS["BodyText"]), Spacer(1, 12), t, Spacer(1, 12),
                 Paragraph("Payment due within 30 days. Thank you for your business.", SS["BodyText"])]
        pdf_story(rel, story, title=f"Invoice {1000 + i}")
        record(rel, 30 + 5 * len(lines), "layout of an invoice")
    elif k == 3:  # receipt (narrow)
        rel = f"pdf/receipt_{i:03d}.pdf"
        c = pdf_canvas(rel, size=(226, 500), title="Receipt")
        shop = R.choice(SHOPS)
        c.setFont("Courier-Bold", 11)
        c.drawCentredString(113, 470, shop)
        c.setFont("Courier", 8)
        y = 450
        tot = 0
        n = 0
        for it, pr in R.sample(ITEMS, R.randint(2, 9)):
            c.drawString(12, y, f"{it[:18]:<18}{pr:>8.2f}")
            tot += pr
            y -= 12
            n += 1
        c.drawString(12, y - 6, f"{'TOTAL':<18}{tot:>8.2f}")
        c.drawString(12, y - 20, R.choice(["CARD", "CASH", "CONTACTLESS"]))
        c.drawCentredString(113, y - 44, "Thank you! Please come again.")
        c.save()
        record(rel, 10 + n * 3, "layout of a till receipt")
    elif k == 4:  # bank statement
        rel = f"pdf/bank_statement_{R.choice(MONTHS).lower()}_{i:03d}.pdf"
        data = [["Date", "Description", "Paid out", "Paid in", "Balance"]]
        bal = R.randint(300, 4000)
        rows = R.randint(6, 25)
        for d in range(rows):
            amt = round(R.uniform(3, 200), 2)
            inn = R.random() < 0.2
            bal = round(bal + (amt if inn else -amt), 2)
            data.append([f"{d + 1:02d} {R.choice(MONTHS)[:3]}", R.choice(["Salary", "Transfer in", "Refund " + R.choice(SHOPS)]) if inn else R.choice(["Card payment " + R.choice(SHOPS), "Direct debit Phone Co", "Cash machine", "Standing order Rent"]),
                         "" if inn else f"{amt:.2f}", f"{amt:.2f}" if inn else "", f"{bal:.2f}"])
        t = Table(data, repeatRows=1)
        t.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 8), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]))
        acct = person()
        story = [Paragraph("Example Community Bank", SS["Title"]), Paragraph(f"Statement for {acct}", SS["Heading3"]),
                 Paragraph(f"Account number ****{R.randint(1000, 9999)} &nbsp; Sort code 00-00-00", SS["BodyText"]), Spacer(1, 10), t]
        pdf_story(rel, story, title="Statement")
        record(rel, 20 + rows * 5, "layout of a bank statement")
    elif k == 5:  # boarding pass
        rel = f"pdf/boarding_pass_{i:03d}.pdf"
        c = pdf_canvas(rel, size=(600, 260), title="Boarding pass")
        a, b = R.sample(CITIES, 2)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(20, 225, "BOARDING PASS")
        c.setFont("Helvetica", 10)
        pax = person().upper()
        fields = [("Passenger", pax), ("From", a[0]), ("To", b[0]), ("Flight", f"XY{R.randint(100, 999)}"),
                  ("Date", f"{R.randint(1, 28):02d}{R.choice(MONTHS)[:3].upper()}"), ("Gate", f"{R.choice('ABCD')}{R.randint(1, 30)}"),
                  ("Seat", f"{R.randint(1, 35)}{R.choice('ABCDEF')}"), ("Boarding", f"{R.randint(6, 21):02d}:{R.choice(['05', '25', '40', '55'])}")]
        for n, (lab, val) in enumerate(fields):
            x, y = 20 + (n % 4) * 140, 180 - (n // 4) * 50
            c.setFont("Helvetica", 8)
            c.drawString(x, y, lab)
            c.setFont("Helvetica-Bold", 12)
            c.drawString(x, y - 15, val)
        c.setFont("Helvetica", 8)
        c.drawString(20, 30, "Gate closes 20 minutes before departure.")
        c.save()
        record(rel, 30, "layout of a boarding pass")
    elif k == 6:  # menu
        rel = f"pdf/menu_{i:03d}.pdf"
        dishes = R.sample(["Tomato soup", "Garlic bread", "Caesar salad", "Fish and chips", "Mushroom risotto", "Roast chicken",
                           "Veggie burger", "Apple crumble", "Chocolate brownie", "Lemon tart", "Pancakes", "Cheese board"], 8)
        story = [Paragraph(R.choice(SHOPS), SS["Title"]), Paragraph("Menu", SS["Heading2"])]
        for d in dishes:
            story.append(Paragraph(f"{d} &nbsp;&nbsp; {R.randint(4, 18)}.{R.choice(['00', '50', '95'])}", SS["BodyText"]))
        story.append(Paragraph("Please tell staff about any allergies.", SS["Italic"]))
        pdf_story(rel, story, title="Menu")
        record(rel, 40, "layout of a restaurant menu")
    elif k == 7:  # form with field labels
        rel = f"pdf/form_{R.choice(['membership', 'registration', 'contact', 'volunteer'])}_{i:03d}.pdf"
        c = pdf_canvas(rel, size=letter, title="Form")
        c.setFont("Helvetica-Bold", 16)
        c.drawString(72, 720, R.choice(["Membership form", "Registration form", "Volunteer sign-up", "Contact details"]))
        c.setFont("Helvetica", 11)
        labels = ["Full name", "Date of birth", "Address", "Postcode", "Telephone", "Email", "Emergency contact", "Signature", "Date"]
        y = 680
        for lab in labels:
            c.drawString(72, y, lab + ":")
            c.line(200, y - 2, 520, y - 2)
            y -= 36
        form = c.acroForm
        form.textfield(name="fullname", x=200, y=676, width=320, height=16, borderWidth=0)
        c.save()
        record(rel, 20, "layout of a paper form")
    elif k == 8:  # two-column article
        rel = f"pdf/article_two_column_{i:03d}.pdf"
        topic = R.choice(TOPIC_NAMES)
        paras = text_words(topic, R.randint(200, 800))
        doc = BaseDocTemplate(out_path(rel), pagesize=A4, title="Article", author=person(), creator="", invariant=1)
        w, h = A4
        f1 = Frame(40, 40, (w - 100) / 2, h - 80, id="c1")
        f2 = Frame(60 + (w - 100) / 2, 40, (w - 100) / 2, h - 80, id="c2")
        doc.addPageTemplates([PageTemplate(id="two", frames=[f1, f2])])
        story = [Paragraph(f"{topic.capitalize()} corner", SS["Heading1"])] + [Paragraph(p, SS["BodyText"]) for p in paras]
        doc.build(story)
        record(rel, wc(paras) + 2, "layout of a two-column newsletter article")
    elif k == 9:  # table of numbers
        rel = f"pdf/table_of_numbers_{i:03d}.pdf"
        cols = R.randint(3, 6)
        data = [[f"Col {c + 1}" for c in range(cols)]] + [[str(R.randint(0, 999)) for _ in range(cols)] for _ in range(R.randint(4, 30))]
        t = Table(data)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.black)]))
        pdf_story(rel, [Paragraph("Table 1", SS["Heading2"]), t], title="Table")
        record(rel, len(data) * cols, "layout of a table test page")
    elif k == 10:  # rotated text
        rel = f"pdf/rotated_text_{i:03d}.pdf"
        c = pdf_canvas(rel, title="Rotated")
        s = R.choice(["Rotated text", "The quick brown fox", "Sample text", "Draft"])
        for ang in (0, 45, 90, 180):
            c.saveState()
            c.translate(300, 420)
            c.rotate(ang)
            c.setFont("Helvetica", 18)
            c.drawString(20, 0, f"{s} {ang}")
            c.restoreState()
        c.save()
        record(rel, 4 * wc(s), "layout of a rotated-text test page")
    elif k == 11:  # multi-page report
        rel = f"pdf/report_{R.choice(TOPIC_NAMES)}_{i:03d}.pdf"
        topic = R.choice(TOPIC_NAMES)
        paras = text_words(topic, pick_len())
        story = [Paragraph(R.choice(["Annual report", "Club report", "Monthly summary", "Committee report"]), SS["Title"])]
        for p in paras:
            story += [Paragraph(p, SS["BodyText"]), Spacer(1, 6)]
        pdf_story(rel, story, title="Report")
        record(rel, wc(paras) + 2)
    elif k == 12:  # foreign
        lang = R.choice(["de", "fr", "es", "ja"])
        rel = f"pdf/brief_{lang}_{i:03d}.pdf"
        paras = foreign_paras(lang, R.randint(1, 4))
        c = pdf_canvas(rel, title=lang)
        font = "HeiseiMin-W3" if lang == "ja" else "Helvetica"
        c.setFont(font, 12)
        y = 760
        for p in paras:
            if lang == "ja":
                c.drawString(60, y, p)
                y -= 20
            else:
                for line in re.findall(r".{1,80}(?:\s|$)", p):
                    c.drawString(60, y, line.strip())
                    y -= 16
            y -= 8
        c.save()
        record(rel, wc(paras))
    else:  # certificate / ticket
        rel = f"pdf/certificate_{i:03d}.pdf"
        c = pdf_canvas(rel, size=(842, 595), title="Certificate")
        c.setFont("Times-Bold", 32)
        c.drawCentredString(421, 420, R.choice(["Certificate of Achievement", "Certificate of Completion", "Well Done!"]))
        c.setFont("Times-Roman", 18)
        c.drawCentredString(421, 360, "Awarded to")
        c.setFont("Times-Italic", 26)
        c.drawCentredString(421, 320, person())
        c.setFont("Times-Roman", 14)
        c.drawCentredString(421, 270, R.choice(["for finishing the 5 km fun run", "for excellent attendance", "for completing the first-aid course", "for the best cake at the bake sale"]))
        c.save()
        record(rel, 15, "layout of a certificate")


# --------------------------------------------------------------------------
# ICS / VCF
# --------------------------------------------------------------------------
def ics_text(summary, start, minutes=60, location="", desc="", uid=None, method=None):
    end = start + dt.timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//Calendar 1.0//EN", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += ["BEGIN:VEVENT", f"UID:{uid or R.randint(10**8, 10**9)}@example.com", "DTSTAMP:20210314T093000Z",
              f"DTSTART:{start.strftime(f)}", f"DTEND:{end.strftime(f)}", f"SUMMARY:{summary}"]
    if location:
        lines.append(f"LOCATION:{location}")
    if desc:
        lines.append("DESCRIPTION:" + desc.replace(",", "\\,"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


EVENTS = ["Dentist appointment", "Team lunch", "Parents evening", "Book club", "Yoga class", "Bin day",
          "Mum's birthday", "Car service", "Football practice", "Piano lesson", "Quarterly planning",
          "Farmers market", "Haircut", "Vet appointment", "Office party", "1:1 catch-up"]


def make_ics(i):
    if i % 5 == 4:  # multi-event calendar
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//Calendar 1.0//EN", "X-WR-CALNAME:Family"]
        ev = R.randint(3, 12)
        for n in range(ev):
            s = dt.datetime(2023, R.randint(1, 12), R.randint(1, 28), R.randint(8, 19), 0)
            lines += ["BEGIN:VEVENT", f"UID:fam-{i}-{n}@example.com", "DTSTAMP:20210314T093000Z",
                      f"DTSTART:{s:%Y%m%dT%H%M%S}", f"SUMMARY:{R.choice(EVENTS)}", "END:VEVENT"]
        lines.append("END:VCALENDAR")
        txt = "\r\n".join(lines) + "\r\n"
        name = f"calendar/family_calendar_{i:03d}.ics"
    else:
        ev = R.choice(EVENTS)
        txt = ics_text(ev, dt.datetime(2023, R.randint(1, 12), R.randint(1, 28), R.randint(8, 19), R.choice([0, 30])),
                       R.choice([30, 60, 90]), R.choice(["", "Room 2", "Community Hall", "Online", R.choice(CITIES)[0]]),
                       R.choice(["", " ".join(sentences("events", 1))]))
        name = f"calendar/{re.sub(r'[^a-z0-9]+', '_', ev.lower()).strip('_')}_{i:03d}.ics"
    write_text(name, txt, wc(txt), newline="\n")


def make_vcf(i):
    p = person()
    fn, ln = p.split()
    txt = ("BEGIN:VCARD\r\nVERSION:3.0\r\n"
           f"N:{ln};{fn};;;\r\nFN:{p}\r\n"
           f"EMAIL;TYPE=INTERNET:{email_of(p)}\r\n"
           f"TEL;TYPE=CELL:+44 7700 900{R.randint(100, 999)}\r\n")
    if i % 2:
        txt += f"ORG:{R.choice(SHOPS)}\r\nTITLE:{R.choice(['Manager', 'Assistant', 'Teacher', 'Coach', 'Accountant'])}\r\n"
    if i % 3 == 0:
        txt += f"ADR;TYPE=HOME:;;{R.randint(1, 99)} Park Road;{R.choice(CITIES)[0]};;;\r\nNOTE:{R.choice(['Met at the book club', 'Plumber', 'School friend', 'Neighbour'])}\r\n"
    txt += "END:VCARD\r\n"
    if i % 4 == 3:  # multi-contact file
        more = []
        for _ in range(R.randint(2, 5)):
            q = person()
            more.append(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{q}\r\nEMAIL:{email_of(q)}\r\nEND:VCARD\r\n")
        txt += "".join(more)
        name = f"contacts/address_book_{i:03d}.vcf"
    else:
        name = f"contacts/{fn.lower()}_{ln.lower()}_{i:03d}.vcf"
    write_text(name, txt, wc(txt), newline="\n")


# --------------------------------------------------------------------------
# GPX / KML / GeoJSON / SVG
# --------------------------------------------------------------------------
def track(city, n):
    _, lat, lon = city
    pts = []
    for _ in range(n):
        lat += R.uniform(-0.001, 0.0015)
        lon += R.uniform(-0.001, 0.0015)
        pts.append((round(lat, 6), round(lon, 6)))
    return pts


def make_gpx(i):
    city = R.choice(CITIES)
    act = R.choice(["Morning run", "Evening walk", "Bike ride", "Dog walk", "Hike"])
    pts = track(city, R.randint(10, 80))
    t0 = dt.datetime(2022, 5, 1, 7, 0)
    seg = "".join(f'<trkpt lat="{a}" lon="{b}"><ele>{R.randint(5, 120)}</ele><time>{(t0 + dt.timedelta(seconds=10 * k)).isoformat()}Z</time></trkpt>\n'
                  for k, (a, b) in enumerate(pts))
    txt = (f'<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="Example Watch" xmlns="http://www.topografix.com/GPX/1/1">\n'
           f'<metadata><name>{act}</name><time>{t0.isoformat()}Z</time></metadata>\n<trk><name>{act} in {city[0]}</name><trkseg>\n{seg}</trkseg></trk>\n</gpx>\n')
    write_text(f"geo/{act.lower().replace(' ', '_')}_{i:03d}.gpx", txt, 4)


def make_kml(i):
    places = R.sample(["Cafe", "Playground", "Library", "Bakery", "Bus stop", "Post office", "Picnic spot", "Car park", "Swimming pool"], R.randint(2, 6))
    city = R.choice(CITIES)
    pm = ""
    for p in places:
        pm += (f"<Placemark><name>{p}</name><description>{xesc(R.choice(['Nice coffee', 'Open until 6', 'Good for kids', 'Free on Sundays', '']))}</description>"
               f"<Point><coordinates>{city[2] + R.uniform(-0.02, 0.02):.5f},{city[1] + R.uniform(-0.02, 0.02):.5f},0</coordinates></Point></Placemark>\n")
    txt = (f'<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Favourite places in {city[0]}</name>\n{pm}</Document></kml>\n')
    write_text(f"geo/favourite_places_{i:03d}.kml", txt, wc(places) * 3 + 4)


def make_geojson(i):
    city = R.choice(CITIES)
    feats = []
    for n in range(R.randint(1, 8)):
        feats.append({"type": "Feature", "properties": {"name": R.choice(["Park bench", "Tree", "Water fountain", "Bike rack", "Bin", "Sample point"]) + f" {n + 1}",
                                                        "id": n + 1},
                      "geometry": {"type": "Point", "coordinates": [round(city[2] + R.uniform(-0.01, 0.01), 6), round(city[1] + R.uniform(-0.01, 0.01), 6)]}})
    if i % 2:
        ring = [[round(city[2] + dx, 5), round(city[1] + dy, 5)] for dx, dy in [(0, 0), (0.01, 0), (0.01, 0.01), (0, 0.01), (0, 0)]]
        feats.append({"type": "Feature", "properties": {"name": "Allotment site"}, "geometry": {"type": "Polygon", "coordinates": [ring]}})
    txt = json.dumps({"type": "FeatureCollection", "features": feats}, indent=2 if i % 3 else None)
    write_text(f"geo/map_points_{i:03d}.geojson", txt + "\n", len(feats) * 3)


def make_svg(i):
    k = i % 4
    if k == 0:
        vals = [R.randint(1, 10) for _ in range(4)]
        bars = "".join(f'<rect x="{40 + 60 * n}" y="{200 - 15 * v}" width="40" height="{15 * v}" fill="#4472c4"/>'
                       f'<text x="{45 + 60 * n}" y="220" font-size="10">Category {n + 1}</text>' for n, v in enumerate(vals))
        body = f'<text x="120" y="20" font-size="16">Chart Title</text>{bars}'
        words = 10
    elif k == 1:
        body = f'<circle cx="50" cy="50" r="{R.randint(10, 40)}" fill="{R.choice(["red", "green", "orange", "#336699"])}"/>'
        words = 0
    elif k == 2:
        s = R.choice(FIXTURE_LINES)
        body = f'<text x="10" y="40" font-family="sans-serif" font-size="20">{xesc(s)}</text>'
        words = wc(s)
    else:
        body = ('<path d="M10 80 Q 52.5 10, 95 80 T 180 80" stroke="black" fill="transparent"/>'
                '<text x="10" y="120">Simple logo</text>')
        words = 2
    txt = f'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="300" height="240" viewBox="0 0 300 240">{body}</svg>\n'
    write_text(f"images/{['bar_chart', 'circle', 'text', 'logo'][k]}_{i:03d}.svg", txt, words)


# --------------------------------------------------------------------------
# configs: json, xml, yaml, toml, ini, log
# --------------------------------------------------------------------------
APPNAMES = ["todo-app", "recipe-box", "weather-widget", "photo-gallery", "budget-buddy", "book-tracker",
            "plant-diary", "quiz-night", "bus-times", "habit-tracker", "notes", "shopping-list"]


def make_json(i):
    k = i % 5
    app = R.choice(APPNAMES)
    if k == 0:
        obj = {"name": app, "version": f"{R.randint(0, 3)}.{R.randint(0, 9)}.{R.randint(0, 9)}", "private": True,
               "scripts": {"start": "node index.js", "test": "jest"}, "dependencies": {"express": "^4.18.2"}}
        name = f"config/{app}_package_{i:03d}.json"
    elif k == 1:
        obj = {"theme": R.choice(["light", "dark"]), "language": R.choice(["en", "de", "fr"]), "notifications": {"email": True, "push": False},
               "itemsPerPage": R.choice([10, 20, 50])}
        name = f"config/settings_{i:03d}.json"
    elif k == 2:
        obj = [{"id": n, "title": R.choice(sentences("household", 1)), "done": R.random() < 0.5} for n in range(1, R.randint(2, 12))]
        name = f"data/todos_{i:03d}.json"
    elif k == 3:
        obj = {"recipe": R.choice(["Pancakes", "Banana bread", "Lentil soup"]), "serves": 4,
               "ingredients": R.sample(["flour", "milk", "eggs", "bananas", "lentils", "carrots", "onion", "butter"], 4),
               "steps": sentences("cooking", R.randint(2, 6))}
        name = f"data/recipe_{i:03d}.json"
    else:
        obj = {"message": "Hello World", "status": "ok", "count": R.randint(0, 99)}
        name = f"data/sample_{i:03d}.json"
    txt = json.dumps(obj, indent=2, ensure_ascii=False) + "\n"
    write_text(name, txt, wc(txt))


def make_xml(i):
    k = i % 4
    if k == 0:
        books = "".join(f'<book id="bk{n}"><author>{person()}</author><title>{R.choice(["Summer Garden", "The Long Walk", "Kitchen Notes", "River Town", "A Year of Bread"])}</title>'
                        f'<price>{R.uniform(5, 30):.2f}</price></book>\n' for n in range(R.randint(2, 8)))
        txt = f'<?xml version="1.0"?>\n<catalog>\n{books}</catalog>\n'
        name = f"config/books_{i:03d}.xml"
    elif k == 1:
        txt = ('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n'
               f'    <add key="SiteName" value="{xesc(R.choice(SHOPS))}"/>\n    <add key="PageSize" value="{R.choice([10, 25])}"/>\n'
               '    <add key="EnableCache" value="true"/>\n  </appSettings>\n</configuration>\n')
        name = f"config/web_{i:03d}.config.xml"
    elif k == 2:
        txt = ('<?xml version="1.0" encoding="UTF-8"?>\n<note>\n'
               f'  <to>{R.choice(FIRST)}</to>\n  <from>{R.choice(FIRST)}</from>\n  <heading>Reminder</heading>\n'
               f'  <body>{xesc(R.choice(sentences(R.choice(TOPIC_NAMES), 1)))}</body>\n</note>\n')
        name = f"data/note_{i:03d}.xml"
    else:
        items = "".join(f"<item><title>{xesc(s)}</title><link>https://example.com/post/{n}</link></item>\n"
                        for n, s in enumerate(sentences(R.choice(TOPIC_NAMES), R.randint(2, 6))))
        txt = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Community news</title>'
               f'<link>https://example.com</link><description>Local news and notices</description>\n{items}</channel></rss>\n')
        name = f"data/feed_{i:03d}.xml"
    write_text(name, txt, wc(re.sub(r"<[^>]+>", " ", txt)))


def make_yaml(i):
    app = R.choice(APPNAMES)
    k = i % 3
    if k == 0:
        txt = (f"name: {app}\non:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
               "      - uses: actions/checkout@v4\n      - run: npm ci\n      - run: npm test\n")
        name = f"config/ci_{i:03d}.yml"
    elif k == 1:
        txt = (f"# {app} settings\nserver:\n  host: 0.0.0.0\n  port: {R.choice([3000, 8000, 8080])}\n"
               f"database:\n  url: sqlite:///{app}.db\nlogging:\n  level: {R.choice(['info', 'debug', 'warning'])}\n")
        name = f"config/{app}_{i:03d}.yaml"
    else:
        days = ["monday", "tuesday", "wednesday", "thursday", "friday"]
        txt = "# weekly meal plan\n" + "".join(f"{d}:\n  dinner: {R.choice(['pasta', 'curry', 'tacos', 'soup', 'stir fry', 'pizza'])}\n  cook: {R.choice(FIRST)}\n" for d in days)
        name = f"data/meal_plan_{i:03d}.yaml"
    write_text(name, txt, wc(txt))


def make_toml(i):
    app = R.choice(APPNAMES)
    if i % 2:
        txt = (f'[project]\nname = "{app}"\nversion = "0.{R.randint(1, 9)}.0"\ndescription = "A small {app.replace("-", " ")} app"\n'
               f'requires-python = ">=3.9"\ndependencies = ["requests", "click"]\n\n[project.scripts]\n{app} = "{app.replace("-", "_")}.cli:main"\n')
        name = f"config/pyproject_{app}_{i:03d}.toml"
    else:
        txt = (f'title = "{app} config"\n\n[owner]\nname = "{person()}"\n\n[server]\nport = {R.choice([80, 8080, 5000])}\n'
               f'enabled = true\n\n[display]\ntheme = "{R.choice(["light", "dark"])}"\n')
        name = f"config/{app}_{i:03d}.toml"
    write_text(name, txt, wc(txt))


def make_ini(i):
    app = R.choice(APPNAMES)
    txt = (f"; {app} settings\n[general]\nlanguage={R.choice(['en', 'de', 'fr', 'es'])}\nstartup_page=home\n\n"
           f"[window]\nwidth={R.choice([800, 1024, 1280])}\nheight={R.choice([600, 768, 720])}\nmaximized={R.choice(['true', 'false'])}\n\n"
           f"[recent]\nfile1=C:\\Users\\{R.choice(FIRST).lower()}\\Documents\\{R.choice(['budget.xlsx', 'letter.docx', 'photos', 'notes.txt'])}\n")
    write_text(f"config/{app}_{i:03d}.ini", txt, wc(txt), newline="\r\n" if i % 2 else "\n")


def make_log(i):
    k = i % 3
    t = dt.datetime(2023, 3, R.randint(1, 28), 8, 0, 0)
    lines = []
    for _ in range(R.randint(5, 60)):
        t += dt.timedelta(seconds=R.randint(1, 300))
        if k == 0:
            lines.append(f'192.0.2.{R.randint(1, 254)} - - [{t:%d/%b/%Y:%H:%M:%S} +0000] "GET /{R.choice(["", "index.html", "about", "menu", "contact", "images/logo.png"])} HTTP/1.1" {R.choice([200, 200, 200, 304, 404])} {R.randint(200, 9000)}')
        elif k == 1:
            lines.append(f"{t:%Y-%m-%d %H:%M:%S} {R.choice(['INFO', 'INFO', 'DEBUG', 'WARNING'])} {R.choice(['Server started on port 8000', 'User logged in', 'Cache cleared', 'Backup finished', 'Request took 120 ms', 'Disk usage at 61%', 'Scheduled job ran'])}")
        else:
            lines.append(f"{t:%b %d %H:%M:%S} homepc {R.choice(['cron', 'systemd', 'sshd', 'kernel'])}[{R.randint(100, 9999)}]: {R.choice(['Started Daily apt upgrade.', 'Accepted publickey for pi from 192.0.2.10 port 52344', 'USB disconnect, device number 3', 'Finished Rotate log files.'])}")
    txt = "\n".join(lines) + "\n"
    write_text(f"logs/{['access', 'app', 'syslog'][k]}_{i:03d}.log", txt, wc(txt))


# --------------------------------------------------------------------------
# HTML / MD / TXT
# --------------------------------------------------------------------------
def make_html(i):
    k = i % 4
    topic = TOPIC_NAMES[(i * 7) % len(TOPIC_NAMES)]
    if k == 0:
        title, paras = "Test page", [R.choice(FIXTURE_LINES)]
    elif k == 1:
        title = R.choice(["Opening hours", "About us", "Contact", "Our menu", "Club news"])
        paras = text_words(topic, pick_len())
    elif k == 2:
        title, paras = "Lorem Ipsum", [lorem_words(pick_len())]
    else:
        lang = R.choice(list(FOREIGN)) if i % 8 == 3 else None
        title = "Page" if not lang else {"de": "Startseite", "fr": "Accueil", "es": "Inicio", "ja": "ホーム"}[lang]
        paras = foreign_paras(lang, 2) if lang else sentences(topic, R.randint(1, 4))
    body = "".join(f"<p>{xesc(p)}</p>\n" for p in paras)
    if i % 5 == 2:
        body += "<table>\n<tr><th>Day</th><th>Open</th><th>Close</th></tr>\n" + "".join(
            f"<tr><td>{d}</td><td>9:00</td><td>17:00</td></tr>\n" for d in ["Mon", "Tue", "Wed", "Thu", "Fri"]) + "</table>\n"
    txt = (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{xesc(title)}</title>\n</head>\n'
           f'<body>\n<h1>{xesc(title)}</h1>\n{body}</body>\n</html>\n')
    write_text(f"web/{re.sub(r'[^a-z0-9]+', '_', title.lower()).strip('_') or 'page'}_{i:03d}.html", txt, wc([title] + paras))


def make_md(i):
    app = APPNAMES[i % len(APPNAMES)]
    desc = {"todo-app": "keeps a simple list of things to do", "recipe-box": "stores family recipes",
            "weather-widget": "shows the local forecast", "photo-gallery": "displays holiday photos",
            "budget-buddy": "tracks monthly spending", "book-tracker": "records books you have read",
            "plant-diary": "reminds you when to water your plants", "quiz-night": "runs a pub quiz scoreboard",
            "bus-times": "shows the next buses at your stop", "habit-tracker": "counts daily habits",
            "notes": "saves short notes", "shopping-list": "shares a shopping list with your household"}[app]
    txt = f"# {app}\n\nA small app that {desc}.\n\n## Install\n\n```\nnpm install\nnpm start\n```\n"
    if i % 2:
        txt += "\n## Usage\n\nOpen http://localhost:3000 in your browser.\n\n## Contributing\n\nPull requests are welcome. Please run the unit tests before opening one.\n"
    if i % 3 == 0:
        txt += "\n## License\n\nMIT\n"
    if i % 4 == 1:
        txt += "\n## Changelog\n\n- 0.2.0: dark mode\n- 0.1.1: fixed date display\n- 0.1.0: first release\n"
    write_text(f"readme/{app}_README_{i:03d}.md", txt, wc(txt))


def make_txt(i):
    k = i % 6
    topic = TOPIC_NAMES[(i * 5 + 1) % len(TOPIC_NAMES)]
    enc = "utf-8"
    if k == 0:
        txt = R.choice(FIXTURE_LINES) + "\n"
        name = f"notes/test_{i:03d}.txt"
    elif k == 1:
        txt = "\n\n".join(text_words(topic, pick_len())) + "\n"
        name = f"notes/{topic}_notes_{i:03d}.txt"
    elif k == 2:
        txt = "Shopping list\n" + "\n".join("- " + it for it, _ in R.sample(ITEMS, R.randint(3, 10))) + "\n"
        name = f"notes/shopping_list_{i:03d}.txt"
    elif k == 3:
        lang = R.choice(list(FOREIGN))
        txt = "\n".join(foreign_paras(lang, R.randint(1, 3))) + "\n"
        enc = {"de": "latin-1", "fr": "cp1252", "es": "utf-8", "ja": R.choice(["shift_jis", "utf-8"])}[lang]
        name = f"notes/memo_{lang}_{i:03d}.txt"
    elif k == 4:
        txt = lorem_words(pick_len()) + "\n"
        name = f"notes/lorem_{i:03d}.txt"
    else:
        txt = ("Meeting notes\nDate: " + f"{R.randint(1, 28)} {R.choice(MONTHS)} 2023\nAttendees: " + ", ".join(R.sample(FIRST, 4)) + "\n\n"
               + "\n".join("* " + s for s in sentences(topic, R.randint(2, 8))) + "\n\nNext meeting in two weeks.\n")
        name = f"notes/meeting_notes_{i:03d}.txt"
    write_text(name, txt, wc(txt), encoding=enc, newline="\r\n" if i % 4 == 0 else "\n")


# --------------------------------------------------------------------------
# EML
# --------------------------------------------------------------------------
def eml_date(n):
    d = dt.datetime(2023, 1, 1, 8, 0) + dt.timedelta(hours=37 * n)
    return d.strftime("%a, %d %b %Y %H:%M:%S +0000")


def base_headers(msg, i, subject, frm, to):
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = Header(subject, "utf-8").encode() if any(ord(c) > 127 for c in subject) else subject
    msg["Date"] = eml_date(i)
    msg["Message-ID"] = f"<{SEED}.{i}@mail.example.com>"
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"


def small_docx_bytes():
    d = docx.Document()
    d.add_paragraph(R.choice(["Agenda for Thursday", "Minutes attached", "Sample text"]))
    docx_set_props(d)
    b = io.BytesIO()
    d.save(b)
    return normalise_zip_bytes(b.getvalue())


def small_pdf_bytes(text):
    b = io.BytesIO()
    c = rlcanvas.Canvas(b, invariant=1)
    c.setFont("Helvetica", 12)
    c.drawString(72, 760, text)
    c.save()
    return b.getvalue()


def make_eml(i):
    k = i % 12
    a, b = person(), person()
    frm, to = f"{a} <{email_of(a)}>", f"{b} <{email_of(b)}>"
    bnd = f"=_boundary_{SEED}_{i}"
    words = 0
    if k == 0:  # newsletter html
        paras = text_words(R.choice(["gardening", "events", "sports", "cooking"]), pick_len())
        html = "<html><body><h1>Monthly newsletter</h1>" + "".join(f"<p>{xesc(p)}</p>" for p in paras) + '<p><a href="https://example.com/unsubscribe">Unsubscribe</a></p></body></html>'
        msg = MIMEMultipart("alternative", boundary=bnd)
        msg.attach(MIMEText("Monthly newsletter\n\n" + "\n\n".join(paras) + "\n\nUnsubscribe: https://example.com/unsubscribe", "plain", "utf-8"))
        msg.attach(MIMEText(html, "html", "utf-8"))
        base_headers(msg, i, f"{R.choice(['Garden club', 'Parish', 'Running club', 'Neighbourhood'])} newsletter - {R.choice(MONTHS)}", f"Newsletter <news@example.org>", to)
        words = wc(paras) + 4
        name = f"newsletter_{i:03d}.eml"
    elif k == 1:  # calendar invite
        ev = R.choice(EVENTS)
        start = dt.datetime(2023, R.randint(1, 12), R.randint(1, 28), R.randint(9, 17), 0)
        msg = MIMEMultipart("mixed", boundary=bnd)
        body = f"Hi {b.split()[0]},\n\nPlease find the invitation for {ev} on {start:%d %B at %H:%M}.\n\nThanks,\n{a.split()[0]}\n"
        msg.attach(MIMEText(body, "plain", "utf-8"))
        cal = MIMEText(ics_text(ev, start, 60, "Room 2", method="REQUEST"), "calendar", "utf-8")
        cal.set_param("method", "REQUEST")
        cal.add_header("Content-Disposition", "attachment", filename="invite.ics")
        msg.attach(cal)
        base_headers(msg, i, f"Invitation: {ev}", frm, to)
        words = wc(body) + 8
        name = f"invitation_{i:03d}.eml"
    elif k == 2:  # order confirmation
        shop = R.choice(SHOPS)
        its = R.sample(ITEMS, R.randint(1, 5))
        body = f"Thank you for your order!\n\nOrder number: {R.randint(100000, 999999)}\n\n" + "\n".join(f"{it}  {pr:.2f}" for it, pr in its) + \
               f"\n\nTotal: {sum(p for _, p in its):.2f}\n\nYour parcel will be dispatched within two working days.\n\n{shop}\n"
        msg = MIMEText(body, "plain", "utf-8")
        base_headers(msg, i, f"Order confirmation from {shop}", f"{shop} <orders@example.com>", to)
        words = wc(body)
        name = f"order_confirmation_{i:03d}.eml"
    elif k == 3:  # password reset
        body = (f"Hello {b.split()[0]},\n\nWe received a request to reset the password for your account.\n"
                f"Click the link below to choose a new password. The link expires in 24 hours.\n\nhttps://example.com/reset?token={R.randint(10**9, 10**10)}\n\n"
                "If you did not ask for this, you can ignore this email.\n")
        msg = MIMEText(body, "plain", "utf-8")
        base_headers(msg, i, "Reset your password", "Support <no-reply@example.com>", to)
        words = wc(body)
        name = f"password_reset_{i:03d}.eml"
    elif k == 4:  # digest
        posts = [(person(), s) for s in sentences(R.choice(TOPIC_NAMES), R.randint(2, 8))]
        body = "Today's topics:\n\n" + "".join(f"{n + 1}. Re: {s[:40]}\n" for n, (_, s) in enumerate(posts)) + "\n----------\n\n" + \
               "".join(f"Message: {n + 1}\nFrom: {p}\n\n{s}\n\n----------\n\n" for n, (p, s) in enumerate(posts))
        msg = MIMEText(body, "plain", "utf-8")
        base_headers(msg, i, f"Community-list Digest, Vol {R.randint(1, 20)}, Issue {R.randint(1, 60)}", "community-list-request@lists.example.org", to)
        msg["List-Id"] = "<community-list.lists.example.org>"
        words = wc(body)
        name = f"digest_{i:03d}.eml"
    elif k in (5, 6, 7, 8):  # attachments
        body = f"Hi,\n\n{R.choice(['Attached as promised.', 'Please see attached.', 'Here is the file we talked about.', 'Sending this over for Friday.'])}\n\nBest,\n{a.split()[0]}\n"
        msg = MIMEMultipart("mixed", boundary=bnd)
        msg.attach(MIMEText(body, "plain", "utf-8"))
        if k == 5:
            part = MIMEApplication(small_pdf_bytes(R.choice(["Hello World", "Receipt", "Minutes of the meeting"])), "pdf")
            fn = "document.pdf"
        elif k == 6:
            part = MIMEApplication(small_docx_bytes(), "vnd.openxmlformats-officedocument.wordprocessingml.document")
            fn = "agenda.docx"
        elif k == 7:
            part = MIMEText("name,score\n" + "".join(f"{R.choice(FIRST)},{R.randint(1, 20)}\n" for _ in range(5)), "csv", "utf-8")
            fn = "scores.csv"
        else:
            part = MIMEImage(tiny_png(24, 24, (R.randint(0, 255), 160, 200)), "png")
            fn = "photo.png"
        part.add_header("Content-Disposition", "attachment", filename=fn)
        msg.attach(part)
        base_headers(msg, i, R.choice(["Files", "Attached", "Re: the document", "Photo from Saturday", "Scores"]), frm, to)
        words = wc(body) + 5
        name = f"with_attachment_{fn.split('.')[-1]}_{i:03d}.eml"
    elif k == 9:  # multipart alternative personal mail
        paras = text_words(R.choice(TOPIC_NAMES), pick_len())
        msg = MIMEMultipart("alternative", boundary=bnd)
        msg.attach(MIMEText("\n\n".join(paras), "plain", "utf-8"))
        msg.attach(MIMEText("<html><body>" + "".join(f"<p>{xesc(p)}</p>" for p in paras) + "</body></html>", "html", "utf-8"))
        base_headers(msg, i, R.choice(["Catch up", "Weekend plans", "Quick update", "Re: Saturday", "Notes from today"]), frm, to)
        words = wc(paras)
        name = f"html_mail_{i:03d}.eml"
    elif k == 10:  # non-English
        lang = ["de", "fr", "ja", "es"][(i // 12) % 4]
        paras = foreign_paras(lang, R.randint(1, 3))
        subj = {"de": "Ihre Bestellung", "fr": "Votre commande", "ja": "ご注文の確認", "es": "Su pedido"}[lang]
        charset = {"de": "iso-8859-1", "fr": "utf-8", "ja": "iso-2022-jp", "es": "utf-8"}[lang]
        msg = MIMEText("\n\n".join(paras), "plain", charset)
        base_headers(msg, i, subj, frm, to)
        words = wc(paras)
        name = f"mail_{lang}_{i:03d}.eml"
    else:  # short personal
        body = R.choice(["See you at 7!", "Thanks!", "Running late, be there in ten.", "Can you call me back?", "Test", "Test email, please ignore."])
        msg = MIMEText(body + "\n", "plain", "utf-8")
        base_headers(msg, i, R.choice(["Hi", "test", "Tonight", "Quick question", "(no subject)"]), frm, to)
        words = wc(body)
        name = f"short_{i:03d}.eml"
    write_bytes("mail/" + name, msg.as_bytes(), words, "written")


# --------------------------------------------------------------------------
# non-English everyday files
# --------------------------------------------------------------------------
FOREIGN_TITLES = {
    "de": ["Einkaufsliste", "Protokoll", "Rezept", "Elternbrief", "Hausordnung", "Urlaubsplanung"],
    "fr": ["Liste de courses", "Compte rendu", "Recette", "Lettre aux parents", "Règlement intérieur", "Voyage"],
    "es": ["Lista de la compra", "Acta de la reunión", "Receta", "Carta a las familias", "Normas", "Viaje"],
    "ja": ["買い物リスト", "議事録", "レシピ", "お知らせ", "旅行の予定", "連絡事項"],
}
CSV_HEADERS = {"de": ["Datum", "Beschreibung", "Betrag"], "fr": ["Date", "Libellé", "Montant"],
               "es": ["Fecha", "Concepto", "Importe"], "ja": ["日付", "内容", "金額"]}


def make_foreign(i):
    lang = ["de", "fr", "es", "ja"][i % 4]
    fmt = ["txt", "eml", "html", "docx", "md", "csv", "pdf", "odt"][(i // 4) % 8]
    title = R.choice(FOREIGN_TITLES[lang])
    n = R.choice([1, 2, 3, 5, 8, 12])
    paras = foreign_paras(lang, n)
    slug = f"{lang}_{fmt}_{i:03d}"
    if fmt == "txt":
        enc = {"de": "utf-8", "fr": "latin-1", "es": "cp1252", "ja": "euc_jp"}[lang]
        write_text(f"intl/notiz_{slug}.txt", title + "\n\n" + "\n\n".join(paras) + "\n", encoding=enc)
    elif fmt == "eml":
        a, b = person(), person()
        msg = MIMEMultipart("alternative", boundary=f"=_intl_{SEED}_{i}")
        msg.attach(MIMEText("\n\n".join(paras), "plain", "utf-8"))
        msg.attach(MIMEText("<html><body>" + "".join(f"<p>{xesc(p)}</p>" for p in paras) + "</body></html>", "html", "utf-8"))
        base_headers(msg, 500 + i, title, f"{a} <{email_of(a)}>", f"{b} <{email_of(b)}>")
        write_bytes(f"intl/mail_{slug}.eml", msg.as_bytes(), wc(paras))
    elif fmt == "html":
        txt = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"><title>{xesc(title)}</title></head>\n<body>\n'
               f"<h1>{xesc(title)}</h1>\n" + "".join(f"<p>{xesc(p)}</p>\n" for p in paras) + "</body>\n</html>\n")
        write_text(f"intl/seite_{slug}.html", txt, wc([title] + paras))
    elif fmt == "docx":
        d = docx.Document()
        d.add_heading(title, 1)
        for p in paras:
            d.add_paragraph(p)
        docx_set_props(d, title=title)
        save_docx(f"intl/dokument_{slug}.docx", d, wc([title] + paras))
    elif fmt == "md":
        txt = f"# {title}\n\n" + "\n\n".join(paras) + "\n"
        write_text(f"intl/notes_{slug}.md", txt)
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=";" if lang in ("de", "fr") else ",", lineterminator="\n")
        w.writerow(CSV_HEADERS[lang])
        for d in range(R.randint(3, 15)):
            amt = f"{R.uniform(1, 90):.2f}"
            if lang in ("de", "fr", "es"):
                amt = amt.replace(".", ",")
            w.writerow([(dt.date(2023, 5, 1) + dt.timedelta(days=d)).strftime("%d.%m.%Y" if lang == "de" else "%d/%m/%Y" if lang != "ja" else "%Y/%m/%d"),
                        R.choice(FOREIGN[lang])[:30], amt])
        enc = {"de": "cp1252", "fr": "utf-8-sig", "es": "utf-8", "ja": "shift_jis"}[lang]
        write_text(f"intl/ausgaben_{slug}.csv", buf.getvalue(), encoding=enc)
    elif fmt == "pdf":
        rel = f"intl/brief_{slug}.pdf"
        c = pdf_canvas(rel, title=title)
        font = "HeiseiMin-W3" if lang == "ja" else "Helvetica"
        c.setFont(font, 14)
        c.drawString(60, 780, title)
        c.setFont(font, 11)
        y = 750
        for p in paras:
            chunks = [p[k:k + 40] for k in range(0, len(p), 40)] if lang == "ja" else re.findall(r".{1,85}(?:\s|$)", p)
            for line in chunks:
                c.drawString(60, y, line.strip())
                y -= 15
                if y < 60:
                    c.showPage()
                    c.setFont(font, 11)
                    y = 780
            y -= 6
        c.save()
        record(rel, wc([title] + paras))
    else:
        body = f'<office:text><text:h text:outline-level="1">{xesc(title)}</text:h>' + "".join(f"<text:p>{xesc(p)}</text:p>" for p in paras) + "</office:text>"
        write_bytes(f"intl/dokument_{slug}.odt", odf_zip("odt", body, title), wc([title] + paras))


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
PLAN = [
    (make_docx, 60), (make_xlsx, 40), (make_pptx, 30), (make_odt, 15), (make_ods, 12), (make_odp, 8),
    (make_rtf, 15), (lambda i: make_csv(i, ","), 30), (lambda i: make_csv(i + 100, "\t"), 10), (make_pdf, 70),
    (make_eml, 72), (make_ics, 15), (make_vcf, 12), (make_gpx, 8), (make_kml, 8), (make_geojson, 8),
    (make_svg, 12), (make_json, 15), (make_xml, 12), (make_yaml, 12), (make_toml, 8), (make_ini, 8),
    (make_log, 10), (make_html, 16), (make_md, 16), (make_txt, 36), (make_foreign, 40),
]

FORBIDDEN = re.compile(r"\b(ITAR|EAR99|ECCN|export[- ]control|classifier|defen[cs]e|munition|dual[- ]use|Enclave)\b", re.I)


def main():
    for sub in ["intl", "office", "data", "pdf", "mail", "calendar", "contacts", "geo", "images", "config", "logs", "web", "readme", "notes"]:
        d = os.path.join(HERE, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
    for fn, n in PLAN:
        for i in range(n):
            fn(i)
    # sanity: unique paths, no forbidden words in text-like files
    paths = [l[0] for l in LABELS]
    assert len(paths) == len(set(paths)), "duplicate paths"
    for rel, ext, _ in STATS:
        if ext in {"txt", "md", "html", "csv", "tsv", "json", "xml", "yaml", "yml", "toml", "ini", "log", "eml", "ics", "vcf", "rtf", "svg"}:
            raw = open(os.path.join(HERE, rel), "rb").read().decode("utf-8", "replace")
            m = FORBIDDEN.search(raw)
            assert not m, (rel, m.group(0))
    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["path", "jurisdiction", "category", "marked", "kind", "source"])
        for row in sorted(LABELS):
            w.writerow(row)
    # summary
    from collections import Counter
    by_ext = Counter(e for _, e, _ in STATS)
    bands = Counter()
    for _, _, wcount in STATS:
        bands["0-2" if wcount < 3 else "3-60" if wcount <= 60 else "61-200" if wcount <= 200 else "201-450" if wcount <= 450 else "451+"] += 1
    print("files:", len(STATS))
    print("by format:", dict(sorted(by_ext.items())))
    print("by length band (approx. words):", dict(bands))


if __name__ == "__main__":
    main()
