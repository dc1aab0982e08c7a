#!/usr/bin/env python3
"""Writes eval/datasets/corvane/partners.csv: the partner directory of Corvane Security, a fictional
vendor of a security operations platform. Deterministic (fixed seed); python3 standard library only.

Two parts:
  * structured partners: every facet column filled, values spelled as a CRM export spells them
    (ISO codes and full names mixed, "Mandarin", "Russian Federation", stray spaces, odd case, a few
    misspellings); descriptions in the partner's own voice;
  * description-only partners (DESCRIPTION_ONLY below, written by hand): type, tier, countries and
    languages filled, but no industries, competencies, certifications, integrations or templates:
    what they do is only in their own paragraph, as in a real directory scraped from a website.

Usage: python3 eval/datasets/corvane/tools/generate_partners.py   (from the repository root)
"""
import csv
import io
import os
import random

OUT = os.path.join(os.path.dirname(__file__), "..", "partners.csv")
rng = random.Random(20261204)

TYPES = {
    # canonical: spellings seen in the CRM export
    "Managed Security Provider": ["Managed Security Provider", "MSSP", "Managed Security Service Provider", "managed security provider"],
    "Solution Provider": ["Solution Provider", "Solutions Provider", "solution provider"],
    "Advisory & Integration Partner": ["Advisory & Integration Partner", "Advisory and Integration Partner", "A&I Partner"],
    "Response Retainer Partner": ["Response Retainer Partner", "IR Retainer Partner"],
    "Platform Alliance Partner": ["Platform Alliance Partner", "Platform Alliance"],
    "Regional Aggregator": ["Regional Aggregator", "Aggregator"],
}
TYPE_WEIGHTS = {"Managed Security Provider": 30, "Solution Provider": 30, "Advisory & Integration Partner": 22,
                "Response Retainer Partner": 8, "Platform Alliance Partner": 7, "Regional Aggregator": 5}
TIERS = ["Premier", "Select", "Member"]
TIER_WEIGHTS = [15, 35, 50]

INDUSTRIES = {
    "Banking & Insurance": "banks, credit unions and insurers",
    "Healthcare & Pharma": "hospitals, clinics and pharmaceutical companies",
    "Government & Defence": "ministries, city councils and defence agencies",
    "Retail & Consumer": "retailers, grocery chains and consumer brands",
    "Energy": "power producers, grid operators and oil and gas companies",
    "Telecom & Media": "mobile operators, broadcasters and publishers",
    "Industrial & OT": "factories, chemical plants and machine builders",
    "Education & Research": "universities, schools and research institutes",
    "Transport & Logistics": "airlines, ports, rail operators and freight forwarders",
}
COMPETENCIES = {
    "Zero Trust Architecture": "redesigning networks and access around zero trust",
    "Identity Governance": "access reviews and joiner-mover-leaver processes",
    "Cloud Posture Management": "finding and fixing misconfigured cloud accounts",
    "SOC Operations": "running a 24x7 security operations centre",
    "Incident Response": "breach investigation and ransomware recovery",
    "OT Security": "protecting plant-floor control systems",
    "Compliance Readiness": "getting customers ready for audits and regulators",
    "Penetration Testing": "ethical hacking and attack simulation",
    "Platform Integration": "connecting Corvane Bastion to the tools customers already run",
}
CERTIFICATIONS = ["Certified Solution Architect", "Certified Detection Engineer", "Certified Identity Specialist",
                  "Certified Cloud Defender", "Certified Incident Handler"]
CERT_SPELLINGS = {"Certified Solution Architect": ["Certified Solution Architects", "certified solution architect"],
                  "Certified Detection Engineer": ["Certified Detection Engineers", "CERTIFIED DETECTION ENGINEER"],
                  "Certified Identity Specialist": ["certified identity specialists"],
                  "Certified Cloud Defender": ["Certified Cloud Defenders"],
                  "Certified Incident Handler": ["Certified Incident Handlers"]}
INTEGRATIONS = ["Splunk", "Microsoft Sentinel", "Okta", "CrowdStrike Falcon", "AWS Security Hub", "Cortex XSOAR",
                "Zscaler", "SailPoint", "Elastic Security"]
TEMPLATES = ["Ransomware Containment Playbook", "Phishing Triage Playbook", "PCI DSS Evidence Pack",
             "Joiner-Mover-Leaver Workflow", "OT Asset Baseline", "Cloud Landing Zone Guardrails",
             "Board Cyber Risk Report", "Hospital Downtime Drill", "Retail Store Segmentation Blueprint"]
# which competencies make a partner likely to publish which template
TEMPLATE_AFFINITY = {
    "Incident Response": ["Ransomware Containment Playbook", "Hospital Downtime Drill"],
    "SOC Operations": ["Phishing Triage Playbook", "Ransomware Containment Playbook"],
    "Compliance Readiness": ["PCI DSS Evidence Pack", "Board Cyber Risk Report"],
    "Identity Governance": ["Joiner-Mover-Leaver Workflow"],
    "OT Security": ["OT Asset Baseline"],
    "Cloud Posture Management": ["Cloud Landing Zone Guardrails"],
    "Zero Trust Architecture": ["Retail Store Segmentation Blueprint"],
    "Penetration Testing": ["Board Cyber Risk Report"],
    "Platform Integration": ["Phishing Triage Playbook"],
}

