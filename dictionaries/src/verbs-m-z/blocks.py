# Blocks of dictionaries/verbs-m-z.tern (read by gen.py with exec).

HEADER = """
# tern's default CAMEO verb dictionary, part 2 of 2: verb blocks whose verb lemma starts with m–z
# (verbs-a-l.tern holds the rest). Synsets defined here carry the prefix MZ.
#
# Written for tern, November 2026 (helper verbs-mz), from the CAMEO 1.1b3 codebook's code names,
# definitions and usage notes (../shared/ontology/cameo_1.1b3_eventcodes_from_manual.tsv,
# cameo_eventcodes_merged.csv), with the PLOVER manual (../shared/ontology/PLOVER_MANUAL.tex) as a
# second view, and English news usage. No PETRARCH, TABARI or Phoenix dictionary entry was copied.
#
# GENERATED FILE: `python3 dictionaries/src/verbs-m-z/gen.py > dictionaries/verbs-m-z.tern`.
# The blocks, patterns and noun synsets are hand-written tables in dictionaries/src/verbs-m-z/blocks.py;
# gen.py adds derived variants: the content families of appeals (02x), promises (03x), demands (10x)
# and refusals (12x); a pattern after a governing verb (&MZINTENTV `will`, `ready to` → 03x,
# &MZAPPEALV `urged … to` → 02x, &MZDEMANDV → 10x, &MZREFUSEV `refused to`, `will not` → 12x,
# &MZTHREATV → 13x, &MZCONSIDERV → 014); threats with `unless`; and target-slot variants
# (`* + X`, `* X +`) for verbs whose target is named in a complement. Patterns are written without
# PETRARCH2's leading `-`.
"""

SYNSETS.update({
    "MZNEGADJ": ["SKEPTICAL_", "SCEPTICAL_", "PESSIMISTIC_", "CONCERNED_", "WORRIED_", "ALARMED_", "DISAPPOINTED_",
                 "TROUBLED_", "DOUBTFUL_", "DEEPLY CONCERNED_", "GRAVELY CONCERNED_", "DISMAYED_", "FEARFUL_"],
    "MZPOSADJ": ["CONFIDENT_", "OPTIMISTIC_", "HOPEFUL_", "ENCOURAGED_", "SATISFIED_", "PLEASED_", "UPBEAT_"],
    "MZINTENTV": ["WILLING_", "READY_", "PREPARED_", "AGREE", "PROMISE", "PLEDGE", "VOW", "OFFER", "PLAN",
                  "INTEND", "COMMIT", "DECIDE", "WILL_", "WOULD_", "WANT", "HOPE", "EAGER_", "AIM",
                  "PROPOSE", "EXPECT", "GOING TO_", "SET TO_", "DETERMINED_", "RESOLVE"],
    "MZAPPEALV": ["URGE", "ASK", "APPEAL", "REQUEST", "ENCOURAGE", "PERSUADE", "PLEAD", "PRESS", "CALL ON_",
                  "CALLED ON_", "CALLS ON_", "CALLING ON_", "CALL UPON_", "CALLED UPON_", "IMPLORE", "BEG",
                  "EXHORT", "INVITE", "ADVISE", "RECOMMEND", "SHOULD_"],
    "MZDEMANDV": ["DEMAND", "INSIST", "PRESSURE", "ULTIMATUM", "DEMANDS_", "INSISTED_", "MUST_"],
    "MZREFUSEV": ["REFUSE", "REJECT", "DECLINE", "FAIL", "RESIST", "UNWILLING_", "RELUCTANT_", "REFUSAL",
                  "OPPOSE", "RULE OUT_", "RULED OUT_", "RULES OUT_", "BALK", "REBUFF", "WILL NOT_",
                  "WOULD NOT_", "WO N'T_", "WOULD N'T_", "WILL NEVER_", "CAN NOT_", "CANNOT_", "CA N'T_"],
    "MZTHREATV": ["THREATEN", "THREAT", "WARN", "THREATENED_", "THREATENS_"],
    "MZCONSIDERV": ["CONSIDER", "CONSIDERING_", "MULL", "WEIGH", "CONTEMPLATE", "DEBATE", "EXPLORE",
                    "STUDY", "DISCUSS", "MULLING_", "WEIGHING_"],
    "MZCUT": ["CUT", "STOP", "SUSPEND", "HALT", "WITHHOLD", "FREEZE", "REDUCE", "END", "WITHDRAW",
              "SLASH", "CANCEL", "TERMINATE", "PULL", "SCRAP", "DOWNGRADE", "SEVER", "BREAK OFF",
              "QUIT", "ABANDON", "BOYCOTT", "LEAVE", "CUT OFF"],
    "MZPROTESTW": ["PROTEST", "DEMONSTRATION", "BOYCOTT", "RALLY", "TAKE TO THE STREETS_",
                   "CIVIL DISOBEDIENCE_", "WALKOUT", "MARCH", "SIT-IN", "GENERAL STRIKE",
                   "HUNGER STRIKE", "STRIKE ACTION_", "DEMONSTRATE", "MASS PROTEST", "UNREST_"],
    "MZREPRESS": ["CRACKDOWN", "CRACK DOWN", "ARREST", "DETAIN", "JAIL", "IMPRISON", "PROSECUTE",
                  "PUNISH", "IRON FIST_", "CRUSH", "SUPPRESS", "DEAL HARSHLY_", "PUNISHMENT",
                  "REPRISALS_", "PROSECUTION_", "LEGAL ACTION_", "CHARGES_", "CRIMINAL CHARGES_"],
    "MZUNCONV": ["SUICIDE ATTACK", "SUICIDE BOMBING", "BOMBING", "KIDNAP", "BEHEAD", "EXECUTE",
                 "TERROR ATTACK", "TERRORIST ATTACK", "ASSASSINATE", "ASSASSINATION", "KIDNAPPING",
                 "HOSTAGE", "HOSTAGES_", "BLOOD_", "BLOODBATH", "REVENGE_", "JIHAD_", "HOLY WAR_"],
    "MZCONV": ["ATTACK", "BOMB", "WAR_", "RETALIATION_", "RETALIATE", "MILITARY ACTION_",
               "FORCE_", "USE OF FORCE_", "SHOOT", "OPEN FIRE_", "SHOOT DOWN", "AIRSTRIKE",
               "AIR STRIKE", "MILITARY STRIKE", "STRIKES_", "INVADE", "INVASION", "RESPONSE",
               "RESPOND", "COUNTERATTACK", "DESTROY", "WIPE OUT", "OBLITERATE", "FIRE", "SHELL",
               "MILITARY OPERATION", "OFFENSIVE", "CONSEQUENCES_", "DEVASTATING_", "ARMED_"],
    "MZOCCUPY": ["OCCUPY", "OCCUPATION", "ANNEX", "ANNEXATION", "SEIZE", "TAKE OVER", "CAPTURE",
                 "TAKEOVER", "INCORPORATE"],
    "MZBLOCKADE": ["BLOCKADE", "SIEGE", "CLOSE THE STRAIT_", "NAVAL BLOCKADE", "BESIEGE", "ENCIRCLE",
                   "CUT OFF SUPPLIES_", "NO-FLY ZONE"],
    "MZRISK": ["FAMINE", "CRISIS", "RECESSION", "DISASTER", "CATASTROPHE", "SHORTAGE", "EPIDEMIC",
               "OUTBREAK", "COLLAPSE", "DANGER", "RISK", "IMPACT", "STARVATION_", "SLOWDOWN",
               "INFLATION_", "DEFAULT", "TURMOIL_", "DROUGHT", "FLOOD", "CONSEQUENCE", "THREAT",
               "DIFFICULTY", "DIFFICULTIES_", "HARDSHIP", "INSTABILITY_", "HUMANITARIAN CRISIS"],
    "MZPOLICYP": ["LAW", "BILL", "TAX", "PRICE", "PRICE HIKE", "AUSTERITY_", "CUTS_", "SUBSIDY",
                  "DECISION", "DECREE", "POLICY", "PLAN", "PROJECT", "LEGISLATION_", "MEASURE", "WAR",
                  "DEAL", "PENSION", "WAGE", "SALARY", "SALARIES_", "FEES_", "TUITION_", "DAM", "MINE",
                  "PIPELINE", "CONSTRUCTION_", "EVICTION", "DEMOLITION", "DEPORTATION", "VISIT",
                  "INCREASE", "HIKE", "CORRUPTION_", "UNEMPLOYMENT_", "POLLUTION_", "KILLING",
                  "DEATH", "ARREST", "DETENTION", "SHORTAGE", "POWER CUTS_", "SENTENCE", "VERDICT",
                  "RULING", "SETTLEMENT", "OCCUPATION_", "PRIVATIZATION_", "PRIVATISATION_", "REFORM"],
    "MZRIGHTSP": ["RIGHTS_", "HUMAN RIGHTS_", "FREEDOM", "LIBERTY", "EQUALITY_", "JUSTICE_", "DIGNITY_",
                  "AUTONOMY", "INDEPENDENCE_", "SELF-DETERMINATION_", "RECOGNITION_", "LAND RIGHTS_",
                  "WORKERS' RIGHTS_", "WOMEN'S RIGHTS_", "GAY RIGHTS_", "MINORITY RIGHTS_", "DEMOCRACY"],
    "MZLEADERP": ["RESIGNATION", "RESIGN", "STEP DOWN", "OUSTER", "DOWNFALL_", "REMOVAL", "IMPEACHMENT",
                  "FALL_", "OVERTHROW", "TOPPLE", "OUST", "QUIT", "GO_", "LEAVE OFFICE_"],
    "MZINSTITP": ["ELECTION", "REFERENDUM", "CONSTITUTION", "REGIME", "SYSTEM", "PARLIAMENT", "ELECTORAL_",
                  "VOTE", "ELECTION RESULTS_", "FRAUD", "RIGGING_", "VOTE-RIGGING_", "MONARCHY", "JUNTA",
                  "MILITARY RULE_", "CIVILIAN RULE_", "TRANSITION", "POLITICAL REFORM", "CONSTITUTIONAL REFORM"],
})


def protestc(base):
    """Protest content: for leadership, policy, rights, institutions (CAMEO 14x1..14x4)."""
    return [f"* &MZLEADERP [{base}1]", f"* &MZRIGHTSP [{base}3]", f"* &MZINSTITP [{base}4]",
            f"* &MZPOLICYP [{base}2]"]


def attack(default="190"):
    """What an attack verb (mount, stage, wage, step up …) says about the weapon or kind."""
    return [
        "* &MZSUICIDE [1831]", "* &MZCARBOMB [1832]", "* &MZROADSIDE [1833]",
        "* &MZCHEM [2041]", "* &MZNUKE [2042]",
        "* &MZDRONE [1952]", "* &MZPRECISION [1951]",
        "* {MISSILE STRIKE} [195]", "* {MISSILE ATTACK} [195]", "* {ROCKET ATTACK} [194]",
        "* {ARTILLERY ATTACK} [194]", "* {MORTAR ATTACK} [194]", "* {TANK ASSAULT} [194]",
        "* {GROUND OFFENSIVE} [190]", "* {GROUND ASSAULT} [190]", "* {MILITARY OPERATION} [190]",
        "* {TERROR ATTACK} [180]", "* {TERRORIST ATTACK} [180]", "* {BOMB ATTACK} [183]",
        "* {GRENADE ATTACK} [183]", "* {ARSON ATTACK} [1712]", "* {KNIFE ATTACK} [182]",
        "* {GUN ATTACK} [193]", "* {ARMED ATTACK} [190]", "* {CYBER ATTACK} [176]",
        "* {HUNGER STRIKE} [142]", "* {GENERAL STRIKE} [143]",
        "* {ASSASSINATION ATTEMPT} [185]", "* {ATTEMPT ON LIFE} [185]",
        "* {AIR STRIKE} [195]", "* {AIR RAID} [195]", "* {AIR CAMPAIGN} [195]",
        "* {BOMBING CAMPAIGN} [195]", "* {ETHNIC CLEANSING} [203]", "* {CAR BOMBING} [1832]",
        "* CYBERATTACK [176]", "* HACK [176]", "* AIRSTRIKE [195]", "* BOMBARDMENT [195]",
        "* SHELLING [194]", "* BOMBING [183]", "* ASSASSINATION [186]", "* KIDNAPPING [181]",
        "* ABDUCTION [181]", "* HIJACKING [181]", "* MASSACRE [202]", "* GENOCIDE [202]",
        "* POGROM [202]", "* INVASION [190]", "* INCURSION [190]", "* RAID [190]", "* OFFENSIVE [190]",
        "* COUNTEROFFENSIVE [190]", "* COUNTER-OFFENSIVE [190]", "* COUNTERATTACK [190]",
        "* AMBUSH [190]", "* ASSAULT [190]", "* SHOOTING [193]", "* GUNFIGHT [193]",
        "* FIREFIGHT [193]", "* SIEGE [191]", "* BLOCKADE [191]", "* CRACKDOWN [175]",
        "* PROTEST [141]", "* PROTESTS [141]", "* DEMONSTRATION [141]", "* RALLY [141]",
        "* MARCH [141]", "* SIT-IN [141]", "* WALKOUT [143]", "* BOYCOTT [143]", "* RIOT [145]",
        "* STRIKE [143]", "* ATTACK [%s]" % default, "* WAR [190]", "* CAMPAIGN [---]",
    ]


# ---------------------------------------------------------------- m
B("MAKE", None, ["MAKE {MADE MAKES MAKING}"], [
    "* STATEMENT [010]", "* ANNOUNCEMENT [010]", "* REMARKS [010]", "* COMMENT [010]", "* SPEECH [010]",
    "* {OFFICIAL VISIT} (TO +) [042:043]", "* VISIT (TO +) [042:043]", "* VISIT [042:043]",
    "* TRIP (TO +) [042:043]", "* {STATE VISIT} [042:043]", "* STOPOVER [042:043]",
    "* {PHONE CALL} [041]", "* {TELEPHONE CALL} [041]",
    "* APPEAL (FOR &MZAID) [023]", "* APPEAL (FOR &MZDEESC) [0256]", "* APPEAL (FOR &MZTALKS) [026]",
    "* APPEAL (FOR &MZRELEASE) [0253]",
    "* APPEAL [020]", "* PLEA [020]", "* REQUEST [020]", "* DEMAND [100]", "* DEMANDS [100]",
    "* OFFER (OF &MZAID) [033]", "* OFFER [030]", "* PROPOSAL [030]", "* PROMISE [030]",
    "* PLEDGE [030]", "* COMMITMENT [030]", "* OVERTURE [030]", "* CONCESSION [080]",
    "* CONCESSIONS [080]", "* ARREST [173]", "* ARRESTS [173]", "* APOLOGY [055]", "* THREAT [130]",
    "* THREATS [130]", "* ACCUSATION [112]", "* ALLEGATION [112]", "* ALLEGATIONS [112]",
    "* CHARGES [112]", "* COMPLAINT [114]", "* {FORMAL PROTEST} [114]", "* DEAL (WITH +) [057]",
    "* AGREEMENT [057]", "* PEACE (WITH +) [057]", "* DONATION [070]", "* CONTRIBUTION [070]",
    "* CONTACT (WITH +) [040]", "* {ATTEMPT ON LIFE} [185]", "* SEIZURE [1711]", "* SEIZURES [1711]",
    "* {DRUG SEIZURE} [1711]", "* INCURSION [190]", "* INROADS [---]", "* GAINS [---]",
    "* PROGRESS [---]", "* DECISION [---]", "* MISTAKE [---]",
])
B("MAINTAIN", None, ["MAINTAIN"], [
    "* CEASEFIRE [0871]", "* TRUCE [0871]", "* CALM [087]", "* &MZDIPREL [050]",
    "* SUPPORT [051]", "* INNOCENCE [016]", "* (THAT) [010]", "* SIEGE [191]", "* BLOCKADE [191]",
    "* PRESENCE [---]", "* CONTROL [---]",
])
B("MANHANDLE", "182", ["MANHANDLE"], ["* &MZPROTESTERS [175]", "* JOURNALIST [175]"])
B("MARCH", "141", ["MARCH"], protestc("141") + [
    "&MZTROOPS * (INTO &MZTERRITORY) [192]", "&MZTROOPS * (ON &MZTERRITORY) [190]",
    "&MZTROOPS * (TOWARD &MZTERRITORY) [154]", "&MZTROOPS * (TOWARDS &MZTERRITORY) [154]",
    "&MZTROOPS * [154]", "* (IN SUPPORT) [141]", "* (IN SOLIDARITY) [141]", "* (AGAINST) [141]",
    "* (ON +) [141]", "* (TO +) [141]",
])
B("MARK", None, ["MARK"], ["* ANNIVERSARY [017]", "* {DAY OF MOURNING} [018]", "* {MOMENT OF SILENCE} [018]",
                          "* ESCALATION [---]", "* TURNING [---]"])
B("MASSACRE", "202", ["MASSACRE", "+SLAUGHTER"], [
    "* &MZCIVIL [202]", "* (IN +) [202]",
])
B("MAUL", "182", ["MAUL"], [])
B("MEDIATE", "045", ["MEDIATE"], [
    "* (BETWEEN +) [045]", "* (IN &MZTALKS) [045]", "* &MZTALKS [045]", "* DISPUTE [045]",
    "* CONFLICT [045]", "* TRUCE [045]", "* CEASEFIRE [045]", "* CRISIS [045]", "* DEAL [045]",
    "* RELEASE [045]", "* EXCHANGE [045]", "* SWAP [045]",
])
B("MEET", "040", ["MEET {MET MEETS MEETING}"], [
    "* &MZPROTESTERS (WITH &MZRIOTGEAR) [175]",
    "* (WITH &MZCRITIC) [---]", "* (WITH RESISTANCE) [---]", "* (WITH OPPOSITION) [---]",
    "* (WITH SKEPTICISM) [---]", "* (WITH APPROVAL) [---]", "* (WITH SUCCESS) [---]",
    "* (WITH FORCE) [175]", "* (WITH &MZRIOTGEAR) [175]", "* (WITH VIOLENCE) [175]",
    "* (WITH BULLETS) [175]", "* (WITH GUNFIRE) [175]",
    "* DEMAND [083]", "* DEMANDS [083]", "* CONDITION [083]", "* CONDITIONS [083]",
    "* DEADLINE [---]", "* TARGET [---]", "* TARGETS [---]", "* NEEDS [---]", "* OBLIGATION [---]",
    "* OBLIGATIONS [---]", "* EXPECTATIONS [---]", "* REQUIREMENT [---]", "* REQUIREMENTS [---]",
    "* CRITERIA [---]", "* STANDARD [---]", "* STANDARDS [---]", "* QUOTA [---]", "* DEATH [---]",
    "* END [---]", "* FATE [---]", "* GOAL [---]", "* COSTS [---]", "* DEMAND [083]",
    "* (ON SIDELINES) [044]", "* (ON SIDELINE) [044]", "* (AT SUMMIT) [044]", "* (AT CONFERENCE) [044]",
    "* (AT FORUM) [044]", "* (AT MEETING) [044]", "* (DURING SUMMIT) [044]", "* (IN GENEVA) [044]",
    "* (IN VIENNA) [044]", "* (BY PHONE) [041]", "* (BY TELEPHONE) [041]", "* (BY VIDEO) [041]",
    "* (VIA VIDEO) [041]", "* VIDEOCONFERENCE [041]", "* (BY VIDEOCONFERENCE) [041]",
    "* (ONLINE) [041]", "* (VIRTUALLY) [041]", "* (BEHIND DOORS) [040]", "* (WITH +) [040]",
    "* (IN CAPITAL) [040]", "* (FOR TALKS) [040]",
])
B("MENTION", None, ["MENTION"], [])
B("MOBILIZE", "154", ["MOBILIZE", "MOBILISE"], [
    "* &MZPOLICE + [153]", "* &MZTROOPS + [154]",
    "* &MZPOLICE [153]", "* (SUPPORT FOR) [053]", "* SUPPORT [053]", "* BACKING [053]",
    "* OPPOSITION [113]", "* (AGAINST +) [113]", "* PROTESTERS [140]", "* SUPPORTERS [140]",
    "* DEMONSTRATORS [140]", "* FOLLOWERS [140]", "* MEMBERS [140]", "* STUDENTS [140]",
    "* WORKERS [140]", "* CROWDS [140]", "* &MZAID [070]", "* &MZECONAID [071]", "* RESOURCES [---]",
    "* VOTERS [---]", "* &MZTROOPS [154]", "* RESERVISTS [154]", "* RESERVES [154]",
    "* {CYBER FORCES} [155]", "* HACKERS [155]",
])
B("MONITOR", "090", ["MONITOR"], ["* ELECTION [---]", "* ELECTIONS [---]", "* SITUATION [---]",
                                  "* CEASEFIRE [---]", "* TRUCE [---]"])
B("MOURN", "018", ["MOURN"], [])
B("MOUNT", None, ["MOUNT"], attack("190") + [
    "* PRESSURE [---]", "* CHALLENGE [---]", "* DEFENSE [052]", "* DEFENCE [052]",
    "* {LEGAL CHALLENGE} [115]", "* CASE [115]",
])
B("MOVE", None, ["MOVE"], [
    "* &MZTROOPS (TO BORDER WITH +) [154]", "* &MZTROOPS (CLOSER TO +) [154]", "* &MZTROOPS (NEAR +) [154]",
    "&MZTROOPS * (INTO &MZTERRITORY) [192]", "* &MZTROOPS (INTO &MZTERRITORY) [192]",
    "* &MZTROOPS (TO BORDER) [154]", "* &MZTROOPS (TOWARD) [154]", "* &MZTROOPS (TOWARDS) [154]",
    "* &MZTROOPS [154]", "&MZTROOPS * (INTO) [192]", "&MZTROOPS * (TOWARD) [154]",
    "&MZTROOPS * (TOWARDS) [154]", "* (AGAINST &MZPROTESTERS) [175]", "* (AGAINST +) [170]",
])
B("MURDER", "1823", ["MURDER"], ["* &MZCIVIL [1823]"])

# ---------------------------------------------------------------- n
B("NAME", None, ["NAME"], [
    "* (AS SUSPECT) [112]", "* (AS SUSPECTS) [112]", "* (IN CASE) [112]", "* (IN INDICTMENT) [112]",
])
B("NATIONALIZE", "1711", ["NATIONALIZE", "NATIONALISE"], [])
B("NEGOTIATE", "046", ["NEGOTIATE"], [
    "* (WITH +) [046]", "* (FOR RELEASE) [046]", "* RELEASE [046]", "* CEASEFIRE [046]",
    "* TRUCE [046]", "* (ON &MZAGREEMENT) [046]", "* &MZAGREEMENT [046]", "* SETTLEMENT [046]",
    "* SURRENDER [046]", "* EXIT [046]", "* TERMS [046]", "* LOAN [046]",
])
B("NORMALIZE", "054", ["NORMALIZE", "NORMALISE"], [
    "* &MZDIPREL (WITH +) [054]", "* &MZDIPREL [054]", "* (WITH +) [054]", "* TRADE [061]",
    "* SITUATION [---]",
])
B("NOTIFY", None, ["NOTIFY {NOTIFIES NOTIFIED NOTIFYING}"], [
    "* WITHDRAWAL [160]", "* (OF WITHDRAWAL) [160]", "* (OF INTENTION) [010]",
])
B("NULLIFY", None, ["NULLIFY {NULLIFIES NULLIFIED NULLIFYING}"], [
    "* &MZAGREEMENT [160]", "* ELECTION [---]", "* RESULTS [---]",
])

