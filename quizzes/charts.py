"""Geometry for the dashboard's server-rendered SVG charts (no JavaScript, no CDN)."""

from dataclasses import dataclass
from datetime import date, timedelta

CELL = 11
GAP = 2
BAR_WIDTH = 14
CHART_HEIGHT = 120


@dataclass(frozen=True)
class HeatCell:
    x: int
    y: int
    day: date
    count: int
    level: int

    @property
    def label(self) -> str:
        # Built here rather than with the date filter: a year has 371 cells.
        return f"{self.day.isoformat()}: {self.count}"


@dataclass(frozen=True)
class Heatmap:
    cells: list[HeatCell]
    width: int
    height: int
    months: list[tuple[int, date]]
    total: int
    active_days: int
    busiest: tuple[date, int] | None


def heatmap(counts: dict[date, int], *, today: date, days: int = 365) -> Heatmap:
    """One square per day, a column per week (Monday on top), shaded in five levels."""
    first = today - timedelta(days=days - 1)
    start = first - timedelta(days=first.weekday())
    peak = max(counts.values(), default=0)
    cells, months = [], []
    day = start
    while day <= today:
        column = (day - start).days // 7
        if day.day == 1 and day >= first:
            months.append((column * (CELL + GAP), day))
        count = counts.get(day, 0) if day >= first else 0
        level = 0 if not count else min(4, 1 + (4 * count - 1) // max(peak, 1))
        cells.append(
            HeatCell(column * (CELL + GAP), day.weekday() * (CELL + GAP), day, count, level)
        )
        day += timedelta(days=1)
    in_window = {day: count for day, count in counts.items() if first <= day <= today}
    busiest = max(in_window.items(), key=lambda item: (item[1], item[0])) if in_window else None
    columns = (today - start).days // 7 + 1
    return Heatmap(
        cells=cells,
        width=columns * (CELL + GAP),
        height=7 * (CELL + GAP),
        months=months,
        total=sum(in_window.values()),
        active_days=len([c for c in in_window.values() if c]),
        busiest=busiest,
    )


@dataclass(frozen=True)
class Bar:
    x: int
    y: int
    height: int
    day: date
    count: int

    @property
    def label(self) -> str:
        return f"{self.day.isoformat()}: {self.count}"


@dataclass(frozen=True)
class BarChart:
    bars: list[Bar]
    width: int
    height: int
    peak: int
    total: int


def bar_chart(series: list[tuple[date, int]]) -> BarChart:
    peak = max((count for _day, count in series), default=0)
    bars = []
    for index, (day, count) in enumerate(series):
        height = round(CHART_HEIGHT * count / peak) if peak else 0
        bars.append(Bar(index * (BAR_WIDTH + GAP), CHART_HEIGHT - height, height, day, count))
    return BarChart(
        bars=bars,
        width=len(series) * (BAR_WIDTH + GAP),
        height=CHART_HEIGHT,
        peak=peak,
        total=sum(count for _day, count in series),
    )
