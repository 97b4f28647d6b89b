#!/usr/bin/env python3
"""Writes docs/events.md from data/triggers.tsv (run from the project root after changing rules;
tests/unit/extract_events_test.cpp checks that every rule id appears in the page)."""
import collections

DESCRIPTIONS = {
    'arms_transfer': 'Weapons changing hands: sale, delivery, supply, shipment, pledge/aid package, purchase, request, re-export permission. `items` lists what was transferred. Example: "Iran delivered hundreds of drones to Russia last month." gives Iran (agent) → Russia (recipient), items `drones`, date at month grain.',
    'sanction': 'Restrictive measures: imposed, designated, announced, extended, threatened, proposed, vetoed, lifted or suspended; restrictions and penalties, asset freezes, travel bans, embargoes, export bans and controls, secondary-sanction threats. Example: "New sanctions were imposed on Belarus by the European Union." gives EU (agent) → Belarus (target). Counts of listed people and entities are the sanction\'s quantities. A sanction that names no agent ("71 individuals are made subject to an asset freeze") is imposed by the agent of the article\'s previous sanction, and one naming nobody also takes its first target. A leader imposing sanctions stands for their state.',
    'casualties': 'People killed, wounded, missing, captured or displaced, with the `affected` actor and counts (`what` is the subtype). Example: "At least 30 civilians were killed in Kharkiv on Tuesday." gives ≥30 killed, location Kharkiv, affected Ukraine (the place\'s country when no victim group is named).',
    'force_size': 'Personnel estimates and breakdowns, recruitment, mobilisation, troops sent abroad. Example: "the force now numbers about 50,000, including 10,000 contractors and 40,000 convicts" gives three quantities. With no one named, the article\'s current topic (last state, armed group or government body) is affected.',
    'funding': 'Spending, payments, aid packages, state contracts: amount, currency, rate. Example: "is spending more than $100 million each month" gives >$100M per month. Money in a sentence goes to its funding event before an arms deal or a sanction.',
    'military_operation': 'Attacks, strikes, shelling, sieges, offensives, captures, invasions, occupations, missile launches, mutinies, deployments, withdrawals. An attack on a place with no named target has the place\'s country as target.',
    'accusation': 'Accusations, allegations, blame, denials (modality alleged or denied). A person accusing stands for their state or organisation on the article date, and becomes the source. An accusation is dated by when it was made, not by the dates of what it alleges. A denial of a fact named after it in the sentence ("denied that it had received any weapons") is that fact with modality `denied`, not a separate accusation.',
    'other': 'Recordable facts outside the seven main types: vetoes, broken diplomatic ties, asylum, investigations opened, military training, signed or cancelled treaties and agreements, evacuations, support to an operation, coups, missions ended, hostage taking. The subtype says which. A leader acting stands for their state, as in statements.',
    'statement': 'Condemnations, warnings and threats, assessments, confirmations, calls and demands, approvals. When nothing else in a sentence is an event, reported speech itself is a statement (`statement.say`, requirement `alone`), made by the speaker\'s state or organisation; so is a named person\'s report of facts whose actors are not their own side ("Borrell said Russia attacked Odesa"). Statements are dated by when they were made, never by dates inside what was said. Not recorded: negated statements ("did not confirm"), statements with no agent, counterfactuals ("would have called on"), a participle continuing a statement (", describing it as"), a statement noun that another statement is about ("concurred with the American assessment"). "Threatened to impose sanctions" is the sanction with modality `threatened`, not a separate threat.',
}

rows = [l.split('\t') for l in open('data/triggers.tsv', encoding='utf-8').read().split('\n')
        if l and not l.startswith('#') and not l.startswith('id\t')]
by_type = collections.OrderedDict()
for r in rows:
    by_type.setdefault(r[3], []).append(r)
out = ['# Event taxonomy', '',
       'Every event has a `type`, a `subtype` and the id of the rule that fired (`rule`), all from',
       '`data/triggers.tsv`. This page is generated from that file by `scripts/gen-events-doc.py`.',
       '`eventdb show ID` prints the rule of any stored event.', '',
       'Modality applies to every type: asserted, planned (will, would, plans to, pledges), threatened',
       '(threatens to, warns), alleged (allegedly, accused of, reportedly), denied (denies, rejects),',
       'negated (did not, never, no, would have). Roles: agent, recipient, target, affected. Slots say where an',
       'argument is found: `subj`, `obj`, `poss` (possessive or nationality before a noun) or a',
       'preposition; in the passive the subject takes the object\'s role and `by` gives the agent.',
       'Requirements: `item` (an arms item in the clause), `money`, `people` (a count of people),',
       '`place` (a place right after the trigger), `alone` (only when nothing else fired).', '']
for t, rs in by_type.items():
    out += [f'## {t}', '', DESCRIPTIONS.get(t, ''), '',
            '| rule | pattern | subtype | slots | requires | CAMEO | PLOVER |',
            '|---|---|---|---|---|---|---|']
    for r in rs:
        modality = f' ({r[5]})' if r[5] else ''
        out.append(f'| `{r[0]}` | {r[1]} ({r[2]}) | {r[4]}{modality} | {r[6]} | {r[7]} | {r[8]} | {r[9]} |')
    out.append('')
out += ['## Codes', '',
        'CAMEO codes are Conflict and Mediation Event Observations verb codes (072 provide military aid, '
        '071 provide economic aid, 163 impose embargo, boycott or sanctions, 085 ease economic sanctions, '
        '1312 threaten with sanctions, 190 use conventional military force, 191 impose blockade, '
        '192 occupy territory, 194 fight with artillery and tanks, 195 employ aerial weapons, '
        '152 increase military alert status, 154 mobilize or increase armed forces, 0874 retreat or '
        'surrender militarily, 112 accuse, 125 reject, 111 criticize or denounce, 130 threaten, 100 demand, '
        '051 praise or endorse, 010 make statement, 0233 appeal for military aid, 161 reduce or break diplomatic relations, 057 sign formal agreement). PLOVER codes are '
        'categories of the Political Language Ontology for Verifiable Event Records (AID, SANCTION, '
        'ASSAULT, COERCE, MOBILIZE, RETREAT, ACCUSE, REJECT, THREATEN, DEMAND, DISAPPROVE, AGREE, '
        'REQUEST, CONCEDE, INVESTIGATE, SUPPORT). Both are approximate mappings chosen per rule.', '']
open('docs/events.md', 'w', encoding='utf-8').write('\n'.join(out))
