#!/usr/bin/env python3
"""Writes dictionaries/agents.tern from the hand-written phrase tables below.

    python3 dictionaries/src/agents.py

SPEC: (code, phrases) pairs; phrases are comma-separated, `a|b` gives the plural b explicitly, a trailing `!` means
no plural; otherwise the head noun is pluralized (the word before `of`, else the last word; man -> men, y -> ies,
s/x/z/ch/sh -> es). REMOVE drops phrases on purpose (adjective-ambiguous words, or moved to another code), EXTRA adds
them. A phrase that countries.tern, people.tern or organizations.tern already defines as an actor is left out (the
actor would win anyway), so run this after those files change. Standard library only.
"""
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))

# code -> phrases. "a|b" = explicit plural b; trailing "!" = no plural.
SPEC = [
("~GOV", "government, administration!, cabinet, regime, authorities!, authority, official, government official, senior official, state official, "
 "top official, high-ranking official, officialdom!, president, vice president, vice-president, acting president, interim president, president-elect, "
 "prime minister, deputy prime minister, deputy pm, deputy premier, first deputy premier, first deputy prime minister, vice premier, premier, acting prime minister, interim prime minister, "
 "caretaker prime minister, prime minister-designate, chancellor, vice chancellor, head of state|heads of state, head of government|heads of government, "
 "head of the government|heads of the government, leader, leadership!, ruler, strongman|strongmen, monarch, king, queen, crown prince, prince, emir, sultan, sheikh, "
 "royal family|royal families, minister, ministers!, cabinet minister, junior minister, minister of state|ministers of state, state secretary|state secretaries, "
 "deputy minister, vice minister, ministry|ministries, government ministry|government ministries, foreign minister, foreign secretary, "
 "minister of foreign affairs|ministers of foreign affairs, foreign affairs minister, external affairs minister, secretary of state|secretaries of state, "
 "foreign ministry|foreign ministries, ministry of foreign affairs|ministries of foreign affairs, state department, foreign office, deputy foreign minister, "
 "vice foreign minister, interior minister, minister of the interior|ministers of the interior, interior ministry|interior ministries, home minister, "
 "home secretary, home office, minister of internal affairs|ministers of internal affairs, internal affairs minister, homeland security secretary, "
 "finance minister, minister of finance|ministers of finance, finance ministry|finance ministries, treasury secretary|treasury secretaries, "
 "secretary of the treasury|secretaries of the treasury, chancellor of the exchequer|chancellors of the exchequer, economy minister, economic minister, "
 "minister of economy|ministers of economy, economy ministry|economy ministries, trade minister, commerce minister, commerce secretary, trade representative, "
 "energy minister, oil minister, petroleum minister, industry minister, transport minister, information minister, communications minister, "
 "justice minister, minister of justice|ministers of justice, justice ministry|justice ministries, justice department, "
 "immigration minister, culture minister, tourism minister, sports minister, housing minister, planning minister, "
 "nuclear negotiator, chief negotiator, government negotiator, negotiator, mediator, peace envoy, special envoy, envoy, "
 "diplomat, senior diplomat, top diplomat, ambassador, deputy ambassador, consul, consul general|consuls general, chargé d'affaires!, "
 "embassy|embassies, consulate, delegation, government delegation, diplomatic mission, "
 "spokesman|spokesmen, spokeswoman|spokeswomen, spokesperson, government spokesman|government spokesmen, presidential spokesman|presidential spokesmen, "
 "foreign ministry spokesman|foreign ministry spokesmen, foreign ministry spokeswoman|foreign ministry spokeswomen, press secretary|press secretaries, "
 "governor, provincial governor, state governor, regional governor, deputy governor, lieutenant governor, mayor, deputy mayor, city council, "
 "municipal council, municipality|municipalities, local authorities!, local government, provincial government, regional government, state government, "
 "federal government, central government, national government, interim government, transitional government, caretaker government, coalition government, "
 "unity government, ruling party|ruling parties, ruling coalition, governing coalition, presidency|presidencies, presidential palace, kremlin!, "
 "national security adviser, national security advisor, security adviser, adviser, advisor, presidential adviser, presidential aide, aide, "
 "chief of staff|chiefs of staff, secretary general|secretaries general, secretary-general|secretaries-general, "
 "head of the presidential administration|heads of the presidential administration, security council secretary|security council secretaries, "
 "national security council, council of ministers|councils of ministers, "
 "customs officials!, customs service, tax authorities!, central bank, central bank governor, regulator, election commission, electoral commission, "
 "official news agency|official news agencies, bureaucrat, civil servant, public servant, technocrat"),
("~GOVMIL", "defense minister, defence minister, minister of defense|ministers of defense, minister of defence|ministers of defence, "
 "defense secretary|defense secretaries, defence secretary|defence secretaries, secretary of defense|secretaries of defense, "
 "secretary of defence|secretaries of defence, defense ministry|defense ministries, defence ministry|defence ministries, "
 "ministry of defense|ministries of defense, ministry of defence|ministries of defence, defense department, defence department, "
 "department of defense, deputy defense minister, deputy defence minister, defense chief, defence chief, war minister, war ministry|war ministries, "
 "secretary of war|secretaries of war, minister of war|ministers of war, defense official, defence official, defense ministry spokesman|defense ministry spokesmen, "
 "defence ministry spokesman|defence ministry spokesmen, military junta, junta"),
("~GOVHLH", "health minister, minister of health|ministers of health, health ministry|health ministries, ministry of health|ministries of health, "
 "health secretary|health secretaries, health official, health authorities!"),
("~GOVEDU", "education minister, minister of education|ministers of education, education ministry|education ministries, ministry of education|ministries of education, education secretary|education secretaries"),
("~GOVAGR", "agriculture minister, minister of agriculture|ministers of agriculture, agriculture ministry|agriculture ministries, farm minister, agriculture secretary|agriculture secretaries"),
("~GOVENV", "environment minister, minister of environment|ministers of environment, environment ministry|environment ministries, environmental protection agency|environmental protection agencies"),
("~GOVLAB", "labor minister, labour minister, minister of labor|ministers of labor, minister of labour|ministers of labour, labor ministry|labor ministries, labour ministry|labour ministries"),
("~GOVCOP", "police minister, public security minister, minister of public security|ministers of public security, public security ministry|public security ministries, "
 "national security minister, interior ministry troops!, home guard"),
("~GOVMED", "state media!, state television, state tv!, state-run television, state-run media!, state broadcaster, state news agency|state news agencies, "
 "state-run news agency|state-run news agencies, official media!, state newspaper, government newspaper, information ministry|information ministries"),
("~GOVREF", "refugee agency|refugee agencies, migration ministry|migration ministries, migration minister"),
("~MIL", "military!, militaries!, army|armies, armed forces!, military forces!, army troops!, troops!, troop, soldier, soldiery!, serviceman|servicemen, "
 "servicewoman|servicewomen, service member, servicemember, forces!, government forces!, government troops!, regime forces!, loyalist forces!, "
 "security forces!, defense forces!, defence forces!, ground forces!, special forces!, commando, paratrooper, marine, infantry!, infantryman|infantrymen, "
 "navy|navies, naval forces!, naval officer, sailor, air force, air forces!, warplane, fighter jet, fighter plane, bomber, helicopter gunship, "
 "military aircraft!, drone strike, artillery!, tank, armored vehicle, armoured vehicle, warship, submarine, gunboat, coast guard, border guard, "
 "border troops!, national guard, republican guard, presidential guard, revolutionary guards!, military officer, officer, army officer, general, "
 "army general, major general, lieutenant general, brigadier general, colonel, lieutenant colonel, major, captain, lieutenant, sergeant, admiral, vice admiral, "
 "rear admiral, commander, military commander, army commander, field commander, army chief, military chief, chief of army staff|chiefs of army staff, "
 "chief of the army staff|chiefs of the army staff, chief of general staff|chiefs of general staff, chief of the general staff|chiefs of the general staff, "
 "chief of defence staff|chiefs of defence staff, chief of the defence staff|chiefs of the defence staff, chief of defense staff|chiefs of defense staff, "
 "joint chiefs of staff!, general staff|general staffs, high command, military command, military spokesman|military spokesmen, army spokesman|army spokesmen, "
 "military official, military leader, military leadership!, military personnel!, reservist, conscript, recruit, cadet, garrison, battalion, brigade, "
 "regiment, division, platoon, unit, military unit, peacekeeper, peacekeeping force, peacekeeping troops!, military observer, military adviser, military advisor, "
 "military intelligence!, sniper, gunner, pilot, fighter pilot, military police!"),
("~COP", "police!, policeman|policemen, policewoman|policewomen, police officer, police official, police chief, chief of police|chiefs of police, "
 "police commissioner, police commander, police spokesman|police spokesmen, police force, police forces!, police unit, riot police!, "
 "anti-riot police!, traffic police!, border police!, federal police!, national police!, secret police!, state police!, paramilitary police!, "
 "gendarme, gendarmerie, officer of the law|officers of the law, constable, detective, investigator, police investigator, criminal investigator, "
 "sheriff, deputy sheriff, law enforcement!, law enforcement officer, law enforcement official, law enforcement agency|law enforcement agencies, "
 "counterterrorism police!, anti-terrorism police!, anti-terror police!, special police!, interior ministry forces!, security guard, guard, bodyguard, "
 "prison guard, jailer, warden, prison official, prison authorities!, customs officer, immigration officer, border agent, coast guard officer"),
("~SPY", "intelligence service, intelligence services!, intelligence agency|intelligence agencies, intelligence officer, intelligence official, "
 "intelligence chief, intelligence agent, spy agency|spy agencies, spy chief, spy, secret service, secret services!, security service, "
 "security services!, state security!, counterintelligence!, counter-intelligence!, intelligence community|intelligence communities, "
 "intelligence directorate, director of national intelligence|directors of national intelligence, secret agent, undercover agent, informant, informer"),
("~JUD", "court, judiciary|judiciaries, judge, justice, chief justice, supreme court, constitutional court, high court, appeals court, appeal court, "
 "court of appeals|courts of appeals, federal court, district court, military court, military tribunal, tribunal, special tribunal, magistrate, "
 "prosecutor, public prosecutor, chief prosecutor, state prosecutor, special prosecutor, prosecutor general|prosecutors general, "
 "prosecutor-general|prosecutors-general, prosecutor's office|prosecutor's offices, prosecution!, prosecution service, attorney general|attorneys general, "
 "attorney-general|attorneys-general, solicitor general|solicitors general, juror, jury|juries, grand jury|grand juries, lawyer, attorney, defense lawyer, "
 "defence lawyer, defense attorney, barrister, solicitor, legal counsel, bar association, judicial council, judicial authorities!, investigating judge, coroner"),
("~LEG", "parliament, parliaments!, legislature, legislator, lawmaker, law-maker, legislative assembly|legislative assemblies, national assembly|national assemblies, "
 "parliamentarian, member of parliament|members of parliament, mp, mps!, m.p., deputy speaker, speaker of parliament|speakers of parliament, "
 "parliament speaker, speaker of the house|speakers of the house, house speaker, speaker of the parliament|speakers of the parliament, "
 "congress!, congressman|congressmen, congresswoman|congresswomen, congressional leader, congressional committee, senate, senator, senate committee, "
 "upper house, lower house, house of representatives|houses of representatives, house of commons!, house of lords!, chamber of deputies|chambers of deputies, "
 "duma!, state duma!, federation council, knesset!, bundestag!, majlis!, parliamentary committee, parliamentary delegation, parliamentary commission, "
 "parliamentary speaker, legislative council, senate majority leader, minority leader, majority leader, whip, parliamentary group, parliamentary majority"),
("~OPP", "opposition, opposition party|opposition parties, opposition leader, opposition figure, opposition politician, opposition group, "
 "opposition activist, opposition supporter, opposition coalition, opposition lawmaker, opposition member, opposition movement, opposition candidate, "
 "dissident, activist, political activist, anti-government activist, pro-democracy activist, democracy activist, campaigner, protester, protestor, "
 "demonstrator, anti-government protester, anti-government demonstrator, marcher, rioter, protest movement, protest leader, protest group, "
 "crowd, mob, exile, exiled leader, exiled opposition!, defector, critic, government critic, regime critic, political prisoner, detained activist, "
 "boycotter, striker, hunger striker, pro-democracy movement, reformer, reformist, anti-war activist, youth activist, student activist, "
 "opposition alliance, opposition bloc, opposition newspaper"),
("~REB", "rebel, rebel group, rebel force, rebel forces!, rebel fighter, rebel leader, rebel commander, rebel movement, rebel army, rebel militia, "
 "rebel soldier, rebel spokesman|rebel spokesmen, armed rebel, armed group, armed faction, armed movement, armed opposition!, militant, militant group, "
 "militant leader, militant commander, armed militant, guerrilla, guerilla, guerrilla group, guerrilla fighter, guerrilla leader, fighter, "
 "combatant, terrorist, terrorist group, terrorist cell, terrorist organization, terrorist organisation, terror group, terror cell, jihadist, jihadi, "
 "jihadist group, jihadist fighter, suicide bomber, bomber, car bomber, extremist, extremist group, islamist militant, islamist fighter, "
 "islamist group, armed islamist, radical, radical group, hardliner, mujahideen!, mujahedeen!, mujahid, warlord, kidnapper, hostage-taker, "
 "hijacker, attacker, assailant, gunman|gunmen, armed men!, masked men!, masked gunman|masked gunmen"),
("~INS", "insurgent, insurgency|insurgencies, insurgent group, insurgent force, insurgent forces!, insurgent leader, insurgent fighter, "
 "anti-government forces!, anti-government rebel, anti-government fighter, coup plotter, putschist, mutineer, mutinous soldier, "
 "revolutionary, revolutionaries!, resistance fighter, resistance movement, resistance group, underground movement"),
("~SEP", "separatist, separatist rebel, separatist group, separatist leader, separatist movement, separatist fighter, secessionist, "
 "independence movement, pro-independence group, breakaway region, breakaway republic, separatist authorities!, separatist forces!"),
("~UAF", "militia|militias, militiaman|militiamen, militia member, militia group, militia leader, militia commander, militia fighter, paramilitary, "
 "paramilitary group, paramilitary force, paramilitary forces!, paramilitaries!, armed civilians!, vigilante, vigilante group, self-defense group, "
 "self-defence group, self-defense force, self-defence force, self-defense forces!, self-defence forces!, tribal militia, tribal fighter, clan militia, "
 "death squad, mercenary|mercenaries, private military contractor, private military company|private military companies, security contractor, "
 "armed volunteer, volunteer fighter, foreign fighter, irregular forces!, irregulars!, pro-government militia, pro-government fighter"),
("~CRM", "criminal, criminal gang, criminal group, criminal network, criminal organization, criminal organisation, gang, gang member, gangster, "
 "drug trafficker, drug cartel, cartel, cartel member, drug lord, drug baron, drug dealer, drug smuggler, narco, narcotrafficker, smuggler, "
 "human trafficker, people smuggler, trafficker, arms dealer, arms smuggler, pirate, piracy!, robber, armed robber, bandit, thief|thieves, burglar, "
 "looter, poacher, mafia|mafias, mafioso|mafiosi, organized crime!, organised crime!, crime syndicate, crime boss|crime bosses, hitman|hitmen, "
 "killer, murderer, suspect, crime suspect, fugitive, escaped prisoner, convict, inmate, prisoner, detainee, hacker, cybercriminal, fraudster, "
 "counterfeiter, kidnap gang, extortionist, carjacker, arsonist"),
("~BUS", "business, businessman|businessmen, businesswoman|businesswomen, businessperson|businesspeople, business leader, business executive, executive, "
 "chief executive, chief executive officer, ceo, chairman|chairmen, company, firm, corporation, enterprise, state-owned company|state-owned companies, "
 "state-owned enterprise, state enterprise, private company|private companies, investor, foreign investor, entrepreneur, industrialist, tycoon, "
 "oligarch, magnate, banker, bank, trader, merchant, shopkeeper, retailer, manufacturer, exporter, importer, contractor, employer, employers' association|employers' associations, "
 "chamber of commerce|chambers of commerce, business community|business communities, business group, industry group, industry association, "
 "stock exchange, shareholder, stakeholder, supplier, operator, oil company|oil companies, energy company|energy companies, airline, shipping company|shipping companies, "
 "defense contractor, defence contractor, arms maker, arms manufacturer, construction company|construction companies, mining company|mining companies, "
 "economist, analyst, market analyst, fund manager, financier, lender, creditor, bondholder"),
("~MED", "media!, news media!, journalist, reporter, correspondent, foreign correspondent, editor, editor-in-chief|editors-in-chief, newspaper, "
 "daily newspaper, daily, weekly, magazine, news agency|news agencies, news outlet, media outlet, broadcaster, television, tv station, television station, "
 "tv channel, television channel, radio!, radio station, news website, website, blogger, columnist, commentator, photographer, photojournalist, "
 "cameraman|cameramen, press!, press agency|press agencies, media group, publisher, anchor, news anchor, presenter, press freedom group, "
 "independent media!, independent newspaper, tabloid, wire service, online newspaper, editorial board"),
("~EDU", "student, university student, college student, schoolchild|schoolchildren, schoolboy, schoolgirl, pupil, teacher, schoolteacher, professor, "
 "lecturer, academic, scholar, researcher, scientist, university|universities, college, school, academy|academies, institute, research institute, "
 "think tank, think-tank, educator, principal, headmaster, head teacher, school official, university official, dean, rector, student union, "
 "student group, student leader, student movement, faculty!, alumni!, intellectual, historian, expert"),
("~CVL", "civilian, civilians!, resident, local resident, inhabitant, villager, townspeople!, townsman|townsmen, local, locals!, citizen, "
 "ordinary citizen, people!, population|populations, public!, general public!, residents!, passer-by|passers-by, passerby|passersby, bystander, "
 "pedestrian, motorist, driver, passenger, commuter, shopper, worshipper, pilgrim, tourist, visitor, traveller, traveler, family|families, "
 "relative, child|children, kid, boy, girl, woman|women, man|men, teenager, youth!, youngster, baby|babies, infant, elder, elderly!, pensioner, "
 "retiree, widow, mother, father, parent, son, daughter, victim, civilian victim, survivor, witness, eyewitness, onlooker, voter, electorate, "
 "taxpayer, consumer, homeowner, tenant, landowner, neighbor, neighbour, fan, supporter, spectator, crowd of people|crowds of people, "
 "minority|minorities, ethnic minority|ethnic minorities, community|communities, tribe, tribesman|tribesmen, clan, tribal leader, tribal elder, "
 "community leader, local leader, village elder, elder statesman|elder statesmen, hostage, captive, abductee, kidnap victim, migrant, immigrant, "
 "emigrant, undocumented migrant, illegal immigrant, asylum applicant, expatriate, expat, foreigner, foreign national, national, settler"),
("~REF", "refugee, refugees!, asylum seeker, asylum-seeker, displaced person|displaced persons, internally displaced person|internally displaced persons, "
 "displaced people!, internally displaced people!, idp, idps!, evacuee, returnee, refugee camp, displacement camp, stateless person|stateless people, "
 "war refugee, boat people!, exodus"),
("~HRI", "human rights activist, human rights group, human rights organization, human rights organisation, human rights defender, human rights watchdog, "
 "human rights campaigner, human rights lawyer, human rights commission, human rights commissioner, human rights council, human rights body|human rights bodies, "
 "rights group, rights activist, rights campaigner, rights organization, rights organisation, rights watchdog, civil liberties group, "
 "civil rights activist, civil rights group, civil rights leader, ombudsman|ombudsmen, ombudsperson"),
("~LAB", "worker, workers!, labor union, labour union, trade union, trade unionist, union, union leader, union member, union official, unionist, "
 "labor leader, labour leader, labor activist, labour activist, labor organization, labour organization, employee, staff member, staffer, "
 "factory worker, mine worker, miner, coal miner, oil worker, steelworker, dockworker, docker, port worker, textile worker, garment worker, "
 "construction worker, railway worker, transport worker, bus driver, truck driver, lorry driver, taxi driver, nurse, civil service union, "
 "public sector worker, public sector union, health worker, aid worker, labourer, laborer, day labourer, day laborer, migrant worker, guest worker, "
 "workforce, labor movement, labour movement, labor federation, labour federation, confederation of trade unions|confederations of trade unions"),
("~AGR", "farmer, peasant, rancher, herder, herdsman|herdsmen, pastoralist, shepherd, cattle herder, farm worker, farmworker, agricultural worker, "
 "fisherman|fishermen, fisher, fishing community|fishing communities, grower, cotton grower, coffee grower, coca grower, cocoa farmer, "
 "landless peasant, landless farmer, smallholder, sharecropper, farmers' union|farmers' unions, farmers union, farm lobby, agricultural cooperative, "
 "nomad, livestock owner, plantation worker"),
("~ENV", "environmentalist, environmental activist, environmental group, environmental organization, environmental organisation, green group, "
 "conservationist, conservation group, climate activist, climate campaigner, ecologist, environmental campaigner, environmental movement, "
 "wildlife group, anti-nuclear activist, anti-nuclear group, green activist"),
("~HLH", "doctor, physician, surgeon, medic, paramedic, health worker, healthcare worker, health care worker, medical worker, medical staff!, "
 "medical team, hospital, clinic, health official, health authority, health service, health ministry official, pharmacist, nurse practitioner, "
 "midwife|midwives, epidemiologist, health expert, medical expert, emergency worker, first responder, rescue worker, rescuer, ambulance crew, "
 "red cross worker, medical charity|medical charities, aid doctor"),
("~ELI", "former president, former prime minister, former minister, former official, former leader, former head of state|former heads of state, "
 "ex-president, ex-prime minister, ex-minister, former premier, former foreign minister, former defense minister, former defence minister, "
 "former general, former army chief, former diplomat, former ambassador, former senator, former lawmaker, former mayor, former governor, "
 "elder statesman, statesman|statesmen, dignitary|dignitaries, celebrity|celebrities, elite, elites!, nobel laureate, nobel peace laureate, "
 "public figure, politician, political leader, political figure, political party|political parties, party leader, party official, party chief, "
 "party member, party, candidate, presidential candidate, presidential hopeful, nominee, former rebel leader"),
("~MOS", "imam, cleric, muslim cleric, islamic cleric, muslim leader, islamic leader, mufti, grand mufti, ayatollah, grand ayatollah, mullah, sheikh al-azhar|sheikhs al-azhar"),
("~CHR", "priest, bishop, archbishop, cardinal, pastor, clergyman|clergymen, church leader, patriarch, church, catholic church, orthodox church, missionary|missionaries, monk, nun, vicar"),
("~JEW", "rabbi, chief rabbi, jewish leader, synagogue"),
("NGO~", "aid agency|aid agencies, aid group, aid organization, aid organisation, relief agency|relief agencies, relief group, relief organization, "
 "relief organisation, humanitarian agency|humanitarian agencies, humanitarian group, humanitarian organization, humanitarian organisation, "
 "charity|charities, charitable organization, non-governmental organization, non-governmental organisation, nongovernmental organization, "
 "nongovernmental organisation, ngo, ngos!, civil society group, civil society organization, civil society organisation, advocacy group, "
 "watchdog, watchdog group, monitoring group, foundation, humanitarian worker, relief worker"),
("IGO~", "international organization, international organisation, intergovernmental organization, intergovernmental organisation, international body|international bodies, "
 "international agency|international agencies, international community|international communities, international mediator, international monitor, "
 "international observer, international donor, donor, donor country|donor countries, regional bloc, regional body|regional bodies"),
]
SPEC += [
("~GOV", "inspector general|inspectors general, department of state|departments of state, department of homeland security, department of the treasury, "
 "treasury department, department of commerce, commerce department, department of energy, energy department, department of transportation, "
 "transportation department, department of the interior, interior department, department of justice, politburo, central committee, "
 "cabinet secretary|cabinet secretaries, chief secretary|chief secretaries, presidential envoy, special representative, high commissioner, attaché, "
 "state council, security cabinet, war cabinet, governing council, sovereignty council, military council"),
("~GOVMIL", "department of defence, military attaché, defense attaché, defence attaché"),
("~GOVEDU", "department of education, education department"),
("~GOVHLH", "department of health, health department"),
("~GOVAGR", "department of agriculture, agriculture department"),
("~GOVLAB", "department of labor, labor department, department of labour"),
("~GOVMED", "state-owned newspaper, state-owned media!, state-controlled media!, state-controlled television, state-run newspaper"),
("~ELI", "musician, singer, artist, writer, author, poet, novelist, filmmaker, film director, rapper, pop star, athlete, footballer, sportsman|sportsmen, "
 "billionaire, philanthropist, hollywood actor, actress, film star, movie star, tv personality, television personality"),
("~BUS", "insurer, property developer, landlord, business owner, shop owner, factory owner, trade association, bank executive, hedge fund, "
 "private equity firm, multinational, conglomerate"),
("~LAB", "strike committee, striking workers!, teachers' union, teachers union, doctors' union, nurses' union, dockers' union, miners' union, transport union"),
("~UAF", "non-state actor, armed non-state actor"),
]
# Added in review (2026-11): generic institution names that organizations.tern used to give one country (`Ministry of
# Defence` was GBRGOV, so `Serbian Ministry of Defence` gave SRB + GBRGOV), ministers written `minister for X`, and
# role nouns the dev sets showed missing.
SPEC += [
("~GOV", "minister for interior|ministers for interior, minister for the interior|ministers for the interior, minister of interior|ministers of interior, "
 "minister for foreign affairs|ministers for foreign affairs, minister for finance|ministers for finance, federal minister, state minister, "
 "junior foreign minister, high commission, undersecretary|undersecretaries, under secretary|under secretaries, "
 "undersecretary of state|undersecretaries of state, under secretary of state|under secretaries of state, assistant secretary of state|assistant secretaries of state, "
 "deputy secretary of state|deputy secretaries of state, diplomatic chief, foreign policy chief, provincial authorities!"),
("~GOVMIL", "minister for defence|ministers for defence, minister for defense|ministers for defense, minister of national defense|ministers of national defense, "
 "minister of national defence|ministers of national defence, national defense minister, national defence minister, "
 "ministry of national defense|ministries of national defense, ministry of national defence|ministries of national defence, defense ministry official, defence ministry official"),
("~SPY", "foreign intelligence service|foreign intelligence services, ministry of state security|ministries of state security, security agency|security agencies"),
("~COP", "border patrol|border patrols, home guard, homeguard"),
("~MIL", "jet, military jet, helicopter, military helicopter, airstrike, air strike, air raid, military convoy, naval vessel, navy ship"),
("~RAD", "islamist"),
("~MOS", "muslims!, moslems!"),
("~GOV", "anti-corruption commission, anti-corruption agency|anti-corruption agencies, anti-graft agency|anti-graft agencies, anti-graft commission"),
("~SHI", "shiite, shi'ite, shia muslim, shiite muslim"),
("~SUN", "sunni muslim, sunnis!"),
("~CHR", "christians!"),
("~CTH", "catholics!"),
("~JEW", "jews!"),
("~HIN", "hindus!"),
("~BUD", "buddhists!"),
("~DRZ", "druze!"),
("~ALE", "alawite"),
("~CPT", "copts!, coptic christians!"),
("~CVL", "kurd, yazidis!, hazaras!, pashtuns!, tamils!, arabs!, youths!, colonist"),
("~SIK", "sikhs!"),
("~LAB", "trucker"),
("~MIL", "generals!, drone, military drone"),
]