# code: (spellings in the export, region, sub-region, cities, languages as the export spells them, name style)
COUNTRIES = {
    "US": (["United States", "USA", "US", "United States of America"], "AMER", None,
           ["Austin", "Denver", "Charlotte", "Columbus", "Raleigh", "Phoenix"], [["English"], ["English", "Spanish"]], "us"),
    "CA": (["Canada", "CA"], "AMER", None, ["Toronto", "Ottawa", "Calgary"], [["English", "French"], ["English"]], "us"),
    "MX": (["Mexico", "México"], "AMER", "LATAM", ["Monterrey", "Guadalajara"], [["Spanish", "English"]], "es"),
    "BR": (["Brazil", "Brasil", "BR"], "AMER", "LATAM", ["São Paulo", "Curitiba", "Recife"],
           [["Brazilian Portuguese", "English"], ["Portuguese", "Spanish"], ["Brazilian Portuguese"]], "pt"),
    "CO": (["Colombia"], "AMER", "LATAM", ["Medellín", "Bogotá"], [["Spanish", "English"]], "es"),
    "CL": (["Chile"], "AMER", "LATAM", ["Santiago"], [["Spanish"]], "es"),
    "GB": (["United Kingdom", "U.K.", "UK", "Great Britain"], "EMEA", None,
           ["Manchester", "Leeds", "Bristol", "Edinburgh", "Cardiff"], [["English"]], "uk"),
    "IE": (["Ireland", "IE"], "EMEA", None, ["Cork", "Galway"], [["English", "Irish"], ["English"]], "uk"),
    "DE": (["Germany", "DE", "germany ", "Deutschland"], "EMEA", "DACH", ["Stuttgart", "Leipzig", "Bremen", "Nürnberg"],
           [["German", "English"], ["Deutsch", "English"], ["german"]], "de"),
    "AT": (["Austria", "AT"], "EMEA", "DACH", ["Graz", "Linz"], [["German", "English"]], "de"),
    "CH": (["Switzerland", "CH"], "EMEA", "DACH", ["Basel", "Lausanne"], [["German", "French", "English"], ["French", "German"]], "de"),
    "FR": (["France", "FR"], "EMEA", None, ["Lyon", "Lille", "Toulouse", "Nantes"], [["French", "English"], ["Français"]], "fr"),
    "BE": (["Belgium", "Belgique", "BE"], "EMEA", "Benelux", ["Ghent", "Liège", "Antwerp"],
           [["Flemish", "French", "English"], ["Dutch", "French"], ["Flemish", "English"]], "nl"),
    "NL": (["Netherlands", "The Netherlands", "NL", "Holland"], "EMEA", "Benelux", ["Utrecht", "Eindhoven", "Rotterdam"],
           [["Dutch", "English"], ["Nederlands", "English"]], "nl"),
    "ES": (["Spain", "ES", "España"], "EMEA", None, ["Valencia", "Bilbao", "Sevilla"], [["Spanish", "English"], ["Spanish", "Catalan"]], "es"),
    "PT": (["Portugal", "PT"], "EMEA", None, ["Porto", "Braga"], [["Portuguese", "English"], ["Portugese", "Spanish"]], "pt"),
    "IT": (["Italy", "IT", "Italia"], "EMEA", None, ["Torino", "Bologna"], [["Italian", "English"]], "it"),
    "SE": (["Sweden", "SE"], "EMEA", "Nordics", ["Göteborg", "Malmö"], [["Swedish", "English"]], "nordic"),
    "NO": (["Norway", "NO"], "EMEA", "Nordics", ["Bergen", "Trondheim"], [["Norwegian", "English"]], "nordic"),
    "DK": (["Denmark", "DK"], "EMEA", "Nordics", ["Aarhus", "Odense"], [["Danish", "English"]], "nordic"),
    "FI": (["Finland", "FI"], "EMEA", "Nordics", ["Tampere", "Oulu"], [["Finnish", "Swedish", "English"]], "nordic"),
    "PL": (["Poland", "PL"], "EMEA", None, ["Wrocław", "Kraków", "Gdańsk"], [["Polish", "English"], ["polish", "German"]], "pl"),
    "CZ": (["Czechia", "Czech Republic", "CZ"], "EMEA", None, ["Brno", "Ostrava"], [["Czech", "English", "Slovak"]], "pl"),
    "RU": (["Russian Federation"], "EMEA", None, ["Kazan", "Novosibirsk"], [["Russian", "English"]], "ru"),
    "TR": (["Türkiye", "Turkey", "TR"], "EMEA", None, ["İzmir", "Ankara", "Istanbul"], [["Turkish", "English"], ["Turkish", "German"]], "tr"),
    "AE": (["United Arab Emirates", "UAE", "AE"], "EMEA", "GCC", ["Dubai", "Abu Dhabi"],
           [["Arabic", "English"], ["English", "Arabic", "Farsi"], ["English", "Hindi", "Arabic"]], "gulf"),
    "SA": (["Saudi Arabia", "KSA"], "EMEA", "GCC", ["Riyadh", "Jeddah"], [["Arabic", "English"]], "gulf"),
    "IL": (["Israel", "IL"], "EMEA", None, ["Haifa", "Tel Aviv"], [["Hebrew", "English", "Russian"]], "il"),
    "ZA": (["South Africa", "ZA"], "EMEA", None, ["Durban", "Cape Town", "Johannesburg"], [["English", "Afrikaans"], ["English", "Zulu"]], "za"),
    "NG": (["Nigeria"], "EMEA", None, ["Lagos", "Abuja"], [["English", "Yoruba"]], "za"),
    "KE": (["Kenya"], "EMEA", None, ["Nairobi"], [["English", "Swahili"]], "za"),
    "IN": (["India", "IN"], "APJ", None, ["Pune", "Hyderabad", "Bengaluru", "Chennai"], [["English", "Hindi"], ["English", "Hindi", "Tamil"]], "in"),
    "SG": (["Singapore", "SG"], "APJ", "ASEAN", ["Singapore"], [["English", "Mandarin", "Malay"], ["English", "Mandarin"]], "sg"),
    "MY": (["Malaysia", "MY"], "APJ", "ASEAN", ["Kuala Lumpur", "Penang"], [["Malay", "English", "Mandarin"], ["Bahasa Malaysia", "English"]], "sg"),
    "ID": (["Indonesia", "ID"], "APJ", "ASEAN", ["Jakarta", "Surabaya"], [["Bahasa Indonesia", "English"], ["Indonesian", "English"]], "sg"),
    "VN": (["Viet Nam", "Vietnam", "VN"], "APJ", "ASEAN", ["Ho Chi Minh City", "Hanoi"], [["Vietnamese", "English"]], "vn"),
    "TH": (["Thailand", "TH"], "APJ", "ASEAN", ["Bangkok", "Chiang Mai"], [["Thai", "English"]], "sg"),
    "PH": (["Philippines", "PH"], "APJ", "ASEAN", ["Manila", "Cebu"], [["English", "Filipino"], ["English", "Tagalog"]], "sg"),
    "JP": (["Japan", "JP", "日本"], "APJ", None, ["Osaka", "Nagoya", "Fukuoka", "Tokyo"], [["Japanese", "English"], ["Japanese"]], "jp"),
    "KR": (["Korea, Republic of", "South Korea", "KR"], "APJ", None, ["Seoul", "Busan", "Incheon"], [["Korean", "English"]], "kr"),
    "CN": (["China", "CN", "PRC"], "APJ", "Greater China", ["Shenzhen", "Hangzhou", "Chengdu"], [["Mandarin", "English"], ["Chinese", "English"], ["Mandrin", "English"]], "cn"),
    "HK": (["Hong Kong", "Hong Kong SAR", "HK"], "APJ", "Greater China", ["Hong Kong"], [["Cantonese", "English", "Mandarin"], ["Cantonese", "English"]], "hk"),
    "TW": (["Taiwan", "TW"], "APJ", "Greater China", ["Taipei", "Taichung"], [["Mandarin", "English"], ["Chinese (Traditional)", "English"]], "cn"),
    "AU": (["Australia", "AU"], "APJ", "ANZ", ["Perth", "Adelaide", "Brisbane", "Melbourne"], [["English"]], "anz"),
    "NZ": (["New Zealand", "NZ"], "APJ", "ANZ", ["Wellington", "Christchurch"], [["English", "Māori"], ["English"]], "anz"),
}
COUNTRY_WEIGHTS = {"US": 14, "CA": 4, "MX": 3, "BR": 5, "CO": 2, "CL": 1, "GB": 8, "IE": 2, "DE": 8, "AT": 2, "CH": 2,
                   "FR": 5, "BE": 3, "NL": 4, "ES": 3, "PT": 2, "IT": 3, "SE": 2, "NO": 1, "DK": 1, "FI": 1, "PL": 3,
                   "CZ": 2, "RU": 1, "TR": 2, "AE": 3, "SA": 2, "IL": 2, "ZA": 2, "NG": 1, "KE": 1, "IN": 5, "SG": 3,
                   "MY": 2, "ID": 2, "VN": 2, "TH": 1, "PH": 1, "JP": 4, "KR": 3, "CN": 2, "HK": 2, "TW": 1, "AU": 4, "NZ": 1}
