"""Does a source that is declared inside the enclave look like it?

``enclave.yaml`` says which sources are inside. What their backends report can contradict it:
data stored outside the United States, open to the public, or encrypted with the provider's
keys rather than the customer's. Each contradiction is a finding of its own, printed at the
start of a sweep and written to ``findings.jsonl``; it never stops the sweep.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

# Region / location names that keep data in the United States (GCS locations, S3 regions).
_US_PREFIXES = ("us", "nam")


@dataclass(frozen=True)
class Finding:
    source: str
    code: str            # POSTURE_NON_US_REGION | POSTURE_PUBLIC_ACCESS | POSTURE_NO_CMK ...
    detail: str

    def to_json(self) -> dict[str, str]:
        return {"source": self.source, "code": self.code, "detail": self.detail}


def _is_us(location: str) -> bool:
    loc = location.strip().lower()
    return loc.startswith(_US_PREFIXES)


def check_inside(spec: str, posture: Mapping[str, str]) -> list[Finding]:
    """Findings for a source declared inside the enclave, from what its backend reports."""
    out: list[Finding] = []
    for key in ("location", "region"):
        where = posture.get(key)
        if where and not _is_us(where):
            out.append(Finding(spec, "POSTURE_NON_US_REGION",
                               f"{key} {where} is outside the United States"))
    pap = posture.get("public_access_prevention")
    if pap is not None and pap.lower() != "enforced":
        out.append(Finding(spec, "POSTURE_PUBLIC_ACCESS",
                           f"public access prevention is {pap}, not enforced"))
    public = posture.get("public_access")
    if public is not None and public.lower() not in ("none", "off", "private"):
        out.append(Finding(spec, "POSTURE_PUBLIC_ACCESS", f"container public access is {public}"))
    blocks = {k: v for k, v in posture.items() if k.startswith("public_access_block.")}
    if any(v != "true" for v in blocks.values()):
        off = sorted(k.split(".", 1)[1] for k, v in blocks.items() if v != "true")
        out.append(Finding(spec, "POSTURE_PUBLIC_ACCESS",
                           f"S3 public access block not fully on ({', '.join(off)})"))
    if ("location" in posture or "region" in posture) and not posture.get("kms_key") \
            and "encryption_scope" not in posture:
        out.append(Finding(spec, "POSTURE_NO_CMK",
                           "no customer-managed encryption key by default"))
    return out
