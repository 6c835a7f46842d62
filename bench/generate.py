#!/usr/bin/env python3
"""Generates N realistic, fictional individual plans and, optionally, a git repository
holding them with H commits of realistic edits spread over years. Deterministic from a
seed. Standard library only.

    bench/generate.py --plans 10000 --commits 50000 --seed 1 --out /tmp/ip-bench/10k

Plans are bokmål or nynorsk, with 2-12 measures; about 3 % are invalid in ways a
coordinator makes them (a misspelt participant id, a missing `how`, a Norwegian date).
Every person is made up from name lists; no identity numbers appear.
The history is written with `git fast-import`: plans are added in batches over the first
years, then each commit edits one to three plans (revision dates, extents, goals).
"""

import argparse
import datetime as dt
import os
import random
import subprocess
import sys

FIRST = ["Kari", "Ola", "Ingrid", "Nils", "Sigrid", "Jonas", "Emma", "Lars", "Astrid", "Magnus",
         "Ida", "Henrik", "Nora", "Even", "Marte", "Sindre", "Tuva", "Eirik", "Solveig", "Aksel",
         "Hanne", "Torbjørn", "Live", "Håkon", "Ragnhild", "Øystein", "Åse", "Vetle", "Maja", "Brage"]
LAST = ["Nordmann", "Hansen", "Berg", "Lunde", "Dahl", "Vik", "Lind", "Haugen", "Bakke", "Strand",
        "Moen", "Solberg", "Eide", "Aas", "Fjeld", "Holm", "Sæther", "Røed", "Myklebust", "Ødegård"]
ROLES = ["vernepleiar", "sykepleier", "ergoterapeut", "sosionom", "fysioterapeut", "helsesykepleier"]
SERVICES = [("heimeteneste", "Heimetenesta", "Hjemmetjenesten"), ("fysio", "Fysioterapitenesta", "Fysioterapitjenesten"),
            ("nav", "NAV Fjordvik", "NAV Fjordvik"), ("skule", "Fjordvik skule", "Fjordvik skole"),
            ("psyk", "Psykisk helseteneste", "Psykisk helsetjeneste"), ("avlast", "Avlastingsbustaden", "Avlastningsboligen"),
            ("bup", "BUP Fjordvik", "BUP Fjordvik"), ("dagsenter", "Dagsenteret", "Dagsenteret")]
GOALS = [("Bu i eigen leilegheit.", "Bo i egen leilighet."), ("Kome tilbake i arbeid.", "Komme tilbake i arbeid."),
         ("Gå på butikken åleine.", "Gå på butikken alene."), ("Ha ein fast fritidsaktivitet.", "Ha en fast fritidsaktivitet."),
         ("Fullføre vidaregåande skule.", "Fullføre videregående skole."), ("Sove betre om natta.", "Sove bedre om natten."),
         ("Lage middag sjølv.", "Lage middag selv."), ("Klare seg med mindre hjelp om morgonen.", "Klare seg med mindre hjelp om morgenen.")]
MEASURES = [("Praktisk bistand", "Praktisk bistand"), ("Fysioterapi", "Fysioterapi"), ("Støttekontakt", "Støttekontakt"),
            ("Avlasting", "Avlastning"), ("Arbeidsutprøving", "Arbeidsutprøving"), ("Samtaleterapi", "Samtaleterapi"),
            ("Dagsplan med påminningar", "Dagsplan med påminnelser"), ("Tilrettelagd undervisning", "Tilrettelagt undervisning"),
            ("Matlagingstrening", "Matlagingstrening"), ("Brukarstyrt personleg assistanse", "Brukerstyrt personlig assistanse")]
EXTENTS = ["2 timar kvar veke", "1 time kvar veke", "Dagleg", "3 dagar i veka", "Annakvar veke", "4 timar i månaden", "Kvar morgon"]
HOWS = ["Tenesta kjem heim tysdag og fredag.", "Økter på treningssenteret, heimeøvingar mellom øktene.",
        "Fast kontaktperson; plan for veka blir laga måndag.", "Samtale annakvar veke på kontoret.",
        "Avtalt med arbeidsgjevar; oppfølgingsmøte kvar månad.", "Visuell timeplan og eit stille rom i friminutta."]