NAME_STYLE = {
    "us": (["Ironbark", "Keelwater", "Ridgeline", "Lanternfish", "Tessera", "Northgate", "Halcyon", "Quillon", "Cobalt Fen",
            "Embercrest", "Bluestem", "Granite Ledger", "Switchyard", "Foxglove", "Watchfire", "Palisade", "Silverpine",
            "Copperhead Bay", "Mesa Verde", "Longhorn", "Blue Ridge", "Cascade Peak", "Tidewater", "Ozark", "Sagebrush",
            "Redwood Gate", "Great Lakes", "Maple Shield", "Laurentian", "Chinook", "Muskoka"],
           ["Security", "Cyber", "Defense Group", "Labs", "Secure Networks", "Risk Partners"], ["LLC", "Inc.", "Corp."]),
    "es": (["Cóndor", "Atalaya", "Murallas", "Centinela", "Brújula", "Faro Andino", "Alcázar", "Quetzal", "Tizona", "Almena",
            "Jaguar Azul", "Cordillera", "Caribe Seguro", "Ceiba", "Aconcagua", "Guadiana", "Tajo"],
           ["Ciberseguridad", "Seguridad Digital", "Defensa TI"], ["S.A. de C.V.", "S.A.S.", "SpA", "S.L."]),
    "pt": (["Sentinela", "Farol", "Muralha", "Guardião", "Baluarte", "Vigia", "Ipê", "Jacarandá", "Tucano", "Atalaia",
            "Mandacaru", "Sabiá", "Douro", "Mondego"], ["Cibersegurança", "Segurança Digital", "Tecnologia"],
           ["Ltda.", "S.A.", "Lda."]),
    "uk": (["Thornfield", "Harrowgate", "Bramblewick", "Kestrel", "Longbarrow", "Saltmarsh", "Wyvern", "Portcullis",
            "Pennine", "Blackthorn", "Shannonside", "Corrib", "Mourne", "Hadrian", "Severn", "Tamar"],
           ["Cyber", "Security", "Assurance", "Defence"], ["Ltd", "plc", "LLP"]),
    "de": (["Wachturm", "Burgfried", "Schildwall", "Grenzwacht", "Lindwurm", "Riegel", "Torhaus", "Zugspitze", "Eisenhut",
            "Falkenstein", "Mauerwerk", "Rheinwacht", "Alpenriegel", "Donaublick", "Bergfried", "Nordmark", "Steinbock",
            "Wetterhorn", "Pilatus", "Säntis"],
           ["Sicherheit", "Cyberabwehr", "IT-Security", "Informationsschutz"], ["GmbH", "AG", "GmbH & Co. KG"]),
    "fr": (["Vigie", "Rempart", "Bastide", "Chaperon", "Sémaphore", "Donjon", "Mistral", "Chamois", "Garonne", "Vercors",
            "Calanque", "Héron"], ["Cybersécurité", "Sécurité", "Défense Numérique"],
           ["SAS", "SA", "SARL"]),
    "nl": (["Dijkwacht", "Vuurtoren", "Stormvloed", "Wachtpost", "Kruitmolen", "Zeeland", "Polderwacht", "Scheldt",
            "Ardennes", "Meuse", "Zandvoort", "Belfort", "Beguinage"], ["Security", "Cyber", "Beveiliging"], ["B.V.", "NV", "BV"]),
    "it": (["Sentinella", "Torre Alta", "Baluardo", "Vedetta", "Dolomiti", "Vesuvio", "Arno"], ["Sicurezza", "Cyber"], ["S.r.l.", "S.p.A."]),
    "nordic": (["Fjellvakt", "Skjold", "Varde", "Vaktmester", "Nordvakt", "Isbjørn", "Runsten", "Lodjur", "Havørn",
                "Kalevala", "Saimaa", "Öresund", "Trollhätta", "Gotland"], ["Security", "Cyber", "Säkerhet"], ["AB", "AS", "A/S", "Oy"]),
    "pl": (["Strażnica", "Baszta", "Twierdza", "Hradba", "Warownia", "Wawel", "Vltava", "Karkonosze", "Morava", "Tatra"], ["Cyber", "Security", "Bezpieczeństwo"], ["Sp. z o.o.", "s.r.o.", "S.A."]),
    "ru": (["Bastion-Sever", "Dozor", "Volga Shield", "Taiga", "Kama Gate"], ["Security", "Cyber"], ["LLC", "JSC"]),
    "tr": (["Kale", "Nöbetçi", "Kalkan", "Surlar", "Kapadokya", "Efes", "Bosphorus", "Pamukkale", "Ararat"], ["Siber Güvenlik", "Bilişim Güvenliği"], ["A.Ş.", "Ltd. Şti."]),
    "gulf": (["Al Manara", "Qasr", "Sahara Shield", "Burj Secure", "Falcon Watch", "Oasis Gate", "Najd", "Dhow Harbour",
              "Liwa", "Hajar", "Jebel Hafeet", "Wadi Rum", "Empty Quarter", "Corniche", "Souq Gate"], ["Cyber", "Security Solutions", "Information Security"], ["LLC", "FZ-LLC", "Co."]),
    "il": (["Migdal", "Homa", "Shomer", "Carmel Ridge", "Negev", "Galilee", "Arava"], ["Cyber", "Security"], ["Ltd."]),
    "za": (["Baobab", "Kopje", "Springbok", "Kilima", "Umoja", "Drakensberg", "Karoo", "Serengeti", "Niger Delta", "Zambezi"], ["Cyber", "Security", "Risk Services"], ["(Pty) Ltd", "Ltd", "Limited"]),
    "in": (["Suraksha", "Kavach", "Drishti", "Rakshak", "Sudarshan", "Prahari", "Nilgiri", "Ganga Gate", "Deccan", "Konark"], ["Cyber", "Infosec", "Security Services"], ["Pvt. Ltd.", "Private Limited", "LLP"]),
    "sg": (["Merlion", "Rajawali", "Harimau", "Garuda", "Kancil", "Bayani", "Chao Phraya", "Kinabalu", "Borobudur",
            "Mekong Gate", "Sentosa", "Bintang", "Komodo", "Mayon", "Andaman"], ["Cyber", "Security", "Secure"], ["Pte. Ltd.", "Sdn. Bhd.", "PT", "Inc."]),
    "vn": (["Lạc Long", "Sao Mai", "Rồng Xanh", "Hạ Long", "Trường Sơn", "Sông Hồng", "Phú Quốc", "Cửu Long"], ["Cyber", "Security"], ["JSC", "Co., Ltd."]),
    "jp": (["Kasumi", "Tsurugi", "Hayabusa", "Yamabiko", "Shirokane", "Kirishima", "Asahidake", "Biwako", "Hotaka", "Akagi", "Zao"], ["Cyber", "Security", "Secure Systems"], ["K.K.", "Co., Ltd."]),
    "kr": (["Hanbit", "Seorak", "Haneul", "Dasan", "Hallasan", "Namsan", "Gyeongju", "Jirisan", "Bukhansan"], ["Cyber", "Security", "Secu"], ["Co., Ltd.", "Inc."]),
    "cn": (["Jinlong", "Tianshu", "Huaxia", "Qingyun", "Zhengtu", "Lijiang", "Taroko", "Yushan", "Wudang", "Emei"], ["Cyber", "Security", "Network Security"], ["Co., Ltd.", "Technology Co., Ltd."]),
    "hk": (["Victoria Harbour", "Kowloon", "Jade Gate", "Lantau", "Tai Mo Shan", "Star Ferry", "Peak Tram"], ["Cyber", "Security"], ["Limited", "Ltd."]),
    "anz": (["Southern Cross", "Kookaburra", "Tasman", "Karri", "Kauri", "Uluru", "Kimberley", "Daintree", "Rimu"], ["Cyber", "Security", "Defence"], ["Pty Ltd", "Ltd"]),
}
TLD = {"US": "com", "CA": "ca", "GB": "co.uk", "DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "BE": "be", "NL": "nl", "ES": "es",
       "PT": "pt", "IT": "it", "SE": "se", "NO": "no", "DK": "dk", "FI": "fi", "PL": "pl", "CZ": "cz", "BR": "com.br", "MX": "mx",
       "JP": "jp", "KR": "kr", "AU": "com.au", "NZ": "nz", "IN": "in", "SG": "sg", "AE": "ae", "ZA": "co.za"}
