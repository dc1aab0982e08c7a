#!/usr/bin/env python3
"""Labels the suites of an eval dataset from its DATA, by the rules stated in each suite's `rules:` block, never
from Consort's output. Reads the suite's `data:` files (partners.csv, documents.csv) with this tool's own reading of
the values (for the Corvane dataset: CANON below, what a person reading its CRM export would say each value means),
then for every case fills `expected`/`forbidden`/`unmetConstraints` (retrieval) or `expectAnyOf`/`forbidden`
(assistant) in place, or with --check only reports cases whose lists differ from the data.

  python3 eval/datasets/tools/label.py eval/suites/corvane-retrieval.yaml [--check]
  python3 eval/datasets/tools/label.py --query eval/datasets/corvane countries=DE industries=Energy  (explore the data)

A case may carry `label:` (ignored by Consort's eval) to say how it is labelled beyond facet constraints:
  label: {text: ["modbus", "dnp3"]}      also requires the partner's own description to say one of these
                                         (case-insensitive regular expressions)
  label: {story: stories/x.md}           expected = the partner the story credits (documents.csv partnerId,
                                         or `credits:` when the manifest leaves it empty and the text names one)
  label: {story: ..., credits: CV-0001}
  label: {firstTurn: {industries: [...]}}  a follow-up: partners of the first turn that the second drops are forbidden
  label: {facets: {industries: [Energy]}, orText: ["substation"]}
                                         facets not stated as constraints because a description-only partner
                                         meets them in its own words: met by the column OR by the description
Needs PyYAML to read the suites (Debian: python3-yaml).
"""
import csv
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
# the dataset being labelled; CANON tables apply to the Corvane export only, other datasets are read as written
DATA = {"partners": None, "documents": None, "strict": False}

