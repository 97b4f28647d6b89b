#!/usr/bin/env python3
"""Deterministic news-article corpus generator for the eventdb import benchmark.

Writes N synthetic articles (about 600 words each) in several news styles: wire copy, analysis,
humanitarian situation reports, government press releases, sanctions notices and funding
announcements. They carry a realistic mix of time expressions (absolute, relative to the
publication date, ranges, quarters, decades), actors taken from data/actors.tsv and
data/people.tsv (names and aliases), quantities (money, people, weapons, percentages) and the
event types eventdb extracts: arms transfers, sanctions, casualties, force sizes, funding,
military operations, accusations and statements. Every sentence template below was written for
this benchmark; nothing is copied from real articles.

The same --seed and --count always give byte-identical output (Python's random.Random with a
fixed seed; no clock, no hash-order dependence).

Usage:
  bench/gen_corpus.py --count 10000 --out /tmp/corpus-10k            # folder of text files
  bench/gen_corpus.py --count 10000 --format jsonl --out corpus.jsonl  # one JSON Lines file
Options: --seed N (default 8), --data DIR (default: the repo's data/), --per-dir N (text
files per sub-folder, default 1000), --density F (default 1: the share of event sentences,
against filler sentences, times F; docs/performance.md gives the measured events per 1,000 words
for 1 and for 0.6, which is close to sample_data's). Text files have
Title/Source/Published/Author headers.
Standard library only.
"""

import argparse
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------------
# Dictionary: actors and people from the repo's data files.


def load_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#") or line.startswith("key\t"):
                continue
            cols = line.split("\t")
            while len(cols) < 6:
                cols.append("")
            key, kind, name, _code, parent, aliases = cols[:6]
            names = [name]
            for a in aliases.split("|") if aliases else []:
                a = a.lstrip("?")
                if ":" in a.split(" ")[0]:
                    facet, _, a = a.partition(":")
                    if facet in ("demonym",):
                        continue
                if a:
                    names.append(a)
            rows.append({"key": key, "kind": kind, "name": name, "names": names, "parent": parent})
    return rows


class Dictionary:
    def __init__(self, data_dir):
        actors = load_tsv(os.path.join(data_dir, "actors.tsv"))
        people = load_tsv(os.path.join(data_dir, "people.tsv"))
        by_kind = {}
        for a in actors:
            by_kind.setdefault(a["kind"], []).append(a)
        self.states = by_kind.get("state", [])
        self.groups = by_kind.get("armed_group", [])
        self.orgs = by_kind.get("organisation", []) + by_kind.get("government_body", [])
        self.companies = by_kind.get("company", [])
        self.places = by_kind.get("place", [])
        self.people = [p for p in people if p["kind"] == "person"]
        # A few actors are in the news far more often than the rest: the "busy" ones the
        # benchmark's timeline query uses. Weighted choice keeps a long tail too.
        busy = {"rus", "ukr", "usa", "wagner_group", "irn", "prk", "isr", "hamas", "houthis"}
        self.busy_states = [a for a in self.states if a["key"] in busy]
        self.busy_groups = [a for a in self.groups if a["key"] in busy]

    def state(self, rng):
        if self.busy_states and rng.random() < 0.45:
            return rng.choice(self.busy_states)
        return rng.choice(self.states)

    def group(self, rng):
        if self.busy_groups and rng.random() < 0.5:
            return rng.choice(self.busy_groups)
        return rng.choice(self.groups)

    def party(self, rng):
        r = rng.random()
        if r < 0.6:
            return self.state(rng)
        if r < 0.85:
            return self.group(rng)
        return rng.choice(self.orgs)


def mention(rng, actor, first=False):
    """A name for the actor: its canonical name most of the time, else an alias."""
    if first or len(actor["names"]) == 1 or rng.random() < 0.7:
        return actor["name"]
    return rng.choice(actor["names"][1:])


# --------------------------------------------------------------------------------------------
# Time expressions, relative to the publication date.

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINAL_WORDS = ["first", "second", "third", "fourth"]


