"""Hot single-row writes compiled once per process: Django's compiler writes each statement.

`Model.save()` builds an insert or update query and compiles it on every call, about
0.15 ms, as long as SQLite takes to run it. `insert` and `update` do what `save()`
and `save(update_fields=...)` do for a plain model, but compile the statement once
(by Django's own compiler, from the first instance written) and afterwards only
prepare the values, each through its field as the compiler does. The first
compilation checks that the values prepared this way are the compiler's own.

Like compiled queries, the statements run with named placeholders (see
config/compiled_queries.py: Django's SQLite backend would rescan each with a regular
expression on every run).

A model that is not plain falls back to `save()`: one with save signal receivers,
generated or database-default columns, or a primary key that is not an auto field.
"""

from collections.abc import Sequence

from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.models import Model, signals
from django.db.models.fields import AutoFieldMixin
from django.db.models.sql import InsertQuery, UpdateQuery

from config.compiled_queries import _equal, named_placeholders

# Each statement with its placeholders named, and their names.
_statements: dict[tuple, tuple[str, tuple[str, ...]]] = {}


def _plain(model: type[Model]) -> bool:
    meta = model._meta
    return (
        isinstance(meta.pk, AutoFieldMixin)
        and not any(f.generated or f.has_db_default() for f in meta.concrete_fields)
        and not any(signal.has_listeners(model) for signal in (signals.pre_save, signals.post_save))
    )


def _checked(statement: str, params: Sequence, expected: Sequence) -> tuple[str, tuple[str, ...]]:
    if len(params) != len(expected) or not all(map(_equal, params, expected)):
        raise TypeError("The compiler prepares these values differently: cannot bind them.")
    return named_placeholders(statement, len(params))


def insert(instance: Model, *, using: str = DEFAULT_DB_ALIAS) -> None:
    """Insert a new row for `instance` and set its primary key, as `instance.save()` would."""
    model = type(instance)
    connection = connections[using]
    meta = model._meta
    if (
        not _plain(model)
        or instance.pk is not None
        or not connection.features.can_return_columns_from_insert
    ):
        instance.save(using=using)
        return
    instance._prepare_related_fields_for_save(operation_name="save")
    fields = [f for f in meta.local_concrete_fields if f is not meta.auto_field]
    key = ("insert", model, using, connection.vendor)
    if (compiled := _statements.get(key)) is None:
        query = InsertQuery(model)
        query.insert_values(fields, [instance])
        compiler = query.get_compiler(using=using)
        compiler.returning_fields = [meta.pk]
        [(sql, compiled_params)] = compiler.as_sql()
        # The compiler ran each field's pre_save (an auto_now field took its time): the values
        # it left on the instance, prepared here, must be its parameters.
        params = [f.get_db_prep_save(getattr(instance, f.attname), connection) for f in fields]
        compiled = _statements[key] = _checked(sql, params, compiled_params)
    else:
        params = [f.get_db_prep_save(f.pre_save(instance, True), connection) for f in fields]
    statement, names = compiled
    with connection.cursor() as cursor:
        cursor.execute(statement, dict(zip(names, params, strict=True)))
        [(pk,)] = connection.ops.fetch_returned_rows(cursor, [])
    setattr(instance, meta.pk.attname, pk)
    instance._state.adding = False
    instance._state.db = using


def update(instance: Model, *, fields: Sequence[str], using: str = DEFAULT_DB_ALIAS) -> None:
    """Write `fields` of a saved instance, as `instance.save(update_fields=fields)` would."""
    model = type(instance)
    connection = connections[using]
    if not _plain(model) or instance.pk is None:
        instance.save(using=using, update_fields=fields)
        return
    meta = model._meta
    columns = [meta.get_field(name) for name in fields]
    values = [field.pre_save(instance, False) for field in columns]
    params = [
        field.get_db_prep_save(value, connection)
        for field, value in zip(columns, values, strict=True)
    ]
    params.append(meta.pk.get_db_prep_value(instance.pk, connection))
    # Compiled for each pattern of NULLs: a compiler may write None as a literal NULL.
    nulls = tuple(value is None for value in values)
    key = ("update", model, tuple(fields), nulls, using, connection.vendor)
    if (compiled := _statements.get(key)) is None:
        query = UpdateQuery(model)
        query.add_update_fields(
            [(field, None, value) for field, value in zip(columns, values, strict=True)]
        )
        query.add_filter("pk", instance.pk)
        sql, compiled_params = query.get_compiler(using=using).as_sql()
        compiled = _statements[key] = _checked(sql, params, compiled_params)
    statement, names = compiled
    with connection.cursor() as cursor:
        cursor.execute(statement, dict(zip(names, params, strict=True)))
        if cursor.rowcount == 0:
            raise DatabaseError("Save with update_fields did not affect any rows.")
    instance._state.adding = False
    instance._state.db = using
