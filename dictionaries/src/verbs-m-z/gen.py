#!/usr/bin/env python3
"""Writes dictionaries/verbs-m-z.tern from the hand-written tables in blocks.py (same directory):
`python3 dictionaries/src/verbs-m-z/gen.py > dictionaries/verbs-m-z.tern`.

Besides copying the blocks, it expands regular families of patterns written once: the content of
appeals, promises, demands and refusals (CONTENT, CONTENT2), the governing verb of a complement
(GOVERNORS: `ready to release …` is an intent, `urged … to release` an appeal …), threats with
`unless`, and target-slot variants (`* + X`, `* X +`) for verbs whose target sits in a complement."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "..", "..", "shared")

OUT = []


def w(s=""):
    OUT.append(s)


# ---------------------------------------------------------------- synsets
SYNSETS = {
    # content of appeals, demands, promises, refusals (CAMEO 02/03/10/12 second digit)
    "MZLEADER": ["RESIGNATION", "RESIGN", "STEP DOWN", "OUSTER", "REMOVAL", "DISMISSAL", "IMPEACHMENT",
                 "QUIT", "STAND DOWN", "LEADERSHIP CHANGE", "CHANGE OF LEADERSHIP", "NEW LEADERSHIP"],
    "MZRIGHTS": ["RIGHTS_", "HUMAN RIGHTS_", "FREEDOM", "LIBERTY", "LIBERTIES_", "CIVIL LIBERTIES_",
                 "SELF-DETERMINATION_", "AUTONOMY", "EQUALITY_", "SUFFRAGE_", "FREE SPEECH_", "PRESS FREEDOM"],
    "MZINSTIT": ["ELECTION", "REFERENDUM", "CONSTITUTION", "CONSTITUTIONAL REFORM", "ELECTORAL REFORM",
                 "REGIME CHANGE_", "TRANSITIONAL GOVERNMENT", "UNITY GOVERNMENT", "NEW CONSTITUTION",
                 "POWER-SHARING_", "POWER SHARING_"],
    "MZPOLICY": ["POLICY", "POLICY CHANGE", "CHANGE OF POLICY", "CHANGE OF COURSE", "U-TURN", "REVERSAL",
                 "REPEAL", "AMEND", "AMENDMENT", "RESCIND", "REVERSE", "REVOKE"],
    "MZREFORM": ["REFORM", "DEMOCRATIZE", "DEMOCRATISE", "LIBERALIZE", "LIBERALISE", "DEMOCRATIZATION_", "DEMOCRATISATION_", "DEMOCRACY", "LIBERALIZATION_",
                 "LIBERALISATION_", "TRANSPARENCY_", "ANTI-CORRUPTION_", "OVERHAUL"],
    "MZCAPTIVE": ["HOSTAGE", "PRISONER", "DETAINEE", "CAPTIVE", "POLITICAL PRISONER", "ABDUCTEE",
                  "JOURNALIST", "ACTIVIST", "SAILOR", "SOLDIER", "CREW", "DISSIDENT", "NATIONAL"],
    "MZRELEASE": ["RELEASE", "FREEING_", "EXCHANGE OF PRISONERS_", "PRISONER EXCHANGE", "PRISONER SWAP",
                  "RETURN OF", "AMNESTY", "PARDON", "HOSTAGE", "PRISONER", "DETAINEE", "CAPTIVE"],
    "MZEASE": ["LIFT", "EASE", "END", "REMOVE", "RELAX", "SUSPEND", "SCRAP", "DROP", "LIFTING_", "EASING_",
               "REMOVAL", "RESCIND", "REVOKE", "LOOSEN", "WAIVE", "CANCEL", "ROLL BACK"],
    "MZIMPOSE": ["IMPOSE", "IMPOSITION_", "SLAP", "INTRODUCE", "ADOPT", "EXTEND", "TIGHTEN", "TOUGHEN",
                 "EXPAND", "APPLY", "LEVY", "NEW"],
    "MZSANCTION": ["SANCTION", "EMBARGO", "BOYCOTT", "TRADE RESTRICTION", "ECONOMIC RESTRICTION",
                   "TARIFF", "ASSET FREEZE", "TRADE BAN", "ARMS EMBARGO", "EXPORT BAN", "IMPORT BAN"],
    "MZADMIN": ["CURFEW", "STATE OF EMERGENCY_", "MARTIAL LAW_", "EMERGENCY RULE_", "EMERGENCY LAW",
                "TRAVEL BAN", "RESTRICTION", "BAN", "CENSORSHIP_", "LOCKDOWN"],
    "MZDISSENT": ["CRACKDOWN", "REPRESSION_", "PERSECUTION_", "HARASSMENT_", "INTIMIDATION_",
                  "VIOLENCE AGAINST PROTESTERS_", "USE OF FORCE_", "ARRESTS_"],
    "MZINTLINV": ["INSPECTOR", "INSPECTION", "OBSERVER", "MONITOR", "HUMANITARIAN ACCESS_", "ACCESS_",
                  "INVESTIGATOR", "FACT-FINDING MISSION", "AID WORKER", "HUMANITARIAN CORRIDOR",
                  "INTERNATIONAL INVOLVEMENT_", "MONITORING MISSION", "UN MISSION"],
    "MZDEESC": ["CEASEFIRE", "CEASE-FIRE", "TRUCE", "ARMISTICE", "RESTRAINT_", "CESSATION OF HOSTILITIES_",
                "DE-ESCALATION_", "DE-ESCALATE", "DEESCALATE", "WITHDRAWAL", "WITHDRAW", "PULL OUT",
                "PULLOUT", "DISARM", "DISARMAMENT_", "LAY DOWN", "DEMOBILIZE", "DEMOBILISE",
                "DEMOBILIZATION_", "END THE FIGHTING_", "STOP THE FIGHTING_", "END THE VIOLENCE_",
                "STOP THE VIOLENCE_", "HALT THE FIGHTING_", "STOP FIGHTING_", "END HOSTILITIES_",
                "STOP ATTACKS_", "HALT ATTACKS_", "STOP THE SHELLING_", "STAND DOWN", "RETREAT",
                "CALM_", "CALM DOWN", "PULL BACK", "DRAW DOWN"],
    "MZTALKS": ["TALKS_", "NEGOTIATION", "NEGOTIATE", "DIALOGUE", "MEETING", "MEET", "SUMMIT",
                "CONSULTATION", "PEACE TALKS_", "CONFERENCE", "TALK", "DISCUSSION", "DISCUSS",
                "NEGOTIATING TABLE", "BARGAINING TABLE", "SIT DOWN"],
    "MZSETTLE": ["SETTLEMENT", "PEACE DEAL", "PEACE AGREEMENT", "PEACE PLAN", "PEACE ACCORD",
                 "PEACE PROPOSAL", "PEACE INITIATIVE", "RECONCILIATION", "RECONCILE", "PEACEFUL SOLUTION",
                 "POLITICAL SOLUTION", "DIPLOMATIC SOLUTION", "PEACEFUL RESOLUTION", "SETTLE",
                 "RESOLVE", "MAKE PEACE_", "PEACEFUL SETTLEMENT", "END THE CONFLICT_", "END THE WAR_", "END THE DISPUTE_",
                 "ROADMAP", "ROAD MAP"],
    "MZMEDIATION": ["MEDIATION_", "MEDIATOR", "MEDIATE", "ARBITRATION_", "ARBITRATE", "GOOD OFFICES_",
                    "FACILITATOR", "BROKER", "INTERMEDIARY"],
    "MZHUMAID": ["HUMANITARIAN AID_", "HUMANITARIAN ASSISTANCE_", "HUMANITARIAN SUPPLIES_",
                 "RELIEF SUPPLIES_", "FOOD_", "FOOD AID_", "MEDICINE", "MEDICAL SUPPLIES_", "MEDICAL AID_",
                 "SHELTER", "TENT", "BLANKET", "VACCINE", "EMERGENCY AID_", "DISASTER RELIEF_",
                 "HUMANITARIAN RELIEF_", "RELIEF AID_", "DRINKING WATER_", "HUMANITARIAN HELP_",
                 "RELIEF GOODS_", "WHEAT_", "RICE_", "GRAIN"],
    "MZMILAID": ["MILITARY AID_", "MILITARY ASSISTANCE_", "MILITARY SUPPORT_", "MILITARY EQUIPMENT_",
                 "WEAPON", "ARMS_", "AMMUNITION_", "WEAPONRY_", "AIR DEFENSE SYSTEM", "AIR DEFENCE SYSTEM",
                 "FIGHTER JET", "WARPLANE", "MILITARY HARDWARE_", "ARMS SUPPLIES_", "ARMS SHIPMENT",
                 "SECURITY ASSISTANCE_", "MILITARY TRAINING_", "MILITARY ADVISERS_", "MILITARY ADVISORS_"],
    "MZPROTECT": ["PEACEKEEPER", "PEACEKEEPING_", "PEACEKEEPING FORCE", "PEACEKEEPING TROOPS_",
                  "PEACE-KEEPING_", "PEACEKEEPING MISSION", "PROTECTION_", "SECURITY GUARANTEE",
                  "NO-FLY ZONE", "SAFE ZONE", "BUFFER ZONE", "PROTECTION FORCE", "STABILIZATION FORCE"],
    "MZECONAID": ["ECONOMIC AID_", "FINANCIAL AID_", "ECONOMIC ASSISTANCE_", "FINANCIAL ASSISTANCE_",
                  "FINANCIAL SUPPORT_", "ECONOMIC SUPPORT_", "LOAN", "CREDIT", "BAILOUT", "DEBT RELIEF_",
                  "MONEY_", "FUNDS_", "FUNDING_", "CASH_", "BUDGET SUPPORT_", "DEVELOPMENT AID_",
                  "DEVELOPMENT ASSISTANCE_", "RECONSTRUCTION AID_", "GRANT AID_", "STIMULUS_",
                  "DOLLARS_", "EUROS_", "INVESTMENT"],
    "MZAID": ["AID_", "ASSISTANCE_", "HELP_", "RELIEF_", "DONATION", "SUPPLIES_", "REINFORCEMENTS_"],
    "MZJUDCOOP": ["EXTRADITION", "EXTRADITE", "JUDICIAL COOPERATION_", "LEGAL COOPERATION_",
                  "LEGAL ASSISTANCE_", "HAND OVER", "HANDOVER", "SURRENDER OF", "TRANSFER OF SUSPECTS_",
                  "EXTRADITION TREATY"],
    "MZINTEL": ["INTELLIGENCE_", "INTELLIGENCE SHARING_", "INFORMATION_", "DATA_", "EVIDENCE_",
                "DOCUMENTS_", "RECORDS_"],
    "MZMILCOOP": ["MILITARY COOPERATION_", "DEFENSE COOPERATION_", "DEFENCE COOPERATION_",
                  "SECURITY COOPERATION_", "MILITARY TIES_", "DEFENSE TIES_", "DEFENCE TIES_",
                  "JOINT EXERCISE", "JOINT MILITARY EXERCISE", "MILITARY ALLIANCE", "DEFENSE PACT",
                  "DEFENCE PACT", "MILITARY PACT", "COUNTERTERRORISM COOPERATION_",
                  "COUNTER-TERRORISM COOPERATION_", "JOINT PATROL", "SECURITY PACT", "MILITARY BASE"],
    "MZECONCOOP": ["TRADE_", "ECONOMIC COOPERATION_", "ECONOMIC TIES_", "TRADE TIES_", "TRADE DEAL",
                   "FREE TRADE_", "COMMERCE_", "ECONOMIC PARTNERSHIP", "TRADE AGREEMENT", "BUSINESS TIES_",
                   "ECONOMIC RELATIONS_", "TRADE RELATIONS_", "ENERGY COOPERATION_", "JOINT VENTURE",
                   "ECONOMIC INTEGRATION_", "CUSTOMS UNION", "FREE-TRADE_"],
    "MZCOOP": ["COOPERATION_", "CO-OPERATION_", "COLLABORATION_", "PARTNERSHIP", "COOPERATE",
               "CO-OPERATE", "COLLABORATE", "WORK TOGETHER_", "JOINT EFFORTS_"],
    "MZDIPLO": ["SUPPORT_", "BACKING_", "RECOGNITION_", "ENDORSEMENT", "SOLIDARITY_", "DIPLOMATIC TIES_",
                "DIPLOMATIC RELATIONS_", "RELATIONS_", "TIES_", "RAPPROCHEMENT_", "NORMALIZATION_",
                "NORMALISATION_", "MEMBERSHIP_", "ACCESSION_", "ALLIANCE", "UNITY_", "POLITICAL SUPPORT_",
                "DIPLOMATIC SUPPORT_", "VOTE FOR_", "RECOGNIZE", "RECOGNISE", "ENDORSE", "BACK"],
    # diplomatic relations for breaking / restoring
    "MZDIPREL": ["DIPLOMATIC TIES_", "DIPLOMATIC RELATIONS_", "RELATIONS_", "TIES_", "CONTACTS_",
                 "DIPLOMATIC CONTACTS_", "CONTACT_"],
    "MZENVOY": ["AMBASSADOR", "ENVOY", "DIPLOMAT", "CHARGE D'AFFAIRES", "EMBASSY STAFF_", "CONSUL",
                "EMISSARY", "MISSION", "ATTACHE"],
    "MZTROOPS": ["TROOPS_", "FORCES_", "SOLDIER", "UNIT", "BATTALION", "BRIGADE", "DIVISION", "ARMY",
                 "CONTINGENT", "PERSONNEL_", "MARINES_", "PARATROOPERS_", "WARSHIP", "TANK",
                 "ARMOR_", "ARMOUR_", "SECURITY FORCES_", "POLICE_", "RESERVISTS_", "FIGHTER", "MILITIA",
                 "NAVY", "FLEET", "CARRIER", "AIRCRAFT_", "JET", "BOMBER", "SUBMARINE", "VESSEL",
                 "GUNBOAT", "REINFORCEMENTS_", "ARTILLERY_", "MISSILE", "BOOTS ON THE GROUND_"],
    "MZPOLICE": ["POLICE_", "RIOT POLICE_", "POLICEMEN_", "POLICE OFFICER", "GENDARMES_", "RIOT SQUAD",
                 "SECURITY PERSONNEL_", "NATIONAL GUARD", "PARAMILITARY POLICE_"],
    "MZWEAPON": ["GUN", "RIFLE", "PISTOL", "MACHINE GUN", "MACHINE-GUN", "AK-47", "KALASHNIKOV",
                 "AUTOMATIC WEAPON", "SMALL ARMS_", "SNIPER", "BULLET", "GUNFIRE_", "RIFLES_"],
    "MZHEAVY": ["ARTILLERY_", "MORTAR", "TANK", "HOWITZER", "ROCKET", "SHELL", "GRAD", "CANNON",
                "ARTILLERY FIRE_", "HEAVY WEAPONS_", "MULTIPLE ROCKET LAUNCHER", "SHELLING_"],
    "MZAIR": ["AIRSTRIKE", "AIR STRIKE", "AIR RAID", "WARPLANE", "JET", "FIGHTER JET", "BOMBER",
              "HELICOPTER", "GUNSHIP", "AIRCRAFT_", "AIR FORCE", "AERIAL BOMBARDMENT", "BOMBING RAID",
              "HELICOPTER GUNSHIP", "AIR POWER_", "BARREL BOMB", "CLUSTER BOMB"],
    "MZDRONE": ["DRONE", "UAV", "UNMANNED AERIAL VEHICLE", "UNMANNED AIRCRAFT_", "DRONE STRIKE",
                "KAMIKAZE DRONE", "LOITERING MUNITION", "SHAHED"],
    "MZPRECISION": ["CRUISE MISSILE", "GUIDED MISSILE", "PRECISION-GUIDED_", "SMART BOMB",
                    "LASER-GUIDED_", "GUIDED BOMB", "BALLISTIC MISSILE", "HYPERSONIC MISSILE"],
    "MZWMD": ["CHEMICAL WEAPON", "BIOLOGICAL WEAPON", "NUCLEAR WEAPON", "NUCLEAR BOMB", "NUCLEAR ARMS_",
              "SARIN_", "NERVE AGENT", "NERVE GAS_", "CHLORINE GAS_", "CHLORINE_", "MUSTARD GAS_",
              "POISON GAS_", "ANTHRAX_", "DIRTY BOMB", "WEAPONS OF MASS DESTRUCTION_", "ATOMIC BOMB",
              "NUKE", "NUCLEAR STRIKE", "NUCLEAR ATTACK", "CHEMICAL ATTACK", "RADIOLOGICAL_",
              "VX_", "NOVICHOK_"],
    "MZNUKE": ["NUCLEAR WEAPON", "NUCLEAR BOMB", "NUCLEAR ARMS_", "ATOMIC BOMB", "NUKE", "NUCLEAR STRIKE",
               "NUCLEAR ATTACK", "NUCLEAR WARHEAD", "NUCLEAR DEVICE"],
    "MZCHEM": ["CHEMICAL WEAPON", "BIOLOGICAL WEAPON", "SARIN_", "NERVE AGENT", "NERVE GAS_", "CHLORINE_",
               "CHLORINE GAS_", "MUSTARD GAS_", "POISON GAS_", "ANTHRAX_", "TOXIC GAS_", "CHEMICAL AGENT",
               "VX_", "NOVICHOK_", "DIRTY BOMB", "RADIOLOGICAL_", "CHEMICAL ATTACK", "GAS ATTACK"],
    "MZSUICIDE": ["SUICIDE BOMBER", "SUICIDE BOMBING", "SUICIDE ATTACK", "SUICIDE VEST", "SUICIDE BELT",
                  "SUICIDE ATTACKER", "SUICIDE MISSION"],
    "MZCARBOMB": ["CAR BOMB", "TRUCK BOMB", "VEHICLE BOMB", "CAR BOMBING", "BOOBY-TRAPPED CAR",
                  "EXPLOSIVES-LADEN VEHICLE", "EXPLOSIVES-LADEN CAR", "EXPLOSIVES-LADEN TRUCK", "VBIED"],
    "MZROADSIDE": ["ROADSIDE BOMB", "IED", "IMPROVISED EXPLOSIVE DEVICE", "LANDMINE", "LAND MINE",
                   "ROADSIDE BOMBING", "ROADSIDE EXPLOSIVE"],
    "MZEXPLOSIVE": ["BOMB", "EXPLOSIVE", "EXPLOSIVES_", "GRENADE", "EXPLOSIVE DEVICE", "DETONATOR",
                    "BLAST", "EXPLOSION", "MINE", "DYNAMITE_", "TNT_", "MOLOTOV COCKTAIL",
                    "PETROL BOMB", "FIREBOMB", "PARCEL BOMB", "LETTER BOMB"],
    "MZTERRITORY": ["TERRITORY", "TOWN", "CITY", "VILLAGE", "REGION", "AREA", "PROVINCE", "DISTRICT",
                    "BORDER", "HILL", "ISLAND", "BASE", "AIRPORT", "PORT", "CAPITAL", "STRONGHOLD",
                    "BASTION", "POSITION", "OUTPOST", "ENCLAVE", "ZONE", "PENINSULA", "HEIGHTS_",
                    "NEIGHBORHOOD", "NEIGHBOURHOOD", "SUBURB", "OILFIELD", "OIL FIELD", "CROSSING",
                    "BORDER CROSSING", "VALLEY", "COAST", "HARBOR", "HARBOUR", "CHECKPOINT", "POST"],
    "MZCONTROL": ["CONTROL_", "POSSESSION_", "CHARGE_", "COMMAND_"],
    "MZPROPERTY": ["PROPERTY", "ASSET", "LAND", "FARM", "HOUSE", "HOME", "BUILDING", "OFFICE",
                   "HEADQUARTERS_", "PREMISES_", "VEHICLE", "CAR", "TRUCK", "SHIP", "VESSEL", "TANKER",
                   "BOAT", "CARGO", "SHIPMENT", "CONSIGNMENT", "GOODS_", "EQUIPMENT_", "PASSPORT",
                   "ACCOUNT", "FUNDS_", "MONEY_", "CASH_", "COMPANY", "FACTORY", "PLANT", "MINE",
                   "OIL_", "FUEL_", "DRUGS_", "NARCOTICS_", "COCAINE_", "HEROIN_", "CONTRABAND_",
                   "NEWSPAPER", "COMPUTER", "DOCUMENTS_", "AIRCRAFT_", "PLANE", "JET"],
    "MZPERSON": ["SUSPECT", "MAN", "WOMAN", "PERSON", "PEOPLE_", "MEMBER", "LEADER", "ACTIVIST",
                 "JOURNALIST", "DEMONSTRATOR", "PROTESTER", "PROTESTOR", "OPPOSITION FIGURE",
                 "MILITANT", "REBEL", "INSURGENT", "FIGHTER", "OFFICIAL", "OFFICER", "CITIZEN",
                 "NATIONAL", "STUDENT", "BLOGGER", "DISSIDENT", "LAWYER", "SMUGGLER", "TRAFFICKER",
                 "CRIMINAL", "GANGSTER", "DRUG LORD", "TERRORIST", "SPY", "SOLDIER", "POLITICIAN",
                 "OPPOSITION LEADER", "CANDIDATE", "MIGRANT", "WORKER", "FISHERMAN", "FISHERMEN_",
                 "TOURIST", "PRIEST", "CLERIC", "IMAM", "MONK", "CIVILIAN", "HOSTAGE", "PRISONER",
                 "DETAINEE", "CAPTIVE", "CHILD", "CHILDREN_", "RESIDENT", "VILLAGER", "WORSHIPPER"],
    "MZCIVIL": ["CIVILIAN", "PEOPLE_", "VILLAGER", "RESIDENT", "WOMAN", "WOMEN_", "CHILD", "CHILDREN_",
                "WORSHIPPER", "PASSENGER", "SHOPPER", "MOURNER", "FAMILY", "FAMILIES_", "DEMONSTRATOR",
                "PROTESTER", "STUDENT", "PILGRIM", "FARMER", "MAN", "MEN_", "PERSON"],
    "MZPROTESTERS": ["PROTESTER", "PROTESTOR", "DEMONSTRATOR", "MARCHER", "RIOTER", "CROWD", "STUDENT",
                     "ACTIVIST", "STRIKER", "OPPOSITION SUPPORTER", "SUPPORTER", "MOB", "PROTEST",
                     "DEMONSTRATION", "RALLY", "SIT-IN", "GATHERING", "DISSENT_", "UNREST_", "RIOT",
                     "MARCH"],
    "MZRIOTGEAR": ["TEAR GAS_", "TEARGAS_", "RUBBER BULLET", "WATER CANNON", "BATON", "STUN GRENADE",
                   "PEPPER SPRAY_", "PLASTIC BULLET", "BIRDSHOT_", "LIVE AMMUNITION_", "LIVE ROUNDS_",
                   "TRUNCHEON", "CLUB", "WHIP"],
    "MZNEGPOL": ["CONCERN", "ALARM", "FEAR", "WORRY", "DISMAY", "PESSIMISM_", "DOUBT", "SKEPTICISM_",
                 "SCEPTICISM_", "APPREHENSION_", "UNEASE_", "ANXIETY", "REGRET"],
    "MZOPTIM": ["OPTIMISM_", "HOPE", "CONFIDENCE_", "SATISFACTION_", "OPTIMISTIC_", "HOPEFUL_", "CONFIDENT_"],
    "MZSYMPATHY": ["CONDOLENCE", "SYMPATHY", "SYMPATHIES_", "GRIEF_", "SORROW_", "SADNESS_", "HEARTFELT_",
                   "SOLIDARITY_", "THOUGHTS AND PRAYERS_", "PRAYER"],
    "MZCRITIC": ["CRITICISM", "CONDEMNATION", "OUTRAGE", "ANGER_", "DISPLEASURE_", "INDIGNATION_",
                 "DISAPPROVAL_", "OPPOSITION_", "OBJECTION", "DISSATISFACTION_", "DISGUST_", "FURY_",
                 "PROTEST", "REGRET"],
    "MZAGREEMENT": ["AGREEMENT", "ACCORD", "TREATY", "PACT", "DEAL", "MEMORANDUM", "MEMORANDUM OF UNDERSTANDING",
                    "MOU", "CONVENTION", "PROTOCOL", "CONTRACT", "DECLARATION", "COMMUNIQUE", "CHARTER",
                    "DEFENSE AGREEMENT", "COOPERATION AGREEMENT", "ARRANGEMENT", "COMPACT", "ARMISTICE",
                    "LETTER OF INTENT", "FRAMEWORK", "ROADMAP", "BILATERAL AGREEMENT", "ACCESSION TREATY"],
    "MZINVESTIG": ["INVESTIGATION", "INQUIRY", "ENQUIRY", "PROBE", "INQUEST", "AUDIT", "REVIEW",
                   "COMMISSION OF INQUIRY", "FACT-FINDING_", "INVESTIGATE", "PROBE INTO"],
    "MZWARCRIME": ["WAR CRIME", "CRIMES AGAINST HUMANITY_", "GENOCIDE_", "ETHNIC CLEANSING_", "ATROCITY",
                   "ATROCITIES_", "MASSACRE", "CRIME OF AGGRESSION_"],
    "MZHRABUSE": ["HUMAN RIGHTS ABUSE", "HUMAN RIGHTS VIOLATION", "ABUSE", "RIGHTS ABUSE", "RIGHTS VIOLATION",
                  "TORTURE_", "EXTRAJUDICIAL KILLING", "DISAPPEARANCE", "MISTREATMENT_", "ILL-TREATMENT_",
                  "POLICE BRUTALITY_", "DISCRIMINATION_", "PERSECUTION_", "REPRESSION_"],
    "MZCRIME": ["CORRUPTION_", "BRIBERY_", "FRAUD", "EMBEZZLEMENT_", "MONEY LAUNDERING_", "TAX EVASION_",
                "GRAFT_", "MURDER", "THEFT", "SMUGGLING_", "TRAFFICKING_", "KICKBACK", "BRIBE", "CRIME",
                "ABUSE OF POWER_", "ABUSE OF OFFICE_", "MISAPPROPRIATION_", "RACKETEERING_", "EXTORTION_",
                "RAPE", "ASSAULT", "KILLING", "HOMICIDE", "TERRORISM_", "DRUG TRAFFICKING_"],
    "MZMILACT": ["ATTACK", "AIRSTRIKE", "AIR STRIKE", "SHELLING_", "BOMBING", "INCURSION", "OFFENSIVE",
                 "INVASION", "RAID", "STRIKE", "MISSILE ATTACK", "ROCKET ATTACK", "SHOOTING DOWN_",
                 "CEASEFIRE VIOLATION", "CLASHES_", "CIVILIAN CASUALTIES_", "CIVILIAN DEATHS_", "DEATHS_",
                 "INCIDENT", "EXPLOSION", "BLAST", "KILLINGS_", "SHOOTING", "AMBUSH", "CRASH"],
    "MZTREASON": ["ESPIONAGE_", "SPYING_", "TREASON_", "SPY", "SEDITION_", "SUBVERSION_", "COLLABORATION WITH THE ENEMY_"],
    "MZAGGRESS": ["AGGRESSION_", "INVASION", "INCURSION", "PROVOCATION", "MILITARY BUILDUP_",
                  "ATTACK", "VIOLATING AIRSPACE_", "AIRSPACE VIOLATION", "BORDER VIOLATION", "OCCUPATION",
                  "EXPANSIONISM_", "BELLIGERENCE_", "ANNEXATION"],
}

# order matters: more specific content first (equal-weight patterns keep file order)
CONTENT = [
    # (synset, 02, 03, 10, 12)
    ("MZLEADER", "0241", "0341", "1041", "1231"),
    ("MZRIGHTS", "0243", "0343", "1043", "1233"),
    ("MZINSTIT", "0244", "0344", "1044", "1234"),
    ("MZPOLICY", "0242", "0342", "1042", "1232"),
    ("MZREFORM", "024", "034", "104", "123"),
    ("MZRELEASE", "0253", "0353", "1053", "1243"),
    ("MZINTLINV", "0255", "0355", "1055", "1245"),
    ("MZDEESC", "0256", "0356", "1056", "1246"),
    ("MZDISSENT", "0252", "0352", "1052", "1242"),
    ("MZMEDIATION", "028", "038", "108", "126"),
    ("MZSETTLE", "027", "037", "107", "127"),
    ("MZTALKS", "026", "036", "106", "125"),
    ("MZHUMAID", "0233", "0333", "1033", "1223"),
    ("MZPROTECT", "0234", "0334", "1034", "1224"),
    ("MZMILAID", "0232", "0332", "1032", "1222"),
    ("MZECONAID", "0231", "0331", "1031", "1221"),
    ("MZAID", "023", "033", "103", "122"),
    ("MZJUDCOOP", "0213", "0313", "1013", "121"),
    ("MZINTEL", "0214", "0314", "1014", "121"),
    ("MZMILCOOP", "0212", "0312", "1012", "1212"),
    ("MZECONCOOP", "0211", "0311", "1011", "1211"),
    ("MZCOOP", "021", "031", "101", "121"),
    ("MZDIPLO", "022", "032", "102", "120"),
]
# two-item content (weight 2: tried before the one-item patterns)
CONTENT2 = [
    ("&MZCUT &MZDIPREL", "020", "1313", "100", "120"),
    ("&MZIMPOSE &MZSANCTION", "020", "1312", "100", "120"),
    ("&MZEASE &MZSANCTION", "0254", "0354", "1054", "1244"),
    ("&MZEASE &MZADMIN", "0251", "0351", "1051", "1241"),
    ("FREE &MZCAPTIVE", "0253", "0353", "1053", "1243"),
    ("RETURN &MZPROPERTY", "025", "035", "105", "124"),
    ("ALLOW &MZINTLINV", "0255", "0355", "1055", "1245"),
    ("ALLOW &MZHUMAID", "0255", "0355", "1055", "1245"),
    ("LET &MZINTLINV", "0255", "0355", "1055", "1245"),
    ("STOP &MZMILACT", "0256", "0356", "1056", "1246"),
    ("HALT &MZMILACT", "0256", "0356", "1056", "1246"),
    ("END &MZMILACT", "0256", "0356", "1056", "1246"),
    ("CEASE &MZMILACT", "0256", "0356", "1056", "1246"),
    ("STOP &MZDISSENT", "0252", "0352", "1052", "1242"),
    ("END &MZDISSENT", "0252", "0352", "1052", "1242"),
    ("RESUME &MZTALKS", "026", "036", "106", "125"),
    ("RETURN &MZTALKS", "026", "036", "106", "125"),
    ("HOLD &MZTALKS", "026", "036", "106", "125"),
    ("ACCEPT &MZMEDIATION", "028", "038", "108", "126"),
    ("EXTRADITE &MZPERSON", "0213", "0313", "1013", "121"),
    ("SHARE &MZINTEL", "0214", "0314", "1014", "121"),
    ("SEND &MZTROOPS", "0234", "0334", "1034", "1224"),
    ("SEND &MZMILAID", "0232", "0332", "1032", "1222"),
    ("SEND &MZAID", "023", "033", "103", "122"),
    ("PROVIDE &MZAID", "023", "033", "103", "122"),
    ("FREEZE &MZSETTLE", "025", "035", "105", "124"),
]

FAM = {"02": 1, "03": 2, "10": 3, "12": 4}


def content(root, extra_before=""):
    """Content patterns for the family `root` (02, 03, 10, 12)."""
    i = FAM[root]
    out = []
    for c in CONTENT2:
        out.append(f"* {c[0]} [{c[i]}]")
    for c in CONTENT:
        out.append(f"* &{c[0]} [{c[i]}]")
    return out


# ---------------------------------------------------------------- blocks
BLOCKS = []


XC = set()
NOGOV = set()
TARGETVAR = set()


def B(name, code, verbs, patterns, comment=None):
    BLOCKS.append((name, code, verbs, patterns, comment))


def xvariants(p):
    """`* A [c]` -> `* + A [c]`, `* A + [c]`, `* A [c]`: the target of a verb whose content sits in
    an infinitival complement (`urged Syria to release …`, `promised to release British sailors`)."""
    body, code = p.rsplit("[", 1)
    body = body.strip()
    if not body.startswith("* ") or any(x in body for x in "$+%"):
        return [p]
    rest = body[2:]
    return [f"* + {rest} [{code}", f"* {rest} + [{code}", p]


exec(open(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "blocks.py")).read())


VALID = set(l.split("\t")[0] for l in open(os.path.join(SHARED, "ontology", "cameo_1.1b3_eventcodes_from_manual.tsv"), encoding="utf-8") if l.strip())


def content_of(c):
    """(second digit, sub digit) of what a cooperative code is about, in the 02/03/10/12 scheme."""
    if c.startswith("04"):
        return ("8", "") if c == "045" else ("6", "")
    if c.startswith("05"):
        return ("2", "") if c != "057" else ("0", "")
    if c.startswith("06"):
        return ("1", {"061": "1", "062": "2", "063": "3", "064": "4"}.get(c, ""))
    if c.startswith("07"):
        return ("3", {"071": "1", "072": "2", "073": "3", "074": "4"}.get(c, ""))
    if c.startswith("08"):
        if c.startswith("081"):
            return ("5", "1")
        if c == "082":
            return ("5", "2")
        if c.startswith("083"):
            return ("4", c[3:] if len(c) == 4 else "")
        if c.startswith("084"):
            return ("5", "3")
        if c == "085":
            return ("5", "4")
        if c.startswith("086"):
            return ("5", "5")
        if c.startswith("087"):
            return ("5", "6")
        return ("5", "")
    return None


def family_code(c, fam):
    """The code of `fam` (02 appeal, 03 intent, 10 demand, 12 refuse) about the content of `c`."""
    ct = content_of(c)
    if ct is None:
        return None
    d, sub = ct
    if fam == "12" and c == "057":
        return "127"
    if fam == "12":
        base = {"0": "120", "1": "121", "2": "120", "3": "122", "4": "123", "5": "124", "6": "125", "7": "127", "8": "126"}[d]
        for cand in (base + sub, base):
            if cand in VALID:
                return cand
        return base
    if fam == "03" and c == "045":
        return "039"
    base = fam + d
    for cand in (base + sub, base):
        if cand in VALID:
            return cand
    return fam + "0"


def threat_code(c):
    """The threat (13x) matching a conflictual action code."""
    if c.startswith("14"):
        return "133"
    if c == "163":
        return "1312"
    if c == "161":
        return "1313"
    if c.startswith("162"):
        return "1311"
    if c == "164":
        return "134"
    if c == "165":
        return "135"
    if c.startswith("166"):
        return "136"
    if c.startswith("172"):
        return {"1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324"}.get(c, "132")
    if c in ("173", "174", "175"):
        return "137"
    if c.startswith("17") or c.startswith("16"):
        return "130"
    if c.startswith("18") or c in ("200", "201", "202", "203"):
        return "1383"
    if c == "191":
        return "1381"
    if c == "192":
        return "1382"
    if c.startswith("19") or c.startswith("15"):
        return "1384"
    if c.startswith("204"):
        return "1385"
    return None


GOVERNORS = [
    # (synset, function of the action code); a synset ending in `_` must stand right before the verb

    ("MZCONSIDERV", lambda c: "014" if c[:2] in ("04", "05", "06", "07", "08", "16", "17", "19") else None),
    ("MZREFUSEV", lambda c: family_code(c, "12")),
    ("MZDEMANDV", lambda c: family_code(c, "10")),
    ("MZAPPEALV", lambda c: family_code(c, "02")),
    ("MZTHREATV", threat_code),
    ("MZINTENTV", lambda c: family_code(c, "03")),
]


def governed(patterns, default):
    """Before-patterns naming the governing verb: `Iran is ready to release …` is an intent (035x),
    `urged … to release` an appeal, `refused to release` a refusal, `threatened to attack` a threat."""
    out = []
    items = [("* ", default)] if default else []
    for p in patterns:
        body, code = p.rsplit("[", 1)
        code = code.rstrip("]").strip()
        body = body.strip()
        if not body.startswith("* ") or code in ("---", "") or ":" in code:
            continue
        items.append((body, code))
    for body, code in items:
        t = threat_code(code) if code[:2] in ("14", "16", "17", "18", "19", "20") else None
        if t:
            out.append(f"{body.rstrip()} UNLESS [{t}]")
    for syn, fn in GOVERNORS:
        for body, code in items:
            c2 = fn(code)
            if c2 and c2 != code:
                rest = body[2:].strip()
                if rest:
                    if "+" not in rest and "$" not in rest:
                        out.append(f"&{syn} * {rest} + [{c2}]")
                    out.append(f"&{syn} * {rest} [{c2}]")
                else:
                    out.append(f"&{syn} * + [{c2}]")
                    out.append(f"&{syn} * [{c2}]")
    return out


def singular(word):
    """The word a regular plural comes from (patterns match lemmas, so both forms are one pattern)."""
    w = word.strip("(){}")
    if not w.isalpha() or len(w) < 4:
        return word
    pre, post = word[: len(word) - len(word.lstrip("({"))], word[len(word.rstrip(")}")):]
    if w.endswith("IES"):
        w = w[:-3] + "Y"
    elif w.endswith(("SSES", "XES", "CHES", "SHES")):
        w = w[:-2]
    elif w.endswith("S") and not w.endswith("SS"):
        w = w[:-1]
    return pre + w + post


def emit():
    w("# tern-dict 1")
    w(HEADER.strip("\n"))
    w()
    w("# ---------------------------------------------------------------- synsets (verbs-mz: MZ prefix)")
    for name, members in SYNSETS.items():
        w(f"synset: {name}")
        for m in members:
            w(f"  member: {m}")
    w()
    for name, code, verbs, patterns, comment in BLOCKS:
        if comment:
            for line in comment.strip().splitlines():
                w(f"# {line}")
        w(f"verbs: {name}")
        if code:
            w(f"  code: {code}")
        for v in verbs:
            w(f"  verb: {v}")
        seen = set()
        gov = []
        if name not in NOGOV:
            gov = governed(patterns, code.split(":")[0] if code else None)
        root = (code or "")[:2]
        tv = name in TARGETVAR or (root in ("07", "08", "14", "15", "16", "17", "18", "19", "20") and name not in NOGOV)
        if name in XC or tv:
            patterns = [v for p in patterns for v in xvariants(p)]
        own = any("[" in v and f"[{code}]" not in v for v in verbs)
        if tv and code and not own and ":" not in code:
            patterns = patterns + [f"* + [{code}]"]
        patterns = gov + patterns
        generic = ("&MZAID ", "&MZCOOP ", "&MZDIPLO ")
        patterns = sorted(patterns, key=lambda p: any(x in p for x in generic))
        # Patterns differing only by a plural are one pattern (words match lemmas too): the
        # singular (shortest) one is written, in the place of the first of them, since a
        # singular word also matches its plural's lemma while a plural word never matches a
        # singular token.
        def key_of(p):
            return " ".join(singular(x) for x in p.rsplit("[", 1)[0].split())
        best = {}
        for p in patterns:
            k = key_of(p)
            if k not in best or len(p.rsplit("[", 1)[0]) < len(best[k].rsplit("[", 1)[0]):
                best[k] = p
        for p in patterns:
            key = key_of(p)
            if key in seen:
                continue
            seen.add(key)
            w(f"  pattern: {best[key]}")
        w()
    text = "\n".join(OUT) + "\n"
    # Every code written must be a CAMEO 1.1b3 event code (tern dict check checks only the shape).
    unknown = sorted({c for m in re.finditer(r"\[([0-9:]+)\]|code: ([0-9:]+)", text)
                      for c in (m.group(1) or m.group(2)).split(":") if c and c not in VALID})
    if unknown:
        sys.exit(f"gen.py: codes that are not CAMEO event codes: {' '.join(unknown)}")
    sys.stdout.write(text)


emit()
