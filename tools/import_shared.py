#!/usr/bin/env python3
"""One-off import of the curated dataset in ../shared/data into the project's data/ format.

It only reshapes: every value, source URL, confidence, verbatim flag and note is carried over as it
is. Unknown stays null. Re-run it only to re-import a newer curated dataset; after that, data/ is
edited by hand and checked by `cargo build` (see CONTRIBUTING.md).
"""
import json, re, sys, unicodedata, datetime, pathlib

SRC = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
OUT = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "data")


def slug(text):
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def status_kind(status):
    s = status.lower()
    if s == "active":
        return "active"
    if s.startswith("acquired"):
        return "acquired"
    if s.startswith("renamed"):
        return "renamed"
    if s.startswith("sold by"):
        return "divested"
    if s.startswith("split") or "demerger" in s or "remaining company renamed" in s:
        return "split"
    raise SystemExit(f"unclassified status: {status}")


def verbatim(v):
    return {True: "verbatim", False: "paraphrase", "mostly": "mostly", "partly": "partly"}[v]


def write(name, value):
    (OUT / name).write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def drop_none(d):
    return {k: v for k, v in d.items() if v is not None}


def signatories():
    out = []
    for r in json.load(open(SRC / "signatories.json", encoding="utf-8")):
        out.append({
            "id": slug(r["name"]),
            "name": r["name"],
            "aliases": r["aliases"],
            "country": r["country"],
            "hq_city": r["hq_city"],
            "website": r["website"],
            "sector": r["sector"],
            "joined": r["joined"],
            "founding": r["founding"],
            "status_kind": status_kind(r["status"]),
            "status": r["status"],
            "confidence": r["confidence"],
            "sources": r["sources"],
            "notes": r.get("notes"),
        })
    out.sort(key=lambda r: r["id"])
    return out


def principles():
    p = json.load(open(SRC / "principles.json", encoding="utf-8"))
    out = []
    for pr in p["principles"]:
        out.append(drop_none({
            "id": slug(pr["short_name"]),
            "number": pr["number"],
            "short_name": pr["short_name"],
            "short_name_variants": pr["short_name_variants"],
            "text": pr["principle"],
            "wording": verbatim(pr["principle_verbatim"]),
            "sources": pr["principle_sources"],
            "note": pr.get("principle_note"),
            "sub_commitments": [drop_none({
                "text": sc["text"],
                "wording": verbatim(sc["verbatim"]),
                "verbatim_fragment": sc.get("verbatim_fragment"),
                "sources": sc["sources"],
                "note": sc.get("note"),
            }) for sc in pr["sub_commitment_provenance"]],
        }))
    accord = drop_none({
        "name": p["accord"],
        "launched": p["launched"],
        "official_text_url": p["official_text_url"],
        "official_text_status": p["official_text_status"],
        "purpose_quotes": [drop_none({"text": q["text"], "sources": [q["source"]], "note": q.get("note")}) for q in p["purpose_quotes"]],
        "admission_criterion": drop_none({
            "text": p["admission_criterion"]["text"],
            "wording": verbatim(p["admission_criterion"]["verbatim"]),
            "sources": p["admission_criterion"]["sources"],
            "note": p["admission_criterion"].get("note"),
        }),
        "short_name_sources": p["short_name_sources"],
    })
    return accord, out


def count_of(r):
    q = r.get("count_qualifier")
    if r.get("signatory_count") is not None:
        qual = {"exact": "exact", "more than": "more-than", None: "exact"}[q]
        return {"value": r["signatory_count"], "qualifier": qual}
    if r.get("signatory_count_min") is not None:
        return {"value": r["signatory_count_min"], "qualifier": "at-least"}
    if r.get("signatory_count_approx") is not None:
        return {"value": r["signatory_count_approx"], "qualifier": "about"}
    return None


def milestones():
    out = []
    for r in json.load(open(SRC / "timeline.json", encoding="utf-8")):
        base = slug((r["date"] or "undated") + " " + r["title"])
        if len(base) > 48:
            base = base[:48].rsplit("-", 1)[0]
        out.append(drop_none({
            "id": base,
            "date": r["date"],
            "title": r["title"],
            "kind": r["type"],
            "summary": r["summary"],
            "reported_signatories": count_of(r),
            "confidence": r["confidence"],
            "sources": r["sources"],
            "note": r.get("note"),
        }))
    return out


def counts(mc):
    if mc is None:
        return []
    if "values" in mc:
        return [drop_none({"value": v["value"], "as_of": v.get("as_of"), "sources": [v["source"]], "note": v.get("note")}) for v in mc["values"]]
    return [drop_none({"value": str(mc["value"]), "as_of": mc.get("as_of"), "note": mc.get("note")})]


LABELS = {
    "as_of_2019_02": "Members, February 2019",
    "associate_partners_2019": "Associate partners, 2019",
    "announced_2019": "Announced, 2019",
    "joined_2022": "Joined, 2022",
    "associate_partners_added_2022": "Associate partners added, 2022",
}


