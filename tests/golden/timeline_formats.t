$ eventdb import -q sample_data/01_pentagon_north_korea_wagner_arms.txt sample_data/02_ofac_iran_drone_network.txt sample_data/03_eu_council_eleventh_package.txt sample_data/04_ocha_sudan_el_fasher_sitrep.txt sample_data/05_analysis_wagner_mali_undated.txt sample_data/06_wire_us_himars_ukraine.txt sample_data/07_wire_germany_leopard_pledge.txt sample_data/08_funding_us_2_5_billion_package.txt sample_data/09_force_size_russia_army_decree.txt sample_data/10_wire_north_korean_troops_kursk.txt sample_data/11_casualty_update_gaza_30000.txt sample_data/12_wire_us_uk_strikes_houthis.txt sample_data/13_wire_trump_threatens_russia_sanctions.txt sample_data/14_wire_eu_lifts_syria_sanctions.txt sample_data/15_wire_russia_vetoes_sudan_resolution.txt sample_data/16_wire_iran_missiles_russia_sanctions.txt sample_data/17_wire_rebels_seize_damascus.txt sample_data/18_casualty_update_ukraine_civilians.txt sample_data/19_accusations_kakhovka_dam.txt sample_data/20_condemnation_russia_north_korea_pact.txt sample_data/21_wire_bamako_attack_mali.txt sample_data/22_analysis_shahed_drones_undated.txt
eventdb: warning: sample_data/05_analysis_wagner_mali_undated.txt: no publication date; relative dates stay unresolved (give --published YYYY-MM-DD)
eventdb: warning: sample_data/22_analysis_shahed_drones_undated.txt: no publication date; relative dates stay unresolved (give --published YYYY-MM-DD)
$ eventdb timeline "Wagner Group"
Wagner Group: 11 events

2021
  December 2021
    2021-12                  military_operation/deployment  Wagner Group
                             Wagner Group as agent · event #42 · article 5 "From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali"

2022
  2022 (longer than a month)
    2022-01..2022-04         force_size/personnel           affected: Wagner Group: ≈1,000 personnel
                             Wagner Group as affected · event #43 · article 5 "From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali"
  November 2022
    2022-11                  arms_transfer/supply           North Korea → Wagner Group [rockets, missiles] — Pat Ryder
                             Wagner Group as recipient · event #1 · article 1 "Pentagon backs White House account of North Korean arms for Wagner" (2022-12-23)
  December 2022
    ~2022-12-02..2022-12-23  casualties/killed              affected: Wagner Group: ≈1,000 killed in Bakhmut — John Kirby
                             Wagner Group as affected · event #6 · article 1 "Pentagon backs White House account of North Korean arms for Wagner" (2022-12-23)
    2022-12-23               sanction/imposed               United States → Wagner Group (planned) — John Kirby
                             Wagner Group as target · event #3 · article 1 "Pentagon backs White House account of North Korean arms for Wagner" (2022-12-23)
    2022-12-23               force_size/recruitment         affected: Wagner Group: ≈50,000 people, ≈10,000 contractors, 40,000 convicts
                             Wagner Group as affected · event #4 · article 1 "Pentagon backs White House account of North Korean arms for Wagner" (2022-12-23)
    2022-12-23               funding/spending               Wagner Group: >$100M/month
                             Wagner Group as agent · event #5 · article 1 "Pentagon backs White House account of North Korean arms for Wagner" (2022-12-23)
    2022-12-23               arms_transfer/delivery         North Korea → Wagner Group [weapons] (denied)
                             Wagner Group as recipient · event #8 · article 1 "Pentagon backs White House account of North Korean arms for Wagner" (2022-12-23)

2025
  June 2025
    2025-06                  statement/announcement         Wagner Group — Wagner Group
                             Wagner Group as agent · event #57 · article 5 "From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali"

Undated
    undated                  statement/confirmation         Wagner Group — Wagner Group
                             Wagner Group as agent · event #53 · article 5 "From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali"
    undated                  casualties/killed              affected: Wagner Group, Malian Armed Forces: 84 killed, 47 killed — Wagner Group
                             Wagner Group as affected · event #54 · article 5 "From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali"
$ eventdb timeline wagner --format markdown
# Timeline: Wagner Group

11 events.

## 2021

### December 2021