# --- how a reader of the export understands its spellings -------------------------------------------------
TYPES = {
    "managed security provider": "Managed Security Provider", "mssp": "Managed Security Provider",
    "managed security service provider": "Managed Security Provider",
    "solution provider": "Solution Provider", "solutions provider": "Solution Provider",
    "advisory & integration partner": "Advisory & Integration Partner",
    "advisory and integration partner": "Advisory & Integration Partner", "a&i partner": "Advisory & Integration Partner",
    "response retainer partner": "Response Retainer Partner", "ir retainer partner": "Response Retainer Partner",
    "platform alliance partner": "Platform Alliance Partner", "platform alliance": "Platform Alliance Partner",
    "regional aggregator": "Regional Aggregator", "aggregator": "Regional Aggregator",
}
COUNTRIES = {
    "united states": "US", "usa": "US", "us": "US", "united states of america": "US", "canada": "CA", "ca": "CA",
    "mexico": "MX", "méxico": "MX", "brazil": "BR", "brasil": "BR", "br": "BR", "colombia": "CO", "chile": "CL",
    "argentina": "AR", "uruguay": "UY", "united kingdom": "GB", "u.k.": "GB", "uk": "GB", "great britain": "GB",
    "ireland": "IE", "ie": "IE", "germany": "DE", "de": "DE", "deutschland": "DE", "austria": "AT", "at": "AT",
    "switzerland": "CH", "ch": "CH", "france": "FR", "fr": "FR", "belgium": "BE", "belgique": "BE", "be": "BE",
    "netherlands": "NL", "the netherlands": "NL", "nl": "NL", "holland": "NL", "luxembourg": "LU", "spain": "ES",
    "es": "ES", "españa": "ES", "portugal": "PT", "pt": "PT", "italy": "IT", "it": "IT", "italia": "IT",
    "sweden": "SE", "se": "SE", "norway": "NO", "no": "NO", "denmark": "DK", "dk": "DK", "finland": "FI", "fi": "FI",
    "poland": "PL", "pl": "PL", "czechia": "CZ", "czech republic": "CZ", "cz": "CZ", "russian federation": "RU",
    "türkiye": "TR", "turkey": "TR", "tr": "TR", "greece": "GR", "cyprus": "CY", "azerbaijan": "AZ",
    "united arab emirates": "AE", "uae": "AE", "ae": "AE", "saudi arabia": "SA", "ksa": "SA", "israel": "IL",
    "il": "IL", "south africa": "ZA", "za": "ZA", "nigeria": "NG", "kenya": "KE", "india": "IN", "in": "IN",
    "singapore": "SG", "sg": "SG", "malaysia": "MY", "my": "MY", "indonesia": "ID", "id": "ID", "viet nam": "VN",
    "vietnam": "VN", "vn": "VN", "thailand": "TH", "th": "TH", "philippines": "PH", "ph": "PH", "japan": "JP",
    "jp": "JP", "日本": "JP", "korea, republic of": "KR", "south korea": "KR", "kr": "KR", "china": "CN", "cn": "CN",
    "prc": "CN", "hong kong": "HK", "hong kong sar": "HK", "hk": "HK", "taiwan": "TW", "tw": "TW",
    "australia": "AU", "au": "AU", "new zealand": "NZ", "nz": "NZ",
}
# ISO 639-1 where there is one; Cantonese has none and is not Mandarin: ISO 639-3 "yue"
LANGUAGES = {
    "english": "en", "spanish": "es", "german": "de", "deutsch": "de", "french": "fr", "français": "fr",
    "mandarin": "zh", "mandrin": "zh", "chinese": "zh", "chinese (traditional)": "zh", "cantonese": "yue",
    "swedish": "sv", "dutch": "nl", "nederlands": "nl", "flemish": "nl", "arabic": "ar", "vietnamese": "vi",
    "malay": "ms", "bahasa malaysia": "ms", "hindi": "hi", "italian": "it", "japanese": "ja", "finnish": "fi",
    "afrikaans": "af", "korean": "ko", "portuguese": "pt", "brazilian portuguese": "pt", "portugese": "pt",
    "norwegian": "no", "turkish": "tr", "czech": "cs", "danish": "da", "bahasa indonesia": "id", "indonesian": "id",
    "tamil": "ta", "slovak": "sk", "irish": "ga", "hebrew": "he", "russian": "ru", "zulu": "zu", "yoruba": "yo",
    "māori": "mi", "polish": "pl", "farsi": "fa", "swahili": "sw", "catalan": "ca", "tagalog": "tl",
    "filipino": "tl", "greek": "el", "thai": "th",
}
CERTS = ["Certified Solution Architect", "Certified Detection Engineer", "Certified Identity Specialist",
         "Certified Cloud Defender", "Certified Incident Handler"]
TIER_ORDER = ["Premier", "Select", "Member"]
REGIONS = {
    "AMER": ["US", "CA", "MX", "BR", "CO", "CL", "AR", "UY"],
    "LATAM": ["MX", "BR", "CO", "CL", "AR", "UY"],
    "EMEA": ["GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "LU", "ES", "PT", "IT", "SE", "NO", "DK", "FI", "PL", "CZ",
             "RU", "TR", "GR", "CY", "AZ", "AE", "SA", "IL", "ZA", "NG", "KE"],
    "DACH": ["DE", "AT", "CH"], "Benelux": ["BE", "NL", "LU"], "Nordics": ["SE", "NO", "DK", "FI"], "GCC": ["AE", "SA"],
    "APJ": ["IN", "SG", "MY", "ID", "VN", "TH", "PH", "JP", "KR", "CN", "HK", "TW", "AU", "NZ"],
    "ASEAN": ["SG", "MY", "ID", "VN", "TH", "PH"], "Greater China": ["CN", "HK", "TW"], "ANZ": ["AU", "NZ"],
}


def values(cell):
    return [v.strip() for v in (cell or "").split(";") if v.strip()]


def canon_cert(v):
    key = re.sub(r"s$", "", v.strip().lower())
    for c in CERTS:
        if c.lower() == key:
            return c
    raise ValueError("unknown certification spelling: " + v)