MANAGERS = ["Ines Okafor", "Tomasz Wierzbicki", "Mei Lin Tan", "Rafael Duarte", "Hannah Vogel", "Kwame Mensah",
            "Sofia Marchetti", "Daniel Reyes", "Aiko Morimoto", "Leila Haddad"]


def pick_weighted(weights):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


used_names = set()


# the legal form a company of that country writes after its name ("PT" goes before it)
LEGAL_FORMS = {"MX": ["S.A. de C.V."], "CO": ["S.A.S."], "CL": ["SpA"], "ES": ["S.L.", "S.A."], "BR": ["Ltda.", "S.A."],
               "PT": ["Lda."], "SE": ["AB"], "NO": ["AS"], "DK": ["A/S", "ApS"], "FI": ["Oy"], "PL": ["Sp. z o.o."],
               "CZ": ["s.r.o.", "a.s."], "CH": ["AG", "GmbH", "SA"], "SG": ["Pte. Ltd."], "MY": ["Sdn. Bhd."], "TH": ["Co., Ltd."],
               "PH": ["Inc.", "Corp."], "ID": ["PT"], "BE": ["BV", "NV", "SRL"], "IE": ["Ltd", "DAC"], "CA": ["Inc.", "Ltd."],
               "AE": ["LLC", "FZ-LLC"], "SA": ["Co.", "LLC"], "NG": ["Ltd", "Limited"], "KE": ["Limited"], "ZA": ["(Pty) Ltd"],
               "HK": ["Limited"], "TW": ["Co., Ltd."], "CN": ["Co., Ltd.", "Technology Co., Ltd."], "NZ": ["Ltd"], "AU": ["Pty Ltd"]}


def company_name(style, code):
    stems, middles, forms = NAME_STYLE[style]
    forms = LEGAL_FORMS.get(code, forms)
    for _ in range(500):
        form = rng.choice(forms)
        stem, middle = rng.choice(stems), rng.choice(middles)
        # one company per stem: "Grenzwacht Sicherheit GmbH" and "Grenzwacht IT-Security AG" would be confusable
        if stem in used_names:
            continue
        used_names.add(stem)
        return f"PT {stem} {middle}" if form == "PT" else f"{stem} {middle} {form}"
    raise RuntimeError("name pool exhausted for " + style)