def time_expr(rng, pub):
    """An English time expression an article published on `pub` could use."""
    r = rng.random()
    past = pub - datetime.timedelta(days=rng.randint(1, 400))
    if r < 0.14:
        return "on " + WEEKDAYS[(pub - datetime.timedelta(days=rng.randint(1, 6))).weekday()]
    if r < 0.22:
        return rng.choice(["last month", "last week", "last year", "earlier this year",
                           "this week", "this month", "in recent weeks", "two weeks ago",
                           "three months ago", "yesterday", "earlier this month"])
    if r < 0.36:
        return f"on {MONTHS[past.month - 1]} {past.day}, {past.year}"
    if r < 0.44:
        return f"on {past.day} {MONTHS[past.month - 1]} {past.year}"
    if r < 0.52:
        return f"on {MONTHS_AP[past.month - 1]} {past.day}"
    if r < 0.60:
        return f"in {MONTHS[past.month - 1]} {past.year}"
    if r < 0.66:
        return f"in {rng.choice(['early', 'mid-', 'late'])} {MONTHS[past.month - 1]}".replace(
            "mid- ", "mid-")
    if r < 0.71:
        return f"in {past.year}"
    if r < 0.75:
        y = past.year - rng.randint(1, 6)
        return f"between {y} and {y + rng.randint(1, 3)}"
    if r < 0.79:
        return f"in the {ORDINAL_WORDS[(past.month - 1) // 3]} quarter of {past.year}"
    if r < 0.82:
        return f"since {MONTHS[past.month - 1]} {past.year}"
    if r < 0.85:
        return f"in the {(past.year - 30) // 10 * 10}s"
    if r < 0.90:
        return f"on {past.isoformat()}"
    if r < 0.94:
        return f"from {MONTHS[past.month - 1]} {past.day} to {MONTHS[past.month - 1]} " \
               f"{min(past.day + rng.randint(1, 9), 28)}"
    return rng.choice(["in the summer", "last spring", "over the winter", "this autumn",
                       "over the past decade", "at the end of last year"])


# --------------------------------------------------------------------------------------------
# Quantities.


def money(rng):
    cur = rng.choice(["$", "$", "$", "€", "£"])
    r = rng.random()
    if r < 0.5:
        return f"{cur}{rng.choice([1.2, 1.85, 2.5, 3, 4.6, 6, 12, 50, 61])} billion"
    if r < 0.85:
        return f"{cur}{rng.choice([25, 40, 100, 150, 325, 400, 725, 800])} million"
    return f"{rng.choice(['100', '250', '400', '600'])} million {rng.choice(['euros', 'dollars', 'rubles'])}"


def qualifier(rng):
    return rng.choice(["", "", "about ", "more than ", "at least ", "nearly ", "up to ",
                       "roughly ", "fewer than ", "an estimated "])


def count(rng, lo, hi):
    n = rng.randint(lo, hi)
    if n >= 1000:
        n = n // 100 * 100
        return f"{n:,}"
    return str(n)


WEAPONS = ["artillery shells", "rockets", "drones", "Shahed drones", "cruise missiles",
           "ballistic missiles", "tanks", "armoured vehicles", "air defence systems",
           "HIMARS launchers", "howitzers", "anti-tank missiles", "rifles", "mortar rounds",
           "fighter jets", "patrol boats", "Patriot batteries", "radar systems"]
UNITS = ["troops", "soldiers", "fighters", "contractors", "reservists", "personnel",
         "mercenaries", "conscripts"]
VICTIMS = ["civilians", "people", "soldiers", "fighters", "children", "aid workers",
           "police officers"]
MEASURES = ["asset freezes", "travel bans", "export controls", "an oil embargo",
            "financial sanctions", "a ban on technology exports", "visa restrictions"]
TITLES = ["spokesman", "spokeswoman", "spokesperson", "foreign minister", "defence minister",
          "president", "prime minister", "senior official", "envoy", "ambassador"]
FIRST = ["Dana", "Omar", "Lena", "Tomas", "Priya", "Kwame", "Ines", "Mikhail", "Sara", "Jonah",
         "Aylin", "Felix", "Nadia", "Ruth", "Hiro", "Carla", "Yusuf", "Maren", "Ivo", "Leila"]
LAST = ["Whitcombe", "Haddad", "Varga", "Okafor", "Lindqvist", "Moreau", "Castell", "Brandt",
        "Adeyemi", "Sorensen", "Kowalczyk", "Ferreira", "Nakamura", "Petrov", "Aldana", "Quinn"]
