"""How a category is cited: the regulation paragraph and its short heading, from the kb."""

from __future__ import annotations

import re

from classifiers.kb import load_kb

_USML = re.compile(r"^([IVX]+)((?:\([0-9a-z]+\))*)$")


def citation(category: str | None) -> tuple[str, str]:
    """(``22 CFR 121.1, Category XI(a)(3)``, heading) — or ("", "") for no category."""
    if not category:
        return "", ""
    if category == "EAR99":
        return "15 CFR 734.3(c) (EAR99)", "subject to the EAR, not on the Commerce Control List"
    kb = load_kb()
    m = _USML.match(category)
    if m:
        cat = kb.usml_category(m.group(1))
        if cat is None:
            return f"22 CFR 121.1, Category {category}", ""
        ladder = re.findall(r"\(([0-9a-z]+)\)", m.group(2))
        heading = ""
        for depth in range(len(ladder), 0, -1):
            heading = cat.headings.get(".".join(ladder[:depth]), "")
            if heading:
                break
        return f"22 CFR 121.1, Category {category}", heading or cat.title
    entry = kb.eccn(category[:5])
    return (f"15 CFR 774 Supp. 1, ECCN {category}", entry.heading if entry else "")