def slug(name):
    out = "".join(ch.lower() if ch.isascii() and ch.isalnum() else " " for ch in name)
    words = [w for w in out.split() if w not in ("llc", "inc", "corp", "ltd", "gmbh", "ag", "sa", "sas", "bv", "b", "v", "pty",
                                                  "pte", "co", "kk", "k", "plc", "llp", "ab", "as", "oy", "limited", "private")]
    return "".join(words[:3]) or "partner"


def join_words(items):
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def structured_partner(n):
    code = pick_weighted(COUNTRY_WEIGHTS)
    spellings, region, subregion, cities, langsets, style = COUNTRIES[code]
    # extra countries from the same region, sometimes the same sub-region
    same_region = [c for c, v in COUNTRIES.items() if v[1] == region and c != code]
    same_sub = [c for c in same_region if subregion and COUNTRIES[c][2] == subregion]
    extra = []
    for _ in range(rng.choices([0, 1, 2], weights=[45, 35, 20])[0]):
        pool = same_sub if same_sub and rng.random() < 0.7 else same_region
        c = rng.choice(pool)
        if c not in extra:
            extra.append(c)
    countries = [code] + extra
    ptype = pick_weighted(TYPE_WEIGHTS)
    tier = rng.choices(TIERS, weights=TIER_WEIGHTS)[0]
    industries = rng.sample(list(INDUSTRIES), rng.choices([1, 2, 3], weights=[30, 45, 25])[0])
    competencies = rng.sample(list(COMPETENCIES), rng.choices([1, 2, 3], weights=[30, 45, 25])[0])
    ncert = {"Premier": [2, 3, 4], "Select": [1, 2, 3], "Member": [0, 0, 1, 2]}[tier]
    certs = rng.sample(CERTIFICATIONS, rng.choice(ncert))
    integrations = rng.sample(INTEGRATIONS, rng.choices([0, 1, 2, 3], weights=[25, 35, 28, 12])[0])
    templates = []
    for comp in competencies:
        for t in TEMPLATE_AFFINITY[comp]:
            if rng.random() < 0.35 and t not in templates:
                templates.append(t)
    templates = templates[:2]
    languages = list(rng.choice(langsets))
    for c in extra:
        for lang in COUNTRIES[c][4][0]:
            if lang.lower() not in [l.lower() for l in languages] and rng.random() < 0.5:
                languages.append(lang)
    name = company_name(style, code)
    city = rng.choice(cities)
    status = "active" if rng.random() > 0.08 else rng.choice(["inactive", "Inactive"])
    satisfaction = "" if rng.random() < 0.12 else f"{rng.uniform(3.0, 5.0):.1f}"
    regions = [region] + ([COUNTRIES[code][2]] if COUNTRIES[code][2] and rng.random() < 0.6 else [])
    return dict(id=f"CV-{n:04d}", name=name, type=ptype, tier=tier, regions=regions, countries=countries, languages=languages,
                industries=industries, competencies=competencies, certs=certs, integrations=integrations, templates=templates,
                city=city, status=status, satisfaction=satisfaction, hq=code)


TYPE_SELF = {"Managed Security Provider": "a managed security provider", "Solution Provider": "a solution provider",
             "Advisory & Integration Partner": "an advisory and integration firm", "Response Retainer Partner": "an incident response firm",
             "Platform Alliance Partner": "a software company", "Regional Aggregator": "a regional distributor"}


def country_name(code):
    return COUNTRIES[code][0][0]


def describe(p):
    where = join_words([country_name(c) for c in p["countries"]])
    lines = [rng.choice([
        f"We are {TYPE_SELF[p['type']]} based in {p['city']}, {country_name(p['hq'])}, working with customers in {where}.",
        f"Founded in {rng.randint(1994, 2021)}, we are {TYPE_SELF[p['type']]} headquartered in {p['city']} and serving {where}.",
        f"{p['name']} is {TYPE_SELF[p['type']]} from {p['city']} with clients in {where}.",
    ])]
    lines.append(f"Our customers are mostly {join_words([INDUSTRIES[i] for i in p['industries']])}, and our Corvane work is "
                 f"{join_words([COMPETENCIES[c] for c in p['competencies']])}.")
    if p["certs"]:
        lines.append(f"Our consultants hold the {join_words(p['certs'])} credential{'s' if len(p['certs']) > 1 else ''}.")
    if p["integrations"]:
        lines.append(f"We have connected Corvane Bastion to {join_words(p['integrations'])} for several customers.")
    if p["templates"]:
        lines.append(f"On the Corvane Exchange we publish the {join_words(p['templates'])}.")
    return " ".join(lines)


def messy(values, canon_to_spellings=None, p_messy=0.2):
    out = []
    for v in values:
        if canon_to_spellings and v in canon_to_spellings and rng.random() < p_messy:
            v = rng.choice(canon_to_spellings[v])
        out.append(v)
    return out


def joined(values):
    # the export sometimes puts spaces after the separator
    sep = "; " if rng.random() < 0.15 else ";"
    return sep.join(values)