REMOVE = set("""officialdom! ministers! general major marine bomber unit division troops! justice mps! m.p. parliaments! radical radical group hardliner extremist extremist group
kidnapper hostage-taker attacker assailant gunman|gunmen armed men! masked men! masked gunman|masked gunmen paramilitaries! revolutionaries! supplier operator stakeholder
daily weekly press! firm principal civilians! local public! residents! refugees! idps! workers! elites! party ngos! national""".split())
REMOVE |= {"armed men!", "masked men!", "masked gunman|masked gunmen", "extremist group", "radical group", "elder statesman|elder statesmen"}
REMOVE_IN = {("~GOVCOP", "home guard"), ("~LAB", "health worker"), ("~LAB", "aid worker"), ("~LAB", "nurse"), ("~CVL", "elder statesman|elder statesmen")}
EXTRA = [
 ("~RAD", "extremist, extremist group, radical, radical group, hardliner, fundamentalist, islamist extremist, religious extremist, far-right extremist, ultranationalist, neo-nazi"),
 ("~MOD", "moderate, moderate group, moderate faction, moderate opposition!, reformist faction"),
 ("~UAF", "gunman|gunmen, armed man|armed men, masked man|masked men, masked gunman|masked gunmen, attacker, assailant, unidentified gunman|unidentified gunmen, armed band, armed gang"),
 ("~CRM", "kidnapper, hostage-taker"),
 ("~HLH", "nurse"),
 ("~MIL", "marines!"),
 ("NGO~", "aid worker"),
 ("~CVL", "nationals!"),
]
IRREG = {"man": "men", "woman": "women", "child": "children", "person": "people", "foot": "feet", "staff": "staff", "chief": "chiefs", "thief": "thieves",
         "wife": "wives", "life": "lives", "police": "police", "people": "people", "youth": "youths", "series": "series", "headquarters": "headquarters"}
