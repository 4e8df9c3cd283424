"""Analytic inverse kinematics for a two-link planar arm (desk robot kit)."""
from math import acos, atan2, cos, sin, hypot, degrees


def ik(x, y, l1=0.12, l2=0.10, elbow_up=True):
    d = hypot(x, y)
    if d > l1 + l2 or d < abs(l1 - l2):
        raise ValueError("target out of reach")
    c2 = (x * x + y * y - l1 * l1 - l2 * l2) / (2 * l1 * l2)
    q2 = acos(max(-1.0, min(1.0, c2)))
    if elbow_up:
        q2 = -q2
    q1 = atan2(y, x) - atan2(l2 * sin(q2), l1 + l2 * cos(q2))
    return q1, q2


def fk(q1, q2, l1=0.12, l2=0.10):
    return (l1 * cos(q1) + l2 * cos(q1 + q2), l1 * sin(q1) + l2 * sin(q1 + q2))


if __name__ == "__main__":
    q = ik(0.15, 0.08)
    print("joint angles:", [round(degrees(a), 1) for a in q])
    print("check:", fk(*q))
