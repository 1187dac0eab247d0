"""What each API endpoint returns, as JSON Schema for the OpenAPI document (``/api/openapi.json``).

The routes return plain dicts (``views``) through a fast JSON response, so FastAPI cannot infer their shape;
these schemas say it, by path, for a reader of the API document and for clients generated from it. They
describe, they do not validate: extra fields may appear (``additionalProperties`` is left open).
"""

from __future__ import annotations

from typing import Any

Schema = dict[str, Any]


def _obj(props: dict[str, Schema], required: tuple[str, ...] = (), about: str = "") -> Schema:
    out: Schema = {"type": "object", "properties": props}
    if required:
        out["required"] = list(required)
    if about:
        out["description"] = about
    return out


STR: Schema = {"type": "string"}
OPT_STR: Schema = {"type": ["string", "null"]}
INT: Schema = {"type": "integer"}
NUM_OR_NULL: Schema = {"type": ["number", "null"]}
BOOL: Schema = {"type": "boolean"}
DAY: Schema = {"type": ["string", "null"], "format": "date", "description": "YYYY-MM-DD"}
STRS: Schema = {"type": "array", "items": STR}


def _page(item: Schema, about: str) -> Schema:
    return _obj({"items": {"type": "array", "items": item}, "total": {**INT, "description": "how many match in all"},
                 "limit": INT, "offset": INT}, ("items", "total", "limit", "offset"), about)


COUNTED_AT = {**OPT_STR, "description": "when the stored counts were counted, by the last refresh of the web's "
                                         "tables (UTC, e.g. 2026-12-07T12:00:00Z); null: counted for this answer"}


def _counted(schema: Schema) -> Schema:
    """A page of findings also counts their comparisons; unfiltered, as of the last refresh."""
    schema["properties"]["comparisons"] = {**INT, "description": "how many comparisons the matching findings hold"}
    schema["properties"]["total"] = {**INT, "description": "how many match in all; with no filter, as of the last "
                                                           "refresh (`counted_at`): the items are read now, so a "
                                                           "page past `total` may still hold rows, or none"}
    schema["properties"]["counted_at"] = COUNTED_AT
    return schema


SERIES_SUMMARY = _obj({
    "key": {**STR, "description": "event/group/place, e.g. evacuated/civilians/Aleppo/east"},
    "label": {**STR, "description": "the key in words: evacuated · civilians · Aleppo (east)"},
    "event": STR, "group": STR, "place": OPT_STR,
    "claims": INT, "reports": {**INT, "description": "claims with copies counted once"},
    "parties": INT, "first": DAY, "last": DAY,
}, ("key", "claims", "reports", "parties"), "A series: one quantity counted over time.")

FINDING = _obj({
    "id": INT, "type": {**STR, "enum": ["contradiction", "revision", "part_whole", "running_total", "stock_flow",
                                        "syndication", "carrier_mismatch"]},
    "severity": {**STR, "enum": ["info", "warning", "alert"]},
    "key": {**STR, "description": "the series key (keys joined by ' & ')"},
    "explanation": {**STR, "description": "one plain sentence naming the figures"},
    "computation": {**STR, "description": "the arithmetic, written out"},
    "numbers": {"type": "object", "additionalProperties": {"type": "number"}},
    "parties": STRS, "claims": STRS, "latest": DAY,
    "claim_details": {"type": "array", "items": _obj({
        "id": STR, "figure": OPT_STR, "sentence": OPT_STR, "party": OPT_STR, "party_key": OPT_STR,
        "outlet": OPT_STR, "published": DAY})},
}, ("type", "severity", "key", "explanation", "claims"), "A result of a check, with the claims behind it.")

FINDING_GROUP = _obj({
    **FINDING["properties"],
    "group": {**INT, "description": "the group: the smallest stored id of its comparisons (findings.group_id)"},
    "claims": {**STRS, "description": "every claim of the group, once"},
    "summary": {**OPT_STR, "description": "with two comparisons or more: who gave which figure on which day"},
    "comparisons": {"type": "array", "items": FINDING, "description": "every comparison, the head first"},
}, ("type", "severity", "key", "explanation", "claims", "comparisons"),
    "A finding: comparisons resting on shared claims, with its most serious comparison's fields (the head).")

REPORT = _obj({
    "id": STR, "party": STR, "party_name": STR, "low": NUM_OR_NULL, "high": NUM_OR_NULL, "approx": BOOL,
    "qualifier": OPT_STR, "figure": {**STR, "description": "the figure as the text gives it"}, "category": STR,
    "kind": {"type": ["string", "null"], "enum": ["stock", "cumulative", "increment", None]},
    "start": DAY, "end": {**DAY, "description": "null: undated"}, "expected": BOOL, "copies": INT,
    "carriers": STRS, "claims": STRS, "sentence": STR, "outlet": OPT_STR, "published": DAY,
}, ("id", "party", "low", "high", "figure", "claims"), "One party's figure for one period (copies counted once).")

SETTLED = _obj({"key": STR, "low": NUM_OR_NULL, "high": NUM_OR_NULL, "as_of": DAY, "note": STR},
               ("key",), "A figure settled by a user for a series.")

PARTY_REF = _obj({"key": STR, "name": STR, "kind": STR})