def d(x):
    return x.isoformat()


def make_plan(rng, n, year0):
    nn = rng.random() < 0.5
    lang = "nn" if nn else "nb"
    li = 0 if nn else 1
    first, last = rng.choice(FIRST), rng.choice(LAST)
    born = dt.date(rng.randint(1940, 2008), rng.randint(1, 12), rng.randint(1, 28))
    start = dt.date(year0, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    plan = {
        "id": f"{year0}-{n:06d}",
        "lang": lang, "li": li,
        "name": f"{first} {last}", "born": born,
        "coord": (f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES)),
        "start": start, "end": start + dt.timedelta(days=365 * rng.randint(1, 3)),
        "services": rng.sample(SERVICES, rng.randint(2, 5)),
        "goals": [rng.choice(GOALS)[li] for _ in range(rng.randint(1, 4))],
        "measures": [],
        "next": start + dt.timedelta(days=182), "last": start,
        "invalid": None,
    }
    for m in range(rng.randint(2, 12)):
        svc = rng.choice(plan["services"])
        plan["measures"].append({
            "id": f"m{m + 1}", "desc": rng.choice(MEASURES)[li], "goal": f"g{m % len(plan['goals']) + 1}",
            "extent": rng.choice(EXTENTS), "resp": svc[0], "how": rng.choice(HOWS),
        })
    r = rng.random()
    if r < 0.01:
        plan["invalid"] = "responsible"
    elif r < 0.02:
        plan["invalid"] = "how"
    elif r < 0.03:
        plan["invalid"] = "date"
    return plan


def to_yaml(p):
    li = p["li"]
    out = ["# yaml-language-server: $schema=../../schemas/plan.schema.json",
           "# Generated for benchmarks; everyone in it is fictional.",
           "version: 1", f'id: "{p["id"]}"', "status: active", f"language: {p['lang']}", "",
           "person:", f"  name: {p['name']}", f"  born: {d(p['born'])}", "",
           "consent:", f"  given: {d(p['start'] - dt.timedelta(days=5))}",
           *(["  by: person"] if (p["start"] - p["born"]).days > 16 * 366 else ["  by: representative", f"  name: Per {p['name'].split()[-1]}"]),
           "  sharing: true", "",
           "coordinator:", f"  name: {p['coord'][0]}", f"  role: {p['coord'][1]}",
           "  organisation: Fjordvik kommune, Koordinerande eining", '  phone: "70 00 00 00"', "",
           "participants:", "  - id: planeigar", f"    name: {p['name']}", "    role: planeigar",
           "    contributes: " + ("Seier frå om korleis det går." if li == 0 else "Sier fra om hvordan det går.")]
    for sid, nn_name, nb_name in p["services"]:
        out += [f"  - id: {sid}", f"    name: {nn_name if li == 0 else nb_name}", "    role: tenesteytar",
                "    contributes: " + ("Tenester etter vedtak." if li == 0 else "Tjenester etter vedtak.")]
    out += ["", "goals:"]
    for i, g in enumerate(p["goals"]):
        out += [f"  - id: g{i + 1}", f"    description: {g}"]
    out += ["", "resources:", "  - God kontakt med familien." if li == 0 else "  - God kontakt med familien.",
            "needs:", "  - Hjelp i kvardagen." if li == 0 else "  - Hjelp i hverdagen.", "", "measures:"]
    for m in p["measures"]:
        resp = m["resp"] + ("x" if p["invalid"] == "responsible" else "")
        out += [f"  - id: {m['id']}", f"    description: {m['desc']}", f"    goals: [{m['goal']}]",
                f"    extent: {m['extent']}", f"    responsible: {resp}"]
        if p["invalid"] != "how":
            out.append(f"    how: {m['how']}")
    out += ["", "cooperation:", "  - with: NAV Fjordvik", "    about: " + ("Økonomi og arbeid." if li == 0 else "Økonomi og arbeid."), ""]
    start = p["start"].strftime("%d.%m.%Y") if p["invalid"] == "date" else d(p["start"])
    out += ["period:", f"  start: {start}", f"  end: {d(p['end'])}", "",
            "revision:", f"  next: {d(p['next'])}", "  interval: 6 months", f"  last: {d(p['last'])}", ""]
    return "\n".join(out)