OUTLETS = ["example.org/news", "wire.example.com", "example.net/world", "news.example.org",
           "example.com/analysis", "reports.example.int"]


# --------------------------------------------------------------------------------------------
# Sentence templates, one family per event type. Each takes (rng, ctx) and returns a sentence.


def cap(s):
    """Upper-cases the first letter only ("on may 8" must stay "On May 8")."""
    return s[:1].upper() + s[1:]


class Ctx:
    def __init__(self, rng, d, pub):
        self.rng, self.d, self.pub = rng, d, pub
        self.a = d.party(rng)
        self.b = d.party(rng)
        while self.b is self.a:
            self.b = d.party(rng)
        self.place = rng.choice(d.places)
        self.person = rng.choice(d.people)

    def t(self):
        return time_expr(self.rng, self.pub)

    def m(self, actor):
        return mention(self.rng, actor)

    def other(self):
        return self.d.party(self.rng)


def s_arms(rng, c):
    a, b, w, t = c.m(c.a), c.m(c.b), rng.choice(WEAPONS), c.t()
    q = f"{qualifier(rng)}{count(rng, 4, 30000)}"
    return rng.choice([
        f"{a} delivered {q} {w} to {b} {t}, according to officials familiar with the shipment.",
        f"{cap(t)}, {a} supplied {b} with {q} {w}, the report said.",
        f"{a} has agreed to sell {q} {w} to {b}, a deal officials said was signed {t}.",
        f"Officials said {a} shipped {w} worth {money(rng)} to {b} {t}.",
        f"{b} received a first batch of {w} from {a} {t}, the ministry said.",
        f"{a} pledged {q} {w} to {b} {t}, with deliveries expected within months.",
        f"A shipment of {w} from {a} reached {b} {t}, two officials said.",
    ])


def s_sanction(rng, c):
    a, b, t, meas = c.m(c.a), c.m(c.b), c.t(), rng.choice(MEASURES)
    return rng.choice([
        f"{a} imposed {meas} on {b} {t}, citing its support for the war.",
        f"{cap(t)}, {a} announced new sanctions against {count(rng, 3, 120)} entities "
        f"linked to {b}.",
        f"{a} sanctioned {b} {t} over what it called destabilising activities.",
        f"{a} threatened to impose {meas} on {b} if the attacks continued.",
        f"{a} lifted some sanctions on {b} {t} after months of talks.",
        f"The measures adopted by {a} {t} include {meas} targeting {b}.",
    ])


def s_casualties(rng, c):
    a, t, v = c.m(c.a), c.t(), rng.choice(VICTIMS)
    pl = mention(rng, c.place)
    q = f"{qualifier(rng)}{count(rng, 2, 40000)}"
    return rng.choice([
        f"{cap(q)} {v} were killed in {pl} {t}, local authorities said.",
        f"The strike on {pl} {t} killed {q} {v} and wounded dozens more.",
        f"{a} said {q} {v} had died in the fighting around {pl} since {MONTHS[c.pub.month - 1]}.",
        f"At least {count(rng, 2, 500)} {v} were wounded when shelling hit {pl} {t}.",
        f"The death toll in {pl} rose to {q} {t}, according to the health ministry.",
        f"{a} lost {q} {v} killed in recent weeks, officials estimated.",
    ])


def s_force(rng, c):
    a, t, u = c.m(c.a), c.t(), rng.choice(UNITS)
    q = f"{qualifier(rng)}{count(rng, 500, 900000)}"
    pl = mention(rng, c.place)
    return rng.choice([
        f"{a} has {q} {u} deployed near {pl}, officials estimated {t}.",
        f"{a} deployed {q} {u} to {pl} {t}.",
        f"{a} plans to raise the size of its forces by {q} {u} by {c.pub.year + 1}.",
        f"{cap(t)}, {a} massed {q} {u} along the border.",
        f"{a} now fields {q} {u}, of whom roughly {count(rng, 100, 20000)} are {rng.choice(UNITS)}.",
    ])


def s_funding(rng, c):
    a, b, t = c.m(c.a), c.m(c.b), c.t()
    return rng.choice([
        f"{a} announced a {money(rng)} military aid package for {b} {t}.",
        f"{a} is spending more than {money(rng)} a month on the war, officials said {t}.",
        f"{cap(t)}, {a} approved {money(rng)} in security assistance for {b}.",
        f"{a} pledged {money(rng)} in humanitarian aid to {b} {t}.",
        f"The {money(rng)} package announced by {a} {t} includes ammunition and spare parts.",
        f"{a} allocated {money(rng)} to rebuild {mention(rng, c.place)}.",
    ])


