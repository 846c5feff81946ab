"""Facts about this machine that engines size themselves by."""

from __future__ import annotations

import os
from pathlib import Path


def physical_cores() -> int:
    """Number of physical CPU cores (hyper-threads share a core's ALUs, so
    llama.cpp runs no faster on them). Falls back to the logical count."""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        cores: set[tuple[str, str]] = set()
        physical_id = core_id = ""
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            key, _, value = line.partition(":")
            key = key.strip()
            if key == "physical id":
                physical_id = value.strip()
            elif key == "core id":
                core_id = value.strip()
                cores.add((physical_id, core_id))
        if cores:
            return len(cores)
    return max(1, os.cpu_count() or 1)


def available_memory_bytes() -> int | None:
    """Memory the OS can hand out now, or None where it cannot be read."""
    meminfo = Path("/proc/meminfo")
    if meminfo.is_file():
        for line in meminfo.read_text(encoding="utf-8").splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None