# ---------------------------------------------------------------- o
B("OBEY", None, ["OBEY {OBEYS OBEYED OBEYING}"], ["* ORDER [083]", "* ORDERS [083]", "* RULING [083]",
                                                 "* CEASEFIRE [0871]", "* TRUCE [0871]", "* LAW [---]"])
B("OBJECT", "111", ["OBJECT"], [])
B("OBSTRUCT", "144", ["OBSTRUCT"], [
    "* JUSTICE [128]", "* INVESTIGATION [128]", "* PROBE [128]", "* INQUIRY [128]", "* INSPECTORS [1245]",
    "* INSPECTIONS [1245]", "* &MZHUMAID [1245]", "* ACCESS [1245]", "* &MZTALKS [125]",
    "* ROAD [144]", "* ROADS [144]", "* TRAFFIC [144]", "* HIGHWAY [144]", "* ENTRANCE [144]",
])
B("OCCUPY", "192", ["OCCUPY {OCCUPIES OCCUPIED OCCUPYING}"], [
    "&MZPROTESTERS * [1441]", "&MZPROTESTERS * (SQUARE) [144]", "* SQUARE [144]", "* {PUBLIC SQUARE} [144]",
    "* BUILDING [144]", "* OFFICES [144]", "* CAMPUS [144]", "* UNIVERSITY [144]", "* PARK [144]",
    "* STREETS [144]", "* ROAD [144]", "* PARLIAMENT [144]", "* {STATE HOUSE} [144]", "* EMBASSY [144]",
    "* FACTORY [143]", "* PLANT [143]", "* MINE [143]", "* (IN PROTEST) [144]",
    "* POST [---]", "* POSITION [---]", "* SEAT [---]", "* OFFICE [---]", "* MIND [---]",
    "* &MZTERRITORY [192]",
])
B("OFFER", "030", ["OFFER"], [
    "* CONDOLENCES [018]", "* CONDOLENCE [018]", "* SYMPATHY [018]", "* SYMPATHIES [018]",
    "* PRAYERS [018]", "* APOLOGY [055]", "* APOLOGIES [055]", "* RESIGNATION [0341]",
    "* RESIGN [0341]", "* ASYLUM [075]", "* {POLITICAL ASYLUM} [075]", "* REFUGE [075]",
    "* SANCTUARY [075]", "* MEDIATE [039]", "* MEDIATION [039]", "* {GOOD OFFICES} [039]",
    "* (TO HOST) &MZTALKS [039]", "* HOST [039]", "* FACILITATE [039]", "* BROKER [039]",
    "* ARBITRATE [039]", "* AMNESTY [0353]", "* PARDON [0353]", "* REWARD [---]", "* BOUNTY [---]",
    "* PRAISE [051]", "* SUPPORT [032]", "* BACKING [032]", "* SURRENDER [0356]",
    "* RESISTANCE [---]", "* {NO COMMENT} [011]", "* DETAILS [---]", "* EVIDENCE [---]",
    "* CONCESSION [035]", "* CONCESSIONS [035]", "* COMPROMISE [035]", "* GUARANTEES [032]",
    "* GUARANTEE [032]", "* &MZJUDCOOP [0313]",
] + content("03"))
B("OMIT", None, ["OMIT {OMITS OMITTED OMITTING}"], [])
B("OPEN", None, ["OPEN"], [
    "* FIRE (ON &MZPROTESTERS) [175]", "* FIRE (AT &MZPROTESTERS) [175]",
    "* FIRE (ON &MZCIVIL) [180]", "* FIRE (WITH &MZHEAVY) [194]", "* FIRE [190]",
    "* INVESTIGATION [090]", "* INQUIRY [090]", "* PROBE [090]", "* {CRIMINAL CASE} [091]", "* HEARING [090]", "* HEARINGS [090]",
    "* CASE (AGAINST +) [115]", "* CASE [090]", "* &MZTALKS (WITH +) [046]", "* &MZTALKS [046]",
    "* EMBASSY (IN +) [054]", "* EMBASSY [054]", "* CONSULATE [054]", "* {DIPLOMATIC MISSION} [054]",
    "* BORDER [0811]", "* BORDERS [0811]", "* CROSSING [0863]", "* CROSSINGS [0863]",
    "* {HUMANITARIAN CORRIDOR} [0863]", "* CORRIDOR [0863]", "* AIRSPACE [0811]", "* BRIDGE [0863]",
    "* ROUTE [0863]", "* ROAD [0811]", "* HIGHWAY [0811]", "* AIRPORT [0811]", "* PORT [0872]", "* PASS [0811]",
    "* (TO AID) [0863]", "* (TO AID WORKERS) [0863]", "* (TO JOURNALISTS) [0811]", "* (TO OBSERVERS) [0862]",
    "* (TO MONITORS) [0862]", "* (TO PEACEKEEPERS) [0861]", "* CONSULTATIONS [040]", "* {NEW CHAPTER} [050]",
    "* {POLLING STATIONS} [---]", "* MARKET [061]", "* MARKETS [061]", "* (TO TRADE) [061]",
    "* (TO INVESTMENT) [061]", "* (TO INSPECTORS) [0862]", "* (TO INSPECTION) [0862]", "* DOOR (TO) [030]", "* DIALOGUE [046]", "* NEGOTIATIONS [046]",
    "* OFFENSIVE [190]", "* FRONT [190]", "* {NEW FRONT} [190]", "* BASE [062]",
])
B("OPPOSE", "110", ["OPPOSE"], [
    "* &MZSANCTION [110]", "* VETO [110]", "* RESOLUTION [110]", "* PLAN [110]",
    "* (VIOLENTLY) [110]",
])
B("ORDER", None, ["ORDER"], [
    "* ARREST [173]", "* ARRESTS [173]", "* DETENTION [173]", "* RELEASE [0841]", "* {RELEASE OF} [0841]",
    "* EXPULSION [174]", "* DEPORTATION [174]", "* (OUT OF) [174]", "* EXPEL [174]",
    "* EXECUTION [173]", "* EVACUATION [---]", "* &MZTROOPS (TO WITHDRAW) [0874]", "* WITHDRAWAL [0874]",
    "* RETREAT [0874]", "* CEASEFIRE [0871]", "* (TO STOP FIRING) [0871]", "* STRIKES [190]",
    "* AIRSTRIKES [195]", "* {AIR STRIKES} [195]", "* ATTACK [190]", "* INVASION [192]",
    "* MOBILIZATION [154]", "* MOBILISATION [154]", "* &MZTROOPS (TO BORDER) [154]",
    "* DEPLOYMENT [154]", "* CURFEW [1723]", "* CLOSURE [172]", "* BAN [172]", "* SHUTDOWN [172]",
    "* DISSOLUTION [1722]", "* INVESTIGATION [090]", "* INQUIRY [090]", "* PROBE [090]",
    "* RECOUNT [---]", "* RETRIAL [---]", "* PATROLS [150]", "* (TO SUSPEND PUBLICATION) [1721]", "* (TO CLOSE) [172]", "* (TO PAY) [115]", "* COMPENSATION [115]",
    "* CONFISCATION [1711]", "* SEIZURE [1711]", "* FREEZE [1711]", "* CRACKDOWN [175]",
    "* (TO LEAVE) [174]", "* EXTRADITION [063]", "* {HOUSE ARREST} [173]",
])
B("OUST", "172", ["OUST", "+OVERTHROW {+OVERTHREW +OVERTHROWN +OVERTHROWS +OVERTHROWING}",
                  "TOPPLE", "UNSEAT"], [
    "&MZPROTESTERS * [1411]", "* (IN COUP) [175]", "* COUP [175]", "&MZTROOPS * [175]",
    "* (FROM POWER) [172]", "* (IN VOTE) [---]", "* (IN ELECTION) [---]", "* (IN ELECTIONS) [---]",
    "* (AT POLLS) [---]",
])
B("OUTLAW", "1722", ["OUTLAW"], [
    "* PARTY [1722]", "* GROUP [1722]", "* MOVEMENT [1722]", "* ORGANIZATION [1722]",
    "* &MZPROTESTW [1721]", "* GATHERINGS [1721]", "* STRIKES [1721]", "* PRACTICE [---]",
])
B("OVERRUN", "192", ["OVERRUN {OVERRAN OVERRUNS OVERRUNNING}"], [])
B("OVERSEE", None, ["OVERSEE {OVERSAW OVERSEEN OVERSEES OVERSEEING}"], [
    "* &MZTALKS [045]", "* CEASEFIRE [045]", "* TRUCE [045]", "* ELECTION [---]", "* ELECTIONS [---]",
])

# ---------------------------------------------------------------- p
B("PARDON", "056", ["PARDON"], [
    "* &MZCAPTIVE [0841]", "* PRISONERS [0841]", "* DISSIDENTS [0841]", "* ACTIVISTS [0841]",
    "* JOURNALIST [0841]", "* OPPOSITION [0841]",
])
B("PARTICIPATE", None, ["PARTICIPATE"], [
    "* (IN &MZTALKS) [046]", "* (IN &MZPROTESTW) [141]", "* (IN PROTESTS) [141]", "* (IN RIOTS) [145]",
    "* (IN EXERCISES) [062]", "* {JOINT EXERCISES} [062]", "* (IN OPERATION) [062]",
    "* (IN MISSION) [074]", "* (IN ATTACK) [190]", "* (IN FIGHTING) [190]", "* (IN STRIKE) [143]",
    "* (IN BOYCOTT) [143]", "* (IN ELECTION) [---]", "* (IN ELECTIONS) [---]",
])
B("PATROL", "150", ["PATROL {PATROLS PATROLLED PATROLLING}"], [
    "* (JOINTLY) [062]", "* (WITH +) [062]", "* BORDER [150]", "* WATERS [150]", "* STREETS [150]",
])
B("PAY", None, ["PAY {PAID PAYS PAYING}"], [
    "* VISIT (TO +) [042:043]", "* VISIT [042:043]", "* {STATE VISIT} [042:043]", "* {OFFICIAL VISIT} [042:043]",
    "* {COURTESY CALL} [042:043]", "* TRIBUTE (TO +) [051]", "* TRIBUTE [051]", "* HOMAGE [051]",
    "* RESPECTS [018]", "* COMPENSATION [071]", "* REPARATIONS [071]", "* RANSOM [---]",
    "* DEBT [---]", "* DEBTS [---]", "* SALARIES [---]", "* WAGES [---]", "* PRICE [---]",
    "* ATTENTION [---]", "* FINE [116]", "* FINES [116]", "* DAMAGES [116]", "* BRIBES [---]",
    "* BRIBE [---]", "* TAXES [---]", 
])
B("PENALIZE", "172", ["PENALIZE", "PENALISE"], [])
B("PERSECUTE", "175", ["PERSECUTE"], [])
B("PERSUADE", "020", ["PERSUADE"], content("02"))
B("PETITION", "020", ["PETITION"], [
    "* (FOR RELEASE) [0253]", "* COURT [115]", "* {SUPREME COURT} [115]", "* (AGAINST +) [115]",
] + content("02"))
B("PICKET", "141", ["PICKET"], protestc("141"))
B("PILLAGE", "171", ["PILLAGE", "PLUNDER"], [
    "* SHOPS [145]", "* STORES [145]", "* MARKETS [145]", "&MZPROTESTERS * [145]",
])
B("PIN", None, ["PIN {PINS PINNED PINNING}"], [
    "* BLAME (ON +) [112]", "* BLAME [112]", "* RESPONSIBILITY (ON +) [112]", "* HOPES [013]",
])
B("PLAN", None, ["PLAN {PLANS PLANNED PLANNING}"], [
    "* ATTACK [138]", "* ATTACKS [138]", "* BOMBING [1383]", "* COUP [---]",
    "* VISIT (TO +) [036]", "* VISIT [036]", "* TRIP [036]", "* &MZTALKS [036]",
    "* PROTEST [133]", "* PROTESTS [133]", "* STRIKE [133]", "* RALLY [133]", "* DEMONSTRATION [133]",
    "* ELECTIONS [---]", "* SANCTIONS [1312]", "* WITHDRAWAL [0356]", "* (TO WITHDRAW) [0356]",
])
B("PLANT", None, ["PLANT"], [
    "* &MZCARBOMB [1832]", "* &MZROADSIDE [1833]", "* BOMB [183]", "* BOMBS [183]", "* EXPLOSIVES [183]",
    "* {EXPLOSIVE DEVICE} [183]", "* MINES [190]", "* LANDMINES [190]", "* FLAG [017]",
    "* TREES [---]", "* TREE [017]", "* SPY [---]", "* EVIDENCE [---]",
])
B("PLEAD", "020", ["PLEAD {PLEADS PLEADED PLED PLEADING}"], [
    "* GUILTY [015]", "* {NOT GUILTY} [016]", "* INNOCENT [016]", "* INNOCENCE [016]",
    "* IGNORANCE [016]", "* (WITH +) [020]", "* (FOR &MZAID) [023]", "* (FOR RELEASE) [0253]",
    "* (FOR MERCY) [020]", "* (FOR HELP) [023]", "* (FOR CLEMENCY) [0253]",
] + content("02"))
B("PLEDGE", "030", ["PLEDGE"], [
    "* ALLEGIANCE [051]", "* LOYALTY [051]", "* SUPPORT [032]", "* SOLIDARITY [032]",
    "* BACKING [032]", "* REVENGE [138]", "* RETALIATION [138]", "* RETALIATE [138]",
    "* (TO FIGHT) [138]", "* (TO CRUSH) [137]", "* (TO PUNISH) [137]", "* (TO PROSECUTE) [137]",
    "* (TO MOBILIZE) [154]", "* {CONTINUED SUPPORT} [032]", "* MEDIATE [039]", "* INVESTIGATE [030]",
    "* INVESTIGATION [030]", "* PROBE [030]", "* REFORMS [034]", "* COMMITMENT [030]",
    "* &MZTROOPS [0334]", "* MONEY [0331]", "* MILLION [0331]", "* BILLION [0331]",
] + content("03"))
B("PLOT", "138", ["PLOT {PLOTS PLOTTED PLOTTING}"], [
    "* COUP [1383]", "* ASSASSINATION [1383]", "* (TO KILL) [1383]", "* (TO ASSASSINATE) [1383]",
    "* BOMBING [1383]", "* ATTACK [1383]", "* ATTACKS [1383]", "* OVERTHROW [1383]",
])
B("POISON", "1823", ["POISON"], ["* WELLS [2041]", "* {WATER SUPPLY} [2041]"])
B("POSTPONE", "164", ["POSTPONE"], [
    "* &MZTALKS [164]", "* VISIT [164]", "* TRIP [164]", "* ELECTION [---]", "* ELECTIONS [---]",
    "* VOTE [---]", "* TRIAL [---]", "* HEARING [---]", "* DECISION [---]", "* LAUNCH [---]",
    "* WITHDRAWAL [1246]", "* RELEASE [1243]", "* EXECUTION [0353]", "* STRIKE [---]", "* PROTEST [---]",
])
B("PRAISE", "051", ["PRAISE", "+SALUTE"], [
    "* (FOR EFFORTS) [051]", "* (FOR ROLE) [051]", "* (AS STEP) [051]", "* {STEP FORWARD} [051]",
    "* TIES [051]", "* RELATIONS [051]", "* COOPERATION [051]",
])
B("PRAY", None, ["PRAY {PRAYS PRAYED PRAYING}"], ["* (FOR VICTIMS) [018]", "* (FOR PEACE) [013]"])
B("PREDICT", "012", ["PREDICT"], ["* VICTORY [013]", "* GROWTH [013]", "* RECOVERY [013]",
                                  "* SUCCESS [013]", "* PEACE [013]", "* &MZRISK [012]"])
B("PRESS", "020", ["PRESS", "+PRESS_FOR [100]", "+PRESS_AHEAD [---]", "+PRESS_ON [---]"], [
    "* CHARGES (AGAINST +) [173]", "* CHARGES [173]", "* CLAIM [112]", "* CLAIMS [112]", "* CASE [115]",
    "* LAWSUIT [115]", "* (HOME) [---]", "* ADVANTAGE [---]", "* ATTACK [190]", "* ASSAULT [190]",
    "* OFFENSIVE [190]",
] + content("02"))
B("PRESSURE", "100", ["PRESSURE", "PRESSURISE", "PRESSURIZE"], content("10"))
B("PREVENT", None, ["PREVENT"], [
    "* &MZHUMAID [1245]", "* ACCESS [1245]", "* INSPECTORS [1245]", "* OBSERVERS [1245]",
    "* &MZPROTESTERS [1242]", "* JOURNALISTS [1721]", "* (FROM VOTING) [1721]",
    "* (FROM ENTERING) [1245]", "* (FROM LEAVING) [172]", "* (FROM TRAVELING) [172]",
    "* (FROM TRAVELLING) [172]", "* ATTACK [---]", "* ATTACKS [---]",
])
B("PROBE", "090", ["PROBE"], [
    "* &MZCRIME [091]", "* &MZHRABUSE [092]", "* &MZWARCRIME [094]", "* &MZMILACT [093]",
    "* DEATH [091]", "* DEATHS [091]", "* KILLING [091]", "* ALLEGATIONS [090]",
])
B("PROCLAIM", "010", ["PROCLAIM"], [
    "* INDEPENDENCE [---]", "* VICTORY [---]", "* CEASEFIRE [0871]", "* TRUCE [0871]",
    "* {STATE OF EMERGENCY} [1724]", "* {MARTIAL LAW} [1724]", "* CURFEW [1723]", "* INNOCENCE [016]",
    "* SUPPORT [051]", "* SOLIDARITY [051]",
])
B("PRODUCE", None, ["PRODUCE"], ["* EVIDENCE [---]"])
B("PROHIBIT", "172", ["PROHIBIT"], [
    "* &MZPROTESTW [1721]", "* GATHERINGS [1721]", "* DEMONSTRATIONS [1721]", "* PARTY [1722]",
    "* PARTIES [1722]", "* {POLITICAL ACTIVITY} [1721]", "* JOURNALISTS [1721]", "* IMPORTS [163]",
    "* EXPORTS [163]", "* TRADE [163]", "* FLIGHTS [163]",
    "* &MZECONAID [1621]", "* &MZMILAID [1622]", "* &MZHUMAID [1623]", "* &MZAID [162]", "* ENTRY [1245]",
])
B("PROLONG", None, ["PROLONG"], ["* CEASEFIRE [0871]", "* TRUCE [0871]", "* DETENTION [173]",
                                 "* {STATE OF EMERGENCY} [1724]", "* CURFEW [1723]", "* SANCTIONS [163]"])
B("PROMISE", "030", ["PROMISE"], [
    "* SUPPORT [032]", "* REVENGE [138]", "* RETALIATION [138]", "* RETALIATE [138]",
    "* (TO PUNISH) [137]", "* (TO CRUSH) [137]", "* (TO PROSECUTE) [137]", "* INVESTIGATE [030]",
    "* INVESTIGATION [030]", "* PROBE [030]", "* REFORMS [034]", "* ELECTIONS [0344]",
    "* &MZTROOPS [0334]", "* MILLION [0331]", "* BILLION [0331]", "* MEDIATE [039]",
] + content("03"))
B("PROPOSE", "030", ["PROPOSE"], [
    "* &MZSANCTION [---]", "* RESOLUTION [---]", "* LAW [---]", "* BILL [---]", "* BUDGET [---]",
    "* CANDIDATE [---]", "* MEDIATE [039]", "* (TO HOST) [039]", "* HOST [039]",
] + content("03"))
B("PROSECUTE", "173", ["PROSECUTE"], [])
B("PROTECT", "074", ["PROTECT"], [
    "* &MZCIVIL [074]", "* REFUGEES [074]", "* CONVOY [074]", "* CONVOYS [074]", "* (FROM ATTACK) [074]",
    "* RIGHTS [---]", "* INTERESTS [---]", "* ENVIRONMENT [---]", "* ECONOMY [---]", "* SOVEREIGNTY [---]",
    "* BORDER [---]", "* BORDERS [---]",
])
B("PROTEST", "141", ["PROTEST"], [
    "* (TO +) [114]", "* {FORMAL PROTEST} [114]", "* (OUTSIDE EMBASSY) [141]", "* (IN STREETS) [141]",
    "* (IN FRONT) [141]", "* (OUTSIDE) [141]", "* INNOCENCE [016]",
] + protestc("141"))
B("PROVIDE", "070", ["PROVIDE"], [
    "* ASYLUM [075]", "* REFUGE [075]", "* SANCTUARY [075]", "* {SAFE HAVEN} [075]",
    "* SECURITY (FOR) [074]", "* ESCORT [074]", "* ESCORTS [074]", "* {AIR COVER} [072]",
    "* INFORMATION [064]", "* INTELLIGENCE [064]", "* EVIDENCE [064]", "* DETAILS [---]",
    "* DATA [064]", "* DOCUMENTS [064]", "* {LEGAL ASSISTANCE} [063]", "* TRAINING [062]",
    "* &MZHUMAID [073]", "* &MZPROTECT [074]", "* &MZMILAID [072]", "* &MZECONAID [071]",
    "* &MZAID [070]", "* SERVICES [---]", "* OPPORTUNITY [---]", "* CLUES [---]",
])
B("PROVOKE", "111", ["PROVOKE"], [
    "* OUTRAGE [---]", "* ANGER [---]", "* PROTESTS [---]", "* CRITICISM [---]", "* CONCERN [---]",
    "* BACKLASH [---]", "* CLASHES [---]", "* CONFLICT [---]", "* WAR [---]", "* RESPONSE [---]",
])
B("PULL", None, ["PULL", "+PULL_OUT [0874]", "+PULL_BACK [0874]", "+PULL_AWAY [0874]"], [
    "* &MZTROOPS (OUT OF +) [0874]", "* &MZTROOPS (FROM +) [0874]", "* &MZENVOY (FROM +) [161]",
    "* &MZTROOPS + [0874]", "* &MZENVOY + [161]", "* PEACEKEEPERS + [1661]",
    "* &MZTROOPS (OUT OF &MZTERRITORY) [0874]", "* &MZTROOPS (OUT) [0874]", "* &MZTROOPS (BACK) [0874]",
    "* &MZTROOPS (FROM) [0874]", "* (OUT OF &MZTALKS) [164]", "* (OUT OF MEDIATION) [165]",
    "* (OUT OF &MZAGREEMENT) [160]", "* (OUT OF DEAL) [160]", "* (OUT OF ALLIANCE) [160]",
    "* (OUT OF COALITION) [160]", "* (OUT OF ELECTION) [---]", "* (OUT OF RACE) [---]",
    "* (OUT OF ELECTIONS) [---]", "* (OUT OF MISSION) [1661]", "* (OUT OF PEACEKEEPING) [1661]",
    "* PEACEKEEPERS [1661]", "* INSPECTORS [1662]", "* OBSERVERS [1662]", "* MONITORS [1662]",
    "* {AID WORKERS} [1663]", "* STAFF [1663]", "* AMBASSADOR [161]", "* ENVOY [161]",
    "* DIPLOMATS [161]", "* &MZAID [162]", "* FUNDING [1621]", "* INVESTMENT [1621]",
    "* SUPPORT [160]", "* (FROM &MZTALKS) [164]", "* (OUT OF &MZTERRITORY) [0874]",
      "* TRIGGER [190]", "* PLUG [---]", "* STRINGS [---]",
])
B("PUMMEL", "182", ["PUMMEL {PUMMELS PUMMELED PUMMELLED PUMMELING PUMMELLING}"], [
    "* (WITH &MZHEAVY) [194]", "* (WITH &MZAIR) [195]", "* (WITH AIRSTRIKES) [195]", "* POSITIONS [190]",
])
B("PUNISH", "170", ["PUNISH"], [
    "* (WITH &MZSANCTION) [163]", "* (WITH TARIFFS) [163]", "* (WITH EXPULSION) [174]",
])
B("PURGE", "172", ["PURGE"], [
    "* OFFICERS [172]", "* GENERALS [172]", "* OPPONENTS [175]", "* DISSIDENTS [175]", "* OPPOSITION [175]",
    "* JUDGES [172]", "* JOURNALISTS [175]",
])
B("PURSUE", None, ["PURSUE"], [
    "* &MZTALKS [036]", "* DIPLOMACY [036]", "* PEACE [037]", "* {PEACE PROCESS} [037]", "* REFORMS [034]",
    "* CHARGES [173]", "* CASE [115]", "* {LEGAL ACTION} [115]", "* LAWSUIT [115]", "* REBELS [190]",
    "* MILITANTS [190]", "* INSURGENTS [190]", "* SUSPECTS [173]",
])
B("PUT", None, ["PUT {PUTS PUTTING}", "+PUT_OFF [---]", "+PUT_DOWN {+PUTS_DOWN +PUTTING_DOWN} [175]",
                "+PUT_FORWARD {+PUTS_FORWARD +PUTTING_FORWARD} [030]"], [
    "* (ON TRIAL) [173]", "* (ON ALERT) [152]", "* (ON HIGH ALERT) [152]", "* &MZPOLICE (ON ALERT) [151]",
    "* (ON STANDBY) [152]", "* (ON {COMBAT READINESS}) [152]", "* (ON {WAR FOOTING}) [152]",
    "* (UNDER ARREST) [173]", "* (UNDER {HOUSE ARREST}) [173]", "* (UNDER SIEGE) [191]",
    "* (UNDER SURVEILLANCE) [090]", "* (UNDER INVESTIGATION) [090]", "* (BEHIND BARS) [173]",
    "* (IN JAIL) [173]", "* (IN PRISON) [173]", "* (TO DEATH) [1823]", "* (ON {BLACK LIST}) [172]",
    "* (ON BLACKLIST) [172]", "* (ON {WANTED LIST}) [173]", "* (ON {TERROR LIST}) [172]",
    "* PRESSURE (ON +) [100]", "* BLAME (ON +) [112]", "* &MZSANCTION (ON +) [163]",
    "* CURFEW [1723]", "* (FORWARD PROPOSAL) [030]", "* PROPOSAL [030]", "* PLAN [030]",
    "* (DOWN &MZPROTESTW) [175]", "* (DOWN REVOLT) [175]", "* (DOWN UPRISING) [175]",
    "* (DOWN REBELLION) [175]", "* (DOWN MUTINY) [175]", "* (DOWN WEAPONS) [0873]",
    "* (DOWN ARMS) [0873]", "* (END TO &MZMILACT) [0871]", "* (END TO FIGHTING) [0871]",
    "* (TO VOTE) [---]", "* QUESTION [---]", "* QUESTIONS (TO +) [---]",
])