# Planted segments, written by hand so that several partners (and near-misses) meet the same need and ranking
# matters: (name, type as exported, tier, regions, countries as exported, languages as exported, industries,
# competencies, certifications, integrations, templates, city, headquarters, status, satisfaction)
PLANTED = [
    # OT security for energy companies in DACH
    ("Hochspannung Cyberschutz AG", "Advisory & Integration Partner", "Premier", ["EMEA", "DACH"], ["Germany", "AT"],
     ["German", "English"], ["Energy", "Industrial & OT"], ["OT Security", "Incident Response"],
     ["Certified Solution Architect", "Certified Incident Handler"], ["Splunk"], ["OT Asset Baseline"], "Essen", "DE", "active", "4.7"),
    ("Tauernkraft Security GmbH", "MSSP", "Select", ["EMEA"], ["Austria"], ["Deutsch", "English"], ["Energy"],
     ["OT Security", "SOC Operations"], ["Certified Detection Engineer"], ["Microsoft Sentinel"], ["OT Asset Baseline"],
     "Innsbruck", "AT", "active", "4.1"),
    ("Rhonegletscher OT AG", "Solution Provider", "Member", ["EMEA"], ["Switzerland"], ["German", "French", "Italian"],
     ["Energy"], ["OT Security"], [], [], [], "Sion", "CH", "active", "3.9"),
    ("Ruhrwerk Netzschutz GmbH", "Advisory & Integration Partner", "Premier", ["EMEA", "DACH"], ["Germany"], ["German"],
     ["Energy"], ["OT Security"], ["Certified Solution Architect"], [], [], "Dortmund", "DE", "inactive", "4.4"),
    # SOC for banks and insurers in the Benelux
    ("Grachtenwacht Security B.V.", "Managed Security Provider", "Premier", ["EMEA", "Benelux"], ["Netherlands", "BE"],
     ["Dutch", "English", "French"], ["Banking & Insurance"], ["SOC Operations", "Compliance Readiness"],
     ["Certified Detection Engineer", "Certified Solution Architect"], ["Splunk", "Cortex XSOAR"], ["Phishing Triage Playbook"],
     "Amsterdam", "NL", "active", "4.6"),
    ("Leiestreek Cyber BV", "MSSP", "Select", ["EMEA"], ["Belgium"], ["Flemish", "English"], ["Banking & Insurance", "Healthcare & Pharma"],
     ["SOC Operations"], ["Certified Detection Engineers"], ["Microsoft Sentinel"], [], "Kortrijk", "BE", "active", "4.3"),
    ("Sambre Sécurité SRL", "Managed Security Provider", "Select", ["EMEA"], ["Belgique"], ["French"], ["Banking & Insurance"],
     ["SOC Operations"], ["Certified Detection Engineer"], [], [], "Namur", "BE", "active", "4.8"),
    # incident response for hospitals in APJ, Chinese-speaking (and a Cantonese-only near-miss)
    ("Lion City Response Pte. Ltd.", "IR Retainer Partner", "Select", ["APJ"], ["Singapore", "Malaysia"], ["English", "Mandarin", "Malay"],
     ["Healthcare & Pharma"], ["Incident Response"], ["Certified Incident Handler"], ["CrowdStrike Falcon"],
     ["Hospital Downtime Drill"], "Singapore", "SG", "active", "4.5"),
    ("Formosa Medical Cyber Co., Ltd.", "Response Retainer Partner", "Member", ["APJ"], ["TW"], ["Mandrin", "English"],
     ["Healthcare & Pharma"], ["Incident Response", "Penetration Testing"], ["Certified Incident Handler"], [],
     ["Hospital Downtime Drill"], "Kaohsiung", "TW", "active", "4.0"),
    ("Kowloon Bay Incident Response Limited", "Response Retainer Partner", "Premier", ["APJ"], ["Hong Kong"], ["Cantonese", "English"],
     ["Healthcare & Pharma", "Banking & Insurance"], ["Incident Response"], ["Certified Incident Handler", "Certified Solution Architect"],
     ["CrowdStrike Falcon"], [], "Hong Kong", "HK", "active", "4.9"),
    # PCI readiness for US retailers
    ("Checkout Lane Security LLC", "Advisory & Integration Partner", "Select", ["AMER"], ["USA"], ["English", "Spanish"],
     ["Retail & Consumer"], ["Compliance Readiness", "Penetration Testing"], ["Certified Solution Architect"], ["Splunk"],
     ["PCI DSS Evidence Pack"], "Minneapolis", "US", "active", "4.4"),
    ("Aisle Nine Cyber Inc.", "Solution Provider", "Member", ["AMER"], ["United States", "Canada"], ["English"],
     ["Retail & Consumer"], ["Compliance Readiness"], [], [], ["PCI DSS Evidence Pack", "Retail Store Segmentation Blueprint"],
     "Columbus", "US", "active", ""),
    # identity governance in Brazil
    ("Paulista Identidade Digital Ltda.", "Advisory & Integration Partner", "Premier", ["AMER", "LATAM"], ["Brasil"],
     ["Brazilian Portuguese", "English", "Spanish"], ["Banking & Insurance", "Retail & Consumer"], ["Identity Governance"],
     ["Certified Identity Specialist", "Certified Solution Architect"], ["SailPoint", "Okta"], ["Joiner-Mover-Leaver Workflow"],
     "São Paulo", "BR", "active", "4.2"),
    ("Capibaribe Acessos Ltda.", "Solution Provider", "Member", ["AMER"], ["BR"], ["Portuguese"], ["Healthcare & Pharma"],
     ["Identity Governance"], ["certified identity specialists"], ["SailPoint"], [], "Recife", "BR", "active", "3.8"),
]


def planted_partner(n, row):
    (name, ptype, tier, regions, countries, languages, industries, competencies, certs, integrations, templates, city, hq,
     status, satisfaction) = row
    canon_type = next(t for t, spellings in TYPES.items() if ptype in spellings)
    return dict(id=f"CV-{n:04d}", name=name, type=canon_type, type_as_exported=ptype, tier=tier, regions=regions,
                countries=[next(c for c, v in COUNTRIES.items() if spelled in v[0]) for spelled in countries],
                countries_as_exported=countries, languages=languages, industries=industries, competencies=competencies,
                certs=certs, integrations=integrations, templates=templates, city=city, status=status,
                satisfaction=satisfaction, hq=hq)