def plural_word(w):
    lw = w.lower()
    for k, v in IRREG.items():
        if lw == k: return v
    if lw.endswith("man") and lw not in ("german", "roman", "human", "shaman", "ottoman"): return w[:-3] + "men"
    if lw.endswith("y") and len(lw) > 1 and lw[-2] not in "aeiou": return w[:-1] + "ies"
    if lw.endswith(("s", "x", "z", "ch", "sh")): return w + "es"
    return w + "s"
def plural(p):
    words = p.split(" ")
    if " of " in p:
        i = words.index("of") - 1
    elif words[-1] in ("general",) and len(words) > 1 and words[-2] in ("attorney", "attorney-general", "prosecutor", "solicitor", "consul", "secretary"):
        i = len(words) - 2
    else:
        i = len(words) - 1
    words[i] = plural_word(words[i])
    return " ".join(words)
import re as _re
ACT = set()
for _f in ['countries.tern', 'people.tern', 'organizations.tern']:
    for _l in open(os.path.join(ROOT, 'dictionaries', _f), encoding='utf-8'):
        _m = _re.match(r'(?:actor|\s+name): (.*)', _l)
        if _m: ACT.add(_m[1].strip().lower())
entries = []  # (phrase, [names], code)
seen = {}
problems = []
for code, text in SPEC + EXTRA:
    for item in [x.strip() for x in text.split(",")]:
        if not item: continue
        if item in REMOVE or (code, item) in REMOVE_IN:
            if not any(item == x.strip() for c2, t2 in EXTRA if c2 == code for x in t2.split(",")):
                continue
        if item.endswith("!"):
            phrase, names = item[:-1], []
        elif "|" in item:
            phrase, pl = item.split("|"); names = [pl]
        else:
            phrase = item; pl = plural(item)
            names = [pl] if pl != item else []
        if phrase in ACT:
            problems.append(f'{code} {phrase}: an actor phrase, left to the actor files'); continue
        names = [n for n in names if n not in ACT]
        allnames = [phrase] + names
        dup = [n for n in allnames if n in seen]
        if dup:
            problems.append(f"{code} {item}: {dup} already {[seen[d] for d in dup]}")
            names = [n for n in names if n not in seen]
            if phrase in seen: continue
        for n in [phrase] + names: seen[n] = code
        entries.append((phrase, names, code))