# ---------------------------------------------------------------- q, r
B("QUARANTINE", "172", ["QUARANTINE"], [])
B("QUELL", "175", ["QUELL"], ["* FEARS [---]", "* CONCERNS [---]", "* SPECULATION [---]", "* RUMORS [---]",
                              "* RUMOURS [---]", "* DOUBTS [---]"])
B("QUESTION", "090", ["QUESTION"], [
    "* SUSPECT [091]", "* SUSPECTS [091]", "* (OVER KILLING) [091]", "* (OVER DEATH) [091]",
    "* (IN CONNECTION) [091]", "* (ABOUT) [090]", "* LEGITIMACY [111]", "* LEGALITY [111]",
    "* DECISION [111]", "* MOTIVES [111]", "* COMMITMENT [111]", "* VALIDITY [111]",
    "* SINCERITY [111]", "* WISDOM [111]", "* RESULTS [111]", "* CREDIBILITY [111]",
])
B("QUIT", None, ["QUIT {QUITS QUITTING QUITTED}"], [
    "* (AS PRIME MINISTER) [0831]", "* (AS PRESIDENT) [0831]", "* GOVERNMENT [0831]", "* CABINET [0831]",
    "* POST [0831]", "* OFFICE [0831]", "* PRESIDENCY [0831]", "* &MZTALKS [164]",
    "* MEDIATION [165]", "* &MZAGREEMENT [160]", "* COALITION [160]", "* ALLIANCE [160]",
    "* PARTY [---]", "* JOB [---]", "* RACE [---]", "* &MZTERRITORY [0874]",
])
B("RAID", "171", ["RAID"], [
    "&MZPOLICE * [173]", "* HOME [173]", "* HOMES [173]", "* HOUSE [173]", "* HOUSES [173]",
    "* OFFICES [173]", "* OFFICE [173]", "* HEADQUARTERS [173]", "* {HIDEOUT} [173]",
    "* HIDEOUTS [173]", "* NEWSPAPER [1721]", "* STATION [1721]", "* CAMP [190]", "* CAMPS [190]",
    "* BASE [190]", "* BASES [190]", "* VILLAGE [190]", "* VILLAGES [190]", "* POSITIONS [190]",
    "* VESSEL [171]", "* SHIP [171]", "* BANK [171]", "* BANKS [171]", "* EMBASSY [171]",
])
B("RALLY", "141", ["RALLY {RALLIES RALLIED RALLYING}"], [
    "* (BEHIND +) [053]", "* (AROUND +) [053]", "* (TO SUPPORT +) [053]", "* (IN SUPPORT OF +) [053]",
    "* SUPPORT (FOR +) [053]", "* SUPPORT [053]", "* SUPPORTERS [053]", "* (AGAINST +) [113]",
    "* OPPOSITION [113]", "* ALLIES [053]", "* INVESTORS [---]", "* MARKETS [---]", "* STOCKS [---]",
    "* SHARES [---]", "* PRICES [---]", "* TROOPS [154]", "* FORCES [154]",
] + protestc("141"))
B("RAM", "182", ["RAM {RAMS RAMMED RAMMING}"], [
    "* VESSEL [171]", "* SHIP [171]", "* BOAT [171]", "* (INTO CROWD) [1832]", "* (INTO &MZCIVIL) [1832]",
    "* BILL [---]", "* LEGISLATION [---]", "* (THROUGH) [---]",
])
B("RAPE", "1821", ["RAPE", "SEXUALLY_+ASSAULT [1821]", "+MOLEST"], [])
B("RATIFY", "057", ["RATIFY {RATIFIES RATIFIED RATIFYING}"], ["* CONSTITUTION [---]", "* BUDGET [---]",
                                                           "* AMENDMENT [---]", "* ELECTION [---]"])
B("REACH", None, ["REACH {REACHES REACHED REACHING}", "+REACH_OUT {+REACHES_OUT +REACHED_OUT +REACHING_OUT} [030]"], [
    "% &MZREFUSEV * &MZAGREEMENT [127]", "% &MZREFUSEV * CONSENSUS [127]", "% &MZREFUSEV * COMPROMISE [127]",
    "&MZREFUSEV * &MZAGREEMENT (WITH +) [127]",
    "* &MZAGREEMENT (WITH +) [057]", "* &MZAGREEMENT [057]", "* SETTLEMENT [057]", "* CONSENSUS [057]",
    "* COMPROMISE [057]", "* UNDERSTANDING [057]", "* CEASEFIRE [0871]", "* TRUCE [0871]",
    "* {PEACE DEAL} [057]", "* VERDICT [---]", "* DECISION [---]", "* (OUT TO +) [030]",
    "* (OUT) [030]", "* IMPASSE [---]", "* DEADLOCK [---]", "* STALEMATE [---]",
])
B("REITERATE", "010", ["REITERATE", "RESTATE"], [
    "* SUPPORT [051]", "* COMMITMENT [030]", "* SOLIDARITY [051]", "* FRIENDSHIP [051]", "* TIES [051]",
    "* {TERRITORIAL INTEGRITY} [051]", "* SOVEREIGNTY [051]", "* OPPOSITION [110]", "* DEMAND [100]",
    "* DEMANDS [100]", "* CALL [020]", "* CALLS [020]", "* APPEAL [020]", "* CONDEMNATION [111]",
    "* THREAT [130]", "* REFUSAL [120]", "* REJECTION [120]", "* DENIAL [016]", "* CONCERN [012]",
    "* READINESS [030]", "* WILLINGNESS [030]", "* (THAT) [010]",
])
B("REASSURE", "031", ["REASSURE"], [
    "* ALLIES [032]", "* SUPPORT [032]", "* INVESTORS [013]", "* MARKETS [013]", "* PUBLIC [013]",
])
B("REBUFF", "120", ["REBUFF", "+SPURN", "+SNUB {+SNUBS +SNUBBED +SNUBBING}", "+REPUDIATE", "+SHUN {+SHUNS +SHUNNED +SHUNNING}"],
  content("12"))
B("RIDICULE", "111", [
                    "RIDICULE", "+MOCK",
                    "+VILIFY {+VILIFIES +VILIFIED +VILIFYING}",
                    "+SCORN", "+SKEWER", "+RAP {+RAPS +RAPPED +RAPPING}", "+PAN {+PANS +PANNED +PANNING}"], [
    "* DOOR [---]", "* (FOR AGGRESSION) [1123]", "* (FOR CORRUPTION) [1121]",
])
B("RECALL", None, ["RECALL"], [
    "* &MZTROOPS (FROM +) [0874]",
    "* &MZENVOY (FROM +) [161]", "* &MZENVOY + [161]", "* &MZENVOY [161]", "* (FOR CONSULTATIONS) [161]", "* DIPLOMATS [161]", "* &MZTROOPS [0874]",
    "* PEACEKEEPERS [1661]", "* PRODUCTS [---]", "* CARS [---]", "* (THAT) [010]",
])
B("RECEIVE", None, ["RECEIVE"], [
    "* (FROM +) &MZHUMAID [:073]", "* &MZHUMAID (FROM +) [:073]", "* &MZMILAID (FROM +) [:072]",
    "* &MZECONAID (FROM +) [:071]", "* &MZAID (FROM +) [:070]", "* ASYLUM [:075]",
    "* {POLITICAL ASYLUM} [:075]", "* &MZHUMAID [:073]", "* &MZMILAID [:072]", "* &MZECONAID [:071]",
    "* &MZAID [:070]", "* PEACEKEEPERS [0861]", "* {PEACEKEEPING FORCE} [0861]",
    "* INSPECTORS [0862]", "* {INSPECTION TEAM} [0862]", "* OBSERVERS [0862]", "* MONITORS [0862]",
    "* DELEGATION (FROM +) [043:042]", "* DELEGATION (OF +) [043:042]", "* ENVOY (FROM +) [043:042]",
    "* DELEGATION [043:042]", "* VISITOR [043:042]", "* ENVOY [043:042]", "* (IN AUDIENCE) [043:042]",
    "* {OFFICIAL VISIT} [043:042]", "* VISIT [043:042]", "* PHONE [041]", "* CALL [041]",
    "* {PHONE CALL} [041]", "* MESSAGE [---]", "* LETTER [---]", "* SENTENCE [---]",
    "* {DEATH SENTENCE} [---]", "* TREATMENT [---]", "* INJURIES [---]", "* WARNING [:130]",
    "* THREAT [:130]", "* THREATS [:130]", "* AWARD [---]", "* PRIZE [---]", "* SUPPORT [:051]",
    "* BACKING [:051]", "* APOLOGY [:055]", "* CONDOLENCES [:018]", "* INVITATION [:036]",
    "* CREDENTIALS [054]", "* (BY PHONE) [041]", "* REPORTS [---]", "* REPORT [---]", "* INTELLIGENCE [---]",
    "* NEWS [---]", "* VOTES [---]", "* SUPPORT (FROM +) [:051]",
])
B("RECOGNIZE", "054", ["RECOGNIZE", "RECOGNISE"], [
    "* INDEPENDENCE [054]", "* SOVEREIGNTY [054]", "* STATE [054]", "* GOVERNMENT [054]",
    "* (AS STATE) [054]", "* {ELECTION RESULTS} [051]", "* RESULTS [051]", "* VICTORY [051]",
    "* WIN [051]", "* ELECTION [051]", "* EFFORTS [051]", "* CONTRIBUTION [051]", "* ROLE [051]",
    "* NEED [---]", "* IMPORTANCE [---]", "* RISK [---]", "* DIFFICULTIES [---]", 
    "* MISTAKE [015]", "* MISTAKES [015]", "* RESPONSIBILITY [015]", "* DEFEAT [080]",
    "* GENOCIDE [051]", "* RIGHTS [0343]",
])
B("RECONCILE", "037", ["RECONCILE"], ["* (WITH +) [037]", "* DIFFERENCES [037]", "* VIEWS [---]",
                                      "* ACCOUNTS [---]"])
B("RECRUIT", "154", ["RECRUIT"], [
    "* &MZPOLICE [153]", "* {CHILD SOLDIERS} [154]", "* CHILDREN [154]", "* FIGHTERS [154]",
    "* MERCENARIES [154]", "* VOLUNTEERS [154]", "* SOLDIERS [154]", "* TROOPS [154]",
    "* HACKERS [155]", "* MEMBERS [---]", "* WORKERS [---]", "* STAFF [---]", "* STUDENTS [---]",
    "* SPY [---]", "* SPIES [---]", "* INFORMANTS [---]",
])
B("REDEPLOY", "154", ["REDEPLOY"], [
    "* (AWAY FROM) [0874]", "* (FROM BORDER) [0874]", "* (OUT OF) [0874]", "* (BACK TO BASES) [0874]",
])
B("REDUCE", None, ["REDUCE"], [
    "* &MZTROOPS [0874]", "* {MILITARY PRESENCE} [0874]", "* PRESENCE [0874]", "* &MZAID [162]",
    "* &MZECONAID [1621]", "* &MZMILAID [1622]", "* &MZHUMAID [1623]", "* &MZDIPREL [161]",
    "* {DIPLOMATIC STAFF} [161]", "* &MZSANCTION [085]", "* TARIFFS [085]", "* TENSION [087]",
    "* TENSIONS [087]", "* ARSENAL [087]", "* ARSENALS [087]", "* {NUCLEAR ARSENAL} [087]",
    "* WEAPONS [087]", "* SENTENCE [081]", "* SENTENCES [081]", "* (TO RUBBLE) [1712]",
    "* (TO ASHES) [1712]", "* EMISSIONS [---]", "* RATES [---]", "* COSTS [---]", "* DEBT [---]",
])
B("REFER", None, ["REFER {REFERS REFERRED REFERRING}"], [
    "* (TO COURT) [115]", "* (TO {INTERNATIONAL CRIMINAL COURT}) [1124]", "* (TO ICC) [1124]",
    "* (TO {SECURITY COUNCIL}) [114]", "* (TO TRIBUNAL) [115]", "* CASE [115]", "* DISPUTE [045]",
    "* (TO ARBITRATION) [038]", "* (TO PROSECUTORS) [091]", "* (TO PROSECUTOR) [091]",
])
B("REFORM", "034", ["REFORM"], [
    "* CONSTITUTION [0344]", "* {ELECTORAL LAW} [0344]", "* ELECTIONS [0344]", "* POLICE [0344]",
    "* JUDICIARY [0344]", "* ECONOMY [---]", "* {PENSION SYSTEM} [---]", "* PENSIONS [---]", "* TAX [---]",
    "* LAW [0342]", "* LAWS [0342]", "* POLICY [0342]",
])
B("REFUSE", "120", ["REFUSE"], [
    "* COMMENT [011]", "* (TO COMMENT) [011]", "* (TO DISCLOSE) [011]", "* (TO SAY) [011]",
    "* (TO CONFIRM) [011]", "* (TO ELABORATE) [011]", "* (TO REVEAL) [011]", "* (TO IDENTIFY) [011]",
    "* (TO ANSWER) [011]", "* (TO GIVE DETAILS) [011]", "* (TO SPECULATE) [011]", "* (TO DISCUSS) [011]",
    "* ENTRY [1245]", "* (ENTRY TO +) [1245]", "* VISA [1245]", "* VISAS [1245]", "* PERMISSION [1245]",
    "* (TO RECOGNIZE) [120]", "* (TO ACCEPT) [120]", "* (TO COMPLY) [128]", "* (TO OBEY) [128]",
    "* (TO ABIDE) [128]", "* (TO HONOR) [128]", "* (TO HONOUR) [128]", "* (TO RESPECT) [128]",
    "* (TO IMPLEMENT) [127]", "* (TO SIGN) [127]", "* (TO RATIFY) [127]", "* (TO VETO) [---]",
    "* (TO LEAVE) [124]", "* (TO GIVE UP) [124]", "* (TO BACK DOWN) [124]", "* (TO YIELD) [124]",
    "* (TO BUDGE) [124]", "* (TO SURRENDER) [124]", "* (TO CONCEDE) [124]", "* (TO APOLOGIZE) [124]",
    "* (TO APOLOGISE) [124]", "* (TO RETREAT) [1246]", "* (TO DISARM) [1246]",
    "* (TO EXTRADITE) [121]", "* EXTRADITION [121]", "* (TO HAND OVER) [121]",
    "* (TO TESTIFY) [128]", "* (TO COOPERATE) [121]", "* (TO PAY) [128]", "* (TO RECOGNISE) [120]",
    "* (TO STEP DOWN) [1231]", "* (TO RESIGN) [1231]", "* (TO QUIT) [1231]", "* (TO STAND DOWN) [1231]",
    "* (TO LIFT) [124]", "* (TO EASE) [124]", "* (TO END) [124]", "* (TO STOP) [124]",
] + content("12"))
B("REGRET", "018", ["REGRET {REGRETS REGRETTED REGRETTING}"], [
    "* DECISION [111]", "* (THAT) [012]", "* LOSS [018]", "* DEATH [018]", "* DEATHS [018]",
    "* INCIDENT [055]", "* ERROR [055]", "* MISTAKE [055]",
])
B("REINFORCE", "154", ["REINFORCE"], [
    "* COMMITMENT [051]", "* SUPPORT [051]", "* SOLIDARITY [051]",
    "* &MZPOLICE [153]", "* BORDER [154]", "* POSITIONS [154]", "* TIES [050]", "* RELATIONS [050]",
    "* COOPERATION [050]", "* MESSAGE [---]", "* VIEW [---]", "* PERCEPTION [---]", "* IMPRESSION [---]",
])
B("REINSTATE", None, ["REINSTATE"], [
    "* &MZSANCTION [163]", "* {DEATH PENALTY} [---]", "* CURFEW [1723]", "* MEMBERSHIP [054]",
    "* AMBASSADOR [054]", "* OFFICIALS [083]", "* JUDGES [083]", "* WORKERS [083]",
])
B("REJECT", "120", ["REJECT"], [
    "* {EXTRADITION REQUEST} [121]", "* CRITICISM [120]", "* CRITICISMS [120]", "* CONDEMNATION [120]",
    "* ALLEGATIONS [016]", "* ALLEGATION [016]", "* ACCUSATIONS [016]", "* ACCUSATION [016]",
    "* CHARGES [016]", "* CHARGE [016]", "* CLAIMS (OF RESPONSIBILITY) [016]", "* BLAME [016]",
    "* RESPONSIBILITY [016]", "* RULING [128]",
    "* VERDICT [128]", "* JURISDICTION [128]", "* ULTIMATUM [124]", 
    "* RESULTS [1234]", "* {ELECTION RESULTS} [1234]", "* OUTCOME [1234]", "* REFERENDUM [1234]",
    "* CANDIDACY [---]", "* APPLICATION [---]", "* BUDGET [---]", "* BILL [---]", "* MOTION [---]",
    "* INVITATION [125]", "* {PEACE PLAN} [127]",
    "* {PEACE PROPOSAL} [127]", "* &MZAGREEMENT [127]",
] + content("12") + ["* CALLS [124]", "* CALL [124]", "* REQUEST [120]", "* APPEAL [120]", "* RESOLUTION [120]", "* PROPOSAL [120]", "* PLAN [120]", "* OFFER [120]", "* DEMANDS [124]", "* DEMAND [124]"])
B("RELAX", None, ["RELAX"], [
    "* &MZSANCTION [085]", "* CURFEW [0813]", "* {STATE OF EMERGENCY} [0814]", "* {MARTIAL LAW} [0814]",
    "* RESTRICTIONS [081]", "* RULES [081]", "* BAN [081]", "* CONTROLS [081]", "* BLOCKADE [0872]",
    "* SIEGE [0872]", "* {TRAVEL BAN} [081]", "* {VISA REQUIREMENTS} [081]", "* STANCE [080]",
    "* POSITION [080]", "* POLICY [0832]", "* (CENSORSHIP) [0811]", "* {MEDIA CONTROLS} [0811]",
])
B("RELEASE", "0841", ["RELEASE", "+SET_FREE {+SETS_FREE +SETTING_FREE} [0841]"], [
    "* STATEMENT [010]", "* REPORT [010]", "* COMMUNIQUE [010]", "* FIGURES [---]", "* DATA [---]",
    "* RESULTS [---]", "* DETAILS [---]", "* VIDEO [---]", "* FOOTAGE [---]", "* IMAGES [---]",
    "* PHOTOS [---]", "* RECORDING [---]", "* BUDGET [---]", "* ALBUM [---]", "* FILM [---]",
    "* DOCUMENTS [064]", "* INFORMATION [064]", "* FILES [064]", "* NAMES [064]", "* INTELLIGENCE [064]",
    "* EVIDENCE [064]", "* FUNDS [071]", "* TRANCHE [071]", "* MONEY [071]", "* LOAN [071]", "* AID [070]",
    "* &MZHUMAID [073]", "* ASSETS [0842]", "* SHIP [0842]", "* VESSEL [0842]", "* TANKER [0842]",
    "* CARGO [0842]", "* PROPERTY [0842]", "* REMAINS [0842]", "* BODIES [0842]", "* BODY [0842]",
    "* AIRCRAFT [0842]", "* &MZCAPTIVE [0841]", "* (ON BAIL) [0841]", "* (FROM PRISON) [0841]",
    "* (FROM CUSTODY) [0841]", "* (FROM DETENTION) [0841]", "* (FROM JAIL) [0841]",
])
B("RELINQUISH", "080", ["RELINQUISH", "+RENOUNCE"], [
    "* POWER [0831]", "* POST [0831]", "* CONTROL [0874]", "* &MZTERRITORY [0874]", "* CLAIM [080]",
    "* CLAIMS [080]", "* VIOLENCE [0356]", "* TERRORISM [0356]", "* {ARMED STRUGGLE} [0356]",
    "* WEAPONS [0873]", "* {NUCLEAR WEAPONS} [0873]", "* CITIZENSHIP [---]",
])
B("RELOCATE", None, ["RELOCATE"], ["* EMBASSY [---]", "* &MZTROOPS [154]", "* REFUGEES [---]"])
B("RENEGE", "127", ["RENEGE"], [])
B("RENEW", None, ["RENEW"], [
    "* CEASEFIRE [0871]", "* TRUCE [0871]", "* {CEASEFIRE PACT} [0871]", "* {CEASEFIRE AGREEMENT} [0871]",
    "* &MZSANCTION [163]", "* CALL [020]", "* CALLS [020]", "* APPEAL [020]", "* DEMAND [100]",
    "* DEMANDS [100]", "* THREAT [130]", "* THREATS [130]", "* CRITICISM [111]", "* PLEDGE [030]",
    "* COMMITMENT [030]", "* OFFER [030]", "* SUPPORT [051]", "* TIES [054]", "* RELATIONS [054]",
    "* &MZTALKS [046]", "* CEASEFIRE [0871]", "* TRUCE [0871]", "* MANDATE [0861]", "* LICENSE [---]",
    "* CONTRACT [---]", "* VISA [---]", "* {STATE OF EMERGENCY} [1724]", "* CURFEW [1723]",
    "* {ARMS EMBARGO} [163]", "* EMBARGO [163]", "* &MZAGREEMENT [057]",
] + attack("190"))
B("RENOVATE", None, ["RENOVATE"], [])
B("REOPEN", None, ["REOPEN"], [
    "* EMBASSY [054]", "* CONSULATE [054]", "* BORDER [0811]", "* BORDERS [0811]", "* CROSSING [0863]",
    "* CROSSINGS [0863]", "* &MZTALKS [046]", "* CASE [090]", "* INVESTIGATION [090]", "* INQUIRY [090]",
    "* PROBE [090]", "* SCHOOLS [---]", "* AIRPORT [---]", "* SHOPS [---]", "* ROAD [0811]",
    "* ROUTE [0863]", "* AIRSPACE [0811]", "* PORTS [0872]", "* PORT [0872]",
])
B("REPATRIATE", "0841", ["REPATRIATE"], [
    "* REMAINS [0842]", "* BODIES [0842]", "* FUNDS [0842]", "* ASSETS [0842]", "* PROFITS [---]",
    "* REFUGEES [174]", "* MIGRANTS [174]", "* ASYLUM-SEEKERS [174]",
])
B("REPEL", "190", ["REPEL {REPELS REPELLED REPELLING}"], ["* ATTACK [190]", "* ASSAULT [190]",
                                                         "* &MZPROTESTERS [175]"])