def s_operation(rng, c):
    a, b, t = c.m(c.a), c.m(c.b), c.t()
    pl = mention(rng, c.place)
    return rng.choice([
        f"{a} launched strikes on {b} targets near {pl} {t}.",
        f"Forces of {a} attacked positions held by {b} in {pl} {t}.",
        f"{a} fired {count(rng, 3, 200)} {rng.choice(['missiles', 'drones', 'rockets'])} at {pl} {t}.",
        f"{cap(t)}, {a} captured {pl} after weeks of fighting with {b}.",
        f"{a} carried out air strikes against {b} in {pl} {t}, the military said.",
        f"{a} shelled {pl} {t}, damaging power lines and a hospital.",
    ])


def s_accusation(rng, c):
    a, b, t = c.m(c.a), c.m(c.b), c.t()
    return rng.choice([
        f"{a} accused {b} {t} of supplying weapons to armed groups in the region.",
        f"{cap(t)}, {a} accused {b} of shelling civilian areas.",
        f"{b} denied the accusation, calling the reports groundless.",
        f"{a} alleged that {b} had violated the ceasefire {t}.",
        f"{a} condemned the attack and blamed {b}.",
    ])


def s_statement(rng, c):
    p = c.person
    title = rng.choice(TITLES)
    t = c.t()
    return rng.choice([
        f"{p['name']}, the {title}, told reporters {t} that the talks would continue.",
        f"\"We will not accept this,\" {p['name']} said {t}.",
        f"{p['name']} said {t} that {c.m(c.a)} remained committed to a negotiated settlement.",
        f"Speaking {t}, {p['name']} warned that the situation could deteriorate further.",
        f"{p['name']} called the decision a mistake, according to a statement released {t}.",
    ])


FILLER = [
    "The claims could not be independently verified.",
    "Analysts said the move reflected a broader shift in the region's balance of power.",
    "Diplomats in several capitals have urged restraint.",
    "The fighting has displaced hundreds of thousands of people, aid groups say.",
    "Satellite images reviewed by researchers showed new fortifications along the front line.",
    "Neither side has published detailed figures on its own losses.",
    "Humanitarian agencies warned that food and fuel supplies were running low.",
    "Officials spoke on condition of anonymity because they were not authorised to brief "
    "the press.",
    "The ministry did not respond to a request for comment.",
    "Markets reacted calmly to the announcement, with prices barely moving.",
    "Independent monitors said access to the area remained restricted.",
    "Several governments have called for an inquiry into the incident.",
    "The talks are expected to resume after a short pause, mediators said.",
    "Local residents described hearing explosions through the night.",
    "Critics said the measures would do little to change the course of the conflict.",
    "Supporters of the policy argued that it sent a clear signal.",
]

FAMILIES = {
    "arms": s_arms, "sanction": s_sanction, "casualties": s_casualties, "force": s_force,
    "funding": s_funding, "operation": s_operation, "accusation": s_accusation,
    "statement": s_statement,
}

# Styles: (name, weights of event families, share of filler sentences).
STYLES = [
    ("wire", {"arms": 3, "sanction": 2, "casualties": 2, "force": 1, "funding": 1,
              "operation": 3, "accusation": 2, "statement": 3}, 0.25),
    ("analysis", {"arms": 2, "sanction": 2, "casualties": 1, "force": 3, "funding": 2,
                  "operation": 1, "accusation": 1, "statement": 1}, 0.4),
    ("sitrep", {"casualties": 5, "operation": 3, "funding": 1, "statement": 1}, 0.3),
    ("press_release", {"funding": 4, "arms": 3, "statement": 2}, 0.3),
    ("sanctions_notice", {"sanction": 6, "accusation": 2, "statement": 1}, 0.25),
]

