#!/usr/bin/env python3
"""Writes docs/events.md from data/triggers.tsv (run from the project root after changing rules;
tests/unit/extract_events_test.cpp checks that every rule id appears in the page)."""
import collections

DESCRIPTIONS = {
    'arms_transfer': 'Weapons changing hands: sale, delivery, supply, shipment, pledge/aid package, purchase, request, re-export permission. `items` lists what was transferred. Example: "Iran delivered hundreds of drones to Russia last month." gives Iran (agent) → Russia (recipient), items `drones`, date at month grain. Weapons listed after ", including" or ", such as" are the items of the transfer; "X took delivery of Y" makes X the recipient; in \"weapons supplied to Kyiv\" (a participle right after the arms) the subject of the sentence is no party. Transfers of one sentence between the same parties with the same modality are one event; a transfer that names no giver and no receiver, even after the article context, is dropped.',
    'sanction': 'Restrictive measures: imposed, designated, announced, extended, threatened, proposed, vetoed, lifted or suspended; restrictions and penalties, asset freezes, travel bans, embargoes, export bans and controls, secondary-sanction threats. Example: "New sanctions were imposed on Belarus by the European Union." gives EU (agent) → Belarus (target). Counts of listed people and entities are the sanction\'s quantities. A sanction that names no agent ("71 individuals are made subject to an asset freeze") is imposed by the agent of the article\'s previous sanction, and one naming nobody also takes its first target. A leader imposing sanctions stands for their state. A sanction noun after "those" or "these" ("the panel monitoring those sanctions") names sanctions told before: no new event.',
    'casualties': 'People killed, wounded, lost, missing, captured or displaced, with the `affected` actor and counts (`what` is the subtype). Example: "At least 30 civilians were killed in Kharkiv on Tuesday." gives ≥30 killed, location Kharkiv, affected Ukraine. When no victim group is named, the affected side is found in this order: the owner of the counted people ("14 of its soldiers", "84 Wagner fighters"), a state set by "in" ("killed in Lebanon"), the place of the clause, the target of an operation in the same sentence (whose agent and text date the victims also take: "stormed the town on Tuesday, killing 40"), the country of a place named anywhere in the sentence (counted victims only), else the article\'s setting (country of the last place named; before any place, the last victims counted). Killed and wounded counts of one sentence are one `killed_and_wounded` event; two reports with no count in common are two facts. A count of people right before the verb is its subject, and the speaker is never the victim. One person fleeing is no displacement (`flee` needs a count). A vague plural is at least two of its unit: dozens ≥ 24, hundreds ≥ 200, thousands ≥ 2,000, tens of thousands ≥ 20,000; "N of them" is part of the count before it.',
    'force_size': 'Personnel estimates and breakdowns, recruitment, mobilisation, troops sent abroad. Example: "the force now numbers about 50,000, including 10,000 contractors and 40,000 convicts" gives three quantities. A force size needs a count (a bare "by 137,000" counts), and one sentence counting one force several ways is one event. A count of an armed force named in the text ("11,000 North Korean troops were in Kursk") is its size, unless the sentence reports them as casualties; a count of soldiers next to a casualty word is a casualty. A person stands for their state. With no one named, the state or group the sentence opens with is affected, else the nearest state, group or organisation earlier in the clause (the speaker included: "NATO said allied troops..."), else the forces last counted in the article, else its current topic (last state, armed group or government body). Two reports with different totals are two facts.',
    'funding': 'Spending, payments, aid packages, appeals, state contracts, suspensions of aid: amount, currency, rate. Example: "is spending more than $100 million each month" gives >$100M per month. Money in a sentence goes to its funding event before an arms deal or a sanction. A funding event naming no giver and no receiver after the article context is dropped. Aid, packages, appeals and mobilised money need an amount; "suspend/halt aid", "pause funding/contributions" do not. People counted in the sentence that no casualty or force size claims are those the funding pays for ("to help 11 million people"). Aid or an appeal naming no one goes to the country the article is set in.',
    'military_operation': 'Attacks, strikes, shelling, sieges, offensives, captures, invasions, occupations, missile launches, mutinies, deployments, withdrawals. An attack, strike, shelling, capture, siege, offensive, raid or occupation of a place with no named target has the place\'s country as target. Not recorded: operations in a condition ("if either is attacked"), a capability ("rockets that can strike") or named in passing after a preposition ("in response to the invasion", "since Russia\'s invasion"). With several operations in one sentence, each takes the date between it and the next. An operation told without its agent continues the one told in the two sentences before (never against that agent\'s own country). "Rebels led by X": X is the agent.',
    'accusation': 'Accusations, allegations, blame, denials (modality alleged or denied). A person accusing stands for their state or organisation on the article date, and becomes the source. An accusation is dated by when it was made, not by the dates of what it alleges. A denial of a fact named after it in the sentence ("denied that it had received any weapons") is that fact with modality `denied`, not a separate accusation.',
    'other': 'Recordable facts outside the seven main types: vetoes, broken diplomatic ties, asylum, investigations opened, military training, signed, ratified or cancelled treaties and agreements, envoys summoned, expelled or recalled, ties broken or restored, ceasefires agreed, prisoner exchanges, talks held, visits, arrests (made, when no one is named, by the authorities of the country the article is set in), states leaving a bloc or an alliance, evacuations, support to an operation, coups, missions ended, hostage taking. The subtype says which. A leader acting stands for their state, as in statements. A treaty, agreement, pact or accord named before the verb that signs it ("the treaty that Putin and Kim signed in June") is signed (`other.sign`). Not recorded: a fact someone is urged, asked or called on to do ("urged both sides to agree to a ceasefire").',
    'statement': 'Condemnations, warnings and threats, assessments, confirmations, calls and demands, approvals. When nothing else in a sentence is an event, reported speech itself is a statement (`statement.say`, requirement `alone`), made by the speaker\'s state or organisation; so is a named person\'s report of facts whose actors are not their own side ("Borrell said Russia attacked Odesa"), but a sentence telling a count of people is never a statement ("Kirby said Wagner had lost 1,000 fighters", "Israel says 130 hostages remain": the speaker is the count\'s source). "The Government of X", "the President of X" speak for X; in "summoned the ambassador to the ministry and demanded", the second verb has the first one\'s subject. Statements are dated by when they were made, never by dates inside what was said. Not recorded: negated statements ("did not confirm"), statements with no agent, counterfactuals ("would have called on"), a participle continuing a statement (", describing it as"), a statement noun that another statement is about ("concurred with the American assessment"). "Threatened to impose sanctions" is the sanction with modality `threatened`, not a separate threat.',
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
       'Modality applies to every type: asserted, planned (will, would, plans to, pledges, is preparing to, is considering), threatened',
       '(threatens to, warns), alleged (allegedly, accused of, reportedly), denied (denies, rejects),',
       'negated (did not, never, no, would have; but "did not rule out" holds a possibility open: threatened). Roles: agent, recipient, target, affected. Slots say where an',
       'argument is found: `subj`, `obj`, `poss` (possessive or nationality before a noun) or a',
       'preposition; in the passive the subject takes the object\'s role and `by` gives the agent.',
       'Requirements: `item` (an arms item in the clause), `money`, `people` (a count of people, or a bare count of 100 or more),',
       '`place` (a place right after the trigger), `land` (a place, or unnamed land right after "into": "advanced into the eastern districts"),',
       '`alone` (only when nothing else fired).', '']