B("REPLACE", None, ["REPLACE"], ["* MINISTER [---]", "* COMMANDER [---]", "* GOVERNMENT [---]"])
B("REPORT", None, ["REPORT"], [
    "* (TO POLICE) [---]", "* (THAT) [---]", "* CASES [---]", "* DEATHS [---]", "* GROWTH [---]",
])
B("REPRESS", "175", ["REPRESS", "+SUPPRESS", "+QUASH"], [
    "* DISSENT [175]", "* &MZPROTESTERS [175]", "* OPPOSITION [175]", "* INFORMATION [1721]",
    "* NEWS [1721]", "* FREEDOM [1721]", "* SPEECH [1721]", "* MEDIA [1721]", "* {PRESS FREEDOM} [1721]",
    "* FEARS [---]", "* EVIDENCE [---]", "* REPORT [---]", "* DOUBTS [---]", "* CONVICTION [0841]",
    "* VERDICT [0841]", "* SENTENCE [0841]",
])
B("REQUEST", "020", ["REQUEST"], [
    "* ASYLUM [0233]", "* {POLITICAL ASYLUM} [0233]", "* MEETING [026]", "* AUDIENCE [026]",
    "* CLARIFICATION [020]", "* EXPLANATION [020]", "* INFORMATION [0214]", "* DETAILS [0214]",
    "* {EMERGENCY MEETING} [026]", "* {SESSION} [026]", "* VOTE [---]", "* RECOUNT [024]",
    "* &MZTROOPS [0232]",
] + content("02"))
B("RESCUE", "073", ["RESCUE"], [
    "* &MZCAPTIVE [073]", "* MIGRANTS [073]", "* SURVIVORS [073]", "* CREW [073]", "* PASSENGERS [073]",
    "* MINERS [073]", "* HIKERS [---]", "* ECONOMY [---]", "* BANK [071]", "* BANKS [071]",
    "* TALKS [---]", "* DEAL [---]",
])
B("RESIGN", "0831", ["RESIGN", "+STEP_DOWN {+STEPS_DOWN +STEPPED_DOWN +STEPPING_DOWN} [0831]",
                     "+STAND_DOWN {+STANDS_DOWN +STOOD_DOWN +STANDING_DOWN} [0831]"], [
    "* (IN PROTEST) [140]", "* (FROM PARTY) [---]", "* (FROM BOARD) [---]", "* (FROM CLUB) [---]",
    "* (AS COACH) [---]", "* (AS MANAGER) [---]", "* (AS CEO) [---]", "* (AS CHAIRMAN) [---]",
    "* (FROM COMPANY) [---]", "* (AS HEAD) [0831]", "* (FROM POST) [0831]", "* (FROM GOVERNMENT) [0831]",
    "* (FROM CABINET) [0831]", "* (AS PRESIDENT) [0831]", "* (AS MINISTER) [0831]",
    "* (AS PRIME MINISTER) [0831]", "* (FROM OFFICE) [0831]", "* (OVER SCANDAL) [0831]",
    "* (TO FATE) [---]",
])
B("RESIST", "128", ["RESIST"], [
    "* ARREST [128]", "* PRESSURE [124]", "* CALLS [124]", "* DEMANDS [124]", "* CHANGE [123]",
    "* REFORMS [123]", "* REFORM [123]", "* OCCUPATION [190]", "* INVASION [190]", "* OFFENSIVE [190]",
    "* ATTACK [190]", "* ADVANCE [190]", "* TEMPTATION [---]", "* URGE [---]",
])
B("RESOLVE", "037", ["RESOLVE"], [
    "* DISPUTE [037]", "* CONFLICT [037]", "* CRISIS [037]", "* DIFFERENCES [037]", "* ISSUE [037]",
    "* STANDOFF [037]", "* STAND-OFF [037]", "* ROW [037]", "* PROBLEM [---]", "* CASE [---]",
])
B("RESPECT", None, ["RESPECT"], [
    "* CEASEFIRE [0871]", "* TRUCE [0871]", "* &MZAGREEMENT [057]", "* SOVEREIGNTY [051]",
    "* {TERRITORIAL INTEGRITY} [051]", "* INDEPENDENCE [051]", "* RIGHTS [0833]", "* {HUMAN RIGHTS} [0833]",
    "* RESULTS [051]", "* {ELECTION RESULTS} [051]", "* VERDICT [---]", "* RULING [---]",
    "* DECISION [051]", "* WISHES [051]",
])
B("RESPOND", None, ["RESPOND"], [
    "* (WITH FORCE) [190]", "* (WITH {MILITARY FORCE}) [190]", "* (WITH AIRSTRIKES) [195]",
    "* (WITH {AIR STRIKES}) [195]", "* (WITH &MZRIOTGEAR) [175]", "* (WITH ARTILLERY) [194]",
    "* (WITH &MZSANCTION) [163]", "* (WITH TARIFFS) [163]", "* (TO &MZTALKS) [036]",
    "* (TO INVITATION) [036]", "* (TO REQUEST) [---]", "* (TO CALLS) [---]", "* (POSITIVELY) [030]",
    "* (FAVORABLY) [030]", "* (FAVOURABLY) [030]", "* (IN KIND) [---]", "* (TO EMERGENCY) [---]",
    "* (TO FIRE) [---]", "* (TO QUESTIONS) [---]", "* (TO CRITICISM) [---]",
])
B("RESTORE", None, ["RESTORE"], [
    "* &MZDIPREL (WITH +) [054]", "* &MZDIPREL [054]", "* {DIPLOMATIC RELATIONS} [054]",
    "* AMBASSADOR [054]", "* &MZAID [070]", "* &MZECONAID [071]", "* &MZMILAID [072]", "* FLIGHTS [061]",
    "* TRADE [061]", "* ORDER [175]", "* CALM [---]", "* ELECTRICITY [---]", "* POWER [---]",
    "* WATER [---]", "* SERVICE [---]", "* SERVICES [---]", "* INTERNET [0811]", "* DEMOCRACY [0834]",
    "* {CIVILIAN RULE} [0834]", "* {CONSTITUTIONAL ORDER} [0834]", "* CONSTITUTION [0834]",
    "* CITIZENSHIP [0833]", "* RIGHTS [0833]", "* FREEDOMS [0811]", "* CEASEFIRE [0871]",
    "* TRUCE [0871]", "* CONFIDENCE [---]", "* STABILITY [---]", "* PEACE [---]",
    "* MEMBERSHIP [054]", "* ACCESS [0863]",
])
B("RESTRAIN", None, ["RESTRAIN"], ["* &MZTROOPS [087]", "* &MZPOLICE [082]"])
B("RESTRICT", "172", ["RESTRICT"], [
    "* &MZPROTESTW [1721]", "* GATHERINGS [1721]", "* MEDIA [1721]", "* PRESS [1721]", "* INTERNET [1721]",
    "* {FREEDOM OF SPEECH} [1721]", "* SPEECH [1721]", "* ACCESS [1245]", "* &MZHUMAID [1245]",
    "* MOVEMENT [191]", "* MOVEMENTS [172]", "* TRAVEL [172]", "* IMPORTS [163]", "* EXPORTS [163]",
    "* TRADE [163]", "* SALES [163]", "* FLIGHTS [163]",
])
B("RESUME", None, ["RESUME"], [
    "* CEASEFIRE [0871]", "* TRUCE [0871]",
    "* &MZTALKS (WITH +) [046]", "* &MZTALKS [046]", "* MEDIATION [045]", "* &MZHUMAID [073]",
    "* &MZMILAID [072]", "* &MZECONAID [071]", "* &MZAID [070]", "* &MZDIPREL [054]", "* FLIGHTS [061]",
    "* TRADE [061]", "* EXPORTS [061]", "* IMPORTS [061]", "* SHIPMENTS [061]", "* DELIVERIES [061]",
    "* COOPERATION [060]", "* {MILITARY COOPERATION} [062]", "* INSPECTIONS [0862]", "* WORK [---]",
    "* DUTIES [---]", "* CLASSES [---]", "* PRODUCTION [---]", "* OPERATIONS [---]",
    "* FIGHTING [190]", "* HOSTILITIES [190]", "* FIRING [190]", "* EXECUTIONS [---]",
    "* {NUCLEAR TESTING} [150]", "* TESTING [150]", "* TESTS [150]", "* ENRICHMENT [---]",
    "* PATROLS [150]",
] + attack("190"))
B("RETAKE", "190", ["RETAKE {RETOOK RETAKEN RETAKES RETAKING}", "+RECAPTURE [190]", "+RECLAIM", "+REGAIN"], [
    "* &MZTERRITORY [190]", "* CONTROL [190]", "* CONFIDENCE [---]", "* LEAD [---]", "* SEAT [---]",
    "* MAJORITY [---]", "* TITLE [---]",
])
B("RETALIATE", "190", ["RETALIATE"], [
    "* (WITH &MZSANCTION) [163]", "* (WITH TARIFFS) [163]", "* (BY EXPELLING) [174]",
    "* (WITH EXPULSIONS) [174]", "* (BY IMPOSING) [163]", "* (WITH AIRSTRIKES) [195]",
    "* (WITH {AIR STRIKES}) [195]", "* (WITH ARTILLERY) [194]", "* (WITH ROCKETS) [194]",
    "* (WITH MISSILES) [195]",
])
B("RETREAT", "0874", ["RETREAT"], [
    "* (FROM POSITION) [080]", "* (FROM STANCE) [080]", "* (FROM DEMANDS) [080]", "* (FROM PLAN) [080]",
    "* (FROM PLEDGE) [---]", 
])
B("RETURN", "0842", ["RETURN"], [
    "* BODIES [0842]", "* REMAINS [0842]", "* &MZCAPTIVE [0841]", "* PRISONERS [0841]", "* PROPERTY [0842]",
    "* LAND [0842]", "* ASSETS [0842]", "* ARTIFACTS [0842]", "* ARTEFACTS [0842]", "* SHIP [0842]",
    "* VESSEL [0842]", "* TERRITORY [0842]", "* ISLANDS [0842]", "* FIRE [190]", "* (TO &MZTALKS) [046]",
    "* (TO TABLE) [046]", "* (TO {NEGOTIATING TABLE}) [046]", "* (TO POWER) [---]", "* (TO WORK) [---]",
    "* (TO BARRACKS) [0874]", "* (TO BASES) [0874]", "* (HOME) [---]", "* (FROM EXILE) [---]", "* AMBASSADOR [054]", "* VISIT [042:043]", "* {CALL} [041]",
])
B("REVEAL", None, ["REVEAL"], [])
B("REVERSE", "0832", ["REVERSE"], [
    "* DECISION [0832]", "* POLICY [0832]", "* BAN [081]", "* COURSE [080]", "* GAINS [---]",
    "* LOSSES [---]", "* TREND [---]", "* DECLINE [---]", "* VERDICT [---]", "* RULING [---]",
    "* CONVICTION [---]",
])
B("REVOKE", "172", ["REVOKE"], [
    "* CITIZENSHIP [172]", "* LICENSE [172]", "* LICENCE [172]", "* ACCREDITATION [1721]",
    "* VISA [172]", "* VISAS [172]", "* PASSPORT [172]", "* PASSPORTS [172]", "* IMMUNITY [172]",
    "* {STATE OF EMERGENCY} [0814]", "* {MARTIAL LAW} [0814]", "* CURFEW [0813]", "* BAN [081]",
    "* &MZSANCTION [085]", "* &MZAGREEMENT [160]", "* RECOGNITION [161]", "* STATUS [172]",
    "* MEMBERSHIP [160]", "* DECREE [0832]", "* LAW [0832]", "* ORDER [081]",
])
B("RIOT", "145", ["RIOT"], protestc("145") + ["* (OVER) [145]", "* (AGAINST) [145]"])
B("ROB", "171", ["ROB {ROBS ROBBED ROBBING}"], [])
B("ROCK", None, ["ROCK"], ["* &MZEXPLOSIVE [183]", "* (BY BLAST) [183]", "* BLAST [183]",
                           "* EXPLOSION [183]", "* EXPLOSIONS [183]"])
B("RULE", None, ["RULE", "+RULE_OUT [120]"], [
    "* (OUT &MZTALKS) [125]", "* (OUT TALKS) [125]", "* (OUT NEGOTIATIONS) [125]", "* (OUT DIALOGUE) [125]",
    "* (OUT FORCE) [---]", "* (OUT {MILITARY ACTION}) [---]", "* (OUT INTERVENTION) [---]",
    "* (OUT RESIGNATION) [1231]", "* (OUT RESIGNING) [1231]", "* (OUT COMPROMISE) [124]",
    "* (OUT CONCESSIONS) [124]", "* (OUT ELECTIONS) [1234]", "* (OUT &MZSANCTION) [---]",
     "* (IN FAVOR) [---]", "* (AGAINST +) [---]",
])

# ---------------------------------------------------------------- s
B("SABOTAGE", "171", ["SABOTAGE"], ["* &MZTALKS [125]", "* &MZSETTLE [127]", "* {PEACE PROCESS} [127]",
                                    "* PIPELINE [1712]", "* ELECTION [---]"])
B("SACK", None, ["SACK"], [
    "* MINISTER [---]", "* GOVERNMENT [---]", "* COMMANDER [---]", "* OFFICIALS [---]",
    "* (ON &MZPROTESTERS) [175]", "* (AT &MZPROTESTERS) [175]", "* (INTO CROWD) [175]",
    "* &MZHEAVY [194]", "* (WITH &MZHEAVY) [194]", "* ROCKETS [194]", "* ROCKET [194]", "* MORTARS [194]",
    "* MORTAR [194]", "* SHELLS [194]", "* MISSILES [195]", "* MISSILE [195]", "* {CRUISE MISSILES} [1951]",
    "* {BALLISTIC MISSILE} [150]", "* (WARNING SHOTS) [150]", "* {WARNING SHOTS} [150]",
    "* {TEAR GAS} [175]", "* TEARGAS [175]", "* {RUBBER BULLETS} [175]", "* {WATER CANNON} [175]",
    "* SHOTS (AT +) [193]", "* SHOTS [193]", "* BULLETS [193]", "* (ON +) [190]", "* (AT +) [190]",
    "* (INTO +) [190]", "* CITY [1712]",
])
B("SAY", "010", ["SAY {SAID SAYS SAYING}"], [
    "* (NO COMMENT) [011]", "* &MZNEGADJ + [012]", "* &MZNEGADJ [012]", "* &MZPOSADJ + [013]", "* &MZPOSADJ [013]",
    "* &MZOPTIM + [013]", "* &MZOPTIM [013]",
])
B("REMAIN", None, ["REMAIN {REMAINS REMAINED REMAINING}", "STAY {STAYS STAYED STAYING}"], [
    "* (ON ALERT) [152]", "* (ON HIGH ALERT) [152]", "* (ON MAXIMUM ALERT) [152]",
    "* (ON HUNGER STRIKE) [142]", "* (ON STRIKE) [143]",
])
B("START", None, ["START {STARTS STARTED STARTING}"], [
    "* {HUNGER STRIKE} [142]", "* STRIKE [143]", "* PROTEST [140]", "* PROTESTS [140]",
    "* OFFENSIVE [190]", "* {MILITARY OPERATION} [190]", "* {AIR STRIKES} [195]",
    "* TALKS [046]", "* NEGOTIATIONS [046]", "* INVESTIGATION [090]", "* PROBE [090]",
    "* (WITHDRAWING TROOPS) [0874]", "* WITHDRAWAL [0874]",
])
B("ROLL_BACK", None, ["+ROLL_BACK {+ROLLS_BACK +ROLLED_BACK +ROLLING_BACK}"], [
    "* TARIFFS [085]", "* TARIFF [085]", "* SANCTIONS [085]", "* EMBARGO [085]",
    "* RESTRICTIONS [081]", "* CURBS [081]", "* TROOPS [0874]", "* FORCES [0874]",
])
B("SCRAP", None, ["SCRAP {SCRAPS SCRAPPED SCRAPPING}"], [
    "* &MZSANCTION [085]", "* BAN [081]", "* CURFEW [0813]", "* {STATE OF EMERGENCY} [0814]",
    "* &MZTALKS [164]", "* VISIT [164]", "* TRIP [164]", "* &MZAGREEMENT [160]", "* {NUCLEAR PROGRAM} [087]",
    "* {NUCLEAR PROGRAMME} [087]", "* WEAPONS [087]", "* &MZAID [162]", "* PLAN [---]", "* PLANS [---]",
    "* PROJECT [---]", "* LAW [0832]", "* POLICY [0832]", "* TAX [---]", "* SUBSIDIES [---]",
])
B("SCUTTLE", None, ["SCUTTLE"], ["* &MZTALKS [125]", "* &MZAGREEMENT [127]", "* &MZSETTLE [127]",
                                 "* SHIP [---]", "* VESSEL [---]"])