for p in problems: print("DUP", p, file=sys.stderr)
ORDER = ["~GOV", "~GOVMIL", "~GOVHLH", "~GOVEDU", "~GOVAGR", "~GOVENV", "~GOVLAB", "~GOVCOP", "~GOVMED", "~GOVREF", "~MIL", "~COP", "~SPY", "~JUD", "~LEG",
         "~OPP", "~REB", "~INS", "~SEP", "~UAF", "~RAD", "~MOD", "~CRM", "~BUS", "~MED", "~EDU", "~CVL", "~REF", "~HRI", "~LAB", "~AGR", "~ENV", "~HLH", "~ELI",
         "~MOS", "~SHI", "~SUN", "~CHR", "~CTH", "~CPT", "~JEW", "~HIN", "~BUD", "~SIK", "~DRZ", "~ALE", "NGO~", "IGO~"]
TITLE = {"~GOV": "government, executive, diplomats (GOV)", "~GOVMIL": "defence ministers and ministries (GOVMIL)", "~GOVHLH": "health ministries (GOVHLH)",
 "~GOVEDU": "education ministries (GOVEDU)", "~GOVAGR": "agriculture ministries (GOVAGR)", "~GOVENV": "environment ministries (GOVENV)", "~GOVLAB": "labour ministries (GOVLAB)",
 "~GOVCOP": "ministers and ministries over the police (GOVCOP)", "~GOVMED": "state media (GOVMED)", "~GOVREF": "refugee and migration bodies of a government (GOVREF)",
 "~MIL": "state military: troops, officers, commands, equipment (MIL)", "~COP": "police and other law enforcement (COP)", "~SPY": "state intelligence services (SPY)",
 "~JUD": "judiciary, courts, prosecutors, lawyers (JUD)", "~LEG": "legislatures and their members (LEG)", "~OPP": "political opposition, dissidents, protesters (OPP)",
 "~REB": "rebels, militants, armed and violent opposition (REB)", "~INS": "insurgents: rebels seeking to overthrow the national government (INS)",
 "~SEP": "separatist rebels (SEP)", "~UAF": "armed forces aligned neither with nor against the government: militias, gunmen, mercenaries (UAF)",
 "~RAD": "radicals, extremists (RAD, tertiary role)", "~MOD": "moderates (MOD, tertiary role)", "~CRM": "criminals (CRM)", "~BUS": "business (BUS)",
 "~MED": "media (MED)", "~EDU": "education, academia, students (EDU)", "~CVL": "civilians, the catch-all (CVL)", "~REF": "refugees and displaced people (REF)",
 "~HRI": "human rights (HRI)", "~LAB": "labour (LAB)", "~AGR": "agriculture (AGR)", "~ENV": "environment (ENV)", "~HLH": "health (HLH)",
 "~ELI": "elites: former officials, politicians, public figures (ELI)", "~MOS": "Muslims and Muslim clergy (MOS)", "~SHI": "Shia Muslims (SHI)", "~SUN": "Sunni Muslims (SUN)", "~CHR": "Christians and Christian clergy (CHR)",
 "~CTH": "Catholics (CTH)", "~CPT": "Copts (CPT)", "~JEW": "Jews and Jewish clergy (JEW)", "~HIN": "Hindus (HIN)", "~BUD": "Buddhists (BUD)", "~SIK": "Sikhs (SIK)", "~DRZ": "Druze (DRZ)", "~ALE": "Alawites (ALE)",
 "NGO~": "non-governmental organisations (NGO, a prefix: NGO + country)", "IGO~": "international bodies (IGO, a prefix)"}