def reader_note(note):
    """The Charter of Trust's principles note tells editors how to treat `unconfirmed_title` (the
    curated README says so); readers get what it means for them instead."""
    if note and "unconfirmed_title" in note:
        return ("The titles and texts of principles 5, 7, 9 and 10 could not be confirmed from the "
                "sources listed. Where a title is shown for one of them, it is marked as unconfirmed: "
                "check the Charter of Trust's own site before relying on it.")
    return note


def sources():
    """sources.json: one citation per source URL (title, publisher, date as precise as known)."""
    out = []
    for s in json.load(open(SRC / "sources.json", encoding="utf-8")):
        date = s["date"]
        if date is not None:
            keep = {"day": 10, "month": 7, "year": 4}[s["date_precision"]]
            date = date[:keep]
        out.append(drop_none({
            "url": s["url"], "title": s["title"], "publisher": s["publisher"], "date": date,
            "relation": s.get("relation"),
        }))
    return sorted(out, key=lambda s: s["url"])


def frameworks():
    f = json.load(open(SRC / "frameworks.json", encoding="utf-8"))
    out = []
    for fw in f["frameworks"]:
        prins = []
        for pp in fw.get("cyberstability_principles", []):
            prins.append(drop_none({"id": pp["id"], "group": "principle", "title": pp["title"], "title_verified": True, "summary": pp.get("summary")}))
        for pp in fw["principles"]:
            prins.append(drop_none({
                "id": pp["id"],
                "group": "norm" if fw["id"] in ("gcsc", "un-gge-2015") else "principle",
                "title": pp.get("title"),
                "title_verified": pp.get("title_verified", pp.get("title") is not None),
                "unconfirmed_title": pp.get("unconfirmed_title"),
                "summary": pp.get("summary"),
            }))
        members = []
        m = fw.get("members")
        if isinstance(m, dict):
            notes = {k[: -len("_note")]: v for k, v in m.items() if k.endswith("_note")}
            for k, v in m.items():
                if isinstance(v, list):
                    members.append(drop_none({"label": LABELS[k], "names": v, "note": notes.get(k)}))
        relation = fw.get("relation_to_tech_accord") or fw.get("tech_accord_relation")
        endorsement = fw.get("tech_accord_endorsement")
        out.append(drop_none({
            "id": fw["id"],
            "name": fw["name"],
            "launched": fw.get("launched"),
            "launch_place": fw.get("launch_place"),
            "final_report": fw.get("final_report"),
            "kind": fw["kind"],
            "convenor": fw.get("convenor"),
            "objectives": fw.get("objectives", []),
            "principles": prins,
            "principles_note": reader_note(fw.get("principles_note") or fw.get("principle_titles_note")),
            "member_counts": counts(fw.get("members_count")),
            "member_lists": members,
            "members_note": m.get("note") if isinstance(m, dict) else None,
            "relation_to_tech_accord": relation,
            "tech_accord_endorsement": drop_none({
                "date": endorsement["date"], "detail": endorsement["detail"], "sources": endorsement["sources"],
            }) if endorsement else None,
            "notable": fw.get("notable"),
            "sources": fw["sources"],
        }))
    themes = []
    for t in f["theme_mapping"]:
        order = [fw["id"] for fw in f["frameworks"]]
        coverage = [{"framework": k, "principles": t["coverage"].get(k, [])} for k in order]
        themes.append(drop_none({"id": slug(t["theme"]), "name": t["theme"], "coverage": coverage, "note": t.get("note")}))
    return out, themes, f["theme_mapping_note"]


def main():
    OUT.mkdir(exist_ok=True)
    accord, prins = principles()
    fws, themes, theme_note = frameworks()
    write("signatories.json", signatories())
    write("principles.json", prins)
    write("milestones.json", milestones())
    write("frameworks.json", fws)
    write("themes.json", {"note": theme_note, "themes": themes})
    write("sources.json", sources())
    tl = json.load(open(SRC / "timeline.json", encoding="utf-8"))
    latest = [r for r in tl if r["date"] == "2021-05-05"][0]
    write("meta.json", {
        "accord": accord,
        "reported_signatories": {
            "value": 150, "qualifier": "more-than", "as_of": "2021-05-05",
            "sources": latest["sources"],
            "note": "The Accord's own count; reported as 'more than 150' from 2021 on.",
        },
        "last_checked": datetime.date.today().isoformat(),
        "known_gaps": [
            "The Accord's signatories page and its 'welcome new signatories' posts were not available, so about 110 to 130 later signatories and every later join date are missing.",
            "The Accord's own text page was not available: three sub-commitments are paraphrases.",
            "The titles of Charter of Trust principles 5, 7, 9 and 10 are unconfirmed.",
            "Which successor of F-Secure, FireEye and Symantec remains a signatory is not known.",
            "Country, city, website and sector come from general knowledge and are not sourced one by one.",
        ],
    })


main()