B("SEAL", None, ["SEAL"], [
    "* BORDER [191]", "* BORDERS [191]", "* (OFF AREA) [191]", "* (OFF) [191]", "* CROSSING [191]",
    "* CROSSINGS [191]", "* CITY [191]", "* TOWN [191]", "* ROADS [191]", "* &MZAGREEMENT [057]",
    "* {PEACE DEAL} [057]", "* VICTORY [---]", "* WIN [---]", "* FATE [---]", "* OFFICES [172]",
])
B("SEARCH", None, ["SEARCH"], [
    "* HOME [173]", "* HOMES [173]", "* HOUSE [173]", "* HOUSES [173]", "* OFFICES [173]", "* OFFICE [173]",
    "* PREMISES [173]", "* VESSEL [171]", "* SHIP [171]", "* {CARGO SHIP} [171]", "* (FOR SUSPECTS) [173]",
    "* (FOR SURVIVORS) [---]", "* (FOR VICTIMS) [---]", "* (FOR BODIES) [---]", "* (FOR) [---]",
])
B("SECURE", None, ["SECURE"], [
    "* RELEASE [0253]", "* &MZAGREEMENT [057]", "* CEASEFIRE [0871]", "* TRUCE [0871]",
    "* &MZTERRITORY [192]", "* CONTROL [192]", "* LOAN [071]", "* FUNDING [071]", "* &MZAID [070]",
    "* VICTORY [---]", "* WIN [---]", "* SEAT [---]", "* MAJORITY [---]", "* NOMINATION [---]",
    "* SUPPORT [051]", "* BACKING [051]", "* BORDER [150]", "* AREA [150]", "* SITE [150]",
])
B("SEEK", "020", ["SEEK {SOUGHT SEEKS SEEKING}"], [
    "* ASYLUM [0233]", "* {POLITICAL ASYLUM} [0233]", "* REFUGE [0233]", "* SHELTER [0233]",
    "* {DEATH PENALTY} [115]", "* {LIFE SENTENCE} [115]", "* {PRISON TERM} [115]", "* SENTENCE [115]",
    "* COMPENSATION [115]", "* DAMAGES [115]", "* INJUNCTION [115]", "* {ARREST WARRANT} [173]",
    "* WARRANT [173]", "* ARREST [173]", "* EXTRADITION [0213]", "* REVENGE [138]", "* VENGEANCE [138]",
    "* RE-ELECTION [---]", "* REELECTION [---]", "* TERM [---]", "* NOMINATION [---]", "* OFFICE [---]",
    "* PRESIDENCY [---]", "* SEAT [---]", "* (TO OVERTHROW) [1383]", "* (TO TOPPLE) [1383]",
    "* INDEPENDENCE [1043]", "* AUTONOMY [1043]", "* SECESSION [1044]", "* CLARIFICATION [020]",
    "* EXPLANATION [020]", "* CLARIFICATIONS [020]", "* ANSWERS [020]", "* INVESTIGATION [020]",
    "* PROBE [020]", "* INQUIRY [020]", "* MEETING [026]", "* AUDIENCE [026]", "* RECONCILIATION [027]",
] + content("02"))
B("SEIZE", "1711", ["SEIZE"], [
    "* &MZTERRITORY [192]", "* CONTROL [192]", "* POWER (IN COUP) [175]", "* POWER [175]",
    "* {POWER IN COUP} [175]", "* &MZPERSON [173]", "* &MZPROPERTY [1711]", "* INITIATIVE [---]",
    "* OPPORTUNITY [---]", "* MOMENT [---]", "* CHANCE [---]", "* MOMENTUM [---]",
])
B("SELL", None, ["SELL {SOLD SELLS SELLING}"], [
    "* &MZMILAID (TO +) [072]", "* &MZMILAID [072]", "* WEAPONS [072]", "* JETS [072]", "* TANKS [072]",
    "* MISSILES [072]", "* {AIR DEFENSE} [072]", "* HELICOPTERS [072]", "* DRONES [072]",
    "* GAS (TO +) [061]", "* OIL (TO +) [061]", "* (TO +) [061]", "* WHEAT [061]", "* GRAIN [061]",
    "* SHARES [---]", "* STAKE [---]", "* BONDS [---]", "* ASSETS [---]",
])
B("SEND", None, ["SEND {SENT SENDS SENDING}"], [
    "* (TO INVESTIGATE) [090]", "* EXPERTS (TO INVESTIGATE) [090]", "* WARSHIPS + [154]", "* WARSHIP + [154]", "* {AIRCRAFT CARRIER} + [154]", "* BOMBERS + [154]",
    "* REINFORCEMENTS (TO +) [154]", "* &MZTROOPS (TO +) [074]", "* PEACEKEEPERS (TO +) [074]",
    "* PEACEKEEPERS [074]", "* &MZHUMAID (TO +) [073]", "* &MZMILAID (TO +) [072]", "* &MZECONAID (TO +) [071]",
    "* &MZAID (TO +) [070]", "* &MZPROTECT [074]", "* {MILITARY ADVISERS} [072]",
    "* {MILITARY ADVISORS} [072]", "* &MZMILAID [072]", "* &MZHUMAID [073]", "* &MZECONAID [071]",
    "* &MZAID [070]", "* DOCTORS [073]", "* {MEDICAL TEAM} [073]", "* {MEDICAL TEAMS} [073]",
    "* {MEDICAL EXPERTS} [073]", "* (TEAM OF MEDICAL) [073]", "* {MEDICAL SUPPLIES} [073]",
    "* {MEDICAL EQUIPMENT} [073]",
    "* {RESCUE TEAM} [073]", "* {RESCUE TEAMS} [073]", "* RESCUERS [073]", "* DELEGATION (TO +) [042:043]",
    "* DELEGATION [042:043]", "* ENVOY (TO +) [042:043]", "* ENVOY [042:043]", "* EMISSARY [042:043]",
    "* MISSION (TO +) [042:043]", "* {FACT-FINDING MISSION} [090]", "* (TO INVESTIGATE) [090]", "* INVESTIGATE [090]", "* INVESTIGATORS [090]",
    "* INSPECTORS [090]", "* OBSERVERS [090]", "* MONITORS [090]", "* MESSAGE (TO +) [010]",
    "* MESSAGE [010]", "* LETTER (TO +) [010]", "* LETTER [010]", "* SIGNAL [010]", "* CONDOLENCES [018]",
    "* {CONDOLENCE MESSAGE} [018]", "* CONGRATULATIONS [051]", "* {CONGRATULATORY MESSAGE} [051]",
    "* GREETINGS [051]", "* INVITATION [036]", "* PROTEST [114]", "* {PROTEST NOTE} [114]",
    "* {DIPLOMATIC NOTE} [114]", "* NOTE [114]", "* WARNING [130]", "* (BACK) [174]", "* (HOME) [174]",
    "* REINFORCEMENTS [154]", "* WARSHIPS [154]", "* WARSHIP [154]", "* {AIRCRAFT CARRIER} [154]",
    "* BOMBERS [154]", "* &MZPOLICE [153]", "* &MZTROOPS [154]", "* (TO PRISON) [173]", "* (TO JAIL) [173]",
    "* (TO TRIAL) [173]", "* (TO COURT) [173]", "* (INTO EXILE) [174]", "* REFUGEES [---]",
    "* MISSILES [195]", "* ROCKETS [194]",
])
B("SENTENCE", "173", ["SENTENCE"], ["* (TO DEATH) [173]", "* (IN ABSENTIA) [173]"])
B("SET", None, ["SET {SETS SETTING}", "+SET_UP {+SETS_UP +SETTING_UP}",
                "+SET_OFF {+SETS_OFF +SETTING_OFF}", "+SET_ASIDE {+SETS_ASIDE +SETTING_ASIDE} [---]"], [
    "* (ON FIRE) [1712]", "* FIRE (TO) [1712]", "* (ABLAZE) [1712]", "* (ALIGHT) [1712]", "* FREE [0841]",
    "* (OFF &MZCARBOMB) [1832]", "* (OFF &MZEXPLOSIVE) [183]", "* (OFF BOMB) [183]", "* (OFF EXPLOSION) [183]",
    "* (OFF EXPLOSIVES) [183]", "* (OFF PROTESTS) [---]", "* (UP CHECKPOINTS) [191]",
    "* (UP CHECKPOINT) [191]", "* (UP ROADBLOCKS) [191]", "* (UP BARRICADES) [144]",
    "* (UP COMMITTEE) [---]", "* (UP COMMISSION) [090]", "* (UP INQUIRY) [090]", "* (UP FUND) [070]",
    "* (UP BASE) [062]", "* (UP CAMPS) [073]", "* (UP HOTLINE) [041]", "* DEADLINE [139]",
    "* ULTIMATUM [139]", "* CONDITIONS [100]", "* PRECONDITIONS [100]", "* DATE (FOR &MZTALKS) [036]",
    "* DATE [---]", "* RECORD [---]", "* TARGET [---]", "* TONE [---]", "* STAGE [---]",
    "* EXAMPLE [---]", "* PRECEDENT [---]",
])
B("SETTLE", "037", ["SETTLE", "+SETTLE_IN [---]", "+SETTLE_DOWN [---]", "+SETTLE_ON [---]"], [
    "* DISPUTE [037]", "* DIFFERENCES [037]", "* CONFLICT [037]", "* ROW [037]", "* (OUT OF COURT) [037]",
    "* LAWSUIT [037]", "* CASE [037]", "* CLAIMS [037]", "* DEBT [---]",  "* SCORES [---]",
    "* REFUGEES [---]",  
])
B("SEVER", "161", ["SEVER"], [
    "* &MZDIPREL [161]", "* {DIPLOMATIC TIES} [161]", "* {TRADE TIES} [1621]", "* {ECONOMIC TIES} [1621]",
    "* {MILITARY TIES} [1622]", "* CONTACTS [161]", "* SUPPLY [191]", "* {SUPPLY LINES} [191]",
    "* {SUPPLY ROUTE} [191]", "* HEAD [1823]", "* HAND [1822]",
])
B("SHARE", None, ["SHARE"], [
    "* &MZINTEL (WITH +) [064]", "* INTELLIGENCE [064]", "* INFORMATION [064]", "* DATA [064]", "* EVIDENCE [064]", "* FILES [064]",
    "* TECHNOLOGY [061]", "* EXPERTISE [061]", "* {BEST PRACTICES} [061]", "* RESOURCES [061]",
    "* CONCERN [012]", "* CONCERNS [012]", "* VIEWS [040]", "* VIEW [019]", "* VISION [019]",
    "* POSITION [019]", "* STANCE [019]", "* {COMMON POSITION} [019]", "* GRIEF [018]",
    "* SORROW [018]", "* OPTIMISM [013]", "* HOPE [013]", "* BORDER [---]", "* POWER [0834]",
    "* STAGE [---]", "* LOAD [---]", "* VIDEO [---]", "* PHOTO [---]", "* STORY [---]",
])
B("SHELL", "194", ["SHELL"], ["* &MZCIVIL [194]", "* (WITH &MZHEAVY) [194]", "* OUT [---]"])
B("SHIP", None, ["SHIP {SHIPS SHIPPED SHIPPING}"], [
    "* &MZMILAID [072]", "* WEAPONS [072]", "* ARMS [072]", "* &MZHUMAID [073]", "* &MZAID [070]",
    "* OIL [061]", "* GAS [061]", "* GRAIN [061]", "* WHEAT [061]",
])
B("SHOOT", "193", ["SHOOT {SHOT SHOOTS SHOOTING}"], [
    "* (DOWN &MZDRONE) [190]", "* (DOWN PLANE) [190]", "* (DOWN JET) [190]", "* (DOWN HELICOPTER) [190]",
    "* (DOWN AIRCRAFT) [190]", "* (DOWN AIRLINER) [190]", "* (DOWN MISSILE) [190]", "* (DOWN MISSILES) [190]",
    "* (DOWN DRONE) [190]", "* (DOWN) [190]", "* (DEAD) [1823]", "* (TO DEATH) [1823]", "* &MZPROTESTERS [175]",
    "* (AT &MZPROTESTERS) [175]", "* MISSILE [195]", "* MISSILES [195]", "* ROCKETS [194]", "* ROCKET [194]",
    "* MORTARS [194]", "* {RUBBER BULLETS} [175]", "* {TEAR GAS} [175]", "* (IN LEG) [182]",
    "* (IN HEAD) [193]", "* FILM [---]", "* VIDEO [---]", "* FOOTAGE [---]", "* MOVIE [---]",
    "* (IN BACK) [193]",
])
B("SHORTEN", None, ["SHORTEN"], [
    "* CURFEW [0813]", "* {STATE OF EMERGENCY} [0814]", "* SENTENCE [081]", "* SENTENCES [081]", "* DETENTION [081]",
    "* (CURFEW) [0813]", "* DEADLINE [---]",
])
B("SHUT", None, ["SHUT {SHUTS SHUTTING}", "+SHUT_DOWN {+SHUTS_DOWN +SHUTTING_DOWN} [172]", "+SHUT_OUT {+SHUTS_OUT +SHUTTING_OUT} [---]"], [
    "* BORDER [191]", "* BORDERS [191]", "* CROSSING [191]", "* CROSSINGS [191]", "* AIRSPACE [191]",
    "* EMBASSY [161]", "* CONSULATE [161]", "* (DOWN EMBASSY) [161]", "* NEWSPAPER [1721]",
    "* (DOWN NEWSPAPER) [1721]", "* STATION [1721]", "* CHANNEL [1721]", "* WEBSITE [1721]",
    "* WEBSITES [1721]", "* INTERNET [1721]", "* (DOWN INTERNET) [1721]", "* NGO [1663]",
    "* OFFICE [172]", "* OFFICES [172]", "* SCHOOLS [---]", "* SHOPS [143]", "* BUSINESSES [143]",
    "* PLANT [---]", "* REACTOR [---]", "* FACTORY [---]", "* MINE [---]", "* (DOWN &MZDRONE) [190]",
     
])
B("SIGN", "057", ["SIGN", "+SIGN_UP [---]"], [
    "* (INTO LAW) [---]", "* DECREE [---]", "* BILL [---]", "* BUDGET [---]", "* LAW [---]",
    "* {EXECUTIVE ORDER} [---]", "* PETITION [140]", "* (UP FOR) [---]", "* PLAYER [---]",
    "* AUTOGRAPHS [---]", "* BOOK [---]", "* (OFF ON) [---]", "* CONDOLENCE [018]",
    "* {CONDOLENCE BOOK} [018]", "* &MZAGREEMENT (WITH +) [057]", "* &MZAGREEMENT [057]",
    "* CEASEFIRE [057]", "* TRUCE [057]", "* (WITH +) [057]",
])
B("SLAP", None, ["SLAP {SLAPS SLAPPED SLAPPING}"], [
    "* &MZSANCTION (ON +) [163]", "* &MZSANCTION [163]", "* TARIFFS [163]", "* DUTIES [163]",
    "* BAN [172]", "* CHARGES [173]", "* FINE [116]", "* (IN FACE) [182]",
])
B("SMASH", "1712", ["SMASH"], [
    "* CELL [173]", "* RING [173]", "* NETWORK [173]", "* GANG [173]", "* PLOT [173]", "* RECORD [---]",
    "* WINDOWS [145]", "&MZPROTESTERS * [145]",
])
B("SMUGGLE", None, ["SMUGGLE"], ["* WEAPONS [072]", "* ARMS [072]"])
B("SPARE", None, ["SPARE"], ["* LIVES [---]", "* (FROM EXECUTION) [0353]"])
B("SPEAK", "010", ["SPEAK {SPOKE SPOKEN SPEAKS SPEAKING}", "+SPEAK_OUT {+SPOKE_OUT +SPEAKS_OUT +SPEAKING_OUT} [110]"], [
    "* (BY PHONE) [041]", "* (BY TELEPHONE) [041]", "* (ON PHONE) [041]", "* (OVER PHONE) [041]",
    "* (ON TELEPHONE) [041]", "* (WITH +) [040]", "* (TO +) [040]", "* (OUT AGAINST +) [111]",
    "* (AGAINST +) [111]", "* (OUT FOR +) [052]", "* (IN FAVOR) [051]", "* (IN FAVOUR) [051]",
    "* (IN DEFENSE OF +) [052]", "* (IN DEFENCE OF +) [052]", "* (HIGHLY OF +) [051]",
    "* (ON CONDITION OF ANONYMITY) [010]",
])
B("SPY", None, ["SPY {SPIES SPIED SPYING}"], ["* (ON +) [---]"])
B("STAB", "182", ["STAB {STABS STABBED STABBING}"], ["* (TO DEATH) [1823]"])
B("PERFORM", None, ["PERFORM"], [
    "* {JOINT EXERCISES} [062]", "* {JOINT MILITARY EXERCISES} [062]", "* {JOINT DRILLS} [062]",
    "* {JOINT WAR GAMES} [062]", "* (WITH +) [062]", "* EXERCISES [150]", "* {MILITARY EXERCISES} [150]",
    "* {MILITARY DRILLS} [150]", "* DRILLS [150]", "* MANEUVERS [150]", "* MANOEUVRES [150]",
    "* {WAR GAMES} [150]", "* SURGERY [---]", "* CONCERT [---]", "* SONG [---]",
])
B("STAGE", None, ["STAGE"], [
    "* {JOINT EXERCISES} [062]", "* {JOINT MILITARY EXERCISES} [062]", "* {JOINT DRILLS} [062]",
    "* {JOINT WAR GAMES} [062]",
    "* (WITH +) [062]", "* COUP [---]", "* WALKOUT [143]", "* {SIT-IN} [141]", "* {HUNGER STRIKE} [142]",
    "* EXERCISES [150]", "* {MILITARY EXERCISES} [150]", "* {MILITARY DRILLS} [150]", "* DRILLS [150]",
    "* MANEUVERS [150]", "* MANOEUVRES [150]", "* PARADE [150]", "* {MILITARY PARADE} [150]",
    "* {WAR GAMES} [150]", "* COMEBACK [---]", "* CONCERT [---]", "* SHOW [---]", "* ELECTION [---]",
    "* REFERENDUM [---]", "* BLOCKADE [144]", "* ROADBLOCK [144]", "* ROADBLOCKS [144]",
] + attack("190"))
B("STARVE", "175", ["STARVE"], [])
B("STEAL", "171", ["STEAL {STOLE STOLEN STEALS STEALING}"], ["* ELECTION [---]", "* VOTES [---]",
                                                             "* SECRETS [---]", "* DATA [176]"])
B("STEP", None, ["STEP {STEPS STEPPED STEPPING}", "+STEP_UP {+STEPS_UP +STEPPED_UP +STEPPING_UP}", "+STEP_IN [---]", "+STEP_ASIDE [0831]", "+STEP_BACK [080]"], [
    "* (UP PRESSURE) [---]", "* (UP &MZPROTESTW) [141]", "* (UP PROTESTS) [141]", "* (UP PATROLS) [150]",
    "* (UP SECURITY) [151]", "* (UP {SECURITY MEASURES}) [151]", "* (UP PRESENCE) [154]",
    "* (UP {MILITARY PRESENCE}) [154]", "* (UP DEPLOYMENT) [154]", "* (UP CRACKDOWN) [175]",
    "* (UP &MZAID) [070]", "* (UP SUPPORT) [051]", "* (UP COOPERATION) [060]", "* (UP &MZSANCTION) [163]",
    "* (UP EFFORTS) [---]", "* (UP CRITICISM) [111]", "* (UP ATTACKS) [190]", "* (UP AIRSTRIKES) [195]",
    "* (UP SHELLING) [194]", "* (UP BOMBING) [195]", "* (UP OFFENSIVE) [190]", "* (UP ARRESTS) [173]",
    "* (UP INVESTIGATION) [090]", "* (UP TALKS) [046]", "* (UP PRODUCTION) [---]", 
      
] + attack("190"))
B("STONE", "145", ["STONE"], ["* (TO DEATH) [1823]", "* &MZPOLICE [145]", "* CONVOY [145]", "* CARS [145]"])
B("STOP", None, ["STOP {STOPS STOPPED STOPPING}"], [
    "* (WORK IN STRIKE) [143]", "* (WORK IN PROTEST) [143]", "* {WORK} [143]",
    "* &MZAID [162]", "* &MZECONAID [1621]", "* &MZMILAID [1622]", "* &MZHUMAID [1623]",
    "* FUNDING [1621]", "* PAYMENTS [1621]", "* &MZTALKS [164]", "* MEDIATION [165]",
    "* COOPERATION [160]", "* TRADE [1621]", "* IMPORTS [163]", "* EXPORTS [163]", "* DELIVERIES [163]",
    "* FLIGHTS [163]", "* (FIRING) [0871]", "* FIGHTING [0871]", "* ATTACKS [0871]", "* SHELLING [0871]",
    "* AIRSTRIKES [0871]", "* BOMBING [0871]", "* HOSTILITIES [0871]", "* OFFENSIVE [0871]",
    "* VIOLENCE [087]", "* {ROCKET FIRE} [0871]", "* CRACKDOWN [082]", "* EXECUTIONS [082]",
    "* ENRICHMENT [087]", "* TESTING [087]", "* {NUCLEAR PROGRAM} [087]", "* &MZPROTESTW [---]",
    "* STRIKE [---]", "* VESSEL [171]", "* SHIP [171]", "* CONVOY [191]", "* BOAT [171]", "* SUSPECT [173]",
    "* WORK [143]", "* (AT CHECKPOINT) [191]", "* (AT BORDER) [1245]", "* &MZPROTESTERS [1721]", "* SPREAD [---]",
    "* (SHORT OF) [---]",
])
B("STORM", "190", ["STORM", "+STORM_OUT [---]", "+STORM_OFF [---]"], [
    "&MZPROTESTERS * [145]", "&MZPOLICE * [175]", "* EMBASSY [145]", "* PARLIAMENT [145]", "* CAPITOL [145]",
    "* PRISON [190]", "* JAIL [190]", "* CAMP [175]", "* MOSQUE [175]", "* CHURCH [175]", "* OFFICES [173]",
    "* OFFICE [173]", "* {PROTEST CAMP} [175]", "* SQUARE [175]", "* VESSEL [171]", "* SHIP [171]",
    "* (TO VICTORY) [---]",   "* (TO POWER) [---]",
])
B("STRANGLE", "1823", ["STRANGLE", "+STRANGULATE"], [])
B("STRENGTHEN", "050", ["STRENGTHEN"], [
    "* &MZTROOPS [154]", "* FORCES [154]", "* &MZPOLICE [153]",
    "* &MZDIPREL [050]", "* {MILITARY TIES} [062]", "* {MILITARY COOPERATION} [062]", "* DEFENSE [154]",
    "* DEFENCE [154]", "* DEFENSES [154]", "* DEFENCES [154]", "* {MILITARY PRESENCE} [154]", "* PRESENCE [154]",
    "* BORDER [154]", "* SECURITY [151]", "* {TRADE TIES} [061]", "* {ECONOMIC TIES} [061]",
    "* TRADE [061]", "* {ECONOMIC COOPERATION} [061]", "* COOPERATION [060]", "* {SECURITY COOPERATION} [062]",
    "* {INTELLIGENCE SHARING} [064]", "* ECONOMY [---]", "* CURRENCY [---]", "* POSITION [---]",
    "* GRIP [---]", "* HAND [---]", "* CASE [---]", "* LAWS [---]", "* SANCTIONS [163]",
])
B("STRIKE", None, ["STRIKE {STRUCK STRICKEN STRIKES STRIKING}", "+STRIKE_DOWN {+STRUCK_DOWN +STRIKES_DOWN +STRIKING_DOWN} [---]", "+STRIKE_OFF {+STRUCK_OFF +STRIKES_OFF +STRIKING_OFF} [---]"], [
    "&MZSUICIDE * [1831]", "&MZCARBOMB * [1832]", "&MZROADSIDE * [1833]",
    "* &MZAGREEMENT (WITH +) [057]", "* &MZAGREEMENT [057]", "* COMPROMISE [057]", "* BALANCE [---]",
    "* CHORD [---]", "* TONE [---]", "* NOTE [---]", "* (DOWN LAW) [---]", 
     "* FEAR [---]", "* GOLD [---]", "* (FOR WAGES) [1432]", "* (FOR PAY) [1432]",
    "* (OVER WAGES) [1432]", "* (OVER PAY) [1432]", "* (OVER PENSIONS) [1432]", 
    "* (IN PROTEST) [143]", "* (IN SUPPORT) [143]", "* (FOR RIGHTS) [1433]", "* &MZDRONE [1952]",
    "* (WITH &MZDRONE) [1952]", "* (WITH &MZPRECISION) [1951]", "* (WITH MISSILES) [195]",
    "* (WITH MISSILE) [195]", "* (WITH ROCKETS) [194]", "* (WITH ARTILLERY) [194]", "* (WITH &MZAIR) [195]",
    "* &MZEXPLOSIVE [183]", "* (FROM AIR) [195]", "&MZDRONE * [1952]", "&MZPRECISION * [1951]",
    "&MZAIR * [195]", "&MZSUICIDE * [1831]", "&MZCARBOMB * [1832]", "&MZROADSIDE * [1833]",
    "&MZEXPLOSIVE * [183]", "&MZHEAVY * [194]", "MISSILE * [195]", "MISSILES * [195]", "ROCKET * [194]",
    "ROCKETS * [194]", "EARTHQUAKE * [---]", "QUAKE * [---]", "STORM * [---]", "HURRICANE * [---]",
    "TYPHOON * [---]", "CYCLONE * [---]", "FLOODS * [---]", "DISASTER * [---]", "TSUNAMI * [---]",
    "LIGHTNING * [---]", "VIRUS * [---]", "DROUGHT * [---]", "CRISIS * [---]", "TRAGEDY * [---]",
    "&MZPROTESTERS * [143]", "WORKERS * [143]", "TEACHERS * [143]", "DOCTORS * [143]", "NURSES * [143]",
    "MINERS * [143]", "UNION * [143]", "UNIONS * [143]", "EMPLOYEES * [143]", "STAFF * [143]",
    "PILOTS * [143]", "DRIVERS * [143]", "STUDENTS * [143]", "FARMERS * [143]", "TRUCKERS * [143]",
    "* &MZTERRITORY [190]", "* TARGETS [190]", "* POSITIONS [190]", "* + [190]",
])
B("STRIP", None, ["STRIP {STRIPS STRIPPED STRIPPING}"], [
    "* (OF CITIZENSHIP) [172]", "* (OF IMMUNITY) [172]", "* (OF POWERS) [172]", "* (OF TITLE) [---]",
    "* (OF MEDAL) [---]", "* (OF RIGHTS) [1721]", "* (OF LICENSE) [172]", "* (OF ASSETS) [1711]",
])
B("SUBMIT", None, ["SUBMIT {SUBMITS SUBMITTED SUBMITTING}"], [
    "* RESIGNATION [0831]", "* PROPOSAL [030]", "* PLAN [030]", "* BID [---]", "* APPLICATION [---]",
    "* REQUEST [020]", "* COMPLAINT [114]", "* PROTEST [114]", "* REPORT [---]", "* (TO PRESSURE) [080]",
    "* (TO DEMANDS) [080]", "* (TO INSPECTION) [0862]", "* (TO INSPECTIONS) [0862]", "* EVIDENCE [---]",
    "* CANDIDACY [---]",
])
B("SUE", "115", ["SUE"], ["* (FOR PEACE) [037]"])
B("SUMMON", "114", ["SUMMON"], [
    "* &MZENVOY [114]", "* (TO COURT) [173]", "* (FOR QUESTIONING) [173]", "* (FOR TESTIMONY) [090]",
    "* (TO TESTIFY) [090]", "* (TO APPEAR) [173]", "* COURAGE [---]", "* STRENGTH [---]",
])
B("SUPPLY", "070", ["SUPPLY {SUPPLIES SUPPLIED SUPPLYING}"], [
    "* &MZHUMAID [073]", "* &MZMILAID [072]", "* &MZECONAID [071]", "* WEAPONS [072]", "* ARMS [072]",
    "* MISSILES [072]", "* TANKS [072]", "* JETS [072]", "* DRONES [072]", "* AMMUNITION [072]",
    "* GAS [061]", "* OIL [061]", "* ELECTRICITY [061]", "* POWER [061]", "* FUEL [061]", "* GRAIN [061]",
    "* INTELLIGENCE [064]", "* INFORMATION [064]",
])
B("SUPPORT", "051", ["SUPPORT"], [
    "* (MILITARILY) [072]", "* (FINANCIALLY) [071]", "* {TERRITORIAL INTEGRITY} [051]",
    "* SOVEREIGNTY [051]", "* INDEPENDENCE [051]", "* BID [051]", "* CANDIDACY [051]",
    "* MEMBERSHIP [051]", "* ACCESSION [051]", "* RESOLUTION [051]", "* PLAN [051]", "* PROPOSAL [051]",
    "* &MZSANCTION [051]", "* CALL [051]", "* CALLS [051]", "* EFFORTS [051]", "* &MZTALKS [051]",
    "* REBELS [070]", "* INSURGENTS [070]", "* MILITANTS [070]", "* TERRORISTS [070]", "* TERRORISM [070]",
    "* FAMILIES [073]", "* REFUGEES [073]", "* VICTIMS [073]", "* ECONOMY [---]", "* GROWTH [---]",
    "* PRICES [---]", "* WEIGHT [---]", "* STOCKS [---]", "* CURRENCY [---]",
])
B("SURRENDER", "0874", ["SURRENDER"], [
    "* (TO POLICE) [0841]", "* (TO AUTHORITIES) [0841]", "* WEAPONS [0873]", "* ARMS [0873]",
    "* &MZTERRITORY [0874]", "* CONTROL [0874]", "* POWER [0831]", "* PASSPORT [---]", "* SOVEREIGNTY [080]",
    "* (TO +) [0874]",
])
B("SURROUND", "191", ["SURROUND"], [
    "* {CONTROVERSY} [---]", "* QUESTIONS [---]", "* MYSTERY [---]", "* UNCERTAINTY [---]",
    "* SECRECY [---]", "* CONFUSION [---]", "* DOUBTS [---]", "* CIRCUMSTANCES [---]",
    "&MZPROTESTERS * [144]", "CONTROVERSY * [---]", "QUESTIONS * [---]", "UNCERTAINTY * [---]",
    "MYSTERY * [---]", "SECRECY * [---]", "CONFUSION * [---]", "DOUBTS * [---]", "SPECULATION * [---]",
])
B("SUSPEND", None, ["SUSPEND"], [
    "* &MZAID [162]", "* &MZECONAID [1621]", "* &MZMILAID [1622]", "* &MZHUMAID [1623]",
    "* FUNDING [1621]", "* PAYMENTS [1621]", "* LOANS [1621]", "* &MZTALKS [164]", "* MEDIATION [165]",
    "* &MZDIPREL [161]", "* {DIPLOMATIC RELATIONS} [161]", "* MEMBERSHIP [161]",
    "* COOPERATION [160]", "* {MILITARY COOPERATION} [1622]", "* TRADE [163]", "* IMPORTS [163]",
    "* EXPORTS [163]", "* FLIGHTS [163]", "* VISAS [163]", "* &MZSANCTION [085]", "* CURFEW [0813]",
    "* {STATE OF EMERGENCY} [0814]", "* {MARTIAL LAW} [0814]", "* &MZAGREEMENT [160]", "* PARTICIPATION [160]",
    "* INSPECTIONS [1245]", "* &MZPROTESTW [0352]", "* PROTEST [0352]", "* PROTESTS [0352]",
    "* STRIKE [0352]", "* STRIKES [0352]", "* CAMPAIGN [080]", "* OFFENSIVE [0871]", "* OPERATIONS [0871]",
    "* ATTACKS [0871]", "* AIRSTRIKES [0871]", "* BOMBING [0871]", "* HOSTILITIES [0871]", "* FIGHTING [0871]", "* CEASEFIRE [0871]",
    "* ENRICHMENT [087]", "* {NUCLEAR ACTIVITIES} [087]", "* TESTING [087]", "* TESTS [087]",
    "* EXECUTIONS [081]", "* {DEATH PENALTY} [081]", "* PARTY [1722]", "* NEWSPAPER [1721]",
    "* BROADCASTS [1721]", "* BROADCASTER [1721]", "* CHANNEL [1721]", "* ACCREDITATION [1721]",
    "* LICENSE [172]", "* CONSTITUTION [1724]", "* PARLIAMENT [1724]", "* SENTENCE [---]",
    "* OFFICIALS [---]", "* OFFICER [---]", "* OFFICERS [---]", "* PLAYER [---]", "* TRADING [---]",
    "* OPERATIONS [---]", "* PRODUCTION [---]", "* CLASSES [---]", "* SERVICE [---]", "* SERVICES [---]",
])
B("SWEAR", None, ["SWEAR {SWORE SWORN SWEARS SWEARING}", "+SWEAR_IN {+SWORE_IN +SWORN_IN +SWEARS_IN +SWEARING_IN} [---]"], [
    "* REVENGE [138]", "* VENGEANCE [138]", "* ALLEGIANCE [051]", "* LOYALTY [051]", 
    "* (TO FIGHT) [138]", "* (TO DEFEND) [---]",
])
B("SWEEP", None, ["SWEEP {SWEPT SWEEPS SWEEPING}"], [
    "* (THROUGH &MZTERRITORY) [190]", "* (INTO &MZTERRITORY) [192]", "* (TO POWER) [---]",
    "* (TO VICTORY) [---]", "* ELECTION [---]", "* ELECTIONS [---]", "* POLLS [---]", "* SEATS [---]",
    "* AWARDS [---]", 
])

