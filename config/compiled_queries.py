"""Hot querysets compiled once per process: the ORM stays the one definition of each query.

On the study loop's reads the ORM spends about a millisecond building a queryset
(resolving filters through joins) and compiling it to SQL, ten to twenty times what
SQLite spends running it. A `CompiledQuery` builds its queryset once with sentinel
values standing in for the parameters, compiles it, remembers where each sentinel
landed among the statement's parameters, and from then on only binds the real
values, runs the statement and builds the rows as the queryset would.

The statement's placeholders are named once (`named_placeholders`) and its values
passed by name: Django's SQLite backend then formats a statement with them rather
than rescanning it with a regular expression on every run, which cost 15 to 25 µs a
statement of 1 to 2 KB (a study request runs three or four of them).

Only scalar values are bound: int, str, datetime and date. Every other argument
(None, a bool, a tuple) can change the statement's shape, so it is part of the cache
key and the queryset is compiled once for each, as is every value of an argument named in
`shape` (a slice's bound, which Django writes into the statement). `build` must depend on
its arguments alone.
"""

import copy
import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Model, QuerySet
from django.db.models.base import DEFERRED
from django.db.models.query import get_related_populators
from django.db.models.sql.compiler import SQLCompiler

BOUND_TYPES = (int, str, datetime.datetime, datetime.date)


# Django's own pattern for a "format" placeholder (django.db.backends.sqlite3.base): %s, not %%s.
_PLACEHOLDER = re.compile(r"(?<!%)%s")


def named_placeholders(sql: str, count: int) -> tuple[str, tuple[str, ...]]:
    """`sql` with its `count` %s placeholders named (%(p0)s, %(p1)s…), and the names: run with
    a dict of values, as PostgreSQL's driver and Django's SQLite backend both accept."""
    if len(_PLACEHOLDER.findall(sql)) != count:
        raise TypeError("The statement's placeholders are not its parameters.")
    names = tuple(f"p{n}" for n in range(count))
    found = iter(names)
    return _PLACEHOLDER.sub(lambda _match: f"%({next(found)})s", sql), names


@dataclass(frozen=True)
class _Compiled:
    sql: str  # with named placeholders, run with a dict of `names` → values
    names: tuple[str, ...]
    params: tuple
    # (position among the parameters, argument name, adapter turning a value into the parameter)
    slots: tuple[tuple[int, str, Callable[[Any], Any]], ...]
    compiler: SQLCompiler
    fetch_mode: Any
    # Each column's converters (position → (converters, expression)), found once: finding
    # them costs more than running a small statement. None when the rows need Django's own
    # conversion (composite columns).
    converters: dict | None
    # The select_related objects' populators, built once when they keep no state between
    # rows (a fetch mode that tracks peers collects each statement's instances in them).
    populators: list | None
    # The main model's columns among the row's, and how its values become every field's
    # (see `_every_field`): worked out once. None when the statement yields no models.
    init_list: list[str] | None
    expand: Callable[[tuple], list] | None


def _is_bound(value) -> bool:
    return isinstance(value, BOUND_TYPES) and not isinstance(value, bool)


def _sentinel(value, n: int):
    """A value of `value`'s type that nothing else in a statement holds."""
    if isinstance(value, int):
        # Within every integer field's range: Django compiles an out-of-range value to no SQL.
        return 31_000 + n
    if isinstance(value, str):
        return f"\x1fcompiled-query-sentinel-{n}\x1f"
    if isinstance(value, datetime.datetime):
        return datetime.datetime(1901, 2, 3, 4, 5, n % 60, 271_828 + n, tzinfo=datetime.UTC)
    return datetime.date(1901, 1, 1) + datetime.timedelta(days=n)