out += ['Dates: the time expression of the trigger\'s clause; with several triggers in a sentence,',
        'the date between a trigger and the next one; a date opening the sentence, or the',
        'sentence\'s one date told before the trigger; else the publication date (basis',
        '`published`). A date in a clause opened by "since" ("since the war began in February 2022")',
        'becomes a range to the publication date; a start date without a year ("from Dec. 1") is',
        'the one nearest the publication date, even when still to come; a month or day without',
        'its year told in the past ("were killed in March") is never after the publication date.',
        'Without a date of their own, victims of an operation take its date, victims told in the',
        'past perfect ("had been wounded") the date of the last dated casualties (three sentences',
        'back at most), and a sentence opening with "That"/"This" the date of the fact before it.',
        'Also without a date of their own: victims of "the attack" / "that violence" take the',
        'date of the operation or toll just told (two sentences back at most); "33 of them" the',
        'date of the previous sentence\'s event; a sum in a sentence opening with "It" the date',
        'and parties of the funding just told; a trigger in a clause led by "a day / two days / a',
        'week after" that long before the last day named (else the publication day). "A day',
        'later" and "the next day" count from the last day named in an earlier sentence. Money',
        'given "for 2025" is dated by when it was given, not by the period it covers; triggers',
        'joined by "and"/"or" ("killed and wounded") share one date.', '']
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
        '051 praise or endorse, 010 make statement, 0233 appeal for military aid, 161 reduce or break diplomatic relations, 057 sign formal agreement, 042 make a visit, 166 expel or withdraw, 064 establish diplomatic relations, 0871 declare ceasefire, 0841 return or release persons, 046 engage in negotiation). PLOVER codes are '
        'categories of the Political Language Ontology for Verifiable Event Records (AID, SANCTION, '
        'ASSAULT, COERCE, MOBILIZE, RETREAT, ACCUSE, REJECT, THREATEN, DEMAND, DISAPPROVE, AGREE, '
        'REQUEST, CONCEDE, INVESTIGATE, SUPPORT, CONSULT, COOPERATE). Both are approximate mappings chosen per rule.', '']
open('docs/events.md', 'w', encoding='utf-8').write('\n'.join(out))
