#!/usr/bin/env python3
"""Writes the hand-made csdac-pln responses in this folder, in the PSE's recorded shape.

Shape copied from the real files next to it: compact JSON, {"value": [...]} envelope, dtime
local END without seconds, dtime_utc with seconds, period labels "HH:MM - HH:MM" ending at
"24:00", the repeated autumn hour tagged "02a"/"03a", the spring quarter after the jump labelled
"02:00 - 03:15", publication_ts with ms and publication_ts_utc with us. Prices are invented.
Run: python3 make-recorded-shape.py
"""
import json
import random
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

WARSAW = ZoneInfo("Europe/Warsaw")
UTC = timezone.utc


def transitions(day):
    """The UTC instants where the local clock jumps on this day, if any."""
    found, t = [], datetime(day.year, day.month, day.day, tzinfo=WARSAW).astimezone(UTC) - timedelta(hours=3)
    for _ in range(30):
        if (t + timedelta(hours=1)).astimezone(WARSAW).utcoffset() != t.astimezone(WARSAW).utcoffset():
            found.append(t + timedelta(hours=1))
        t += timedelta(hours=1)
    return found


def end_label(end, day):
    """The PSE's local label of a period end: '24:00'-free, with the jump quirks of 3.3 / 3.4."""
    local = end.astimezone(WARSAW)
    for jump in transitions(day):
        forward = jump.astimezone(WARSAW).utcoffset() == timedelta(hours=2)
        if end == jump:
            return "02:00" if forward else "03:00"
        if not forward and jump < end <= jump + timedelta(hours=1):
            return f"{local.hour:02d}a:{local.minute:02d}"
    return local.strftime("%H:%M")


def rows(day, minutes, price_of, published):
    start = datetime(day.year, day.month, day.day, tzinfo=WARSAW).astimezone(UTC)
    after = day + timedelta(days=1)
    end_of_day = datetime(after.year, after.month, after.day, tzinfo=WARSAW).astimezone(UTC)
    out, t, i, start_label = [], start, 0, "00:00"
    while t < end_of_day:
        end = t + timedelta(minutes=minutes)
        label = end_label(end, day)
        midnight = end == end_of_day
        dtime = f"{after if midnight else day} {label}"
        utc_end_label = "24:00" if end.hour == 0 and end.minute == 0 else end.strftime("%H:%M")
        out.append({
            "dtime": dtime,
            "period": f"{start_label} - {'24:00' if midnight else label}",
            "csdac_pln": price_of(i),
            "dtime_utc": end.strftime("%Y-%m-%d %H:%M:%S"),
            "period_utc": f"{t.strftime('%H:%M')} - {utc_end_label}",
            "business_date": str(day),
            "publication_ts": published.astimezone(WARSAW).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
            "publication_ts_utc": published.strftime("%Y-%m-%d %H:%M:%S.%f"),
        })
        start_label, t, i = label, end, i + 1
    return out


def write(name, value):
    with open(name, "w") as f:
        f.write(json.dumps({"value": value}, separators=(",", ":")))
    print(name, len(value), "rows")


def five(x):
    return float(f"{x:.5f}")


random.seed(2025)
from datetime import date

# 2025-03-30, hourly market (4 equal quarters per hour), 92 rows, negative around noon
hourly = [five(random.uniform(-120, 650)) if 9 <= h <= 15 else five(random.uniform(250, 800)) for h in range(24)]
spring = rows(date(2025, 3, 30), 15, lambda i: hourly[i // 4], datetime(2025, 3, 29, 12, 51, 7, 342000, tzinfo=UTC))
write("csdac-pln_2025-03-30_spring-forward.json", spring)

# 2025-10-26, 15-minute market (every quarter its own price), 100 rows
autumn = rows(date(2025, 10, 26), 15, lambda i: five(random.uniform(-30, 900)), datetime(2025, 10, 25, 11, 49, 2, 118000, tzinfo=UTC))
write("csdac-pln_2025-10-26_fall-back.json", autumn)

# 2024-07-01 as one row per hour (the coordinator's "hourly fallback" shape), 24 rows
per_hour = rows(date(2024, 7, 1), 60, lambda i: five(random.uniform(300, 700)), datetime(2024, 6, 30, 12, 5, 10, 366000, tzinfo=UTC))
write("csdac-pln_2024-07-01_hourly-rows.json", per_hour)
