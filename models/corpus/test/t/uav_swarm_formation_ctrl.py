"""Cooperative formation keeping and task reallocation for the Harrier-Wren loitering UAV group.

Each air vehicle runs this module in its vehicle management computer. The group shares state
over the mesh datalink at 10 Hz; no ground operator is required once the group is launched and
a target area is assigned. If a vehicle is lost, the remaining vehicles re-solve the assignment
and close the gap in the search lattice within two update cycles.
"""
from dataclasses import dataclass
import numpy as np

SEP_MIN_M = 60.0          # hard separation floor between any two vehicles
LATTICE_SPACING_M = 450.0 # nominal spacing of the search lattice (sensor footprint 500 m)
K_COHESION = 0.08
K_SEPARATION = 900.0
K_ALIGN = 0.3
STALE_S = 1.5             # a neighbour not heard for 1.5 s is treated as lost


@dataclass
class Peer:
    vid: int
    pos: np.ndarray   # NED, m
    vel: np.ndarray   # NED, m/s
    t_rx: float


def steering(own_pos, own_vel, slot, peers, now):
    """Velocity correction: attraction to the assigned lattice slot, repulsion from close peers,
    alignment with the group's mean heading. Peers older than STALE_S are dropped so a lost
    vehicle's slot becomes free for reassignment."""
    live = [p for p in peers if now - p.t_rx < STALE_S]
    dv = K_COHESION * (slot - own_pos)
    for p in live:
        d = own_pos - p.pos
        r = np.linalg.norm(d) + 1e-3
        if r < 3 * SEP_MIN_M:
            dv += K_SEPARATION * d / r**3
    if live:
        dv += K_ALIGN * (np.mean([p.vel for p in live], axis=0) - own_vel)
    return dv, live


def reassign(slots, vehicles):
    """Greedy auction: each vehicle bids its distance to each open slot; lowest bid wins.
    Deterministic (ties broken by vehicle id) so every vehicle computes the same answer
    without a leader."""
    open_slots = list(range(len(slots)))
    result = {}
    for vid, pos in sorted(vehicles.items()):
        best = min(open_slots, key=lambda s: (np.linalg.norm(slots[s] - pos), s))
        result[vid] = best
        open_slots.remove(best)
    return result