# ---------------------------------------------------------------- t
B("TAKE", None, ["TAKE {TOOK TAKEN TAKES TAKING}", "+TAKE_OVER {+TOOK_OVER +TAKEN_OVER +TAKES_OVER +TAKING_OVER} [192]"], [
    "* HOSTAGE [181]", "* HOSTAGES [181]", "* (INTO CUSTODY) [173]", "* (IN CUSTODY) [173]",
    "* (INTO DETENTION) [173]", "* (TO COURT) [115]", "* (TO {INTERNATIONAL COURT}) [115]",
    "* (TO ICC) [1124]", "* (TO STREETS) [141]", "* (TO {THE STREETS}) [141]", "* (PART IN &MZTALKS) [046]",
    "* (PART IN &MZPROTESTW) [141]", "* (PART IN PROTEST) [141]", "* (PART IN PROTESTS) [141]",
    "* (PART IN EXERCISES) [062]", "* (PART IN {JOINT EXERCISES}) [062]", "* (PART IN FIGHTING) [190]",
    "* (PART IN ATTACK) [190]", "* (PART IN ELECTIONS) [---]", "* (PART IN ELECTION) [---]",
    "* (PART) [---]", "* CONTROL (OF &MZTERRITORY) [192]", "* CONTROL [192]", "* (OVER &MZTERRITORY) [192]",
    "* (OVER CONTROL) [192]", "* (OVER PRESIDENCY) [---]", "* (OVER CHAIRMANSHIP) [---]", "* (OVER COMPANY) [---]",
    "* (OVER BANK) [1711]", "* (OVER) [192]", "* &MZTERRITORY [192]", "* POWER (IN COUP) [175]",
    "* POWER [---]", "* OFFICE [---]", "* OATH [---]", "* (UP ARMS) [190]", "* (UP POST) [---]",
    "* RESPONSIBILITY (FOR &MZMILACT) [015]", "* RESPONSIBILITY (FOR) [015]", "* RESPONSIBILITY [015]",
    "* CREDIT (FOR) [015]", "* BLAME [015]", "* {MEASURES AGAINST +} [170]", "* MEASURES [---]",
    "* STEPS [---]", "* ACTION (AGAINST +) [170]", "* {LEGAL ACTION} [115]", "* {MILITARY ACTION} [190]",
    "* (TO TASK) [111]", "* (ISSUE WITH +) [111]", "* ISSUE [111]", "* OFFENCE [111]", "* OFFENSE [111]",
    "* EXCEPTION [111]", "* AIM (AT +) [111]", "* SIDES [---]", "* (SIDE WITH +) [051]", "* LIVES [1823]",
    "* (PRISONER) [173]", "* PRISONERS [173]", "* CAPTIVE [181]", "* (IN REFUGEES) [075]",
    "* REFUGEES [075]", "* (INTO ACCOUNT) [---]", "* (PLACE) [---]", "* (EFFECT) [---]",
])
B("TALK", "040", ["TALK", "+TALK_DOWN [---]", "+TALK_UP [051]"], [
    "* (BY PHONE) [041]", "* (BY TELEPHONE) [041]", "* (ON PHONE) [041]", "* (OVER PHONE) [041]",
    "* (ON TELEPHONE) [041]", "* (WITH +) [040]", "* (TO +) [040]",  
    "* TOUGH [---]",  "* PEACE [046]", "* (OF WAR) [138]", "* (OF WITHDRAWAL) [0356]",
])
B("TARGET", "190", ["TARGET"], [
    "* (WITH &MZDRONE) [1952]", "* (WITH &MZAIR) [195]", "* (WITH AIRSTRIKES) [195]", "* (WITH MISSILES) [195]",
    "* (WITH &MZHEAVY) [194]", "* (WITH ROCKETS) [194]", "* (WITH &MZSANCTION) [163]", "* (IN &MZAIR) [195]",
    "* (WITH &MZEXPLOSIVE) [183]", "* (IN BOMBING) [183]", "* (IN &MZSUICIDE) [1831]",
    "* &MZSANCTION [163]", "* ASSETS [163]", "* (WITH TARIFFS) [163]", "* VOTERS [---]", "* AUDIENCE [---]",
    "* CONSUMERS [---]", "* MARKET [---]", "* GROWTH [---]", "* INFLATION [---]", "* (FOR ARREST) [173]",
    "* (IN RAID) [173]", "* (IN CRACKDOWN) [175]",
])
B("TEAR", None, ["TEAR {TORE TORN TEARS TEARING}", "+TEAR_DOWN {+TORE_DOWN +TORN_DOWN +TEARS_DOWN +TEARING_DOWN} [1712]"], [
    "* (UP &MZAGREEMENT) [160]", "* (UP DEAL) [160]", "* (UP TREATY) [160]", "* (DOWN STATUE) [145]",
    "* (DOWN POSTERS) [145]", "* (DOWN BARRIERS) [145]", "* (DOWN HOMES) [1712]", "* (DOWN HOUSES) [1712]",
     "* GAS [175]",
])
B("TELEPHONE", "041", ["TELEPHONE", "+PHONE [041]"], [])
B("TELL", "010", ["TELL {TOLD TELLS TELLING}"], [
    "* (TO LEAVE) [174]", "* (TO STOP) [100]", "* (TO WITHDRAW) [1056]", "* (TO RELEASE) [1053]",
    "* (TO STEP DOWN) [1041]", "* (TO RESIGN) [1041]", "* (TO EXPECT) [---]", "* (TO END) [100]",
    "* (TO BACK OFF) [100]", "* (TO HALT) [100]", "* (TO HAND OVER) [1013]",
])
B("TERMINATE", None, ["TERMINATE"], [
    "* &MZAGREEMENT [160]", "* &MZDIPREL [161]", "* &MZAID [162]", "* &MZECONAID [1621]", "* &MZMILAID [1622]",
    "* &MZTALKS [164]", "* MEDIATION [165]", "* MANDATE [1661]", "* MISSION [1661]", "* CONTRACT [---]",
    "* CONTRACTS [---]", "* EMPLOYMENT [---]", "* PREGNANCY [---]", "* CEASEFIRE [196]", "* TRUCE [196]",
])
B("TEST", None, ["TEST"], [
    "* MISSILE [150]", "* MISSILES [150]", "* {BALLISTIC MISSILE} [150]", "* {NUCLEAR DEVICE} [150]",
    "* {NUCLEAR WEAPON} [150]", "* BOMB [150]", "* ROCKET [150]", "* WEAPON [150]", "* WEAPONS [150]",
    "* {HYPERSONIC MISSILE} [150]", "* (NUCLEAR) [150]", "* POSITIVE [---]", "* NEGATIVE [---]",
    "* RESOLVE [---]", "* LIMITS [---]", "* PATIENCE [---]", "* WATERS [---]", "* VACCINE [---]",
    "* DRUG [---]", "* SAMPLES [---]", "* (FOR) [---]",
])
B("THANK", "051", ["THANK"], ["* (FOR SUPPORT) [051]", "* (FOR AID) [051]", "* (FOR HELP) [051]",
                              "* (FOR CONDOLENCES) [051]"])
B("THREATEN", "130", ["THREATEN"], [
    "* &MZCUT &MZAID [1311]", "* &MZCUT &MZECONAID [1311]", "* &MZCUT &MZMILAID [1311]",
    "* &MZCUT &MZHUMAID [1311]", "* &MZCUT FUNDING [1311]", "* &MZCUT &MZDIPREL [1313]",
    "* &MZCUT &MZTALKS [134]", "* &MZCUT MEDIATION [135]", "* &MZCUT &MZMEDIATION [135]",
    "* EXPEL &MZINTLINV [136]", "* EXPEL PEACEKEEPERS [136]", "* EXPEL &MZENVOY [1313]",
    "* EXPEL &MZPERSON [137]", "* &MZCUT &MZINTLINV [136]", "* &MZCUT &MZPROTECT [136]",
    "* RECALL &MZENVOY [1313]", "* &MZIMPOSE &MZSANCTION [1312]", "* &MZIMPOSE &MZADMIN [132]",
    "* &MZIMPOSE CURFEW [1323]", "* IMPOSE {STATE OF EMERGENCY} [1324]", "* IMPOSE {MARTIAL LAW} [1324]",
    "* DECLARE {STATE OF EMERGENCY} [1324]", "* DECLARE {MARTIAL LAW} [1324]",
    "* BAN PARTY [1322]", "* BAN PARTIES [1322]", "* DISSOLVE PARTY [1322]", "* OUTLAW PARTY [1322]",
    "* STRIKE + [1384]", "* USE &MZWMD [1385]", "* &MZWMD [1385]", "* NUCLEAR [1385]",
    "* CURFEW [1323]", "* {STATE OF EMERGENCY} [1324]", "* {MARTIAL LAW} [1324]", "* ULTIMATUM [139]",
    "* DEADLINE [139]", "* &MZBLOCKADE [1381]", "* &MZOCCUPY [1382]", "* &MZUNCONV [1383]",
    "* &MZCONV [1384]", "* {MILITARY FORCE} [138]", "* FORCE [138]", "* &MZSANCTION [1312]",
    "* TARIFFS [1312]", "* &MZCUT &MZAGREEMENT [1313]", "* SEVER [1313]", "* {BREAK OFF} [1313]",
    "* DOWNGRADE [1313]", "* VETO [130]", "* &MZREPRESS [137]", "* BAN [132]", "* RESTRICT [1321]",
    "* CENSOR [1321]", "* BLOCK [1321]", "* SHUT [132]", "* &MZPROTESTW [133]", "* STRIKE [133]",
    "* RESIGN [133]", "* QUIT [133]", "* WALK [134]", "* &MZCUT [131]", "* LIVES [138]", "* SECURITY [138]",
    "* PEACE [138]", "* STABILITY [138]", "* JOBS [---]", "* EXISTENCE [---]", "* FUTURE [---]",
    "* RECOVERY [---]", "* GROWTH [---]", "* ECONOMY [---]", "* SUPPLY [---]", "* SUPPLIES [---]",
    "* HARVEST [---]", "* CROPS [---]", "* SPECIES [---]", "* HEALTH [---]",
])
B("THROW", None, ["THROW {THREW THROWN THROWS THROWING}"], [
    "* STONES [145]", "* ROCKS [145]", "* BOTTLES [145]", "* EGGS [145]", "* {MOLOTOV COCKTAILS} [145]",
    "* {PETROL BOMBS} [145]", "* FIREBOMBS [145]", "* GRENADE [183]", "* GRENADES [183]", "* ACID [182]",
    "* SUPPORT (BEHIND +) [051]", "* WEIGHT (BEHIND +) [051]", "* (OUT &MZPERSON) [174]",
    "* (OUT OF COUNTRY) [174]", "* (OUT CASE) [---]",  "* (INTO JAIL) [173]",
    "* (INTO PRISON) [173]", "* (IN JAIL) [173]", "* DOUBT [---]", "* PARTY [---]",
])
B("TORTURE", "1822", ["TORTURE"], [])
B("TRAIN", None, ["TRAIN"], [
    "* &MZTROOPS (FROM +) [062]", "* &MZTROOPS (OF +) [062]",
    "* &MZTROOPS [062]", "* SOLDIERS [062]", "* TROOPS [062]", "* FORCES [062]", "* OFFICERS [062]",
    "* PILOTS [062]", "* POLICE [062]", "* REBELS [072]", "* FIGHTERS [072]", "* MILITANTS [072]",
    "* INSURGENTS [072]", "* TERRORISTS [072]", "* (ON +) [---]", "* TEACHERS [---]", "* DOCTORS [---]",
])
B("TRANSFER", None, ["TRANSFER {TRANSFERS TRANSFERRED TRANSFERRING}"], [
    "* &MZMILAID [072]", "* WEAPONS [072]", "* &MZECONAID [071]", "* FUNDS [071]", "* MONEY [071]",
    "* CONTROL [0874]", "* POWER [0834]", "* SOVEREIGNTY [0874]", "* PRISONERS [063]", "* DETAINEES [063]",
    "* SUSPECTS [063]", "* TECHNOLOGY [061]", "* (TO PRISON) [173]", "* (TO HOSPITAL) [---]",
])
B("TRAVEL", None, ["TRAVEL {TRAVELS TRAVELED TRAVELLED TRAVELING TRAVELLING}"], [
    "* (TO +) [042:043]",
])
B("TRY", None, ["TRY {TRIES TRIED TRYING}"], [
    "* (FOR &MZCRIME) [173]", "* (FOR &MZWARCRIME) [173]", "* (FOR TREASON) [173]", "* (FOR ESPIONAGE) [173]",
    "* (IN ABSENTIA) [173]", "* (ON CHARGES) [173]", "* (FOR MURDER) [173]", "* (BEFORE COURT) [173]",
    "* (BEFORE TRIBUNAL) [173]", "* (IN COURT) [173]",
])
B("TURN", None, ["TURN", "+TURN_DOWN [120]", "+TURN_OVER [0841]", "+TURN_AWAY [1245]", "+TURN_BACK [1245]", "+TURN_OUT [---]", "+TURN_INTO [---]"], [
    "* (DOWN &MZAID) [122]", "* (DOWN OFFER) [120]", "* (DOWN REQUEST) [120]", "* (DOWN INVITATION) [125]",
    "* (DOWN PROPOSAL) [120]", "* (DOWN &MZTALKS) [125]", "* (DOWN PLEA) [120]", "* (DOWN APPEAL) [120]",
    "* (DOWN DEMAND) [124]", "* (OVER &MZPERSON) [0841]", "* (OVER SUSPECT) [063]", "* (OVER SUSPECTS) [063]",
    "* (OVER CONTROL) [0874]", "* (OVER POWER) [0831]", "* (OVER EVIDENCE) [064]", "* (OVER DOCUMENTS) [064]",
    "* (OVER WEAPONS) [0873]", "* (AWAY &MZHUMAID) [1245]", "* (AWAY REFUGEES) [174]", "* (AWAY MIGRANTS) [174]",
    "* (BACK MIGRANTS) [174]", "* (BACK REFUGEES) [174]", "* (BACK BOATS) [174]", "* (BACK ASYLUM) [174]",
    "* (AGAINST +) [110]", "* (TO +) [020]",   
      
])

# ---------------------------------------------------------------- u, v
B("UNDERMINE", "111", ["UNDERMINE"], ["* &MZTALKS [125]", "* &MZSETTLE [127]", "* {PEACE PROCESS} [127]",
                                      "* CEASEFIRE [127]", "* TRUCE [127]", "* SOVEREIGNTY [111]"])
B("UNITE", None, ["UNITE"], ["* (AGAINST +) [113]", "* (BEHIND +) [053]", "* (AROUND +) [053]",
                             "* (IN SUPPORT) [053]", "* (IN OPPOSITION) [113]", "* (IN CONDEMNING) [113]"])
B("UNLEASH", "190", ["UNLEASH"], attack("190") + ["* VIOLENCE [175]", "* (ON &MZPROTESTERS) [175]",
                                                  "* DOGS [175]", "* WAVE [---]", "* CHAOS [---]"])