# Description-only partners: what they do is only in their own words. Columns filled: type, tier, countries,
# languages, website, status. Written by hand; the suites label them by what these paragraphs say.
DESCRIPTION_ONLY = [
    ("Voltgrid Assurance GmbH", "Advisory & Integration Partner", "Select", "Germany;Austria", "German;English", "active",
     "Voltgrid Assurance grew out of a control-room engineering team. We monitor substations and gas compressor stations "
     "passively, decoding Modbus/TCP, DNP3 and IEC 60870-5-104 traffic without touching the process network, and we write "
     "the detection rules for Corvane Bastion that turn a changed setpoint into an alert an operator understands."),
    ("Prairie Relay Security LLC", "Managed Security Provider", "Member", "USA;Canada", "English", "active",
     "Small team, big grid experience. Prairie Relay watches SCADA networks for rural electric co-ops and water districts, "
     "with sensors that speak DNP3, and answers the phone at 3 a.m. when a recloser misbehaves. NERC CIP evidence comes as part of the service."),
    ("Kaimai Identity Ltd", "Advisory & Integration Partner", "Member", "New Zealand;Australia", "English;Māori", "active",
     "We help organisations retire passwords. Most of our projects roll out FIDO2 security keys and passkeys to staff and "
     "customers, move legacy apps behind SAML or OIDC single sign-on, and automate account provisioning with SCIM."),
    ("Passwortlos Consulting GmbH", "Advisory & Integration Partner", "Member", "Switzerland", "German;French", "inactive",
     "Passwortlos führt passwortlose Anmeldung ein: FIDO2-Sicherheitsschlüssel und Passkeys für Banken und Versicherungen. "
     "We work in German and French."),
    ("Meridian Passkey Labs Inc.", "Platform Alliance Partner", "Select", "United States", "English;Spanish", "active",
     "Meridian builds the passkey enrolment app that many Corvane customers use to replace SMS one-time codes. We ship "
     "FIDO2 and WebAuthn libraries and an identity-proofing flow for call centres."),
    ("Boardroom Drill Partners LLP", "Advisory & Integration Partner", "Select", "U.K.;Ireland", "English", "active",
     "We run crisis simulations. Our tabletop exercises put an executive team through a ransomware weekend, with injects "
     "from the press, the regulator and the insurer, and end with a written list of decisions the board still has to make."),
    ("Caixa Forte Resiliência Lda.", "Advisory & Integration Partner", "Member", "Portugal;Spain", "Portuguese;Spanish;English", "active",
     "Cyber resilience for the Iberian market: business impact analysis, crisis communication plans and tabletop exercises "
     "for management teams, in Portuguese, Spanish or English."),
    ("Deepfreeze Systems AS", "Solution Provider", "Select", "Norway;Sweden;Denmark", "Norwegian;Swedish;English", "active",
     "Some networks must never see the internet. Deepfreeze installs and runs Corvane in fully air-gapped environments, with "
     "offline update bundles carried across a data diode, for defence suppliers, shipyards and research reactors."),
    ("Bunker Nine Defence Ltd", "Solution Provider", "Select", "United Kingdom", "English", "active",
     "Bunker Nine delivers security tooling to classified and air-gapped networks: on-premises only, no cloud telemetry, "
     "staff cleared to work on government sites."),
    ("Ledgerline Compliance Pte. Ltd.", "Advisory & Integration Partner", "Premier", "Singapore;Malaysia;Indonesia", "English;Mandarin;Malay", "active",
     "Ledgerline is a team of former bank examiners. We prepare banks for the SWIFT Customer Security Programme (CSP) "
     "attestation, MAS TRM inspections and PCI DSS 4.0 assessments, and we keep the evidence current in Corvane afterwards."),
    ("Nordlicht Regulatory Advisory GmbH", "Advisory & Integration Partner", "Select", "Germany;Luxembourg", "German;English;French", "active",
     "Regulatory change is our trade. We help banks, insurers and their ICT providers meet DORA: register of information, "
     "ICT risk framework, threat-led penetration testing (TLPT) scoping and incident reporting timelines."),
    ("Almada Digital Risk S.A.", "Advisory & Integration Partner", "Member", "Portugal", "Portugese;English", "active",
     "We help Portuguese insurers and payment institutions through DORA and NIS2, from gap analysis to the first regulator report."),
    ("Plantwise OT Security Inc.", "Advisory & Integration Partner", "Select", "United States;Mexico", "English;Spanish", "active",
     "Plantwise assesses and segments industrial networks against ISA/IEC 62443: zones and conduits, Purdue model reviews, "
     "secure remote access for vendors, and asset inventories of PLCs in automotive and food plants."),
    ("Hallstatt Industrial Cyber GmbH", "Advisory & Integration Partner", "Member", "Austria;Germany", "German", "active",
     "Wir zertifizieren Maschinenbauer nach IEC 62443-4-1 und bauen sichere Fernwartung für Anlagen im Feld auf."),
    ("Seaboard Maritime Cyber Ltd", "Managed Security Provider", "Member", "Greece;Cyprus;United Kingdom", "Greek;English", "active",
     "Ships are networks too. We secure vessel IT and OT for shipowners and managers (bridge systems, engine-room "
     "networks, VSAT links) and monitor the fleet from our Piraeus operations room, in line with the IMO cyber risk guidelines."),
    ("Mainframe Sentinel Corp.", "Solution Provider", "Member", "United States", "English", "active",
     "Forty years of big iron between us. We audit RACF and ACF2 on IBM z/OS mainframes, feed SMF records into Corvane "
     "Bastion and help insurers and banks prove who changed what on the mainframe."),
    ("Kettle Point Forensics LLC", "Response Retainer Partner", "Select", "United States;Canada", "English;French", "active",
     "When it goes wrong, call us. Our responders collect evidence with Velociraptor and KAPE, rebuild timelines from "
     "memory images and EDR data, and testify as expert witnesses. Retainers include 2-hour remote response."),
    ("Tokai Incident Response K.K.", "Response Retainer Partner", "Member", "Japan", "Japanese;English", "active",
     "東海インシデントレスポンス: digital forensics and incident response in Japanese, memory forensics with Volatility, "
     "and ransomware negotiation support for manufacturers."),
    ("Red Lantern Offensive Security Ltd", "Advisory & Integration Partner", "Select", "HK;Singapore", "Cantonese;English;Mandarin", "active",
     "Offensive security from Hong Kong: red team operations, purple teaming workshops where our operators and your SOC "
     "tune Corvane detections together, and phishing simulations for banks."),
    ("Purpleframe Security B.V.", "Advisory & Integration Partner", "Member", "Netherlands;Belgium", "Dutch;Flemish;English", "active",
     "We make blue teams better. Purple teaming sprints mapped to MITRE ATT&CK, detection engineering in Sigma and KQL, "
     "and coaching for SOC analysts."),
    ("Heartbeat MedSec Inc.", "Advisory & Integration Partner", "Select", "United States", "English", "active",
     "Security for connected medical devices: threat modelling and SBOMs for FDA premarket cybersecurity submissions, "
     "postmarket vulnerability handling, and hospital network segmentation for infusion pumps and imaging."),
    ("Autoline TISAX Beratung GmbH", "Advisory & Integration Partner", "Member", "Germany;Czechia", "German;Czech;English", "active",
     "Automotive suppliers call us before their TISAX assessment. We run the VDA ISA self-assessment, fix the gaps and "
     "accompany the audit; we also help with UNECE R155 for vehicle software."),
    ("Policyforge Cloud Inc.", "Platform Alliance Partner", "Select", "Canada", "English;French", "active",
     "Policyforge writes guardrails as code. Our Terraform and Open Policy Agent (OPA) modules stop misconfigured cloud "
     "resources before they are deployed, and report drift to Corvane Skyline."),
    ("Bergwolke Cloud Security GmbH", "Advisory & Integration Partner", "Member", "Switzerland;Germany", "German;English", "active",
     "Landing zones for regulated Swiss companies on Azure and AWS, built with Terraform, with policy checks in every pipeline."),
    ("Souverain Cloud Conseil SAS", "Advisory & Integration Partner", "Select", "France", "French;English", "active",
     "Nous accompagnons les opérateurs d'importance vitale vers un cloud de confiance: hosting on SecNumCloud-qualified "
     "providers, sovereign cloud migrations and ANSSI requirements, for hospitals and public bodies."),
    ("Lure & Ledger Deception Ltd", "Platform Alliance Partner", "Member", "Israel;United Kingdom", "Hebrew;English", "active",
     "Deception technology: honeypots, honeytokens and decoy credentials spread across the network, with every touch "
     "raised as a high-confidence alert in Corvane Bastion."),
    ("Fjordline SAP Security AS", "Solution Provider", "Member", "Norway;Denmark", "Norwegian;Danish;English", "active",
     "We secure SAP landscapes: role and authorisation reviews, SAP transport monitoring and S/4HANA security baselines, "
     "with SAP security logs forwarded to Corvane."),
    ("Sertão SOC Serviços Ltda.", "Managed Security Provider", "Select", "Brasil", "Brazilian Portuguese;Spanish", "active",
     "Centro de operações de segurança 24x7 em português: our analysts in Recife monitor Corvane Bastion for banks, "
     "retailers and hospitals across Brazil and answer in Portuguese or Spanish."),
    ("Pampas Vigilancia S.A.", "Managed Security Provider", "Member", "Argentina;Uruguay", "Spanish", "active",
     "Monitoreo 24x7 en español para empresas medianas de Argentina y Uruguay."),
    ("Dunmore Child Safety Tech Ltd", "Platform Alliance Partner", "Member", "Ireland", "English", "active",
     "Web filtering and safeguarding alerts for schools, connected to Corvane so that a school's IT lead sees one queue."),
    ("Sakura Awareness Co., Ltd.", "Solution Provider", "Member", "Japan", "Japanese", "active",
     "Security awareness e-learning and phishing drills in Japanese for employees of manufacturers and local governments."),
    ("Kiwi Ledger Payments Security Ltd", "Advisory & Integration Partner", "Member", "New Zealand", "English", "active",
     "PIN security and payment terminal assessments for retailers and acquirers: PCI PIN, P2PE and key-management ceremonies."),
    ("Anatolia Threat Intelligence A.Ş.", "Managed Security Provider", "Member", "Türkiye;Azerbaijan", "Turkish;Russian;English", "active",
     "Dark web monitoring, brand impersonation takedowns and threat intelligence feeds in Turkish and Russian, "
     "delivered into Corvane Bastion."),
    ("Gulf Shield Dark Web Monitoring LLC", "Managed Security Provider", "Member", "UAE;KSA", "Arabic;English;Farsi", "inactive",
     "Dark web monitoring and leaked-credential alerts for Gulf banks."),
    ("Hanoi Secure Cloud JSC", "Solution Provider", "Member", "Viet Nam", "Vietnamese;English", "active",
     "Reseller of Corvane in Vietnam with local-language support; we also host log storage in Vietnamese data centres "
     "for customers that must keep data in the country."),
    ("Cheongsong Smart Factory Security Co., Ltd.", "Advisory & Integration Partner", "Select", "Korea, Republic of", "Korean;English", "active",
     "Smart factory security for semiconductor and battery plants: OT network monitoring, secure file transfer into "
     "clean rooms, and IEC 62443 assessments."),
]


