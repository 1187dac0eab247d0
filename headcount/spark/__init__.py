"""Spark job: ingest and extract web archives at scale (the ``spark`` extra); see docs/scale.md."""