B("UPGRADE", None, ["UPGRADE"], [
    "* &MZDIPREL [050]", "* TIES [050]", "* RELATIONS [050]", "* {DIPLOMATIC RELATIONS} [054]",
    "* {DIPLOMATIC MISSION} [054]", "* EMBASSY [054]", "* {ALERT LEVEL} [152]", "* ALERT [152]",
    "* DEFENSES [154]", "* DEFENCES [154]", "* ARSENAL [154]", "* FORCES [154]", "* PARTNERSHIP [050]",
])
B("UPHOLD", None, ["UPHOLD {UPHELD UPHOLDS UPHOLDING}"], [
    "* SENTENCE [173]", "* CONVICTION [116]", "* {DEATH SENTENCE} [173]", "* VERDICT [116]", "* BAN [172]",
    "* CEASEFIRE [0871]", "* TRUCE [0871]", "* &MZAGREEMENT [057]", "* RIGHTS [---]", "* LAW [---]",
    "* RULING [---]", "* DECISION [---]", "* APPEAL [---]", "* RESULTS [---]", "* CONSTITUTION [---]",
])
B("URGE", "020", ["URGE"], [
    "* RESTRAINT [0256]", "* CALM [0256]", "* (TO {EXERCISE RESTRAINT}) [0256]", "* DIALOGUE [026]",
    "* CAUTION [020]", "* (TO INVESTIGATE) [020]", "* INVESTIGATION [020]", "* PROBE [020]",
    "* (TO VOTE) [---]", "* VOTERS [---]", "* INVESTORS [---]", "* RESIDENTS [---]", "* CITIZENS [---]",
    "* PEOPLE [---]", "* PUBLIC [---]", "* (TO STAY) [---]", "* (TO AVOID) [---]", "* (TO EVACUATE) [---]",
    "* (TO TAKE PRECAUTIONS) [---]", "* (TO ATTACK) [---]", "* (TO KILL) [---]",
] + content("02"))
B("USE", None, ["USE"], [
    "* VETO [129]", "* {VETO POWER} [129]", "* {TEAR GAS} (AGAINST +) [175]", "* {TEAR GAS} [175]",
    "* TEARGAS [175]", "* {WATER CANNON} [175]", "* {WATER CANNONS} [175]", "* {RUBBER BULLETS} [175]",
    "* {LIVE AMMUNITION} [175]", "* BATONS [175]", "* {EXCESSIVE FORCE} [175]", "* FORCE (AGAINST &MZPROTESTERS) [175]",
    "* FORCE (AGAINST +) [190]", "* {MILITARY FORCE} [190]", "* FORCE [190]", "* &MZCHEM [2041]",
    "* &MZNUKE [2042]", "* &MZWMD [204]", "* (AS {HUMAN SHIELDS}) [184]", "* {HUMAN SHIELDS} [184]",
    "* &MZDRONE [1952]", "* &MZPRECISION [1951]", "* {CLUSTER BOMBS} [195]", "* {BARREL BOMBS} [195]",
    "* &MZAIR [195]", "* &MZHEAVY [194]", "* &MZWEAPON [193]", "* TORTURE [1822]", "* STARVATION [175]",
    "* (AS WEAPON) [---]", "* INFLUENCE [---]", "* LEVERAGE [---]",
])

B("VANDALIZE", "145", ["VANDALIZE", "VANDALISE"], [])
B("VETO", "129", ["VETO {VETOES VETOED VETOING}"], [])
B("VIOLATE", "196", ["VIOLATE"], [
    "* CEASEFIRE [196]", "* TRUCE [196]", "* {CEASE-FIRE} [196]", "* ARMISTICE [196]", "* AIRSPACE [190]",
    "* {AIR SPACE} [190]", "* WATERS [190]", "* {TERRITORIAL WATERS} [190]", "* BORDER [190]",
    "* SOVEREIGNTY [190]", "* {HUMAN RIGHTS} [1721]", "* RIGHTS [1721]", "* LAW [128]", "* LAWS [128]", "* BAN [128]", "* CURFEW [128]", "* ORDERS [128]",
    "* &MZAGREEMENT [128]", "* RESOLUTION [128]", "* RESOLUTIONS [128]", "* SANCTIONS [128]",
    "* EMBARGO [128]", "* CONSTITUTION [128]", "* RULES [128]", "* ORDER [128]", "* NORMS [128]",
    "* WOMEN [1821]", "* GIRLS [1821]", "* CHILDREN [1821]",
])
B("VISIT", "042:043", ["VISIT"], [
    "* (BY PHONE) [041]", "* WEBSITE [---]", "* SITE [042:043]", "* FAMILY [---]", "* GRAVE [---]",
    "* GRAVES [---]", "* HOSPITAL [---]", "* TROOPS [---]", "* MUSEUM [---]",
])
B("VOICE", None, ["VOICE"], [
    "* SUPPORT (FOR +) [051]", "* SUPPORT [051]", "* BACKING [051]", "* SOLIDARITY [051]", "* APPROVAL [051]",
    "* SATISFACTION [051]", "* APPRECIATION [051]", "* OPTIMISM [013]", "* HOPE [013]", "* CONFIDENCE [013]",
    "* &MZNEGPOL [012]", "* &MZSYMPATHY [018]", "* &MZCRITIC [111]", "* OPPOSITION [110]",
    "* OBJECTION [110]", "* OBJECTIONS [110]", "* RESERVATIONS [110]", "* DISAGREEMENT [110]",
    "* DISAPPOINTMENT [110]", "* REGRET [110]", "* READINESS [030]", "* WILLINGNESS [030]",
    "* DESIRE [030]", "* INTEREST [030]", "* AGREEMENT [019]", "* ACCORD [019]",
])
B("VOTE", None, ["VOTE"], [
    "* (TO IMPOSE &MZSANCTION) [163]", "* (FOR &MZSANCTION) [163]", "* (TO EXPEL) [160]",
    "* (TO SUSPEND) [160]", "* (TO RECOGNIZE) [054]", "* (TO RECOGNISE) [054]", "* (TO CONDEMN) [111]",
    "* (TO CENSURE) [111]", "* (TO IMPEACH) [172]", "* (TO OUST) [172]", "* (TO REMOVE) [172]",
    "* (TO BAN) [172]", "* (TO DISSOLVE) [---]", "* (TO EXTEND) [---]", "* (AGAINST RESOLUTION) [---]",
    "* (FOR RESOLUTION) [---]", "* (AGAINST) [---]", "* (FOR) [---]", "* (IN) [---]",
])
B("VOW", "030", ["VOW"], [
    "* REVENGE [138]", "* RETALIATION [138]", "* RETALIATE [138]", "* (TO AVENGE) [138]", "* (TO FIGHT) [138]",
    "* (TO CRUSH) [137]", "* (TO PUNISH) [137]", "* (TO PROSECUTE) [137]", "* (TO DESTROY) [138]",
    "* (TO DEFEAT) [138]", "* (TO ELIMINATE) [138]", "* (TO RESIST) [128]", "* (TO DEFY) [128]",
    "* (TO CONTINUE &MZPROTESTW) [133]", "* (TO CONTINUE PROTESTS) [133]", "* (TO KEEP PROTESTING) [133]",
    "* (TO CONTINUE FIGHTING) [138]", "* (TO CONTINUE) [---]", "* SUPPORT [032]", "* SOLIDARITY [032]",
] + content("03"))

# ---------------------------------------------------------------- w – z
B("WAGE", "190", ["WAGE"], attack("190") + ["* JIHAD [180]", "* {HOLY WAR} [180]", "* INSURGENCY [180]",
                                            "* {GUERRILLA WAR} [180]", "* {TRADE WAR} [163]",
                                            "* {PROPAGANDA WAR} [---]", "* {WAR OF WORDS} [111]",
                                            "* {PRICE WAR} [---]"])
B("WALK", None, ["WALK", "+WALK_OUT [143]", "+WALK_AWAY [164]"], [
    "* (OUT OF &MZTALKS) [164]", "* (OUT OF MEDIATION) [165]", "* (OUT OF PARLIAMENT) [140]",
    "* (OUT OF SESSION) [140]", "* (OUT OF MEETING) [140]", "* (OUT OF COURT) [140]",
     "* (AWAY FROM &MZTALKS) [164]", "* (AWAY FROM &MZAGREEMENT) [160]",
    "* (AWAY FROM DEAL) [160]",  "* (FREE) [0841]",
])
B("WARN", "130", ["WARN"], [
    "* (OF &MZRISK) [012]", "* (ABOUT &MZRISK) [012]", "* (AGAINST TRAVEL) [012]", "* (OF FAMINE) [012]",
    "* RESIDENTS [---]", "* CITIZENS [---]", "* TRAVELERS [---]", "* TRAVELLERS [---]", "* PUBLIC [---]",
    "* INVESTORS [012]", "* (OF RETALIATION) [138]", "* (OF {MILITARY ACTION}) [138]", "* (OF WAR) [138]",
    "* (OF &MZSANCTION) [1312]", "* &MZIMPOSE &MZSANCTION [1312]", "* (OF CONSEQUENCES) [130]",
    "* (OF REPRISALS) [137]", "* (OF RESPONSE) [138]", "* RETALIATE [138]", "* RESPOND [138]",
    "* &MZUNCONV [1383]", "* &MZCONV [138]", "* &MZPROTESTW [133]", "* &MZCUT &MZAID [1311]",
    "* &MZCUT &MZDIPREL [1313]", "* &MZCUT &MZTALKS [134]", "* &MZREPRESS [137]", "* &MZBLOCKADE [1381]",
    "* &MZWMD [1385]",
])
B("WELCOME", "051", ["WELCOME"], [
    "* OFFER [051]", "* PROPOSAL [051]", "* INITIATIVE [051]", "* DELEGATION [043:042]", "* VISITOR [043:042]",
    "* VISIT [043:042]",
    "* (AT AIRPORT) [043:042]", "* + (TO) [043:042]", "* REFUGEES (TO) [075]", "* MIGRANTS (TO) [075]", "* REFUGEES [075]", "* MIGRANTS [075]", "* {ASYLUM SEEKERS} [075]",
    "* DECISION [051]", "* AGREEMENT [051]", "* DEAL [051]", "* RELEASE [051]", "* MOVE [051]",
    "* STEP [051]", "* ANNOUNCEMENT [051]", "* RESOLUTION [051]", "* VOTE [051]", "* RESULTS [051]",
    "* ELECTION [051]", "* TRUCE [051]", "* CEASEFIRE [051]", "* (WARMLY) [051]", "* BABY [---]",
    "* NEWS [051]", "* PROPOSAL [051]", "* INITIATIVE [051]", "* OFFER [051]", "* &MZTALKS [051]",
    "* INVESTMENT [061]", "* INVESTORS [061]",
])
B("WITHDRAW", "0874", ["WITHDRAW {WITHDREW WITHDRAWN WITHDRAWS WITHDRAWING}"], [
    "* PEACEKEEPERS (FROM +) [1661]", "* {PEACEKEEPING FORCE} (FROM +) [1661]", "* INSPECTORS (FROM +) [1662]",
    "* &MZENVOY (FROM +) [161]", "* &MZENVOY + [161]", "* PEACEKEEPERS + [1661]", "* INSPECTORS + [1662]",
    "* OBSERVERS + [1662]", "* MONITORS + [1662]", "* &MZTROOPS (FROM +) [0874]", "* &MZTROOPS + [0874]",
    "* &MZENVOY [161]", "* (AMBASSADOR) [161]", "* {DIPLOMATIC STAFF} [161]", "* RECOGNITION [161]",
    "* PEACEKEEPERS [1661]", "* {PEACEKEEPING FORCE} [1661]", "* {PEACEKEEPING TROOPS} [1661]",
    "* (FROM MISSION) [1661]", "* INSPECTORS [1662]", "* OBSERVERS [1662]", "* MONITORS [1662]",
    "* {AID WORKERS} [1663]", "* {AID AGENCIES} [1663]", "* STAFF [1663]", "* &MZAID [162]",
    "* &MZECONAID [1621]", "* &MZMILAID [1622]", "* &MZHUMAID [1623]", "* FUNDING [1621]", "* SUPPORT [160]",
    "* BACKING [160]", "* (FROM &MZTALKS) [164]", "* (FROM MEDIATION) [165]", "* (FROM &MZAGREEMENT) [160]",
    "* (FROM DEAL) [160]", "* (FROM TREATY) [160]", "* (FROM ALLIANCE) [160]", "* (FROM COALITION) [160]",
    "* (FROM ORGANIZATION) [160]", "* (FROM COUNCIL) [160]", "* (FROM ELECTION) [---]",
    "* (FROM RACE) [---]", "* (FROM ELECTIONS) [---]", "* CANDIDACY [---]", "* NOMINATION [---]",
    "* CHARGES [0832]", "* BILL [0832]", "* LAW [0832]", "* PLAN [0832]", "* DEMAND [080]",
    "* DEMANDS [080]", "* REQUEST [080]", "* THREAT [080]", "* OBJECTION [080]", "* OBJECTIONS [080]",
    "* VETO [080]", "* LAWSUIT [080]", "* COMPLAINT [080]", "* CASE [080]", "* CANDIDATE [---]",
    "* MONEY [---]", "* CASH [---]", "* DEPOSITS [---]", "* &MZTROOPS [0874]", "* (FROM &MZTERRITORY) [0874]",
])
B("WITHHOLD", "162", ["WITHHOLD {WITHHELD WITHHOLDS WITHHOLDING}"], [
    "* &MZECONAID [1621]", "* &MZMILAID [1622]", "* &MZHUMAID [1623]", "* &MZAID [162]", "* FUNDING [1621]",
    "* PAYMENTS [1621]", "* TAXES [162]", "* REVENUES [162]", "* SUPPORT [160]", "* RECOGNITION [161]",
    "* COMMENT [011]", "* NAMES [011]", "* NAME [011]", "* DETAILS [011]", "* INFORMATION [011]",
    "* IDENTITY [011]", "* JUDGMENT [011]", "* JUDGEMENT [011]", "* CONSENT [120]", "* APPROVAL [120]",
    "* EVIDENCE [---]",
])
B("WOUND", "190", ["WOUND"], ["* &MZCIVIL [180]", "* &MZPROTESTERS [175]", "* (IN ATTACK) [190]"])
B("YIELD", "080", ["YIELD"], [
    "* RESULTS [---]", "* RETURNS [---]", "* CLUES [---]", "* EVIDENCE [---]", "* PROFIT [---]",
    "* BENEFITS [---]", "* FRUIT [---]", "* PROGRESS [---]", "* BREAKTHROUGH [---]", "* INFORMATION [---]",
    "* (TO PRESSURE) [080]", "* (TO DEMANDS) [083]", "* POWER [0831]", "* CONTROL [0874]", "* &MZTERRITORY [0874]",
])

XC.update(["SWEAR", "MOUNT", "STAGE", "WAGE", "UNLEASH", "RESUME", "RENEW", "STEP", "OFFER", "PERSUADE", "PETITION", "PLEAD", "PLEDGE", "PLOT", "PRESS", "PRESSURE", "PROMISE",
           "PROPOSE", "REBUFF", "REFUSE", "REJECT", "REQUEST", "SEEK", "TELL", "THREATEN", "URGE", "VOW",
           "WARN", "PLAN", "ORDER", "PREVENT"])
NOGOV.update(["SAY", "MAKE", "SPEAK", "TELL", "REPORT", "MENTION", "REVEAL", "REITERATE", "PRODUCE",
              "PREDICT", "REPLACE", "QUESTION", "MONITOR"])

# blocks whose complement or prepositional phrases name the target (`used tear gas against protesters in
# Cairo`): patterns are also tried with a target slot before and after their words
TARGETVAR.update(["SEND", "PROVIDE", "SUPPLY", "USE", "RETURN", "RELEASE", "SEIZE", "SHOOT", "STRIKE", "SUSPEND",
                  "STOP", "WITHDRAW", "PULL", "SEAL", "SET", "TAKE", "THROW", "TURN", "STORM", "RAID", "PUT",
                  "OPEN", "RESTRICT", "REDUCE", "SHIP", "TRANSFER", "TRAIN", "SELL", "RESTORE", "SHUT",
                  "SCRAP", "TERMINATE", "RELAX", "REVOKE", "SEARCH", "PROTECT", "RESCUE", "RECALL"])

# ---------------------------------------------------------------- more news verbs (second pass)
B("POUND", "190", ["POUND"], [
    "* (WITH &MZAIR) [195]", "* (WITH AIRSTRIKES) [195]", "* (WITH {AIR STRIKES}) [195]", "* (WITH &MZDRONE) [1952]",
    "* (WITH &MZHEAVY) [194]", "* (WITH ARTILLERY) [194]", "* (WITH ROCKETS) [194]", "* (WITH MISSILES) [195]",
    "&MZAIR * [195]", "&MZDRONE * [1952]", "&MZHEAVY * [194]", "WARPLANES * [195]", "JETS * [195]",
    "* POSITIONS [190]", "* HIDEOUTS [190]", "* TABLE [---]", "* PAVEMENT [---]",
])
B("REMOVE", None, ["REMOVE"], [
    "* &MZSANCTION [085]", "* TARIFFS [085]", "* CURFEW [0813]", "* {STATE OF EMERGENCY} [0814]",
    "* {MARTIAL LAW} [0814]", "* BAN [081]", "* RESTRICTIONS [081]", "* CHECKPOINTS [0872]", "* ROADBLOCKS [0872]",
    "* BLOCKADE [0872]", "* &MZTROOPS [0874]", "* MISSILES [087]", "* WEAPONS [087]", "* (FROM &MZTERRITORY) [0874]",
    "* (FROM POWER) [172]", "* (FROM OFFICE) [172]", "* (FROM LIST) [081]", "* (FROM {TERROR LIST}) [081]",
    "* (FROM BLACKLIST) [081]", "* IMMUNITY [172]", "* GOVERNOR [172]", "* MINISTER [---]", "* BODIES [---]",
    "* RUBBLE [---]", "* DEBRIS [---]", "* BARRICADES [---]", "* CAMP [175]", "* &MZPROTESTERS [175]",
])
B("TIGHTEN", None, ["TIGHTEN"], [
    "* &MZSANCTION [163]", "* EMBARGO [163]", "* SIEGE [191]", "* BLOCKADE [191]", "* SECURITY [151]",
    "* {SECURITY MEASURES} [151]", "* CONTROLS [172]", "* RESTRICTIONS [172]", "* CURFEW [1723]",
    "* (GRIP ON &MZTERRITORY) [192]", "* GRIP [---]", "* BORDER [191]", "* {BORDER CONTROLS} [191]",
    "* RULES [---]", "* {MONETARY POLICY} [---]", "* BELT [---]",
])
B("SLASH", None, ["SLASH"], [
    "* &MZECONAID [1621]", "* &MZMILAID [1622]", "* &MZHUMAID [1623]", "* &MZAID [162]", "* FUNDING [1621]",
    "* &MZTROOPS [0874]", "* TARIFFS [085]", "* RATES [---]", "* PRICES [---]", "* JOBS [---]",
    "* BUDGET [---]", "* SPENDING [---]", "* (TO DEATH) [1823]", "* THROAT [1823]",
])
B("SWAP", "0841", ["SWAP {SWAPS SWAPPED SWAPPING}"], [
    "* PRISONERS [0841]", "* &MZCAPTIVE [0841]", "* BODIES [0842]", "* ACCUSATIONS [111]", "* INSULTS [111]",
    "* BLAME [111]", "* THREATS [130]", "* INFORMATION [064]", "* FIRE [190]", "* &MZDIPREL [---]",
])
B("ROUND", None, ["ROUND", "+ROUND_UP [173]"], [
    "* (UP &MZPERSON) [173]", "* (UP SUSPECTS) [173]", "* (UP &MZPROTESTERS) [173]", "* (UP) [173]",
    "* (ON +) [111]",
])
B("ROUT", "190", ["ROUT"], ["* ELECTION [---]", "* (IN ELECTION) [---]", "* (AT POLLS) [---]", "* OPPONENT [---]"])
B("SILENCE", "1721", ["SILENCE"], ["* CRITICS [1721]", "* DISSENT [1721]", "* MEDIA [1721]", "* PRESS [1721]",
                                   "* JOURNALISTS [1721]", "* OPPOSITION [1721]", "* GUNS [0871]", "* CROWD [---]",
                                   "* DOUBTERS [---]"])
B("SKIRMISH", "190", ["SKIRMISH"], ["* (WITH +) [190]", "* &MZPROTESTERS [145]", "&MZPROTESTERS * [145]"])
B("REVIVE", None, ["REVIVE"], [
    "* &MZTALKS [046]", "* {PEACE PROCESS} [046]", "* MEDIATION [045]", "* &MZDIPREL [054]", "* &MZAGREEMENT [057]",
    "* CEASEFIRE [0871]", "* TRUCE [0871]", "* COOPERATION [060]", "* TRADE [061]", "* &MZAID [070]",
    "* ECONOMY [---]", "* GROWTH [---]", "* HOPES [013]", "* FEARS [012]", "* PLAN [---]", "* PLANS [---]",
])
B("RESCIND", "0832", ["RESCIND"], [
    "* &MZSANCTION [085]", "* BAN [081]", "* CURFEW [0813]", "* {STATE OF EMERGENCY} [0814]", "* INVITATION [125]",
    "* RECOGNITION [161]", "* &MZAGREEMENT [160]", "* {TRAVEL BAN} [081]", "* DECREE [0832]", "* ORDER [0832]",
])
B("WAIVE", "081", ["WAIVE"], ["* &MZSANCTION [085]", "* TARIFFS [085]", "* DEBT [071]", "* DEBTS [071]",
                              "* IMMUNITY [---]", "* FEES [---]", "* RIGHT [---]", "* REQUIREMENT [---]"])
B("OVERTURN", None, ["OVERTURN"], [
    "* CONVICTION [0841]", "* SENTENCE [0841]", "* {DEATH SENTENCE} [0841]", "* BAN [081]", "* VERDICT [---]",
    "* RULING [---]", "* DECISION [---]", "* ELECTION [---]", "* RESULTS [---]", "* CARS [145]", "* VEHICLES [145]",
])
B("RIG", None, ["RIG {RIGS RIGGED RIGGING}"], ["* ELECTION [---]", "* ELECTIONS [---]", "* VOTE [---]",
                                               "* &MZEXPLOSIVE [183]"])
B("SUBDUE", "175", ["SUBDUE"], ["* &MZPROTESTERS [175]", "* REBELS [190]", "* INSURGENTS [190]", "* MILITANTS [190]"])
B("TAUNT", "111", ["TAUNT", "+UPBRAID", "+SNEER"], [])
B("PENETRATE", "190", ["PENETRATE"], ["* MARKET [---]", "* MARKETS [---]", "* NETWORK [176]", "* NETWORKS [176]",
                                      "* SYSTEMS [176]", "* COMPUTERS [176]"])
B("MISTREAT", "1822", ["MISTREAT"], ["* &MZCAPTIVE [1822]", "* PRISONERS [1822]", "* DETAINEES [1822]",
                                      "* MIGRANTS [175]", "* REFUGEES [175]"])
B("VACATE", None, ["VACATE"], ["* &MZTERRITORY [0874]", "* POSITIONS [0874]", "* BASES [0874]", "* BASE [0874]",
                               "* EMBASSY [161]", "* PREMISES [---]", "* SEAT [---]", "* OFFICE [0831]",
                               "* POST [0831]", "* RULING [---]", "* VERDICT [---]", "* CONVICTION [---]"])
B("WIPE", None, ["WIPE", "+WIPE_OUT [190]"], ["* (OUT &MZCIVIL) [202]", "* (OUT VILLAGES) [202]",
                                                "* (OUT VILLAGE) [202]", "* (OUT) [190]", "* DEBT [071]", "* DEBTS [071]"])
