$ eventdb import -q sample_data/01_pentagon_north_korea_wagner_arms.txt sample_data/05_analysis_wagner_mali_undated.txt sample_data/10_wire_north_korean_troops_kursk.txt sample_data/21_wire_bamako_attack_mali.txt
eventdb: warning: sample_data/05_analysis_wagner_mali_undated.txt: no publication date; relative dates stay unresolved (give --published YYYY-MM-DD)
$ eventdb actors wagner
name          kind         code  events
Wagner Group  armed_group            11
1 actor with events (--all lists every actor)
$ eventdb actors --kind person
name               kind    code  events
Yevgeny Prigozhin  person             1
1 actor with events (--all lists every actor)
$ eventdb actors korea --all --kind state
name         kind   code  events
North Korea  state  PRK        6
South Korea  state  KOR        0
2 actors
$ eventdb actors show "pmc wagner"
Wagner Group
  kind:    armed_group
  parent:  Russia
  origin:  dictionary
  aliases:
    PMC Wagner (name)
    Wagner (name)
    Wagner fighters (name)
    Wagner mercenaries (name)
    Wagner mercenary group (name)
    Wagner PMC (name)
    Wagner private military company (name)
  events:  11, first 2021-12-01, last 2025-06-30
$ eventdb actors show "Antony Blinken"
Antony Blinken
  kind:    person
  parent:  United States
  origin:  dictionary
  aliases:
    Antony J. Blinken (name)
    Tony Blinken (name)
  roles:
    Deputy Secretary of State, United States, 2015-01-09..2017-01-20
    Secretary of State, United States, 2021-01-26..2025-01-20
  events:  0
$ eventdb actors show Atlantis
eventdb: error: no actor named 'Atlantis'
[exit 1]
$ eventdb actors --kind planet
eventdb: error: --kind: unknown kind 'planet' (state, government_body, organisation, armed_group, company, person, place, unknown)
[exit 2]
$ eventdb actors add "Jaish al-Adl" --kind armed_group --alias "Army of Justice" --alias "?demonym:Adli" --parent Iran
added Jaish al-Adl (armed_group) with 2 aliases
$ eventdb actors show "army of justice"
Jaish al-Adl
  kind:    armed_group
  parent:  Iran
  origin:  user
  aliases:
    Adli (demonym, ambiguous, user)
    Army of Justice (name, user)
  events:  0
$ eventdb actors add "Jaish al-Adl" --kind armed_group
eventdb: error: an actor named 'Jaish al-Adl' exists already
[exit 1]
$ eventdb actors add Nowhere --kind planet
eventdb: error: --kind: unknown kind 'planet' (state, government_body, organisation, armed_group, company, person, place)
[exit 2]
$ eventdb actors add Nowhere --kind state --alias Wagner
eventdb: error: alias 'Wagner' already names 'Wagner Group'
[exit 1]
$ eventdb actors alias Wagner "PMC W"
'PMC W' now names Wagner Group
$ eventdb actors alias "North Korea" Wagner
eventdb: error: alias 'Wagner' already names 'Wagner Group'
[exit 1]
$ eventdb actors alias Atlantis Foo
eventdb: error: no actor named 'Atlantis'
[exit 1]
$ eventdb actors show "Sadio Camara"
Sadio Camara
  kind:    unknown
  origin:  text
  aliases: none
  events:  1, first 2023-07-01, last 2023-07-31
$ eventdb actors add "Col. Sadio Camara" --kind person --parent Mali
added Col. Sadio Camara (person)
$ eventdb actors alias "Col. Sadio Camara" "Sadio Camara"
'Sadio Camara' now names Col. Sadio Camara
$ eventdb actors show "Sadio Camara"
Col. Sadio Camara
  kind:    person
  parent:  Mali
  origin:  user
  aliases:
    Sadio Camara (name, user)
  events:  1, first 2023-07-01, last 2023-07-31
$ eventdb actors merge "Africa Corps" "Wagner Group"
merged Africa Corps into Wagner Group
$ eventdb actors show "Africa Corps"
Wagner Group
  kind:    armed_group
  parent:  Russia
  origin:  dictionary
  aliases:
    Africa Corps (name, user)
    Africa Corps of the Russian Defence Ministry (name, user)
    PMC W (name, user)
    PMC Wagner (name)
    Russian Africa Corps (name, user)
    Wagner (name)
    Wagner fighters (name)
    Wagner mercenaries (name)
    Wagner mercenary group (name)
    Wagner PMC (name)
    Wagner private military company (name)
  events:  11, first 2021-12-01, last 2025-06-30
$ eventdb timeline "Africa Corps" --type arms_transfer
Wagner Group: 2 events

2022
  November 2022
    2022-11     arms_transfer/supply    North Korea → Wagner Group [rockets, missiles] — Pat Ryder
                Wagner Group as recipient · event #1 · article 1 "Pentagon backs White House account of North Korean arms for Wagner" (2022-12-23)
  December 2022
    2022-12-23  arms_transfer/delivery  North Korea → Wagner Group [weapons] (denied)
                Wagner Group as recipient · event #8 · article 1 "Pentagon backs White House account of North Korean arms for Wagner" (2022-12-23)
$ eventdb actors merge Wagner "PMC Wagner"
eventdb: error: 'Wagner' and 'PMC Wagner' are the same actor ('Wagner Group')
[exit 1]
$ eventdb actors merge Atlantis Wagner
eventdb: error: no actor named 'Atlantis'
[exit 1]
