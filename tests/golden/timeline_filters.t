$ eventdb import -q sample_data/01_pentagon_north_korea_wagner_arms.txt sample_data/02_ofac_iran_drone_network.txt sample_data/03_eu_council_eleventh_package.txt sample_data/04_ocha_sudan_el_fasher_sitrep.txt sample_data/05_analysis_wagner_mali_undated.txt sample_data/06_wire_us_himars_ukraine.txt sample_data/07_wire_germany_leopard_pledge.txt sample_data/08_funding_us_2_5_billion_package.txt sample_data/09_force_size_russia_army_decree.txt sample_data/10_wire_north_korean_troops_kursk.txt sample_data/11_casualty_update_gaza_30000.txt sample_data/12_wire_us_uk_strikes_houthis.txt sample_data/13_wire_trump_threatens_russia_sanctions.txt sample_data/14_wire_eu_lifts_syria_sanctions.txt sample_data/15_wire_russia_vetoes_sudan_resolution.txt sample_data/16_wire_iran_missiles_russia_sanctions.txt sample_data/17_wire_rebels_seize_damascus.txt sample_data/18_casualty_update_ukraine_civilians.txt sample_data/19_accusations_kakhovka_dam.txt sample_data/20_condemnation_russia_north_korea_pact.txt sample_data/21_wire_bamako_attack_mali.txt sample_data/22_analysis_shahed_drones_undated.txt
eventdb: warning: sample_data/05_analysis_wagner_mali_undated.txt: no publication date; relative dates stay unresolved (give --published YYYY-MM-DD)
eventdb: warning: sample_data/22_analysis_shahed_drones_undated.txt: no publication date; relative dates stay unresolved (give --published YYYY-MM-DD)
$ eventdb timeline wagner "North Korea" --type arms_transfer
Wagner Group, North Korea: 7 events

2022
  November 2022
    2022-11-01..2022-11-10  arms_transfer/supply                          North Korea → Russia [artillery, shells] (alleged)
                            North Korea as agent · event #10 · article 1 "Pentagon backs White House account of North Korean arms for Wagner" (2022-12-23)
    2022-11                 arms_transfer/supply                          North Korea → Wagner Group [rockets, missiles] — Pat Ryder
                            North Korea as agent, Wagner Group as recipient · event #1 · article 1 "Pentagon backs White House account of North Korean arms for Wagner" (2022-12-23)
  December 2022
    2022-12-23              arms_transfer/delivery                        North Korea → Wagner Group [weapons] (denied)
                            Wagner Group as recipient, North Korea as agent · event #8 · article 1 "Pentagon backs White House account of North Korean arms for Wagner" (2022-12-23)

2024
  June 2024
    2024-06-17..2024-06-20  arms_transfer/supply                          North Korea → Russia [ammunition] (alleged)
                            North Korea as agent · event #209 · article 20 "Seoul weighs arms for Ukraine after Putin and Kim sign defence pact" (2024-06-20)
    2024-06-20              arms_transfer/military_technical_cooperation  Russia → North Korea (threatened) — Vladimir Putin
                            North Korea as recipient · event #205 · article 20 "Seoul weighs arms for Ukraine after Putin and Kim sign defence pact" (2024-06-20)
    2024-06-20              arms_transfer/shipment                        North Korea → Russia [artillery, shells, missiles] — South Korea
                            North Korea as agent · event #211 · article 20 "Seoul weighs arms for Ukraine after Putin and Kim sign defence pact" (2024-06-20)
  November 2024
    2024-11-05              arms_transfer/delivery                        North Korea: >13,000 artillery [artillery, shells] — South Korea
                            North Korea as agent · event #107 · article 10 "Ukraine says it has fought first clashes with North Korean troops in Kursk" (2024-11-05)
$ eventdb timeline wagner "North Korea" --all
Wagner Group + North Korea: 2 events

2022
  November 2022
    2022-11     arms_transfer/supply    North Korea → Wagner Group [rockets, missiles] — Pat Ryder
                North Korea as agent, Wagner Group as recipient · event #1 · article 1 "Pentagon backs White House account of North Korean arms for Wagner" (2022-12-23)
  December 2022
    2022-12-23  arms_transfer/delivery  North Korea → Wagner Group [weapons] (denied)
                Wagner Group as recipient, North Korea as agent · event #8 · article 1 "Pentagon backs White House account of North Korean arms for Wagner" (2022-12-23)
$ eventdb timeline "North Korea" --as agent --from 2024 --to 2024-12
North Korea: 5 events

2024
  June 2024
    2024-06-17..2024-06-20  arms_transfer/supply    North Korea → Russia [ammunition] (alleged)
                            North Korea as agent · event #209 · article 20 "Seoul weighs arms for Ukraine after Putin and Kim sign defence pact" (2024-06-20)
    2024-06-20              other/agreement         North Korea — South Korea
                            North Korea as agent · event #203 · article 20 "Seoul weighs arms for Ukraine after Putin and Kim sign defence pact" (2024-06-20)
    2024-06-20              arms_transfer/shipment  North Korea → Russia [artillery, shells, missiles] — South Korea
                            North Korea as agent · event #211 · article 20 "Seoul weighs arms for Ukraine after Putin and Kim sign defence pact" (2024-06-20)
  November 2024
    2024-11-01              other/visit             North Korea → Russia — Choe Son Hui
                            North Korea as agent · event #105 · article 10 "Ukraine says it has fought first clashes with North Korean troops in Kursk" (2024-11-05)
    2024-11-05              arms_transfer/delivery  North Korea: >13,000 artillery [artillery, shells] — South Korea
                            North Korea as agent · event #107 · article 10 "Ukraine says it has fought first clashes with North Korean troops in Kursk" (2024-11-05)