out = ["# tern-dict 1",
"# tern's default agents: role nouns and compounds, each with the CAMEO role code it adds to the actor before it",
"# (`Serbian` + `defense minister` -> SRBGOVMIL; alone, `defense minister` -> GOVMIL).",
"# GENERATED by `python3 dictionaries/src/agents.py` from its hand-written phrase tables (helper \"ministers\", 2026-11),",
"# written from the role-code definitions of the CAMEO Event and Actor",
"# Codebook v1.1b3, ch. 3 (../shared/ontology/cameo_actor_codes.json) and ordinary English usage; no entry was copied from",
"# another coder's dictionary. Plurals are spelled out as `name:` lines (regular plurals on the head noun: `chiefs of staff`).",
"# `~CODE`: the role goes after the actor's code; `CODE~`: before it.",
"# Choices: defence ministers GOVMIL; interior, foreign, finance ministers GOV; protesters, demonstrators, activists OPP",
"# (CAMEO: anti-government activists); rebels, militants REB; insurgents INS; militias, gunmen UAF; refugees REF.",
"# Adjective-ambiguous words (general, major, national, public, local, firm, daily, justice, press) are left out on purpose.",
""]
for code in ORDER:
    es = [e for e in entries if e[2] == code]
    if not es: continue
    out.append(f"# --- {TITLE[code]}")
    for phrase, names, c in es:
        out.append(f"agent: {phrase.upper()}")
        for n in names: out.append(f"  name: {n.upper()}")
        out.append(f"  code: {c}")
    out.append("")
missing = set(e[2] for e in entries) - set(ORDER)
assert not missing, missing
open(os.path.join(ROOT, 'dictionaries', 'agents.tern'), 'w', encoding='utf-8').write("\n".join(out))
print(len(entries), "agents;", sum(len(e[1]) + 1 for e in entries), "phrases", file=sys.stderr)