HEADLINES = {
    "wire": ["{a} and {b} trade accusations as fighting flares near {p}",
             "{a} says {b} received new weapons shipment",
             "Strikes hit {p} as {a} steps up pressure on {b}"],
    "analysis": ["Analysis: how {a} keeps its war machine supplied",
                 "What {a}'s deal with {b} means for the region",
                 "Analysis: the numbers behind {a}'s forces near {p}"],
    "sitrep": ["Situation report: {p} ({a})", "Humanitarian update: fighting around {p}",
               "Casualty update: {p}"],
    "press_release": ["{a} announces new assistance for {b}",
                      "Statement by {a} on support for {b}"],
    "sanctions_notice": ["{a} designates entities linked to {b}",
                         "{a} adopts new sanctions against {b}",
                         "New restrictive measures against {b}"],
}


def article(rng, d, i, density=1.0):
    pub = datetime.date(2014, 1, 1) + datetime.timedelta(days=rng.randint(0, 4200))
    style, weights, filler = STYLES[rng.randrange(len(STYLES))]
    if density != 1.0:  # at 1 exactly the style's own share, so the default output never moves
        filler = 1.0 - (1.0 - filler) * density
    families = list(weights)
    fweights = [weights[f] for f in families]
    c = Ctx(rng, d, pub)
    title = rng.choice(HEADLINES[style]).format(a=c.a["name"], b=c.b["name"],
                                                p=c.place["name"])
    paragraphs = []
    words = 0
    lead_place = c.place["name"].upper()
    first = True
    while words < 580:
        sentences = []
        for _ in range(rng.randint(2, 4)):
            if rng.random() < 0.35:
                c.b = d.party(rng)  # new counterpart now and then
            if rng.random() < 0.15:
                c.a, c.b = c.b, c.a
            if rng.random() < 0.15:
                c.place = rng.choice(d.places)
            if rng.random() < 0.2:
                c.person = rng.choice(d.people)
            if rng.random() < filler:
                s = rng.choice(FILLER)
            else:
                fam = rng.choices(families, fweights)[0]
                s = FAMILIES[fam](rng, c)
                s = cap(s)
            sentences.append(s)
        para = " ".join(sentences)
        if first and style == "wire":
            para = f"{lead_place}, {MONTHS_AP[pub.month - 1]} {pub.day} — " + para
        first = False
        paragraphs.append(para)
        words += para.count(" ") + 1
    author = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    slug = "-".join(title.lower().replace(":", "").replace("'", "").split()[:6])
    url = f"https://{OUTLETS[i % len(OUTLETS)]}/{pub.year}/{pub.month:02d}/{pub.day:02d}/{slug}-{i}"
    return {"title": title, "url": url, "published": pub.isoformat(), "author": author,
            "text": "\n\n".join(paragraphs)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, required=True, help="number of articles")
    ap.add_argument("--out", required=True, help="output folder (text) or file (jsonl)")
    ap.add_argument("--format", choices=["text", "jsonl"], default="text")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--per-dir", type=int, default=1000, help="text files per sub-folder")
    ap.add_argument("--data", default=os.path.join(HERE, "..", "data"))
    ap.add_argument("--density", type=float, default=1.0,
                    help="event sentences: the styles' share times this factor, in (0, 1]; "
                         "lower gives fewer events per 1,000 words (default 1)")
    args = ap.parse_args()
    if not 0.0 < args.density <= 1.0:
        ap.error("--density must be in (0, 1]")
    d = Dictionary(args.data)
    rng = random.Random(args.seed)
    total = 0
    if args.format == "jsonl":
        with open(args.out, "w", encoding="utf-8") as f:
            for i in range(args.count):
                a = article(rng, d, i, args.density)
                line = json.dumps(a, ensure_ascii=False)
                f.write(line + "\n")
                total += len(a["text"].encode("utf-8"))
    else:
        os.makedirs(args.out, exist_ok=True)
        for i in range(args.count):
            a = article(rng, d, i, args.density)
            sub = os.path.join(args.out, f"{i // args.per_dir:04d}")
            if i % args.per_dir == 0:
                os.makedirs(sub, exist_ok=True)
            with open(os.path.join(sub, f"{i:07d}.txt"), "w", encoding="utf-8") as f:
                f.write(f"Title: {a['title']}\nSource: {a['url']}\nPublished: {a['published']}\n"
                        f"Author: {a['author']}\n\n{a['text']}\n")
            total += len(a["text"].encode("utf-8"))
    print(f"gen_corpus: {args.count} articles, {total} bytes of text, seed {args.seed} -> "
          f"{args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