| Date | Type | Event | Role | Source | Article |
|---|---|---|---|---|---|
| 2021-12 | military_operation/deployment | Wagner Group | Wagner Group as agent |  | [From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali](<https://example.net/analysis/wagner-mali-legacy>) (article 5, event #42) |

## 2022

### 2022 (longer than a month)

| Date | Type | Event | Role | Source | Article |
|---|---|---|---|---|---|
| 2022-01..2022-04 | force_size/personnel | affected: Wagner Group: ≈1,000 personnel | Wagner Group as affected |  | [From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali](<https://example.net/analysis/wagner-mali-legacy>) (article 5, event #43) |

### November 2022

| Date | Type | Event | Role | Source | Article |
|---|---|---|---|---|---|
| 2022-11 | arms_transfer/supply | North Korea → Wagner Group [rockets, missiles] | Wagner Group as recipient | Pat Ryder | [Pentagon backs White House account of North Korean arms for Wagner](<https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms>) (article 1, event #1) |

### December 2022

| Date | Type | Event | Role | Source | Article |
|---|---|---|---|---|---|
| ~2022-12-02..2022-12-23 | casualties/killed | affected: Wagner Group: ≈1,000 killed in Bakhmut | Wagner Group as affected | John Kirby | [Pentagon backs White House account of North Korean arms for Wagner](<https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms>) (article 1, event #6) |
| 2022-12-23 | sanction/imposed | United States → Wagner Group (planned) | Wagner Group as target | John Kirby | [Pentagon backs White House account of North Korean arms for Wagner](<https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms>) (article 1, event #3) |
| 2022-12-23 | force_size/recruitment | affected: Wagner Group: ≈50,000 people, ≈10,000 contractors, 40,000 convicts | Wagner Group as affected |  | [Pentagon backs White House account of North Korean arms for Wagner](<https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms>) (article 1, event #4) |
| 2022-12-23 | funding/spending | Wagner Group: >$100M/month | Wagner Group as agent |  | [Pentagon backs White House account of North Korean arms for Wagner](<https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms>) (article 1, event #5) |
| 2022-12-23 | arms_transfer/delivery | North Korea → Wagner Group [weapons] (denied) | Wagner Group as recipient |  | [Pentagon backs White House account of North Korean arms for Wagner](<https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms>) (article 1, event #8) |

## 2025

### June 2025

| Date | Type | Event | Role | Source | Article |
|---|---|---|---|---|---|
| 2025-06 | statement/announcement | Wagner Group | Wagner Group as agent | Wagner Group | [From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali](<https://example.net/analysis/wagner-mali-legacy>) (article 5, event #57) |

## Undated

| Date | Type | Event | Role | Source | Article |
|---|---|---|---|---|---|
| undated | statement/confirmation | Wagner Group | Wagner Group as agent | Wagner Group | [From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali](<https://example.net/analysis/wagner-mali-legacy>) (article 5, event #53) |
| undated | casualties/killed | affected: Wagner Group, Malian Armed Forces: 84 killed, 47 killed | Wagner Group as affected | Wagner Group | [From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali](<https://example.net/analysis/wagner-mali-legacy>) (article 5, event #54) |
$ eventdb timeline wagner --format csv
id,date_value,grain,first,last,type,subtype,modality,actors,quantities,source,article_id,article_title,sentence
42,2021-12,month,2021-12-01,2021-12-31,military_operation,deployment,asserted,Wagner Group (agent),,,5,From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali,"When the first Wagner Group fighters landed in Bamako in December 2021, Mali's military rulers presented them as trainers who would help turn the tide against jihadist insurgents."
43,2022-01..2022-04,range,2022-01-01,2022-04-30,force_size,personnel,asserted,Wagner Group (affected),"≈1,000 personnel",,5,From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali,"French and other European officials said in early 2022 that roughly 1,000 Wagner personnel were operating in the country, a figure the Malian authorities never confirmed."
1,2022-11,month,2022-11-01,2022-11-30,arms_transfer,supply,asserted,North Korea (agent); Wagner Group (recipient),,Pat Ryder,1,Pentagon backs White House account of North Korean arms for Wagner,"WASHINGTON, Dec. 23 — A Pentagon spokesman on Friday endorsed the White House's conclusion that North Korea had armed Russia's Wagner Group, saying the private military company was increasingly turning to foreign suppliers to keep its fighters in the field around the eastern Ukrainian city of Bakhmut."
6,~2022-12-02..2022-12-23,approx,2022-12-02,2022-12-23,casualties,killed,asserted,Wagner Group (affected),"≈1,000 killed",John Kirby,1,Pentagon backs White House account of North Korean arms for Wagner,"Kirby said Wagner had lost about 1,000 fighters killed in recent weeks in the fighting near Bakhmut, where its units have been leading Russian assaults since the summer."
3,2022-12-23,day,2022-12-23,2022-12-23,sanction,imposed,planned,United States (agent); Wagner Group (target),,John Kirby,1,Pentagon backs White House account of North Korean arms for Wagner,Kirby said Washington would impose additional sanctions on Wagner and on those who support it.
4,2022-12-23,day,2022-12-23,2022-12-23,force_size,recruitment,asserted,Wagner Group (affected),"≈50,000 people; ≈10,000 contractors; 40,000 convicts",,1,Pentagon backs White House account of North Korean arms for Wagner,"By Washington's count, Wagner now has about 50,000 people deployed in Ukraine, of whom roughly 10,000 are contractors and 40,000 are convicts recruited from Russian prisons."
5,2022-12-23,day,2022-12-23,2022-12-23,funding,spending,asserted,Wagner Group (agent),>$100M/month,,1,Pentagon backs White House account of North Korean arms for Wagner,"The group is spending more than $100 million a month on the war, the officials said."
8,2022-12-23,day,2022-12-23,2022-12-23,arms_transfer,delivery,denied,Wagner Group (recipient); North Korea (agent),,,1,Pentagon backs White House account of North Korean arms for Wagner,"Yevgeny Prigozhin, Wagner's founder, also denied that his company had received any North Korean weapons."
57,2025-06,month,2025-06-01,2025-06-30,statement,announcement,asserted,Wagner Group (agent),,Wagner Group,5,From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali,"In June 2025, Wagner announced that its mission in Mali was complete."
53,,unknown,,,statement,confirmation,asserted,Wagner Group (agent),,Wagner Group,5,From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali,"Wagner-linked channels acknowledged heavy losses, and the rebels claimed to have killed 84 Wagner fighters and 47 Malian soldiers, figures that could not be verified."
54,,unknown,,,casualties,killed,asserted,Wagner Group (affected); Malian Armed Forces (affected),84 killed; 47 killed,Wagner Group,5,From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali,"Wagner-linked channels acknowledged heavy losses, and the rebels claimed to have killed 84 Wagner fighters and 47 Malian soldiers, figures that could not be verified."
$ eventdb timeline wagner --format json
[
{"id":42,"type":"military_operation","subtype":"deployment","modality":"asserted","date":{"value":"2021-12","grain":"month","first":"2021-12-01","last":"2021-12-31","text":"December 2021","basis":"text"},"actors":[{"name":"Wagner Group","role":"agent","kind":"armed_group","mention":"Wagner Group"}],"source":null,"quantities":[],"items":[],"location":null,"codes":{"cameo":"152","plover":"MOBILIZE"},"rule":"operation.land","evidence":{"sentence":"When the first Wagner Group fighters landed in Bamako in December 2021, Mali's military rulers presented them as trainers who would help turn the tide against jihadist insurgents.","start":0,"end":179},"article":{"id":5,"title":"From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali","url":"https://example.net/analysis/wagner-mali-legacy","published":null}},
{"id":43,"type":"force_size","subtype":"personnel","modality":"asserted","date":{"value":"2022-01..2022-04","grain":"range","first":"2022-01-01","last":"2022-04-30","text":"early 2022","basis":"text"},"actors":[{"name":"Wagner Group","role":"affected","kind":"armed_group","mention":"Wagner"}],"source":null,"quantities":[{"value":1000,"unit":"person","what":"personnel","approx":"approximate","per":null,"text":"roughly 1,000 Wagner personnel"}],"items":[],"location":null,"codes":{"cameo":"154","plover":"MOBILIZE"},"rule":"force.troops","evidence":{"sentence":"French and other European officials said in early 2022 that roughly 1,000 Wagner personnel were operating in the country, a figure the Malian authorities never confirmed.","start":416,"end":586},"article":{"id":5,"title":"From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali","url":"https://example.net/analysis/wagner-mali-legacy","published":null}},
{"id":1,"type":"arms_transfer","subtype":"supply","modality":"asserted","date":{"value":"2022-11","grain":"month","first":"2022-11-01","last":"2022-11-30","text":"November","basis":"text"},"actors":[{"name":"North Korea","role":"agent","kind":"state","mention":"North Korea"},{"name":"Wagner Group","role":"recipient","kind":"armed_group","mention":"Wagner Group"}],"source":{"name":"Pat Ryder"},"quantities":[],"items":["rockets","missiles"],"location":null,"codes":{"cameo":"072","plover":"AID"},"rule":"arms.arm","evidence":{"sentence":"WASHINGTON, Dec. 23 — A Pentagon spokesman on Friday endorsed the White House's conclusion that North Korea had armed Russia's Wagner Group, saying the private military company was increasingly turning to foreign suppliers to keep its fighters in the field around the eastern Ukrainian city of Bakhmut.","start":0,"end":304},"more_evidence":[{"sentence":"Gen. Pat Ryder, the Pentagon press secretary, told reporters that U.S. intelligence supported the account that a shipment of infantry rockets and missiles had reached Wagner in November.","start":312,"end":498}],"article":{"id":1,"title":"Pentagon backs White House account of North Korean arms for Wagner","url":"https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms","published":"2022-12-23"}},
{"id":6,"type":"casualties","subtype":"killed","modality":"asserted","date":{"value":"~2022-12-02..2022-12-23","grain":"approx","first":"2022-12-02","last":"2022-12-23","text":"recent weeks","basis":"text"},"actors":[{"name":"Wagner Group","role":"affected","kind":"armed_group","mention":"Wagner"}],"source":{"name":"John Kirby"},"quantities":[{"value":1000,"unit":"person","what":"killed","approx":"approximate","per":null,"text":"about 1,000 fighters"}],"items":[],"location":{"name":"Bakhmut","country":"Ukraine"},"codes":{"cameo":"190","plover":"ASSAULT"},"rule":"casualties.kill","evidence":{"sentence":"Kirby said Wagner had lost about 1,000 fighters killed in recent weeks in the fighting near Bakhmut, where its units have been leading Russian assaults since the summer.","start":1300,"end":1469},"article":{"id":1,"title":"Pentagon backs White House account of North Korean arms for Wagner","url":"https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms","published":"2022-12-23"}},
{"id":3,"type":"sanction","subtype":"imposed","modality":"planned","date":{"value":"2022-12-23","grain":"day","first":"2022-12-23","last":"2022-12-23","text":null,"basis":"published"},"actors":[{"name":"United States","role":"agent","kind":"state","mention":"Washington"},{"name":"Wagner Group","role":"target","kind":"armed_group","mention":"Wagner"}],"source":{"name":"John Kirby"},"quantities":[],"items":[],"location":null,"codes":{"cameo":"163","plover":"SANCTION"},"rule":"sanction.impose","evidence":{"sentence":"Kirby said Washington would impose additional sanctions on Wagner and on those who support it.","start":826,"end":920},"article":{"id":1,"title":"Pentagon backs White House account of North Korean arms for Wagner","url":"https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms","published":"2022-12-23"}},
{"id":4,"type":"force_size","subtype":"recruitment","modality":"asserted","date":{"value":"2022-12-23","grain":"day","first":"2022-12-23","last":"2022-12-23","text":null,"basis":"published"},"actors":[{"name":"Wagner Group","role":"affected","kind":"armed_group","mention":"Wagner"}],"source":null,"quantities":[{"value":50000,"unit":"person","what":"people","approx":"approximate","per":null,"text":"about 50,000 people"},{"value":10000,"unit":"person","what":"contractors","approx":"approximate","per":null,"text":"roughly 10,000 are contractors"},{"value":40000,"unit":"person","what":"convicts","approx":"exact","per":null,"text":"40,000 are convicts"}],"items":[],"location":null,"codes":{"cameo":"154","plover":"MOBILIZE"},"rule":"force.recruit","evidence":{"sentence":"By Washington's count, Wagner now has about 50,000 people deployed in Ukraine, of whom roughly 10,000 are contractors and 40,000 are convicts recruited from Russian prisons.","start":1006,"end":1179},"article":{"id":1,"title":"Pentagon backs White House account of North Korean arms for Wagner","url":"https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms","published":"2022-12-23"}},
{"id":5,"type":"funding","subtype":"spending","modality":"asserted","date":{"value":"2022-12-23","grain":"day","first":"2022-12-23","last":"2022-12-23","text":null,"basis":"published"},"actors":[{"name":"Wagner Group","role":"agent","kind":"armed_group","mention":"The group"}],"source":null,"quantities":[{"value":100000000,"unit":"USD","what":null,"approx":"more_than","per":"month","text":"more than $100 million a month"}],"items":[],"location":null,"codes":{"cameo":"071","plover":"AID"},"rule":"funding.spend","evidence":{"sentence":"The group is spending more than $100 million a month on the war, the officials said.","start":1180,"end":1264},"article":{"id":1,"title":"Pentagon backs White House account of North Korean arms for Wagner","url":"https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms","published":"2022-12-23"}},
{"id":8,"type":"arms_transfer","subtype":"delivery","modality":"denied","date":{"value":"2022-12-23","grain":"day","first":"2022-12-23","last":"2022-12-23","text":null,"basis":"published"},"actors":[{"name":"Wagner Group","role":"recipient","kind":"armed_group","mention":"that his company"},{"name":"North Korea","role":"agent","kind":"state","mention":"North Korean"}],"source":null,"quantities":[],"items":["weapons"],"location":null,"codes":{"cameo":"072","plover":"AID"},"rule":"arms.receive","evidence":{"sentence":"Yevgeny Prigozhin, Wagner's founder, also denied that his company had received any North Korean weapons.","start":1632,"end":1736},"article":{"id":1,"title":"Pentagon backs White House account of North Korean arms for Wagner","url":"https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms","published":"2022-12-23"}},
{"id":57,"type":"statement","subtype":"announcement","modality":"asserted","date":{"value":"2025-06","grain":"month","first":"2025-06-01","last":"2025-06-30","text":"June 2025","basis":"text"},"actors":[{"name":"Wagner Group","role":"agent","kind":"armed_group","mention":"Wagner"}],"source":{"name":"Wagner Group"},"quantities":[],"items":[],"location":null,"codes":{"cameo":"010","plover":null},"rule":"statement.announce","evidence":{"sentence":"In June 2025, Wagner announced that its mission in Mali was complete.","start":2088,"end":2157},"article":{"id":5,"title":"From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali","url":"https://example.net/analysis/wagner-mali-legacy","published":null}},
{"id":53,"type":"statement","subtype":"confirmation","modality":"asserted","date":{"value":null,"grain":"unknown","first":null,"last":null,"text":null,"basis":"published"},"actors":[{"name":"Wagner Group","role":"agent","kind":"armed_group","mention":"Wagner Group"}],"source":{"name":"Wagner Group"},"quantities":[],"items":[],"location":null,"codes":{"cameo":"010","plover":null},"rule":"statement.acknowledge","evidence":{"sentence":"Wagner-linked channels acknowledged heavy losses, and the rebels claimed to have killed 84 Wagner fighters and 47 Malian soldiers, figures that could not be verified.","start":1829,"end":1995},"article":{"id":5,"title":"From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali","url":"https://example.net/analysis/wagner-mali-legacy","published":null}},
{"id":54,"type":"casualties","subtype":"killed","modality":"asserted","date":{"value":null,"grain":"unknown","first":null,"last":null,"text":null,"basis":"published"},"actors":[{"name":"Wagner Group","role":"affected","kind":"armed_group","mention":"Wagner fighters"},{"name":"Malian Armed Forces","role":"affected","kind":"government_body","mention":"Malian soldiers"}],"source":{"name":"Wagner Group"},"quantities":[{"value":84,"unit":"person","what":"killed","approx":"exact","per":null,"text":"84 Wagner fighters"},{"value":47,"unit":"person","what":"killed","approx":"exact","per":null,"text":"47 Malian soldiers"}],"items":[],"location":null,"codes":{"cameo":"190","plover":"ASSAULT"},"rule":"casualties.kill","evidence":{"sentence":"Wagner-linked channels acknowledged heavy losses, and the rebels claimed to have killed 84 Wagner fighters and 47 Malian soldiers, figures that could not be verified.","start":1829,"end":1995},"article":{"id":5,"title":"From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali","url":"https://example.net/analysis/wagner-mali-legacy","published":null}}
]
$ eventdb timeline wagner --format jsonl
{"id":42,"type":"military_operation","subtype":"deployment","modality":"asserted","date":{"value":"2021-12","grain":"month","first":"2021-12-01","last":"2021-12-31","text":"December 2021","basis":"text"},"actors":[{"name":"Wagner Group","role":"agent","kind":"armed_group","mention":"Wagner Group"}],"source":null,"quantities":[],"items":[],"location":null,"codes":{"cameo":"152","plover":"MOBILIZE"},"rule":"operation.land","evidence":{"sentence":"When the first Wagner Group fighters landed in Bamako in December 2021, Mali's military rulers presented them as trainers who would help turn the tide against jihadist insurgents.","start":0,"end":179},"article":{"id":5,"title":"From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali","url":"https://example.net/analysis/wagner-mali-legacy","published":null}}
{"id":43,"type":"force_size","subtype":"personnel","modality":"asserted","date":{"value":"2022-01..2022-04","grain":"range","first":"2022-01-01","last":"2022-04-30","text":"early 2022","basis":"text"},"actors":[{"name":"Wagner Group","role":"affected","kind":"armed_group","mention":"Wagner"}],"source":null,"quantities":[{"value":1000,"unit":"person","what":"personnel","approx":"approximate","per":null,"text":"roughly 1,000 Wagner personnel"}],"items":[],"location":null,"codes":{"cameo":"154","plover":"MOBILIZE"},"rule":"force.troops","evidence":{"sentence":"French and other European officials said in early 2022 that roughly 1,000 Wagner personnel were operating in the country, a figure the Malian authorities never confirmed.","start":416,"end":586},"article":{"id":5,"title":"From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali","url":"https://example.net/analysis/wagner-mali-legacy","published":null}}
{"id":1,"type":"arms_transfer","subtype":"supply","modality":"asserted","date":{"value":"2022-11","grain":"month","first":"2022-11-01","last":"2022-11-30","text":"November","basis":"text"},"actors":[{"name":"North Korea","role":"agent","kind":"state","mention":"North Korea"},{"name":"Wagner Group","role":"recipient","kind":"armed_group","mention":"Wagner Group"}],"source":{"name":"Pat Ryder"},"quantities":[],"items":["rockets","missiles"],"location":null,"codes":{"cameo":"072","plover":"AID"},"rule":"arms.arm","evidence":{"sentence":"WASHINGTON, Dec. 23 — A Pentagon spokesman on Friday endorsed the White House's conclusion that North Korea had armed Russia's Wagner Group, saying the private military company was increasingly turning to foreign suppliers to keep its fighters in the field around the eastern Ukrainian city of Bakhmut.","start":0,"end":304},"more_evidence":[{"sentence":"Gen. Pat Ryder, the Pentagon press secretary, told reporters that U.S. intelligence supported the account that a shipment of infantry rockets and missiles had reached Wagner in November.","start":312,"end":498}],"article":{"id":1,"title":"Pentagon backs White House account of North Korean arms for Wagner","url":"https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms","published":"2022-12-23"}}
{"id":6,"type":"casualties","subtype":"killed","modality":"asserted","date":{"value":"~2022-12-02..2022-12-23","grain":"approx","first":"2022-12-02","last":"2022-12-23","text":"recent weeks","basis":"text"},"actors":[{"name":"Wagner Group","role":"affected","kind":"armed_group","mention":"Wagner"}],"source":{"name":"John Kirby"},"quantities":[{"value":1000,"unit":"person","what":"killed","approx":"approximate","per":null,"text":"about 1,000 fighters"}],"items":[],"location":{"name":"Bakhmut","country":"Ukraine"},"codes":{"cameo":"190","plover":"ASSAULT"},"rule":"casualties.kill","evidence":{"sentence":"Kirby said Wagner had lost about 1,000 fighters killed in recent weeks in the fighting near Bakhmut, where its units have been leading Russian assaults since the summer.","start":1300,"end":1469},"article":{"id":1,"title":"Pentagon backs White House account of North Korean arms for Wagner","url":"https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms","published":"2022-12-23"}}
{"id":3,"type":"sanction","subtype":"imposed","modality":"planned","date":{"value":"2022-12-23","grain":"day","first":"2022-12-23","last":"2022-12-23","text":null,"basis":"published"},"actors":[{"name":"United States","role":"agent","kind":"state","mention":"Washington"},{"name":"Wagner Group","role":"target","kind":"armed_group","mention":"Wagner"}],"source":{"name":"John Kirby"},"quantities":[],"items":[],"location":null,"codes":{"cameo":"163","plover":"SANCTION"},"rule":"sanction.impose","evidence":{"sentence":"Kirby said Washington would impose additional sanctions on Wagner and on those who support it.","start":826,"end":920},"article":{"id":1,"title":"Pentagon backs White House account of North Korean arms for Wagner","url":"https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms","published":"2022-12-23"}}
{"id":4,"type":"force_size","subtype":"recruitment","modality":"asserted","date":{"value":"2022-12-23","grain":"day","first":"2022-12-23","last":"2022-12-23","text":null,"basis":"published"},"actors":[{"name":"Wagner Group","role":"affected","kind":"armed_group","mention":"Wagner"}],"source":null,"quantities":[{"value":50000,"unit":"person","what":"people","approx":"approximate","per":null,"text":"about 50,000 people"},{"value":10000,"unit":"person","what":"contractors","approx":"approximate","per":null,"text":"roughly 10,000 are contractors"},{"value":40000,"unit":"person","what":"convicts","approx":"exact","per":null,"text":"40,000 are convicts"}],"items":[],"location":null,"codes":{"cameo":"154","plover":"MOBILIZE"},"rule":"force.recruit","evidence":{"sentence":"By Washington's count, Wagner now has about 50,000 people deployed in Ukraine, of whom roughly 10,000 are contractors and 40,000 are convicts recruited from Russian prisons.","start":1006,"end":1179},"article":{"id":1,"title":"Pentagon backs White House account of North Korean arms for Wagner","url":"https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms","published":"2022-12-23"}}
{"id":5,"type":"funding","subtype":"spending","modality":"asserted","date":{"value":"2022-12-23","grain":"day","first":"2022-12-23","last":"2022-12-23","text":null,"basis":"published"},"actors":[{"name":"Wagner Group","role":"agent","kind":"armed_group","mention":"The group"}],"source":null,"quantities":[{"value":100000000,"unit":"USD","what":null,"approx":"more_than","per":"month","text":"more than $100 million a month"}],"items":[],"location":null,"codes":{"cameo":"071","plover":"AID"},"rule":"funding.spend","evidence":{"sentence":"The group is spending more than $100 million a month on the war, the officials said.","start":1180,"end":1264},"article":{"id":1,"title":"Pentagon backs White House account of North Korean arms for Wagner","url":"https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms","published":"2022-12-23"}}
{"id":8,"type":"arms_transfer","subtype":"delivery","modality":"denied","date":{"value":"2022-12-23","grain":"day","first":"2022-12-23","last":"2022-12-23","text":null,"basis":"published"},"actors":[{"name":"Wagner Group","role":"recipient","kind":"armed_group","mention":"that his company"},{"name":"North Korea","role":"agent","kind":"state","mention":"North Korean"}],"source":null,"quantities":[],"items":["weapons"],"location":null,"codes":{"cameo":"072","plover":"AID"},"rule":"arms.receive","evidence":{"sentence":"Yevgeny Prigozhin, Wagner's founder, also denied that his company had received any North Korean weapons.","start":1632,"end":1736},"article":{"id":1,"title":"Pentagon backs White House account of North Korean arms for Wagner","url":"https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms","published":"2022-12-23"}}
{"id":57,"type":"statement","subtype":"announcement","modality":"asserted","date":{"value":"2025-06","grain":"month","first":"2025-06-01","last":"2025-06-30","text":"June 2025","basis":"text"},"actors":[{"name":"Wagner Group","role":"agent","kind":"armed_group","mention":"Wagner"}],"source":{"name":"Wagner Group"},"quantities":[],"items":[],"location":null,"codes":{"cameo":"010","plover":null},"rule":"statement.announce","evidence":{"sentence":"In June 2025, Wagner announced that its mission in Mali was complete.","start":2088,"end":2157},"article":{"id":5,"title":"From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali","url":"https://example.net/analysis/wagner-mali-legacy","published":null}}
{"id":53,"type":"statement","subtype":"confirmation","modality":"asserted","date":{"value":null,"grain":"unknown","first":null,"last":null,"text":null,"basis":"published"},"actors":[{"name":"Wagner Group","role":"agent","kind":"armed_group","mention":"Wagner Group"}],"source":{"name":"Wagner Group"},"quantities":[],"items":[],"location":null,"codes":{"cameo":"010","plover":null},"rule":"statement.acknowledge","evidence":{"sentence":"Wagner-linked channels acknowledged heavy losses, and the rebels claimed to have killed 84 Wagner fighters and 47 Malian soldiers, figures that could not be verified.","start":1829,"end":1995},"article":{"id":5,"title":"From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali","url":"https://example.net/analysis/wagner-mali-legacy","published":null}}
{"id":54,"type":"casualties","subtype":"killed","modality":"asserted","date":{"value":null,"grain":"unknown","first":null,"last":null,"text":null,"basis":"published"},"actors":[{"name":"Wagner Group","role":"affected","kind":"armed_group","mention":"Wagner fighters"},{"name":"Malian Armed Forces","role":"affected","kind":"government_body","mention":"Malian soldiers"}],"source":{"name":"Wagner Group"},"quantities":[{"value":84,"unit":"person","what":"killed","approx":"exact","per":null,"text":"84 Wagner fighters"},{"value":47,"unit":"person","what":"killed","approx":"exact","per":null,"text":"47 Malian soldiers"}],"items":[],"location":null,"codes":{"cameo":"190","plover":"ASSAULT"},"rule":"casualties.kill","evidence":{"sentence":"Wagner-linked channels acknowledged heavy losses, and the rebels claimed to have killed 84 Wagner fighters and 47 Malian soldiers, figures that could not be verified.","start":1829,"end":1995},"article":{"id":5,"title":"From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali","url":"https://example.net/analysis/wagner-mali-legacy","published":null}}
$ eventdb timeline wagner --format timelinejs
{
  "title": {
    "text": {
      "headline": "Timeline: Wagner Group",
      "text": "11 events from eventdb (2 undated, not shown)"
    }
  },
  "events": [
    {
      "start_date": {
        "year": "2021",
        "month": "12"
      },
      "display_date": "2021-12",
      "headline": "military_operation/deployment: Wagner Group",
      "text": {
        "headline": "military_operation/deployment: Wagner Group",
        "text": "<blockquote>When the first Wagner Group fighters landed in Bamako in December 2021, Mali&#39;s military rulers presented them as trainers who would help turn the tide against jihadist insurgents.</blockquote><p><a href=\"https://example.net/analysis/wagner-mali-legacy\">From Moura to Tinzaouaten: what Russia&#39;s mercenaries left behind in Mali</a> (article 5, event #42)</p>"
      },
      "group": "military_operation",
      "unique_id": "event-42"
    },
    {
      "start_date": {
        "year": "2022",
        "month": "1"
      },
      "end_date": {
        "year": "2022",
        "month": "4"
      },
      "display_date": "2022-01..2022-04",
      "headline": "force_size/personnel: affected: Wagner Group: ≈1,000 personnel",
      "text": {
        "headline": "force_size/personnel: affected: Wagner Group: ≈1,000 personnel",
        "text": "<blockquote>French and other European officials said in early 2022 that roughly 1,000 Wagner personnel were operating in the country, a figure the Malian authorities never confirmed.</blockquote><p><a href=\"https://example.net/analysis/wagner-mali-legacy\">From Moura to Tinzaouaten: what Russia&#39;s mercenaries left behind in Mali</a> (article 5, event #43)</p>"
      },
      "group": "force_size",
      "unique_id": "event-43"
    },
    {
      "start_date": {
        "year": "2022",
        "month": "11"
      },
      "display_date": "2022-11",
      "headline": "arms_transfer/supply: North Korea → Wagner Group [rockets, missiles]",
      "text": {
        "headline": "arms_transfer/supply: North Korea → Wagner Group [rockets, missiles]",
        "text": "<blockquote>WASHINGTON, Dec. 23 — A Pentagon spokesman on Friday endorsed the White House&#39;s conclusion that North Korea had armed Russia&#39;s Wagner Group, saying the private military company was increasingly turning to foreign suppliers to keep its fighters in the field around the eastern Ukrainian city of Bakhmut.</blockquote><p>— Pat Ryder · <a href=\"https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms\">Pentagon backs White House account of North Korean arms for Wagner</a> (article 1, event #1)</p>"
      },
      "group": "arms_transfer",
      "unique_id": "event-1"
    },
    {
      "start_date": {
        "year": "2022",
        "month": "12",
        "day": "2"
      },
      "end_date": {
        "year": "2022",
        "month": "12",
        "day": "23"
      },
      "display_date": "~2022-12-02..2022-12-23",
      "headline": "casualties/killed: affected: Wagner Group: ≈1,000 killed in Bakhmut",
      "text": {
        "headline": "casualties/killed: affected: Wagner Group: ≈1,000 killed in Bakhmut",
        "text": "<blockquote>Kirby said Wagner had lost about 1,000 fighters killed in recent weeks in the fighting near Bakhmut, where its units have been leading Russian assaults since the summer.</blockquote><p>— John Kirby · <a href=\"https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms\">Pentagon backs White House account of North Korean arms for Wagner</a> (article 1, event #6)</p>"
      },
      "group": "casualties",
      "unique_id": "event-6"
    },
    {
      "start_date": {
        "year": "2022",
        "month": "12",
        "day": "23"
      },
      "display_date": "2022-12-23",
      "headline": "sanction/imposed: United States → Wagner Group (planned)",
      "text": {
        "headline": "sanction/imposed: United States → Wagner Group (planned)",
        "text": "<blockquote>Kirby said Washington would impose additional sanctions on Wagner and on those who support it.</blockquote><p>— John Kirby · <a href=\"https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms\">Pentagon backs White House account of North Korean arms for Wagner</a> (article 1, event #3)</p>"
      },
      "group": "sanction",
      "unique_id": "event-3"
    },
    {
      "start_date": {
        "year": "2022",
        "month": "12",
        "day": "23"
      },
      "display_date": "2022-12-23",
      "headline": "force_size/recruitment: affected: Wagner Group: ≈50,000 people, ≈10,000 contractors, 40,000 convicts",
      "text": {
        "headline": "force_size/recruitment: affected: Wagner Group: ≈50,000 people, ≈10,000 contractors, 40,000 convicts",
        "text": "<blockquote>By Washington&#39;s count, Wagner now has about 50,000 people deployed in Ukraine, of whom roughly 10,000 are contractors and 40,000 are convicts recruited from Russian prisons.</blockquote><p><a href=\"https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms\">Pentagon backs White House account of North Korean arms for Wagner</a> (article 1, event #4)</p>"
      },
      "group": "force_size",
      "unique_id": "event-4"
    },
    {
      "start_date": {
        "year": "2022",
        "month": "12",
        "day": "23"
      },
      "display_date": "2022-12-23",
      "headline": "funding/spending: Wagner Group: >$100M/month",
      "text": {
        "headline": "funding/spending: Wagner Group: >$100M/month",
        "text": "<blockquote>The group is spending more than $100 million a month on the war, the officials said.</blockquote><p><a href=\"https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms\">Pentagon backs White House account of North Korean arms for Wagner</a> (article 1, event #5)</p>"
      },
      "group": "funding",
      "unique_id": "event-5"
    },
    {
      "start_date": {
        "year": "2022",
        "month": "12",
        "day": "23"
      },
      "display_date": "2022-12-23",
      "headline": "arms_transfer/delivery: North Korea → Wagner Group [weapons] (denied)",
      "text": {
        "headline": "arms_transfer/delivery: North Korea → Wagner Group [weapons] (denied)",
        "text": "<blockquote>Yevgeny Prigozhin, Wagner&#39;s founder, also denied that his company had received any North Korean weapons.</blockquote><p><a href=\"https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms\">Pentagon backs White House account of North Korean arms for Wagner</a> (article 1, event #8)</p>"
      },
      "group": "arms_transfer",
      "unique_id": "event-8"
    },
    {
      "start_date": {
        "year": "2025",
        "month": "6"
      },
      "display_date": "2025-06",
      "headline": "statement/announcement: Wagner Group",
      "text": {
        "headline": "statement/announcement: Wagner Group",
        "text": "<blockquote>In June 2025, Wagner announced that its mission in Mali was complete.</blockquote><p>— Wagner Group · <a href=\"https://example.net/analysis/wagner-mali-legacy\">From Moura to Tinzaouaten: what Russia&#39;s mercenaries left behind in Mali</a> (article 5, event #57)</p>"
      },
      "group": "statement",
      "unique_id": "event-57"
    }
  ]
}
$ eventdb timeline wagner --type sanction --format html
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="eventdb">
<title>Timeline: Wagner Group</title>
<style>
:root { color-scheme: light; --ink: #1d2330; --muted: #5d6470; --line: #d5d9e0; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: var(--ink); background: #f6f7f9; }
header, section.panel, main { max-width: 1140px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 20px; }
h1 { font-size: 26px; margin: 0 0 4px; }
.meta { color: var(--muted); margin: 0 0 12px; }
section.panel { margin-bottom: 16px; }
#filters { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
fieldset { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; margin: 0; }
legend { font-weight: 600; padding: 0 4px; }
fieldset .opts { display: flex; flex-wrap: wrap; gap: 4px 14px; max-height: 132px; overflow: auto; }
fieldset label { white-space: nowrap; cursor: pointer; }
.sw { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin: 0 5px 0 2px;
      vertical-align: -1px; }
button { font: inherit; font-size: 12px; margin-left: 6px; padding: 0 6px; cursor: pointer; }
.chart-box { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; }
.legend { display: flex; flex-wrap: wrap; gap: 2px 14px; font-size: 12px; color: var(--muted); }
.chart-box h2 { font-size: 15px; margin: 0 0 4px; }
#chart { width: 100%; height: auto; display: block; }
#chart .grid { stroke: #e6e8ec; }
#chart .axis { font-size: 11px; fill: var(--muted); }
#chart .axis.year { font-weight: 600; fill: var(--ink); }
main { padding-bottom: 40px; }
.year > h2 { font-size: 22px; margin: 22px 0 6px; }
.slot > h3 { font-size: 15px; color: var(--muted); margin: 14px 0 6px 28px; text-transform: uppercase;
             letter-spacing: .04em; }
.slot { position: relative; border-left: 3px solid var(--line); margin-left: 10px; padding: 2px 0 2px 0; }
.event { position: relative; background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--c);
         border-radius: 6px; margin: 8px 0 10px 28px; padding: 8px 12px; }
.event::before { content: ""; position: absolute; left: -38px; top: 12px; width: 13px; height: 13px;
                 border-radius: 50%; background: var(--c); border: 2px solid #fff; box-shadow: 0 0 0 1px var(--c); }
.event.spanned::before { height: 34px; border-radius: 7px; }
.event.undated::before { background: #fff; }
.when .date { font-weight: 700; font-variant-numeric: tabular-nums; }
.when .grain { color: var(--muted); font-size: 12px; }
.track { position: relative; height: 8px; background: #eef0f3; border-radius: 4px; margin: 4px 0 6px; }
.track .span { position: absolute; top: 0; height: 8px; min-width: 4px; background: var(--c); border-radius: 4px; opacity: .85; }
.track .span.point { width: 8px !important; margin-left: -4px; border-radius: 50%; }
.badge { display: inline-block; background: var(--c); color: #fff; font-size: 12px; font-weight: 600;
         padding: 0 7px; border-radius: 10px; text-shadow: 0 0 2px rgba(0,0,0,.35); }
.modality { font-size: 12px; border: 1px dashed var(--muted); border-radius: 10px; padding: 0 6px; color: var(--muted); }
.summary { font-weight: 600; }
.role { color: var(--muted); font-size: 13px; }
.evidence { margin: 6px 0; padding: 4px 10px; border-left: 3px solid var(--line); color: #333a46;
            font-style: italic; background: #fafbfc; }
.evidence.more { font-size: 13px; }
mark { background: #fff2a8; font-style: normal; }
.source { font-size: 13px; color: var(--muted); }
.source a { color: #2a5db0; }
.ids { color: #8a909a; }
[hidden] { display: none !important; }
@media (max-width: 760px) { #filters { grid-template-columns: 1fr; } }
</style>
</head>
<body data-ready="0">
<header>
<h1>Timeline: Wagner Group</h1>
<p class="meta"><span id="visible-count">1</span> of 1 event shown · 2022-12-23 to 2022-12-23. Bars show how long each date is: a dot is one day, a bar a week, month, year or range.</p>
</header>
<section class="panel" id="filters">
<fieldset><legend>Event types</legend><div class="opts">
<label><input type="checkbox" class="f-type" value="sanction" checked><span class="sw" style="background:#b07aa1"></span>sanction (1)</label>
</div></fieldset>
<fieldset><legend>Actors <button type="button" data-check="all" data-for="f-actor">all</button><button type="button" data-check="none" data-for="f-actor">none</button></legend><div class="opts">
<label><input type="checkbox" class="f-actor" value="a0" checked>United States (1)</label>
<label><input type="checkbox" class="f-actor" value="a1" checked>Wagner Group (1)</label>
</div></fieldset>
</section>
<section class="panel"><div class="chart-box"><h2>Events per month by type (month of the first day)</h2>
<div class="legend"><span><span class="sw" style="background:#b07aa1"></span>sanction</span></div>
<svg id="chart" role="img" aria-labelledby="chart-title" viewBox="0 0 1084 206" data-base="172" data-scale="160.0000" preserveAspectRatio="xMinYMin meet">
<title id="chart-title">Events per month by type</title>
<line class="grid" x1="36" x2="1076" y1="172.0" y2="172.0"/><text class="axis" x="30" y="176.0" text-anchor="end">0</text>
<line class="grid" x1="36" x2="1076" y1="172.0" y2="172.0"/><text class="axis" x="30" y="176.0" text-anchor="end">0</text>
<line class="grid" x1="36" x2="1076" y1="12.0" y2="12.0"/><text class="axis" x="30" y="16.0" text-anchor="end">1</text>
<g class="bucket" data-bucket="2022-12"><rect data-type="arms_transfer" x="140.0" y="172.0" width="832.0" height="0.0" fill="#e15759"><title>2022-12 arms transfer: 0</title></rect><rect data-type="sanction" x="140.0" y="12.0" width="832.0" height="160.0" fill="#b07aa1"><title>2022-12 sanction: 1</title></rect><rect data-type="casualties" x="140.0" y="12.0" width="832.0" height="0.0" fill="#7b4f3a"><title>2022-12 casualties: 0</title></rect><rect data-type="force_size" x="140.0" y="12.0" width="832.0" height="0.0" fill="#f28e2b"><title>2022-12 force size: 0</title></rect><rect data-type="funding" x="140.0" y="12.0" width="832.0" height="0.0" fill="#c9a800"><title>2022-12 funding: 0</title></rect><rect data-type="military_operation" x="140.0" y="12.0" width="832.0" height="0.0" fill="#4e79a7"><title>2022-12 military operation: 0</title></rect><rect data-type="accusation" x="140.0" y="12.0" width="832.0" height="0.0" fill="#ff7f9e"><title>2022-12 accusation: 0</title></rect><rect data-type="statement" x="140.0" y="12.0" width="832.0" height="0.0" fill="#59a6a0"><title>2022-12 statement: 0</title></rect><rect data-type="other" x="140.0" y="12.0" width="832.0" height="0.0" fill="#9a948f"><title>2022-12 other: 0</title></rect></g>
<text class="axis year" x="140.0" y="200">2022</text>
<text class="axis" x="556.0" y="186" text-anchor="middle">12</text>
</svg>
</div></section>
<main class="timeline">
<section class="year"><h2>2022</h2>
<section class="slot"><h3>December 2022</h3>
<article class="event day" id="event-3" data-type="sanction" data-actors="a0 a1" data-bucket="2022-12" style="--c:#b07aa1">
<div class="when"><span class="date">2022-12-23</span> <span class="grain">day, publication date</span></div>
<div class="track" title="2022-12-23 – 2022-12-23 (day)"><span class="span point" style="left:0.000%;width:100.000%"></span></div>
<div class="what"><span class="badge">sanction/imposed</span> <span class="modality">planned</span> <span class="summary">United States → Wagner Group (planned) — John Kirby</span></div>
<div class="role">Wagner Group as target</div>
<blockquote class="evidence">Kirby said Washington would impose additional sanctions on Wagner and on those who support it.</blockquote>
<div class="source">— John Kirby · <a href="https://example.org/news/2022/12/23/pentagon-north-korea-wagner-arms" rel="noopener noreferrer">Pentagon backs White House account of North Korean arms for Wagner</a> <span class="ids">(article 1, published 2022-12-23, event #3)</span></div>
</article>
</section>
</section>
</main>
<script>
(function () {
  "use strict";
  var events = Array.prototype.slice.call(document.querySelectorAll("article.event"));
  var typeBoxes = Array.prototype.slice.call(document.querySelectorAll("input.f-type"));
  var actorBoxes = Array.prototype.slice.call(document.querySelectorAll("input.f-actor"));
  var chart = document.getElementById("chart");
  function checkedSet(boxes) {
    var s = {};
    boxes.forEach(function (b) { if (b.checked) { s[b.value] = true; } });
    return s;
  }
  function apply() {
    var types = checkedSet(typeBoxes), actors = checkedSet(actorBoxes), counts = {}, shown = 0;
    events.forEach(function (ev) {
      var ids = ev.getAttribute("data-actors").split(" ").filter(Boolean);
      var show = !!types[ev.getAttribute("data-type")] &&
                 (ids.length === 0 || ids.some(function (a) { return actors[a]; }));
      ev.hidden = !show;
      if (show) {
        shown += 1;
        var key = ev.getAttribute("data-bucket") + "|" + ev.getAttribute("data-type");
        counts[key] = (counts[key] || 0) + 1;
      }
    });
    document.querySelectorAll("section.slot, section.year").forEach(function (g) {
      g.hidden = !g.querySelector("article.event:not([hidden])");
    });
    if (chart) {
      var base = parseFloat(chart.getAttribute("data-base"));
      var scale = parseFloat(chart.getAttribute("data-scale"));
      chart.querySelectorAll("g.bucket").forEach(function (g) {
        var y = base, bucket = g.getAttribute("data-bucket");
        g.querySelectorAll("rect").forEach(function (r) {
          var h = (counts[bucket + "|" + r.getAttribute("data-type")] || 0) * scale;
          y -= h;
          r.setAttribute("y", y.toFixed(1));
          r.setAttribute("height", h.toFixed(1));
        });
      });
    }
    document.getElementById("visible-count").textContent = String(shown);
    document.body.setAttribute("data-visible", String(shown));
  }
  typeBoxes.concat(actorBoxes).forEach(function (b) { b.addEventListener("change", apply); });
  document.querySelectorAll("button[data-check]").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var on = btn.getAttribute("data-check") === "all";
      document.querySelectorAll("input." + btn.getAttribute("data-for")).forEach(function (b) { b.checked = on; });
      apply();
    });
  });
  // A link may preselect types: report.html#types=sanction,arms_transfer
  var m = /(?:^#|&)types=([a-z_,]+)/.exec(location.hash);
  if (m) {
    var wanted = m[1].split(",");
    typeBoxes.forEach(function (b) { b.checked = wanted.indexOf(b.value) >= 0; });
  }
  apply();
  document.body.setAttribute("data-ready", "1");
})();
</script>
</body>
</html>
