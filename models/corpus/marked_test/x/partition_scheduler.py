# Export Control: EAR / ECCN 4D001 / 15 CFR 730-774 - do not transfer to foreign persons or offshore repositories without trade compliance approval
"""Partition scheduler for the Mesa Alta cluster: packs jobs onto node groups by interconnect topology."""

from dataclasses import dataclass


@dataclass
class Job:
    name: str
    nodes: int
    walltime_h: float
    needs_gpu: bool = False


def pack(jobs, groups):
    """First-fit decreasing by node count; keeps each job inside one dragonfly group."""
    free = dict(groups)
    plan = {}
    for job in sorted(jobs, key=lambda j: j.nodes, reverse=True):
        for g, n in free.items():
            if n >= job.nodes:
                plan[job.name] = g
                free[g] = n - job.nodes
                break
    return plan

# Export Control: EAR / ECCN 4D001 / 15 CFR 730-774 - do not transfer to foreign persons or offshore repositories without trade compliance approval