B("SCALE", None, ["SCALE", "+SCALE_BACK [---]", "+SCALE_DOWN [---]", "+SCALE_UP [---]"], [
    "* (BACK &MZTROOPS) [0874]", "* (DOWN &MZTROOPS) [0874]", "* (BACK {MILITARY PRESENCE}) [0874]",
    "* (DOWN {MILITARY PRESENCE}) [0874]", "* (BACK OPERATIONS) [087]", "* (DOWN OPERATIONS) [087]",
    "* (BACK &MZAID) [162]", "* (DOWN &MZAID) [162]", "* (BACK &MZSANCTION) [085]", "* (BACK &MZDIPREL) [161]",
    "* (BACK EXERCISES) [087]", "* (DOWN EXERCISES) [087]", "* (UP &MZAID) [070]", "* (UP ATTACKS) [190]",
    "* (UP AIRSTRIKES) [195]", "* (UP OPERATIONS) [190]", "* (UP PRESENCE) [154]", "* (UP &MZTROOPS) [154]",
    "* (BACK PLANS) [---]", "* (WALLS) [---]",   
])
B("SHIELD", "074", ["SHIELD"], ["* &MZCIVIL [074]", "* (FROM &MZSANCTION) [052]", "* (FROM CRITICISM) [052]",
                                "* (FROM PROSECUTION) [052]", "* (FROM SCRUTINY) [052]", "* (FROM JUSTICE) [052]",
                                "* ECONOMY [---]", "* EYES [---]"])
B("PROP", None, ["PROP {PROPS PROPPED PROPPING}", "+PROP_UP {+PROPS_UP +PROPPED_UP +PROPPING_UP} [070]"], [
    "* (UP REGIME) [070]", "* (UP GOVERNMENT) [070]", "* (UP ECONOMY) [071]", "* (UP CURRENCY) [071]",
    "* (UP BANKS) [071]", "* (UP PRICES) [---]", "* (UP) [070]",
])
B("TOUR", "042:043", ["TOUR"], ["* (BY PHONE) [---]", "* FACILITY [---]", "* FACTORY [---]", "* SITE [---]",
                                "* REGION [---]", "* AREA [---]", "* DAMAGE [---]", "* CAMP [---]"])
B("TRADE", None, ["TRADE"], [
    "* FIRE (WITH +) [190]", "* FIRE [190]", "* GUNFIRE [193]", "* SHOTS [193]", "* BLOWS [182]", "* ACCUSATIONS [111]",
    "* BARBS [111]", "* INSULTS [111]", "* BLAME [111]", "* CHARGES [111]", "* THREATS [130]", "* PRISONERS [0841]",
    "* (WITH +) [061]", "* &MZDIPREL [---]", "* PLACES [---]", "* SHARES [---]", "* STOCKS [---]", "* (AT) [---]",
    "* (HIGHER) [---]", "* (LOWER) [---]", "* (DOWN) [---]", "* (UP) [---]", "* (FLAT) [---]",
])
B("STYMIE", None, ["STYMIE", "+SCUPPER"], [
    "* ATTACK [---]", "* ATTACKS [---]", "* PLOT [---]", "* &MZTALKS [125]", "* &MZAGREEMENT [127]", "* &MZSETTLE [127]",
    "* INVESTIGATION [128]", "* PROBE [128]", "* RESOLUTION [129]", "* &MZAID [1245]", "* ACCESS [1245]",
])
B("REIN", None, ["REIN"], ["* (IN &MZTROOPS) [087]", "* (IN MILITIAS) [087]", "* (IN &MZPOLICE) [082]",
                           "* (IN SPENDING) [---]", "* (IN INFLATION) [---]", "* (IN) [---]"])
B("SPARK", None, ["SPARK"], [])
B("UNVEIL", None, ["UNVEIL"], ["* {PEACE PLAN} [030]", "* PLAN [---]", "* PROPOSAL [030]", "* &MZAID [033]",
                               "* &MZSANCTION [163]", "* MISSILE [150]", "* WEAPON [150]", "* STATUE [---]"])
B("PREPARE", None, ["PREPARE"], [
    "* (FOR &MZTALKS) [036]", "* (FOR VISIT) [036]", "* (FOR WAR) [154]", "* (FOR ATTACK) [154]",
    "* (FOR OFFENSIVE) [154]", "* (FOR INVASION) [154]", "* OFFENSIVE [154]", "* ATTACK [154]", "* INVASION [154]",
    "* (FOR ELECTIONS) [---]", "* (FOR ELECTION) [---]", "* &MZSANCTION [1312]", "* REPORT [---]",
])
B("RELIEVE", None, ["RELIEVE"], ["* (OF DUTIES) [---]", "* (OF COMMAND) [---]", "* (OF POST) [---]", "* SIEGE [0872]",
                                  "* PRESSURE [---]", "* SUFFERING [073]", "* &MZTROOPS [---]", "* DEBT [071]"])
B("SECEDE", "1044", ["SECEDE"], [])
B("OVERSTEP", None, ["OVERSTEP {OVERSTEPS OVERSTEPPED OVERSTEPPING}"], [])
B("PROCEED", None, ["PROCEED"], ["* (WITH &MZTALKS) [046]", "* (WITH WITHDRAWAL) [0874]", "* (WITH EXECUTION) [173]",
                                 "* (WITH &MZSANCTION) [163]", "* (WITH ATTACK) [190]", "* (WITH STRIKE) [143]",
                                 "* (WITH PROTEST) [141]", "* (WITH TRIAL) [173]", "* (WITH ELECTION) [---]",
                                 "* (WITH) [---]"])

# ---------------------------------------------------------------- third pass (verbs found missing in measurement)
B("PUSH", None, ["PUSH", "+PUSH_FOR [100]", "+PUSH_BACK [---]", "+PUSH_AHEAD [---]", "+PUSH_THROUGH [---]"], [
    "* (BACK &MZTROOPS) [190]", "* (INTO &MZTERRITORY) [190]", "* (DEEPER INTO) [190]", "* (TOWARD &MZTERRITORY) [190]",
    "* (TOWARDS &MZTERRITORY) [190]",    
    "* (FORWARD &MZCOOP) [030]", "* (FORWARD &MZECONCOOP) [0311]", "* (FORWARD &MZMILCOOP) [0312]",
    "* (FORWARD &MZTALKS) [036]", "* (FORWARD &MZSETTLE) [037]", 
    "* (FOR &MZRELEASE) [1053]", "* (FOR &MZSANCTION) [100]", "* (FOR +) [100]",
] + content("10"))
B("PROMOTE", None, ["PROMOTE"], [
    "* &MZSETTLE [037]", "* &MZTALKS [036]", "* &MZMILCOOP [0312]", "* &MZECONCOOP [0311]", "* &MZCOOP [030]",
    "* &MZDIPREL [030]", "* {HUMAN RIGHTS} [---]", "* DEMOCRACY [---]", "* (TO GENERAL) [---]", "* (TO RANK) [---]",
    "* PRODUCTS [---]", "* TOURISM [---]", "* INVESTMENT [---]", "* GROWTH [---]",
])
B("STATE", None, ["STATE"], ["* SUPPORT [051]", "* OPPOSITION [110]", "* READINESS [030]", "* WILLINGNESS [030]"])
B("SUGGEST", "010", ["SUGGEST"], content("02"))
B("REFUTE", "016", ["REFUTE", "+REBUT {+REBUTS +REBUTTED +REBUTTING}"], [
    "* ALLEGATIONS [016]", "* CHARGES [016]", "* ACCUSATIONS [016]", "* CLAIMS [016]", "* REPORTS [016]",
])
B("PERPETRATE", "180", ["PERPETRATE"], attack("180") + ["* ATROCITIES [180]", "* &MZWARCRIME [180]",
                                                        "* &MZHRABUSE [175]", "* VIOLENCE [180]", "* FRAUD [---]"])
B("UNDERTAKE", None, ["UNDERTAKE {UNDERTOOK UNDERTAKEN UNDERTAKES UNDERTAKING}"], [
    "* {JOINT EXERCISES} [062]", "* {JOINT MILITARY EXERCISES} [062]", "* {JOINT DRILLS} [062]",
    "* {JOINT PATROLS} [062]", "* REFORMS [034]", "* REFORM [034]", "* &MZTALKS [046]", "* VISIT [042:043]",
    "* MISSION [---]",
    "* {PEACEKEEPING MISSION} [074]", "* EXERCISES [150]", "* {MILITARY EXERCISES} [150]", "* INVESTIGATION [090]",
    "* REVIEW [090]", "* STUDY [---]", "* PROJECT [---]", "* (TO) [030]",
] + attack("190"))
B("SAVE", None, ["SAVE"], ["* LIVES [073]", "* &MZCIVIL [073]", "* REFUGEES [073]", "* MIGRANTS [073]",
                           "* &MZCAPTIVE [073]", "* ECONOMY [---]", "* MONEY [---]", "* FACE [---]", "* DEAL [---]",
                           "* &MZAGREEMENT [---]", "* &MZTALKS [---]"])
B("REVIEW", None, ["REVIEW"], ["* CASE [090]", "* CASES [090]", "* ALLEGATIONS [090]", "* EVIDENCE [090]",
                               "* DEATH [091]", "* KILLING [091]", "* &MZSANCTION [014]", "* POLICY [014]",
                               "* TIES [014]", "* RELATIONS [014]", "* &MZAID [014]", "* &MZAGREEMENT [014]",
                               "* DECISION [014]", "* SECURITY [---]", "* BUDGET [---]", "* TROOPS [---]"])
B("REPEAL", "0832", ["REPEAL"], ["* &MZSANCTION [085]", "* BAN [081]", "* {STATE OF EMERGENCY} [0814]",
                                 "* {MARTIAL LAW} [0814]", "* CURFEW [0813]", "* &MZAGREEMENT [160]"])
B("SIGNAL", "010", ["SIGNAL {SIGNALS SIGNALED SIGNALLED SIGNALING SIGNALLING}"], [
    "* READINESS [030]", "* WILLINGNESS [030]", "* SUPPORT [051]", "* OPPOSITION [110]", "* (THAT) [010]",
] + content("03"))
B("TRANSPORT", None, ["TRANSPORT"], ["* &MZHUMAID [073]", "* &MZMILAID [072]", "* WEAPONS [072]",
                                     "* &MZTROOPS [154]", "* &MZAID [070]", "* (TO HOSPITAL) [---]"])
B("STALL", None, ["STALL"], [])

# ---------------------------------------------------------------- fourth pass (frequent news verbs)
B("SUSPECT", "112", ["SUSPECT"], [
    "* (OF &MZCRIME) [1121]", "* (OF CORRUPTION) [1121]", "* (OF &MZTREASON) [1125]", "* (OF SPYING) [1125]",
    "* (OF &MZWARCRIME) [1124]", "* (OF &MZHRABUSE) [1122]", "* (OF &MZAGGRESS) [1123]", "* (THAT) [112]",
])
B("PRESENT", None, ["PRESENT"], [
    "* CREDENTIALS [054]", "* {PEACE PLAN} [037]", "* PLAN [030]", "* PROPOSAL [030]", "* PROPOSALS [030]",
    "* INITIATIVE [030]", "* DEMANDS [100]", "* {LIST OF DEMANDS} [100]", "* ULTIMATUM [139]",
    "* EVIDENCE [---]", "* AWARD [---]", "* BUDGET [---]", "* REPORT [---]", "* FINDINGS [---]",
])
B("ORGANIZE", None, ["ORGANIZE", "ORGANISE"], [
    "* &MZPROTESTW [141]", "* PROTEST [141]", "* RALLY [141]", "* MARCH [141]", "* DEMONSTRATION [141]",
    "* STRIKE [143]", "* BOYCOTT [143]", "* {HUNGER STRIKE} [142]", "* SIT-IN [141]", "* EXERCISES [150]",
    "* {JOINT EXERCISES} [062]", "* &MZTALKS [043]", "* CONFERENCE [043]", "* SUMMIT [043]", "* ELECTION [---]",
    "* ELECTIONS [---]", "* REFERENDUM [---]",
])
B("SCHEDULE", None, ["SCHEDULE"], ["* &MZTALKS [036]", "* VISIT [036]", "* TRIP [036]", "* CALL [036]",
                                   "* VOTE [---]", "* ELECTION [---]", "* ELECTIONS [---]"])
B("PURCHASE", None, ["PURCHASE"], [
    "* &MZMILAID (FROM +) [062]", "* WEAPONS (FROM +) [062]", "* JETS (FROM +) [062]", "* MISSILES (FROM +) [062]",
    "* (FROM +) [061]", "* GAS (FROM +) [061]", "* OIL (FROM +) [061]", "* &MZMILAID [062]", "* WEAPONS [062]",
])
B("POST", None, ["POST"], ["* &MZTROOPS (TO +) [154]", "* &MZTROOPS (ALONG BORDER) [154]", "* &MZTROOPS [154]",
                           "* &MZPOLICE [153]", "* GUARDS [153]", "* VIDEO [---]", "* MESSAGE [---]",
                           "* BAIL [---]", "* LOSS [---]", "* PROFIT [---]", "* GROWTH [---]"])
B("REMARK", "010", ["REMARK"], [])
B("REPLY", "010", ["REPLY {REPLIES REPLIED REPLYING}"], [])
B("OBSERVE", None, ["OBSERVE"], [
    "* CEASEFIRE [0871]", "* TRUCE [0871]", "* {CEASE-FIRE} [0871]", "* {MOMENT OF SILENCE} [018]",
    "* {MINUTE OF SILENCE} [018]", "* {DAY OF MOURNING} [018]", "* ELECTION [---]", "* ELECTIONS [---]",
    "* &MZSANCTION [083]", "* EMBARGO [083]", "* RESOLUTION [083]", "* ANNIVERSARY [017]",
])
B("SPONSOR", None, ["SPONSOR"], [
    "* &MZTALKS [045]", "* {PEACE PROCESS} [045]", "* &MZSETTLE [045]", "* TERRORISM [070]", "* TERRORISTS [070]",
    "* MILITANTS [070]", "* REBELS [070]", "* RESOLUTION [---]", "* BILL [---]", "* EVENT [---]",
])
B("RAISE", None, ["RAISE"], [
    "* {ALERT LEVEL} [152]", "* {ALERT STATUS} [152]", "* {THREAT LEVEL} [151]", "* {SECURITY LEVEL} [151]",
    "* ALERT [152]", "* CONCERN [012]", "* CONCERNS [012]", "* FEARS [012]", "* DOUBTS [012]", "* QUESTIONS [012]",
    "* OBJECTIONS [110]", "* OBJECTION [110]", "* ALARM [012]", "* TARIFFS [163]", "* DUTIES [163]",
    "* FLAG (OVER &MZTERRITORY) [017]", "* FLAG [017]", "* ISSUE (WITH +) [040]", "* ISSUE [010]",
    "* MATTER [010]", "* CASE [010]", "* PROTEST [114]", "* HOPES [013]", "* STAKES [---]", "* MONEY [---]",
    "* FUNDS [---]", "* PRICES [---]", "* RATES [---]", "* TAXES [---]", "* TENSIONS [---]", "* TOLL [---]",
    "* AWARENESS [---]", "* CHILDREN [---]", "* (TO GROUND) [1712]",
])
B("WORK", None, ["WORK"], [
    "* (WITH +) (TO RESOLVE) [037]", "* (WITH +) (ON &MZSETTLE) [037]", "* (TOWARD &MZSETTLE) [037]",
    "* (TOWARDS &MZSETTLE) [037]", "* (CLOSELY WITH +) [060]", "* TOGETHER [060]", "* (WITH +) [060]",
    "* (FOR +) [---]", "* (ON) [---]",
])
B("SHOW", None, ["SHOW"], [
    "* SUPPORT (FOR +) [051]", "* SUPPORT [051]", "* SOLIDARITY [051]", "* RESTRAINT [087]",
    "* FLEXIBILITY [080]", "* WILLINGNESS [030]", "* READINESS [030]", "* {GOOD WILL} [030]", "* GOODWILL [030]",
    "* RESPECT [051]", "* (OF FORCE) [150]", "* FORCE [150]", "* STRENGTH [150]", "* MUSCLE [150]",
    "* CONTEMPT [111]", "* DISREGARD [128]",
])
B("PASS", None, ["PASS"], [
    "* (ON MESSAGE) [010]", "* MESSAGE (TO +) [010]", "* INFORMATION (TO +) [064]", "* INTELLIGENCE (TO +) [064]",
    "* SECRETS (TO +) [---]", "* RESOLUTION [---]", "* LAW [---]", "* BILL [---]", "* SENTENCE [173]",
    "* {DEATH SENTENCE} [173]", "* VERDICT [116]", "* JUDGMENT [116]", "* JUDGEMENT [116]",
])

# ---------------------------------------------------------------- fifth pass (coercion and force vocabulary)
B("SANCTION", "163", ["SANCTION"], [
    "* (FOR &MZHRABUSE) [163]", "* (OVER &MZHRABUSE) [163]", "* OFFICIALS [163]", "* COMPANIES [163]",
    "* ENTITIES [163]", "* INDIVIDUALS [163]", "* BANKS [163]", "* (UNDER LAW) [163]",
])
B("TORPEDO", None, ["TORPEDO {TORPEDOES TORPEDOED TORPEDOING}"], [
    "* &MZTALKS [125]", "* &MZAGREEMENT [127]", "* &MZSETTLE [127]", "* {PEACE PROCESS} [127]", "* PLAN [120]",
    "* PROPOSAL [120]", "* SHIP [190]", "* VESSEL [190]", "* WARSHIP [190]", "* SUBMARINE [190]", "* TANKER [190]",
])
B("STRAFE", "195", ["STRAFE"], ["* &MZCIVIL [195]", "* CONVOY [195]", "* POSITIONS [195]"])
B("SNATCH", "181", ["SNATCH"], ["* VICTORY [---]", "* WIN [---]", "* BAGS [171]", "* PHONES [171]", "* PURSE [171]"])
B("SNIPE", "193", ["SNIPE"], ["* (AT +) [111]", "* CRITICS [111]"])
B("MUZZLE", "1721", ["MUZZLE"], ["* MEDIA [1721]", "* PRESS [1721]", "* CRITICS [1721]", "* OPPOSITION [1721]",
                                 "* JOURNALISTS [1721]", "* DISSENT [1721]"])
B("TERRORIZE", "180", ["TERRORIZE", "TERRORISE"], ["* &MZCIVIL [180]", "* &MZPROTESTERS [175]", "* VILLAGERS [180]",
                                                   "* RESIDENTS [180]", "* POPULATION [180]"])
B("WHIP", "182", ["WHIP {WHIPS WHIPPED WHIPPING}", "+WHIP_UP [---]"], [
    "* (UP SUPPORT) [053]", "* (UP OPPOSITION) [113]", "* (UP TENSIONS) [---]", "* (UP FEAR) [---]",
    "* (UP) [---]", "* VOTES [---]", "* VOTE [---]", "* &MZPROTESTERS [175]", "* PRISONERS [1822]",
])
B("WATERBOARD", "1822", ["WATERBOARD"], [])
B("RANSACK", "171", ["RANSACK"], ["&MZPROTESTERS * [145]", "* EMBASSY [145]", "* OFFICES [171]", "* SHOPS [145]"])
B("MUTILATE", "182", ["MUTILATE", "+MAIM"], ["* BODIES [1712]", "* CORPSES [1712]"])
B("SINK", None, ["SINK {SANK SUNK SINKS SINKING}"], [
    "* SHIP [190]", "* VESSEL [190]", "* WARSHIP [190]", "* BOAT [190]", "* BOATS [190]", "* SUBMARINE [190]",
    "* FRIGATE [190]", "* TANKER [190]", "* &MZTALKS [125]", "* &MZAGREEMENT [127]", "* DEAL [127]",
    "* HOPES [012]", "* PLAN [120]", "* BILL [---]", "* (INTO) [---]", "* (TO) [---]",
])
B("SWOOP", None, ["SWOOP", "+SWOOP_IN [173]"], [
    "* (ON &MZPERSON) [173]", "* (ON SUSPECTS) [173]", "* (ON HIDEOUT) [173]", "* (ON HOMES) [173]",
    "* (ON &MZPROTESTERS) [175]", "* (DOWN) [---]",
])
B("NUKE", "2042", ["NUKE"], [])
B("ROCKET", None, ["ROCKET"], ["* (TO) [---]", "* PRICES [---]", "&MZTROOPS * [194]", "REBELS * [194]",
                               "MILITANTS * [194]", "* &MZTERRITORY [194]", "* POSITIONS [194]", "* BASE [194]"])
B("SMEAR", "111", ["SMEAR", "+SLANDER", "+MALIGN"], ["* (WITH) [---]", "* PAINT [145]", "* GRAFFITI [145]"])
B("SHELVE", None, ["SHELVE"], [
    "* &MZTALKS [164]", "* VISIT [164]", "* TRIP [164]", "* &MZAGREEMENT [160]", "* &MZSANCTION [085]",
    "* {NUCLEAR PROGRAM} [087]", "* {NUCLEAR PROGRAMME} [087]", "* PLAN [---]", "* PLANS [---]", "* PROJECT [---]",
    "* BILL [---]", "* LAW [---]", "* REFORM [---]",
])
B("STONEWALL", "128", ["STONEWALL"], ["* INVESTIGATION [128]", "* PROBE [128]", "* INQUIRY [128]",
                                      "* INSPECTORS [1245]", "* &MZTALKS [125]", "* DEMANDS [124]", "* REQUESTS [120]"])
B("PARADE", "150", ["PARADE"], ["* &MZTROOPS [150]", "* MISSILES [150]", "* TANKS [150]", "* WEAPONS [150]",
                                "* PRISONERS [1822]", "* CAPTIVES [1822]", "* (THROUGH) [---]", "* (DOWN) [---]"])
B("MANEUVER", None, ["MANEUVER", "MANOEUVRE"], ["&MZTROOPS * [150]", "WARSHIPS * [150]", "* &MZTROOPS [154]",
                                                "* (NEAR +) [150]", "* (CLOSE TO +) [150]"])
B("MASS", None, ["MASS"], ["* &MZTROOPS (ON BORDER) [154]", "* &MZTROOPS (NEAR +) [154]", "* &MZTROOPS (ALONG +) [154]",
                           "* &MZTROOPS (AT +) [154]", "* &MZTROOPS [154]", "* TANKS [154]", "* FORCES [154]",
                           "* &MZPROTESTERS [141]", "* SUPPORTERS [141]", "&MZPROTESTERS * [141]",
                           "&MZTROOPS * [154]"])
B("REARM", "154", ["REARM", "+REMILITARIZE", "+REMILITARISE"], ["* REBELS [072]", "* MILITIAS [072]",
                                                                 "* (WITH +) [072]"])
B("MINE", None, ["MINE"], ["* HARBOR [190]", "* HARBOUR [190]", "* PORT [190]", "* WATERS [190]", "* ROADS [190]",
                           "* BORDER [190]", "* FIELDS [190]", "* STRAIT [191]", "* COAL [---]", "* GOLD [---]",
                           "* BITCOIN [---]", "* DATA [---]"])