def main():
    partners = [structured_partner(n) for n in range(1, 146)]
    partners += [planted_partner(146 + i, row) for i, row in enumerate(PLANTED)]
    rows = []
    for p in partners:
        countries = [rng.choice(COUNTRIES[c][0]) if rng.random() < 0.45 else COUNTRIES[c][0][0] for c in p["countries"]]
        if rng.random() < 0.05:
            countries = [" " + c + " " for c in countries]  # stray spaces around values
        ptype = rng.choice(TYPES[p["type"]]) if rng.random() < 0.2 else p["type"]
        tier = p["tier"].upper() if rng.random() < 0.04 else (p["tier"].lower() if rng.random() < 0.04 else p["tier"])
        if "type_as_exported" in p:  # planted rows are written as given
            countries, ptype, tier = p["countries_as_exported"], p["type_as_exported"], p["tier"]
        rows.append({
            "id": p["id"], "name": p["name"], "type": ptype, "tier": tier, "regions": joined(p["regions"]),
            "countries": joined(countries), "languages": joined(p["languages"]), "industries": joined(p["industries"]),
            "specializations": joined(p["competencies"]), "certifications": joined(messy(p["certs"], CERT_SPELLINGS, 0.15)),
            "integrations": joined(p["integrations"]), "templates": joined(p["templates"]), "description": describe(p),
            "website": f"https://www.{slug(p['name'])}.{TLD.get(p['hq'], 'com')}", "status": p["status"],
            "satisfaction": p["satisfaction"], "partner_manager": rng.choice(MANAGERS)})
    for i, (name, ptype, tier, countries, languages, status, text) in enumerate(DESCRIPTION_ONLY, start=1):
        rows.append({"id": f"CV-{900 + i:04d}", "name": name, "type": ptype, "tier": tier, "regions": "", "countries": countries,
                     "languages": languages, "industries": "", "specializations": "", "certifications": "", "integrations": "",
                     "templates": "", "description": text, "website": f"https://www.{slug(name)}.com", "status": status,
                     "satisfaction": "", "partner_manager": rng.choice(MANAGERS)})
    columns = ["id", "name", "type", "tier", "regions", "countries", "languages", "industries", "specializations",
               "certifications", "integrations", "templates", "description", "website", "status", "satisfaction", "partner_manager"]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    print(f"wrote {len(rows)} partners to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
