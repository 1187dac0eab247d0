"""How often the date estimated from a text (headcount.ingest.text_dates) is right, on documents that HAVE a
publication date: the estimate is computed from the text alone (no URL) and set against ``published``.

    PYTHONPATH=. python bench/date_estimate_accuracy.py /tmp/halves/devA.jsonl [--list]

Prints: documents with a date, how many got an estimate, and of those how many are the same day, one day
before, within 7 days before, earlier than that, and after the publication date (a wrong lower bound).
"""

from __future__ import annotations

import datetime as dt
import json
import sys

from headcount.ingest.text_dates import estimated_date


def main(path: str, show: bool = False) -> None:
    counts = {"dated": 0, "estimated": 0, "same day": 0, "1 day before": 0, "2-7 days before": 0,
              "more than 7 days before": 0, "after (wrong)": 0}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if not record.get("published"):
                continue
            counts["dated"] += 1
            est = estimated_date(record["text"])
            if est is None:
                continue
            counts["estimated"] += 1
            gap = (dt.date.fromisoformat(record["published"][:10]) - est).days
            bucket = ("after (wrong)" if gap < 0 else "same day" if gap == 0 else "1 day before" if gap == 1
                      else "2-7 days before" if gap <= 7 else "more than 7 days before")
            counts[bucket] += 1
            if show and bucket != "same day":
                print(f"  {record.get('id')}: published {record['published']}, estimated {est} ({bucket})")
    for k, v in counts.items():
        print(f"{k:26} {v}")


if __name__ == "__main__":
    main(sys.argv[1], "--list" in sys.argv)