class CompiledQuery:
    def __init__(self, build: Callable[..., QuerySet], *, shape: tuple[str, ...] = ()):
        self.build = build
        self.shape = frozenset(shape)
        self._cache: dict[tuple, _Compiled] = {}

    def _binds(self, name: str, value) -> bool:
        return name not in self.shape and _is_bound(value)

    def _compiled(self, using: str, values: dict) -> _Compiled:
        connection = connections[using]
        key = (
            using,
            connection.vendor,
            tuple(
                (name, type(value) if self._binds(name, value) else value)
                for name, value in sorted(values.items())
            ),
        )
        if (compiled := self._cache.get(key)) is not None:
            return compiled
        sentinels, compiler, sql, params, fetch_mode = self._compile(using, values, offset=0)
        # Compiled again with other sentinels: every parameter that changes must be one the
        # sentinels landed on, else the queryset transformed a value (a LIKE pattern, say).
        others, _, other_sql, other_params, _ = self._compile(using, values, offset=700)
        ops = connection.ops
        adapters = (lambda value: value, ops.adapt_datetimefield_value, ops.adapt_datefield_value)
        slots = []
        for position, param in enumerate(params):
            for name, sentinel in sentinels.items():
                adapter = next((adapt for adapt in adapters if _same(adapt, sentinel, param)), None)
                if adapter is not None:
                    slots.append((position, name, adapter))
                    break
        # A constant that happens to equal a sentinel stays put in the second statement.
        if any(
            not _equal(adapt(others[name]), other_params[position])
            for position, name, adapt in slots
        ):
            raise TypeError("A sentinel collided with a constant of the statement.")
        bound = {position for position, _, _ in slots}
        changed = {
            n for n, (a, b) in enumerate(zip(params, other_params, strict=True)) if not _equal(a, b)
        }
        if other_sql != sql or not changed <= bound:
            raise TypeError("Cannot bind these values: the queryset transforms them.")
        columns = [column[0] for column in compiler.select[: compiler.col_count]] if sql else []
        named_sql, names = named_placeholders(sql, len(params)) if sql else ("", ())
        init_list = expand = None
        if sql and compiler.klass_info:
            start, end = _main_columns(compiler.klass_info)
            init_list = [column[0].target.attname for column in compiler.select[start:end]]
            expand = _every_field(compiler.klass_info["model"], init_list)
        compiled = _Compiled(
            sql=named_sql,
            names=names,
            params=tuple(params),
            slots=tuple(slots),
            compiler=compiler,
            fetch_mode=fetch_mode,
            converters=(
                None if compiler.has_composite_fields(columns) else compiler.get_converters(columns)
            ),
            populators=(
                _populators(compiler.klass_info, compiler.select, using, fetch_mode)
                if sql and compiler.klass_info and not fetch_mode.track_peers
                else None
            ),
            init_list=init_list,
            expand=expand,
        )
        self._cache[key] = compiled
        return compiled

    def _compile(self, using: str, values: dict, *, offset: int):
        sentinels = {
            name: _sentinel(value, offset + n)
            for n, (name, value) in enumerate(sorted(values.items()))
            if self._binds(name, value)
        }
        queryset = self.build(**{**values, **sentinels}).using(using)
        compiler = queryset.query.get_compiler(using=using)
        try:
            sql, params = compiler.as_sql()
        except EmptyResultSet:  # a queryset that can match nothing (`.none()`) runs no SQL
            sql, params = "", ()
        return sentinels, compiler, sql, params, queryset._fetch_mode

    def _run(self, using: str, values: dict) -> tuple[_Compiled, SQLCompiler, list]:
        compiled = self._compiled(using, values)
        if not compiled.sql:
            return compiled, compiled.compiler, []
        params = list(compiled.params)
        for position, name, adapt in compiled.slots:
            params[position] = adapt(values[name])
        connection = connections[using]
        # The cached compiler lends its column list and converters; the connection is this thread's.
        compiler = copy.copy(compiled.compiler)
        compiler.connection = connection
        with connection.cursor() as cursor:
            cursor.execute(compiled.sql, dict(zip(compiled.names, params, strict=True)))
            rows = cursor.fetchall()
        if compiled.converters is None:
            return compiled, compiler, list(compiler.results_iter([rows]))
        if compiled.converters:
            rows = compiler.apply_converters(rows, compiled.converters)
        return compiled, compiler, list(map(tuple, rows))

    def rows(self, *, using: str = DEFAULT_DB_ALIAS, **values) -> list[tuple]:
        """The statement's rows as tuples, converted as the queryset converts them."""
        return self._run(using, values)[2]

    def models(self, *, using: str = DEFAULT_DB_ALIAS, **values) -> list[Model]:
        """Model instances, with select_related objects and annotations, as the queryset yields."""
        compiled, compiler, rows = self._run(using, values)
        if not rows:
            return []
        select, klass_info = compiler.select, compiler.klass_info
        start, end = _main_columns(klass_info)
        init_list, expand = compiled.init_list, compiled.expand
        from_db = partial(klass_info["model"].from_db, fetch_mode=compiled.fetch_mode)
        populators = compiled.populators
        if populators is None:
            populators = _populators(klass_info, select, using, compiled.fetch_mode)
        instances = []
        for row in rows:
            instance = from_db(using, init_list, expand(row[start:end]))
            for populator in populators:
                populator.populate(row, instance)
            for name, position in compiler.annotation_col_map.items():
                setattr(instance, name, row[position])
            instances.append(instance)
        return instances


def _main_columns(klass_info: dict) -> tuple[int, int]:
    return klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1


def _every_field(model: type[Model], init_list: list[str]) -> Callable[[tuple], list]:
    """Turn a row's values of `init_list` into the values of each of the model's concrete
    fields, DEFERRED for a column not read: what `Model.from_db` builds on every call by
    looking each field up in the list of names (11 of the 16 µs it takes for a question
    read with 12 of its 27 columns). Given all of them, `from_db` goes straight to the
    model's constructor, with the same values."""
    fields = model._meta.concrete_fields
    if [field.attname for field in fields] == init_list:
        return list
    where = {name: n for n, name in enumerate(init_list)}
    positions = tuple(where.get(field.attname) for field in fields)
    return lambda values: [DEFERRED if n is None else values[n] for n in positions]


def _populators(klass_info, select, using: str, fetch_mode) -> list:
    """Django's select_related populators, each building its model from every field's value
    (see `_every_field`)."""
    return _expanded(get_related_populators(klass_info, select, using, fetch_mode))


def _expanded(populators: list) -> list:
    for populator in populators:
        expand = _every_field(populator.model_cls, populator.init_list)
        populator.from_db = partial(_from_every_field, populator.from_db, expand)
        _expanded(populator.related_populators)
    return populators


def _from_every_field(from_db, expand, db: str, init_list: list[str], values):
    return from_db(db, init_list, expand(values))


def _same(adapt, sentinel, param) -> bool:
    try:
        return adapt(sentinel) == param
    except (TypeError, ValueError, AttributeError):
        return False


def _equal(a, b) -> bool:
    # A driver's wrapper (psycopg's Jsonb) compares by identity: its repr shows what it holds.
    return a == b or (type(a) is type(b) and repr(a) == repr(b))