def canon(kind, v):
    if not DATA["strict"]:
        return v.strip()
    if kind == "types":
        return TYPES[v.strip().lower()]
    if kind == "tiers":
        return v.strip().capitalize()
    # suites state countries and languages as ISO codes; the export spells them in many ways
    if kind == "countries":
        return v.strip() if re.fullmatch(r"[A-Z]{2}", v.strip()) else COUNTRIES[v.strip().lower()]
    if kind == "languages":
        return v.strip() if re.fullmatch(r"[a-z]{2,3}", v.strip()) else LANGUAGES[v.strip().lower()]
    if kind == "regions":
        return {r.lower(): r for r in REGIONS}[v.strip().lower()]
    if kind == "certifications":
        return canon_cert(v)
    return v.strip()


COLUMN = {"types": "type", "tiers": "tier", "regions": "regions", "countries": "countries", "languages": "languages",
          "industries": "industries", "specializations": "specializations", "certifications": "certifications",
          "integrations": "integrations", "templates": "templates"}


def use_dataset(partners_csv, documents_csv):
    DATA["partners"] = os.path.join(ROOT, partners_csv)
    DATA["documents"] = os.path.join(ROOT, documents_csv)
    DATA["strict"] = os.path.basename(os.path.dirname(DATA["partners"])) == "corvane"


def load_partners():
    out = []
    with open(DATA["partners"], encoding="utf-8") as f:
        for row in csv.DictReader(f):
            p = {"id": row["id"], "name": row["name"], "description": row["description"],
                 "active": row["status"].strip().lower() == "active",
                 "satisfaction": float(row["satisfaction"]) if row["satisfaction"].strip() else None}
            for key, col in COLUMN.items():
                cell = row[col]
                p[key] = {canon(key, v) for v in (values(cell) if key not in ("types", "tiers") else [cell] if cell.strip() else [])}
            out.append(p)
    return out


def load_documents():
    with open(DATA["documents"], encoding="utf-8") as f:
        return {row["file"]: row for row in csv.DictReader(f)}


def meets(p, key, wanted):
    """A partner meets a facet when it has ANY of the wanted values; a region also when it lists a country in it."""
    wanted = set(wanted)
    if key == "regions":
        return bool(p["regions"] & wanted) or any(c in REGIONS[r] for r in wanted for c in p["countries"])
    return bool(p[key] & wanted)


def says(p, patterns):
    return any(re.search(pat, p["description"], re.IGNORECASE) for pat in patterns)


def rank_key(p):
    tier = next(iter(p["tiers"]), None)
    return (TIER_ORDER.index(tier) if tier in TIER_ORDER else len(TIER_ORDER),
            -(p["satisfaction"] or 0), p["satisfaction"] is None, p["id"])


def criteria(constraints, label):
    crit = [(k, lambda p, k=k, v=v: meets(p, k, v)) for k, v in constraints.items()]
    if label and label.get("text"):
        crit.append(("text", lambda p, t=label["text"]: says(p, t)))
    if label and label.get("facets"):
        # facets a partner may show either in its columns or, when they are empty, in its own words (orText)
        facets = {k: [canon(k, x) for x in v] for k, v in label["facets"].items()}
        for k, v in facets.items():
            crit.append((k, lambda p, k=k, v=v, t=label["orText"]: meets(p, k, v) or says(p, t)))
    return crit


def matching(partners, crit):
    return sorted([p for p in partners if p["active"] and all(f(p) for _, f in crit)], key=rank_key)


def label_case(case, partners, documents):
    constraints = {k: [canon(k, x) for x in v] for k, v in (case.get("constraints") or {}).items()}
    label = case.get("label") or {}
    if label.get("story"):
        doc = documents[label["story"]]
        credited = label.get("credits") or doc["partnerId"]
        return {"expected": [credited] if credited else [], "forbidden": [], "unmet": []}
    crit = criteria(constraints, label)
    expected = matching(partners, crit)
    # forbidden: inactive partners that meet every facet, then active near-misses that break exactly one
    inactive = sorted([p for p in partners if not p["active"] and all(f(p) for _, f in crit)], key=rank_key)
    # a partner whose description does not say the asked-for thing is not forbidden: its profile may still support it
    near = sorted([p for p in partners if p["active"] and len(crit) > 1
                   and [k for k, f in crit if not f(p)] in ([k] for k, _ in crit if k != "text")], key=rank_key)
    forbidden = [p["id"] for p in inactive[:2]] + [p["id"] for p in near[:3]]
    turns = case.get("turns") or []
    if len(turns) > 1 and label.get("firstTurn"):
        first = {k: [canon(k, x) for x in v] for k, v in label["firstTurn"].items()}
        dropped = [p for p in matching(partners, criteria(first, label)) if p not in expected]
        forbidden += [p["id"] for p in dropped[:3] if p["id"] not in forbidden]
    unmet = []
    if not expected:
        for k in constraints:
            rest = [c for c in crit if c[0] != k]
            if matching(partners, rest):
                unmet.append(k)
    return {"expected": [p["id"] for p in expected], "forbidden": forbidden, "unmet": unmet}