def path_of(p, n):
    return f"plans/{n // 500:03d}/{p['id']}.yaml"


def edit(rng, p, when):
    kind = rng.random()
    if kind < 0.5:  # a revision: move the dates
        p["last"] = when.date()
        p["next"] = min(when.date() + dt.timedelta(days=182), p["end"])
        if p["next"] <= p["start"]:
            p["next"] = p["start"] + dt.timedelta(days=30)
        msg = f"Revise plan {p['id']}"
    elif kind < 0.8:
        m = rng.choice(p["measures"])
        m["extent"] = rng.choice(EXTENTS)
        msg = f"Change extent of {m['id']} in {p['id']}"
    elif kind < 0.9 and len(p["goals"]) < 6:
        p["goals"].append(rng.choice(GOALS)[p["li"]])
        p["measures"][0]["goal"] = f"g{len(p['goals'])}"
        msg = f"New goal in {p['id']}"
    else:
        p["coord"] = (f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES))
        msg = f"New coordinator for {p['id']}"
    return msg


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--plans", type=int, required=True)
    ap.add_argument("--commits", type=int, default=0, help="0: plain folder, no git")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    plans = [make_plan(rng, n, 2019 + n * 7 // max(a.plans, 1)) for n in range(a.plans)]
    if a.commits == 0:
        for n, p in enumerate(plans):
            path = os.path.join(a.out, path_of(p, n))
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(to_yaml(p))
        print(f"{a.plans} plans in {a.out}")
        return
    subprocess.run(["git", "init", "-q", "-b", "main", a.out], check=True)
    env = dict(os.environ, GIT_CONFIG_GLOBAL="/dev/null", GIT_CONFIG_NOSYSTEM="1")
    fi = subprocess.Popen(["git", "fast-import", "--quiet", "--done"], cwd=a.out, stdin=subprocess.PIPE, env=env)
    w = fi.stdin
    t0 = dt.datetime(2019, 1, 2, 9, 0, 0, tzinfo=dt.timezone.utc)
    span = (dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc) - t0).total_seconds()
    add_commits = max(1, min(a.commits // 10, 200))
    per_add = -(-a.plans // add_commits)
    commit_no = 0

    def commit(files, msg, author):
        nonlocal commit_no
        when = t0 + dt.timedelta(seconds=span * commit_no / max(a.commits, 1))
        commit_no += 1
        data = msg.encode()
        w.write(b"commit refs/heads/main\n")
        w.write(f"committer {author} <{author.split()[0].lower()}@example.no> {int(when.timestamp())} +0000\n".encode())
        w.write(f"data {len(data)}\n".encode() + data + b"\n")
        for path, text in files:
            blob = text.encode()
            w.write(f"M 100644 inline {path}\n".encode())
            w.write(f"data {len(blob)}\n".encode() + blob + b"\n")
        w.write(b"\n")
        return when

    for c in range(add_commits):
        batch = range(c * per_add, min((c + 1) * per_add, a.plans))
        commit([(path_of(plans[n], n), to_yaml(plans[n])) for n in batch], f"Add {len(batch)} plans", "Ola Hansen")
    while commit_no < a.commits:
        touched = rng.sample(range(a.plans), min(a.plans, rng.randint(1, 3)))
        when = t0 + dt.timedelta(seconds=span * commit_no / max(a.commits, 1))
        msgs = [edit(rng, plans[n], when) for n in touched]
        coordinator = plans[touched[0]]["coord"][0]
        commit([(path_of(plans[n], n), to_yaml(plans[n])) for n in touched], "; ".join(msgs), coordinator)
    w.write(b"done\n")
    w.close()
    if fi.wait() != 0:
        sys.exit("git fast-import failed")
    subprocess.run(["git", "checkout", "-q", "-f", "main"], cwd=a.out, check=True, env=env)
    print(f"{a.plans} plans, {commit_no} commits in {a.out}")


if __name__ == "__main__":
    main()
