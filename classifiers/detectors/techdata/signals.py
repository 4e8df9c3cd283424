"""The technical-data signals, declared: code, patterns, saturation and minimum count.

``saturation`` is the hit count at which a signal reaches about 63 % of its cap (see
``signal_score``); a signal that is decisive on its own (a tolerance callout) saturates fast, one
that is common in ordinary writing (a value with a unit) slowly. Patterns are case-insensitive
unless they say otherwise with ``(?-i:...)``; every pattern is anchored on something a general
text rarely has (a ± sign, a specification body, a process verb next to a temperature).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

_UNIT = (r"(?:mm|µm|um|nm|cm|m|in|inch|mil|thou|kg|g|N|kN|N·m|Nm|MPa|GPa|psi|ksi|bar|kPa|Pa|"
         r"°\s?[CF]|deg\s?[CF]|K|Hz|kHz|MHz|GHz|W|kW|mW|dB|dBm|dBi|V|VDC|VAC|mV|kV|A|mA|µA|s|ms|"
         r"µs|us|ns|rpm|lbf|lb|ft-lb|in-lb|%|mrad|µrad|urad|rad/s|deg/s|°/s|g's|Gy|nmi|km|W/m²)")
_NUMBER = r"[-+−]?\d+(?:[.,]\d+)?"


@dataclass(frozen=True)
class Signal:
    """One kind of technical-data form."""

    code: str
    patterns: tuple[str, ...]
    saturation: float
    min_count: int = 1
    flags: int = re.IGNORECASE | re.MULTILINE
    compiled: tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", tuple(re.compile(p, self.flags) for p in self.patterns))

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        """Spans of all hits, each position counted once even when two patterns agree."""
        seen: set[int] = set()
        for pattern in self.compiled:
            for match in pattern.finditer(text):
                if match.start() not in seen:
                    seen.add(match.start())
                    yield match.start(), match.end()


TOLERANCE = Signal("TD_TOLERANCE", (
    rf"(?:±|\+/-|\+/−|\+-)\s?\d+(?:\.\d+)?\s?{_UNIT}?",                 # ±0.05 mm, +/- 0.2 C
    r"\b\d+\.\d+\s?\+\s?\d*\.\d+\s?/\s?[-−]\s?\d*\.\d+",              # 12.700 +0.025/-0.000
    r"\btol(?:erance)?\b\.?\s?[:=]?\s?(?:±|\+/-)?\s?\d*\.\d+",          # TOL .005, tolerance 0.01
    r"\b(?:true position|flatness|perpendicularity|concentricity|runout|parallelism)\b[^.\n]{0,30}\d",
    r"\bRa\s?\d+(?:\.\d+)?\s?(?:µm|um|µin|uin)\b",                      # surface finish
), saturation=2.0)

MATERIAL_SPEC = Signal("TD_MATERIAL_SPEC", (
    r"\b(?:SAE\s)?AMS[-\s]?(?:QQ-[A-Z]-)?\d{4}[A-Z]?\b",                # AMS 4928, AMS-QQ-A-250
    r"\bMIL-(?:DTL|PRF|STD|SPEC|HDBK|[A-Z])-\d{3,6}[A-Z]?\b",          # MIL-DTL-5541
    r"\bASTM\s?[A-G]\d{1,4}\b",                                         # ASTM B117
    r"\b(?:QQ|BMS|DMS|PWA|GE\sB50)[-\s]?[A-Z]?\d{1,5}(?:-\d+)?\b",
    r"\b(?:2014|2024|2219|5083|6061|7049|7050|7075|7175|7475)-T\d{1,5}\b",  # 7075-T73
    r"\bTi-?\d{1,2}Al-?\d{1,2}(?:V|Sn|Mo|Zr)\S*",                       # Ti-6Al-4V
    r"\b(?:Inconel|Incoloy|Hastelloy|Waspaloy|Haynes|Rene|René|CMSX|PWA|MAR-M|Udimet)[-\s]?\d{1,4}\w*",
    r"\b(?:17-4|15-5|13-8)\s?PH\b|\b(?:300M|4340|9310|A286|Kovar|Invar)\b",
), saturation=2.0)

PART_NUMBER = Signal("TD_PART_NUMBER", (
    r"\b(?:P/N|PN|part\s?(?:no\.?|number|#))\s?[:#]?\s?[A-Z0-9]{1,6}[-/.]?[A-Z0-9][-A-Z0-9/.]{2,20}",
    r"\b(?:NSN|CAGE)\s?[:#]?\s?[0-9A-Z]{4,5}(?:-\d{2}-\d{3}-\d{4})?\b",
    r"\b(?:NAS|MS|AN)\d{2,5}(?:-\d{1,3}[A-Z]?)+\b",                    # NAS1352-3, MS21042-3
), saturation=3.0)

DRAWING = Signal("TD_DRAWING", (
    r"\b(?:dwg|drawing)\s?(?:no\.?|number|#)\s?[:#]?\s?[A-Z0-9][-A-Z0-9]{3,}",
    r"\bunless otherwise specified\b",
    r"\b(?:third|first)[-\s]angle projection\b",
    r"\bASME\sY14\.\d+M?\b|\bISO\s(?:1101|2768|128)\b",
    r"\bsheet\s\d+\sof\s\d+\b",
    r"\bscale\s?[:=]?\s?\d+\s?:\s?\d+\b",
    r"\bbreak (?:all )?sharp edges\b|\bdimensions (?:are )?in (?:mm|millimet|inch)",
    r"\btitle ?block\b|\brev(?:ision)?\s?[:.]?\s?(?-i:[A-HJ-NP-Z])\b[^\n]{0,40}\b(?:ECO|ECN|approved|drawn|checked)\b",
), saturation=2.0)

TEST_PROCEDURE = Signal("TD_TEST_PROCEDURE", (
    r"^\s*step\s?\d{1,3}\s?[:.)-]",                                      # Step 4: apply ...
    r"^\s*\d{1,3}(?:\.\d{1,2})?[.)]?\s+(?:apply|set|verify|measure|record|connect|disconnect|power|"
    r"torque|remove|install|check|adjust|present|warm|calibrate|inspect|ensure|start|stop|"
    r"increase|decrease|reduce|hold|repeat|monitor|energi[sz]e|de-energi[sz]e|cycle|load|"
    r"unload|mount|align|zero|wait|soak|ramp|purge|pressuri[sz]e|depressuri[sz]e)\b",
    r"\b(?:acceptance test procedure|pass/fail criteri|test set-?up|test conditions?:|"
    r"acceptance criteri|shall be tested|test sequence)",
), saturation=3.0, min_count=2)

SOURCE_CODE = Signal("TD_SOURCE_CODE", (
    r"^\s*(?:def|class)\s+\w+\s*[(:]",                                  # Python
    r"^\s*(?:#include\s*[<\"]|#define\s+\w+|#pragma\b)",                # C / C++
    r"^\s*(?:from\s+[\w.]+\s+import\s+\w|import\s+[\w.]+(?:\s+as\s+\w+)?\s*;?\s*$)",
    r"^\s*(?:public|private|protected|static|void|int|float|double|uint\d+_t|int\d+_t|const|"
    r"struct|enum|fn|let|var|func|function)\b[^\n]*[;{(=]\s*$",
    r"^\s*(?:for|while|if|switch)\s*\([^\n]*\)\s*\{?\s*$",
    r"^\s*(?:return\b[^\n]*;|\}\s*(?:else\b[^\n]*)?\{?\s*$)",
    r"^\s*(?:entity|architecture|always\s*@|assign|module)\b[^\n]*(?:is|;|\()\s*$",  # VHDL / Verilog
    r"^\s*[A-Za-z_][\w.]*(?:\[[^\]\n]*\])?(?:\s*,\s*\w+)*\s*[-+*/|&]?=\s*[^\n=]*[\w)\]]\s*;?\s*$"
    r"(?<=[;)\]])",                                                    # x = f(y); a[i] = b[j]
    r"^\s*[A-Za-z_][\w.]*\([^\n]*\)\s*;?\s*$",                      # a call statement
    r"^\s*```\s*[A-Za-z+#]+\s*$",                                      # fenced code block
), saturation=6.0, min_count=3)

PROCESS_PARAMETER = Signal("TD_PROCESS_PARAMETER", (
    r"\b(?:heat[-\s]?treat\w*|anneal\w*|age[ds]?|aging|ageing|solution(?:ize|ise|ing)?\w*|cure[ds]?|"
    r"curing|sinter\w*|braz\w+|temper(?:ed|ing)|stress[-\s]reliev\w*|HIP|hot isostatic\w*|"
    r"quench\w*|bake[ds]?|baking|vacuum melt\w*|cast(?:ing)?|pour(?:ed|ing)?|plasma spray\w*|"
    r"deposit\w*|anodi[sz]\w*|plat(?:e|ed|ing)|etch\w*|forg\w+|extru\w+)\b[^.\n]{0,40}?"
    rf"\d+(?:\.\d+)?\s?°\s?[CFK]\b",
    r"\b\d+(?:\.\d+)?\s?°\s?[CF]\s(?:for|during|x)\s\d+(?:\.\d+)?\s?(?:h|hr|hrs|hours?|min|minutes?)\b",
    r"\btorque\s(?:to\s)?\d+(?:\.\d+)?\s?(?:N·m|Nm|in-lb|ft-lb|lbf-in|lbf-ft|in\.?-?lbs?)\b",
    r"\b(?:withdrawal|pour|cooling|heating|ramp|feed|spindle|deposition)\s(?:rate|speed|temperature)"
    r"\s?(?:of|at|:|=)?\s?\d+(?:\.\d+)?",
), saturation=2.0)

PARAMETER_TABLE = Signal("TD_PARAMETER_TABLE", (
    rf"(?<![\w.]){_NUMBER}\s?{_UNIT}(?![\w])",
), saturation=25.0, min_count=8, flags=re.MULTILINE)

SIGNALS: tuple[Signal, ...] = (
    TOLERANCE, MATERIAL_SPEC, PART_NUMBER, DRAWING, TEST_PROCEDURE, SOURCE_CODE,
    PROCESS_PARAMETER, PARAMETER_TABLE,
)