$ eventdb timeline wagner --source kirby
Wagner Group: 2 events

2022
  December 2022
    ~2022-12-02..2022-12-23  casualties/killed  affected: Wagner Group: ≈1,000 killed in Bakhmut — John Kirby
                             Wagner Group as affected · event #6 · article 1 "Pentagon backs White House account of North Korean arms for Wagner" (2022-12-23)
    2022-12-23               sanction/imposed   United States → Wagner Group (planned) — John Kirby
                             Wagner Group as target · event #3 · article 1 "Pentagon backs White House account of North Korean arms for Wagner" (2022-12-23)
$ eventdb timeline U.S. --type sanction --type arms_transfer --limit 3
United States: 3 events

2022
  2022 (longer than a month)
    2022-01-01..2025-01-23  sanction/embargo        United States
                            United States as agent · event #136 · article 13 "Trump threatens Russia with sanctions and tariffs unless it settles war" (2025-01-23)
  May 2022
    2022-05-30              arms_transfer/delivery  United States → Ukraine [rocket, systems] (negated) — Joe Biden
                            United States as agent · event #61 · article 6 "U.S. to send HIMARS rocket launchers to Ukraine in $700 million package" (2022-06-01)
  June 2022
    2022-06-01              arms_transfer/supply    United States → Ukraine [rocket, systems] (planned)
                            United States as agent · event #58 · article 6 "U.S. to send HIMARS rocket launchers to Ukraine in $700 million package" (2022-06-01)
$ eventdb timeline Ukraine --as affected --format csv
id,date_value,grain,first,last,type,subtype,modality,actors,quantities,source,article_id,article_title,sentence
181,2022-02..2023-11-21,range,2022-02-01,2023-11-21,casualties,killed,asserted,Ukraine (affected),">10,000 killed",Danielle Bell,18,"UN monitors say more than 10,000 civilians killed in Ukraine since invasion","KYIV, Nov. 21 — More than 10,000 civilians have been killed in Ukraine since Russia launched its full-scale invasion in February 2022, the UN Human Rights Monitoring Mission in Ukraine said on Tuesday, adding that the real figure is likely to be significantly higher."
182,2022-02..2023-11-21,range,2022-02-01,2023-11-21,casualties,killed_and_wounded,asserted,Ukraine (affected),"≥10,000 killed; >560 killed; ≈18,500 wounded",,18,"UN monitors say more than 10,000 civilians killed in Ukraine since invasion","The mission said it had verified the deaths of at least 10,000 civilians, more than 560 of them children, and the injury of about 18,500 others."
228,2022-10-17,day,2022-10-17,2022-10-17,casualties,killed,asserted,Ukraine (affected),≥4 killed,,22,How Iran's Shahed became Russia's workhorse drone,"On Oct. 17, 2022, a swarm struck central Kyiv during the morning rush hour, and at least four people were killed when one hit a residential building."
186,2023-01-14,day,2023-01-14,2023-01-14,casualties,killed,asserted,Russia (agent); Ukraine (affected),46 killed; 6 killed,,18,"UN monitors say more than 10,000 civilians killed in Ukraine since invasion","On Jan. 14, a Russian missile hit a nine-storey apartment block in Dnipro, killing 46 people, including six children."
201,2023-06-05,day,2023-06-05,2023-06-05,casualties,killed,asserted,Ukraine (agent); Ukraine (affected),≥200 killed,Russian Ministry of Defence,19,Kakhovka dam destroyed as Kyiv and Moscow trade blame,"The disaster came a day after Russia's defence ministry said its forces had repelled a large-scale Ukrainian offensive in the Donetsk region, killing hundreds of Ukrainian troops."
188,2023-06-27,day,2023-06-27,2023-06-27,casualties,killed,asserted,Ukraine (affected),13 killed,,18,"UN monitors say more than 10,000 civilians killed in Ukraine since invasion",A missile strike on a pizza restaurant in central Kramatorsk on June 27 killed 13 people.
190,2023-10-05,day,2023-10-05,2023-10-05,casualties,killed,asserted,Ukraine (affected),59 killed,,18,"UN monitors say more than 10,000 civilians killed in Ukraine since invasion","On Oct. 5, a strike on a café in the village of Hroza in the Kharkiv region, where residents had gathered for a wake, killed 59 people."
193,2023-11-21,day,2023-11-21,2023-11-21,casualties,displaced,asserted,Ukraine (affected),">6,200,000 displaced; ≈3,700,000 displaced",,18,"UN monitors say more than 10,000 civilians killed in Ukraine since invasion","The UN refugee agency has recorded more than 6.2 million refugees from Ukraine across the world, while about 3.7 million people remain internally displaced."
$ eventdb timeline Wagner --as boss
eventdb: error: --as: unknown role 'boss' (agent, recipient, target, affected)
[exit 2]
$ eventdb timeline Wagner --format pdf
eventdb: error: --format: unknown format 'pdf' (text, markdown, csv, json, jsonl, html, timelinejs)
[exit 2]
$ eventdb timeline Wagner Atlantis
eventdb: error: no actor named 'Atlantis' (try eventdb sql "SELECT name FROM actors")
[exit 1]
$ eventdb timeline Wagner --from 2022-13
eventdb: error: --from: '2022-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)
[exit 2]
