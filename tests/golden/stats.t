$ eventdb import -q sample_data/01_pentagon_north_korea_wagner_arms.txt sample_data/02_ofac_iran_drone_network.txt sample_data/03_eu_council_eleventh_package.txt sample_data/04_ocha_sudan_el_fasher_sitrep.txt sample_data/05_analysis_wagner_mali_undated.txt sample_data/06_wire_us_himars_ukraine.txt sample_data/07_wire_germany_leopard_pledge.txt sample_data/08_funding_us_2_5_billion_package.txt sample_data/09_force_size_russia_army_decree.txt sample_data/10_wire_north_korean_troops_kursk.txt sample_data/11_casualty_update_gaza_30000.txt sample_data/12_wire_us_uk_strikes_houthis.txt sample_data/13_wire_trump_threatens_russia_sanctions.txt sample_data/14_wire_eu_lifts_syria_sanctions.txt sample_data/15_wire_russia_vetoes_sudan_resolution.txt sample_data/16_wire_iran_missiles_russia_sanctions.txt sample_data/17_wire_rebels_seize_damascus.txt sample_data/18_casualty_update_ukraine_civilians.txt sample_data/19_accusations_kakhovka_dam.txt sample_data/20_condemnation_russia_north_korea_pact.txt sample_data/21_wire_bamako_attack_mali.txt sample_data/22_analysis_shahed_drones_undated.txt
eventdb: warning: sample_data/05_analysis_wagner_mali_undated.txt: no publication date; relative dates stay unresolved (give --published YYYY-MM-DD)
eventdb: warning: sample_data/22_analysis_shahed_drones_undated.txt: no publication date; relative dates stay unresolved (give --published YYYY-MM-DD)
$ eventdb stats --top 10
articles:  22
events:    237
actors:    1,564 (56 in events)
size:      {bytes}

events by type:
  statement               47
  military_operation      44
  casualties              35
  arms_transfer           33
  sanction                25
  accusation              16
  other                   15
  force_size              11
  funding                 11

events by month (of the first day):
  2012-01      2 ###
  2021-12      1 #
  2022-01      3 #####
  2022-02      9 ################
  2022-03      3 #####
  2022-05      2 ###
  2022-06      7 ############
  2022-07      3 #####
  2022-08      4 #######
  2022-09      7 ############
  2022-10      3 #####
  2022-11      5 #########
  2022-12      8 ##############
  2023-01     22 ########################################
  2023-04      3 #####
  2023-06     17 ##############################
  2023-07      2 ###
  2023-08      1 #
  2023-09      1 #
  2023-10      6 ##########
  2023-11      6 ##########
  2023-12      2 ###
  2024-01     15 ###########################
  2024-02      5 #########
  2024-04      1 #
  2024-05      3 #####
  2024-06     17 ##############################
  2024-07      1 #
  2024-08      5 #########
  2024-09     20 ####################################
  2024-10      3 #####
  2024-11     11 ####################
  2024-12     14 #########################
  2025-01      6 ##########
  2025-02      1 #
  2025-03      3 #####
  2025-05      5 #########
  2025-06      1 #
  undated      9 ################

top actors (events):
  Russia                            53
  Ukraine                           36
  United States                     28
  Syria                             14
  Iran                              12
  Mali                              12
  North Korea                       11
  Wagner Group                      11
  European Union                    10
  Israel                            10

events by article:
     1     11  Pentagon backs White House account of North Korean arms for Wagner
     2      8  Treasury Targets Iranian Drone Producers and Shipper Supplying Russia
     3      9  Russia's war of aggression against Ukraine: Council adopts eleventh package of restrictive measures
     4     13  Sudan: Situation Report – El Fasher, North Darfur (as of 14 June 2024)
     5     16  From Moura to Tinzaouaten: what Russia's mercenaries left behind in Mali
     6     10  U.S. to send HIMARS rocket launchers to Ukraine in $700 million package
     7     12  Germany to send Leopard 2 tanks to Ukraine and clears allies to follow
     8      9  Pentagon's $2.5 billion package adds Strykers and Bradleys as allies pile in
     9     10  Putin orders Russia's active military to grow to 1.5 million
    10      9  Ukraine says it has fought first clashes with North Korean troops in Kursk
    11     12  Gaza death toll passes 30,000 as more than 100 killed near aid convoy
    12     12  U.S. and British forces strike Houthi targets in Yemen after Red Sea attacks
    13      7  Trump threatens Russia with sanctions and tariffs unless it settles war
    14     10  EU agrees to lift economic sanctions on Syria
    15      8  Russia vetoes UN Security Council call for Sudan ceasefire
    16     11  Blinken says Russia has received Iranian ballistic missiles; allies target Iran Air
    17     13  Rebels seize Damascus as Assad flees after lightning offensive
    18     13  UN monitors say more than 10,000 civilians killed in Ukraine since invasion
    19      8  Kakhovka dam destroyed as Kyiv and Moscow trade blame
    20     10  Seoul weighs arms for Ukraine after Putin and Kim sign defence pact
    21     12  Jihadists strike Bamako gendarmerie school and airport, dozens killed
    22     14  How Iran's Shahed became Russia's workhorse drone
$ eventdb schema --list
schema/0001_init.sql  eventdb schema, version 1. Never edited once landed: later changes go in 0002_*.sql etc.
schema/0002_add_views.sql  eventdb schema, version 2: read-only views for `eventdb sql`, one per question people ask.
schema/0003_add_alias_origin.sql  Who added an alias: the shipped dictionary, or a user through `eventdb actors add/alias/merge`.
schema/0004_defer_fts_and_index_actor_dates.sql  eventdb schema, version 4: faster imports and timelines (issue #8, docs/performance.md).
schema/0005_without_rowid_links.sql  eventdb schema, version 5: leaner import writes (issue #8, docs/performance.md).
$ eventdb sql "SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name"
name
----------------
timeline
v_arms_transfers
v_casualties
v_events
v_sanctions
(5 rows)
$ eventdb sql "SELECT measure, imposed_by, target, date_value FROM v_sanctions WHERE target = 'Iran' ORDER BY date_first"
measure     imposed_by                                target  date_value
----------  ----------------------------------------  ------  ----------
designated                                            Iran    2023-06-23
designated  United States Department of the Treasury  Iran    2024-09-10
imposed     France, United Kingdom, Germany           Iran    2024-09-10
(3 rows)