def flow(items):
    return "[" + ", ".join(items) + "]"


def rewrite(path, check):
    import yaml
    with open(path, encoding="utf-8") as f:
        text = f.read()
    suite = yaml.safe_load(text)
    use_dataset(suite["data"]["partners"], suite["data"]["documents"])
    partners, documents = load_partners(), load_documents()
    assistant = suite.get("kind") == "assistant"
    lines = text.split("\n")
    starts = [i for i, l in enumerate(lines) if re.match(r"^  - id: ", l)]
    by_id = {c["id"]: c for c in suite["cases"]}
    problems = []
    # from the last case to the first, so that inserted lines do not move the cases still to do
    for n in reversed(range(len(starts))):
        start = starts[n]
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        cid = lines[start].split("id:", 1)[1].strip()
        case = by_id[cid]
        if assistant and not (case.get("constraints") or case.get("label")):
            continue
        if not assistant and case.get("noMatch") is None and not (case.get("constraints") or case.get("label")):
            continue
        got = label_case(case, partners, documents)
        want = {("expectAnyOf" if assistant else "expected"): got["expected"], "forbidden": got["forbidden"]}
        if not assistant and case.get("noMatch"):
            want["unmetConstraints"] = got["unmet"]
        if case.get("noMatch") and got["expected"]:
            problems.append(f"{cid}: noMatch but the data has {got['expected']}")
        if not case.get("noMatch") and not got["expected"] and not assistant:
            problems.append(f"{cid}: no partner meets it; mark it noMatch or change the question")
        for key, val in want.items():
            if assistant and key == "expectAnyOf" and case.get("noMatch"):
                continue
            new = f"    {key}: {flow(val)}"
            idx = next((i for i in range(start, end) if re.match(rf"^    {key}:", lines[i])), None)
            if check:
                if [str(x) for x in (case.get(key) or [])] != val:
                    problems.append(f"{cid}: {key} is {case.get(key)}, the data gives {val}")
            elif idx is not None:
                lines[idx] = new
            else:
                # insert after the last line of the case that is not a comment or blank
                last = end - 1
                while last > start and (not lines[last].strip() or lines[last].lstrip().startswith("#")):
                    last -= 1
                lines.insert(last + 1, new)
                end += 1
    if not check:
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
    for p in problems:
        print(p)
    return 1 if problems else 0


def query(args):
    folder = args[0]
    documents = "documents/documents.csv" if os.path.exists(os.path.join(ROOT, folder, "documents")) else "docs/documents.csv"
    use_dataset(os.path.join(folder, "partners.csv"), os.path.join(folder, documents))
    constraints, label = {}, {}
    for a in args[1:]:
        k, v = a.split("=", 1)
        if k == "text":
            label["text"] = v.split("|")
        else:
            constraints[k] = [canon(k, x) for x in v.split("|")]
    partners = load_partners()
    crit = criteria(constraints, label)
    for p in matching(partners, crit):
        print("MATCH", p["id"], p["name"], sorted(p["tiers"]), p["satisfaction"])
    for p in partners:
        broken = [k for k, f in crit if not f(p)]
        if not p["active"] and not broken:
            print("INACTIVE", p["id"], p["name"])
        elif len(broken) == 1 and len(crit) > 1:
            print("NEAR", p["id"], p["name"], "breaks", broken[0])


if __name__ == "__main__":
    if sys.argv[1] == "--query":
        query(sys.argv[2:])
    else:
        sys.exit(rewrite(sys.argv[1], "--check" in sys.argv))