CLAIM = _obj({
    "id": STR, "doc_id": STR, "start": INT, "end": INT, "figure": STR, "low": NUM_OR_NULL, "high": NUM_OR_NULL,
    "approx": BOOL, "qualifier": OPT_STR, "category": STR, "group": STR, "event": STR, "modality": STR,
    "location": OPT_STR, "place": OPT_STR, "period_kind": OPT_STR, "period": OPT_STR, "period_start": DAY,
    "period_end": DAY, "source": OPT_STR, "cue": OPT_STR, "via": OPT_STR, "sentence": STR, "sentence_start": INT,
    "carried_from": OPT_STR, "url": OPT_STR, "outlet": OPT_STR, "title": OPT_STR, "published": DAY,
    "dated_by": OPT_STR, "approx_date": OPT_STR,
    "party": {"oneOf": [PARTY_REF, {"type": "null"}]}, "series": OPT_STR,
    "findings": {**INT, "description": "how many comparisons (stored findings) rest on it"},
}, ("id", "doc_id", "figure", "low", "high", "sentence"), "A stored claim with its document's fields and what "
                                                          "reconcile made of it.")

DOCUMENT = _obj({"id": STR, "text": STR, "url": OPT_STR, "outlet": OPT_STR, "title": OPT_STR, "published": DAY,
                 "kind": STR, "copy_of": OPT_STR, "source": OPT_STR}, ("id", "text"), "A stored document.")

PARTY = _obj({"key": STR, "name": STR, "kind": STR, "claims": INT, "series": INT, "known": BOOL},
             ("key", "name", "kind", "claims"), "A party claims resolve to.")

SCORES = {"type": "array", "items": _obj({"key": STR, "report": STR, "claims": STRS, "claimed": {"type": "number"},
                                           "error": {"type": "number"}, "factor": {"type": "number"}})}

JOB = _obj({"id": INT, "status": STR}, ("id", "status"), "An ingest job asked for through the web.")

RESPONSES: dict[str, Schema] = {
    "/overview": _obj({"counts": _obj({k: INT for k in ("documents", "claims", "parties", "series", "findings")}, (),
                                 "how many of each; `findings` counts comparisons (stored findings), not the groups "
                                 "`headcount check` counts. `documents` and `claims` are counted live (at most a "
                                 "few seconds old); `parties`, `series` and `findings` as of the last refresh of "
                                 "the web's tables (`counted_at`)"),
                       "counted_at": COUNTED_AT,
                       "top_series": {"type": "array", "items": SERIES_SUMMARY},
                       "latest_findings": {"type": "array", "items": FINDING}},
                      ("counts", "top_series", "latest_findings")),
    "/series": _page(SERIES_SUMMARY, "Series, most claims first."),
    "/series/{key:path}": _obj({**SERIES_SUMMARY["properties"],
                                "parties": {"type": "array", "items": _obj({"key": STR, "name": STR, "kind": STR,
                                                                            "reports": INT, "colour": STR})},
                                "reports": {"type": "array", "items": REPORT},
                                "settled": {"type": "array", "items": SETTLED},
                                "findings": {"type": "array", "items": FINDING}},
                               ("key", "parties", "reports", "settled", "findings"),
                               "A series as the chart draws it."),
    "/claims": {**_page(CLAIM, "One page of matching claims (newest first); with format=csv, a CSV file instead."),
                "properties": {**_page(CLAIM, "")["properties"], "filters": {"type": "object"},
                               "total_exact": {**BOOL, "description": "false: at least `total` match"},
                               "next": {**OPT_STR, "description": "pass as `after=` for the next page "
                                                                  "(null on the last page)"}}},
    "/claims/{claim_id}": _obj({"claim": {"allOf": [CLAIM], "properties": {
        "report": {"oneOf": [REPORT, {"type": "null"}]}, "finding_list": {"type": "array", "items": FINDING},
        "carried_by": {"type": "array", "items": {"type": "object"}},
        "original": {"type": ["object", "null"]}}}, "document": DOCUMENT}, ("claim", "document")),
    "/documents/{doc_id}": DOCUMENT,
    "/parties": _page(PARTY, "Parties, most claims first."),
    "/parties/{key:path}": _obj({**PARTY["properties"], "country": OPT_STR, "aliases": STRS, "members": STRS,
                                 "part_of": OPT_STR, "speaks_for": OPT_STR, "outlets": STRS, "series_keys": STRS,
                                 "as_written": STRS,
                                 "track_record": {"oneOf": [_obj({"party": STR, "name": STR, "kind": STR,
                                                                  "scored": INT, "median_abs_error": {"type": "number"},
                                                                  "bias": {"type": "number"},
                                                                  "typical_factor": {"type": "number"},
                                                                  "scores": SCORES}), {"type": "null"}]},
                                 "edits": {"type": ["object", "null"]}}, ("key", "name", "kind")),
    "/findings": _counted(_page(FINDING_GROUP, "Findings, most serious first: comparisons (stored findings) that "
                                               "share a claim are one finding, as `headcount check` shows them.")),
    "/settled": _page(SETTLED, "Every settled figure."),
    "/ingest/jobs": _page(JOB, "Ingest jobs, newest first."),
    "/ingest/jobs/{job_id}": JOB,
}


def responses(path: str) -> dict[int | str, Any]:
    """The ``responses`` argument for a route at ``path``: its 200 schema and the one error shape."""
    error = _obj({"error": _obj({"status": INT, "message": {**STR, "description": "what was wrong, in words"}},
                                ("status", "message"))}, ("error",))
    out: dict[int | str, Any] = {
        "4XX": {"description": "The request could not be answered; the message says why.",
                "content": {"application/json": {"schema": error}}}}
    if path in RESPONSES:
        schema = RESPONSES[path]
        out[200] = {"description": schema.get("description", "OK"), "content": {"application/json": {"schema": schema}}}
    return out
