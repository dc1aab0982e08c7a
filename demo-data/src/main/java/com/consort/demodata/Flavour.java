package com.consort.demodata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A regional flavour of partner: where it is headquartered, which neighbouring countries it may cover,
 * how likely it works in English, and the parts its company names are made of.
 */
record Flavour(String key, int weight, List<String> hqCountries, List<Integer> hqWeights, List<String> neighbours,
               double englishChance, List<String> stems, List<String> middles, Map<String, List<String>> suffixes,
               Map<String, Integer> industryBoost, String nameStyle) {

    static final List<Flavour> ALL = new ArrayList<>();
    /** The flavour global systems integrators are drawn from. */
    static final Flavour GLOBAL;

    private static List<String> l(String csv) {
        return List.of(csv.split("\\s*,\\s*"));
    }

    private static List<Integer> w(int... ws) {
        List<Integer> out = new ArrayList<>();
        for (int x : ws) {
            out.add(x);
        }
        return out;
    }

    private static Map<String, List<String>> sfx(String... isoThenCsv) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < isoThenCsv.length; i += 2) {
            m.put(isoThenCsv[i], List.of(isoThenCsv[i + 1].split("\\|", -1)));
        }
        return m;
    }

    private static Map<String, Integer> boost(Object... kv) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Integer) kv[i + 1]);
        }
        return m;
    }

    static {
        ALL.add(new Flavour("us", 200, l("US"), w(1), l("CA"), 1.0,
                l("Cascade, Summit, Redwood, Lakeshore, Pinnacle, Granite, Bluegrass, Prairie, Harbor, Mesa, Keystone, "
                        + "Frontier, Evergreen, Ironbridge, Liberty, Northstar, Silverline, Copperleaf, Brightpath, "
                        + "Clearwater, Highland, Oakridge, Riverbend, Stonegate, Trailhead, Beacon, Sagebrush, Tidewater, "
                        + "Canyon, Bayview, Foxhollow, Quarry, Driftwood, Bellwether, Larkspur, Cobalt, Juniper, Sterling, "
                        + "Westfield, Timberline, Blue Ridge, Red Rock, Gateway, Magnolia, Cardinal, Anchor Point"),
                l("PMO Partners, Consulting, Solutions, Digital, Systems, Advisory, Group, Technologies, Works, "
                        + "Project Partners, Workflow Partners, Analytics, Ops, Delivery Partners"),
                sfx("US", "Inc.|LLC||Corp."),
                boost("Healthcare", 4, "Financial Services", 4, "Technology", 3, "Public Sector", 2),
                "anglo"));
        ALL.add(new Flavour("ca", 40, l("CA"), w(1), l("US"), 1.0,
                l("Boreal, Laurentide, Maple Ridge, Fundy, Muskoka, Algonquin, Kootenay, Chinook, Northern Lights, "
                        + "Saint-Laurent, Mont-Royal, Rideau, Okanagan, Tundra"),
                l("Consulting, Solutions, Digital, Advisory, Group, Project Partners, Technologies"),
                sfx("CA", "Inc.|Ltd.|"),
                boost("Energy & Utilities", 4, "Public Sector", 3, "Financial Services", 2),
                "anglo"));
        ALL.add(new Flavour("dach", 100, l("DE, AT, CH"), w(65, 15, 20), l("DE, AT, CH"), 0.85,
                l("Bergmann, Hoffmann, Krüger, Lindner, Vogel, Brandt, Keller, Wagner, Schubert, Hartmann, Roth, "
                        + "Seidel, Winkler, Albrecht, Franke, Lorenz, Baumann, Kaiser, Sommer, Engel, Huber, Gruber, "
                        + "Steiner, Moser, Brunner, Meier, Frei, Alpenwerk, Rheinblick, Isartal, Elbwerk, Donauwerk, "
                        + "Neckar, Spree, Bodensee, Taunus, Harz, Eiger, Säntis, Weserland"),
                l("Digital, Consulting, Projektberatung, Systemhaus, IT-Services, Solutions, Prozesswerk, Partners, "
                        + "Projektmanagement, Unternehmensberatung"),
                sfx("DE", "GmbH|AG|GmbH & Co. KG|GmbH", "AT", "GmbH|AG", "CH", "AG|GmbH"),
                boost("Manufacturing", 12, "Automotive", 9, "Energy & Utilities", 2),
                "dach"));
        ALL.add(new Flavour("uki", 65, l("GB, IE"), w(85, 15), l("GB, IE"), 1.0,
                l("Northwind, Thistle, Kestrel, Harrow, Ashdown, Wexford, Bramble, Greyfriars, Pennine, Severn, "
                        + "Cotswold, Fenwick, Marlow, Ravensworth, Chiltern, Solent, Tamar, Wyvern, Blackthorn, Kingsway, "
                        + "Liffey, Shannon, Claddagh, Holloway, Ashcroft, Whitmore"),
                l("PMO Partners, Consulting, Digital, Advisory, Solutions, Group, Associates, Change Partners, Delivery"),
                sfx("GB", "Ltd|LLP|Limited|Ltd", "IE", "Ltd|DAC"),
                boost("Financial Services", 5, "Public Sector", 5, "Insurance", 3),
                "uki"));
        ALL.add(new Flavour("fr", 40, l("FR"), w(1), l("BE, LU, CH"), 0.7,
                l("Lumen, Azur, Clairval, Montaigne, Sorel, Beaulieu, Vauban, Loire, Mistral, Garonne, Belvédère, "
                        + "Alizé, Orée, Lumière, Rivoli, Séquoia, Colbert, Cévennes"),
                l("Conseil, Numérique, Solutions, Partenaires, Digital, Projets, Stratégie"),
                sfx("FR", "SAS|SA|SARL"),
                boost("Public Sector", 3, "Energy & Utilities", 3, "Retail", 2),
                "fr"));
        ALL.add(new Flavour("es", 21, l("ES"), w(1), l("PT"), 0.7,
                l("Altamira, Sierra, Mirador, Ribera, Alhambra, Guadiana, Cierzo, Tramontana, Nervión, Solano, Atalaya, "
                        + "Moncayo, Albufera"),
                l("Consultores, Soluciones, Digital, Tecnología, Proyectos"),
                sfx("ES", "S.L.|S.A."),
                boost("Retail", 3, "Construction", 3, "Energy & Utilities", 3),
                "plain"));
        ALL.add(new Flavour("pt", 9, l("PT"), w(1), l("ES"), 0.75,
                l("Tejo, Douro, Alfama, Mondego, Sintra, Arrábida, Minho"),
                l("Consultoria, Tecnologia, Soluções, Digital"),
                sfx("PT", "Lda.|S.A."),
                boost("Retail", 2, "Energy & Utilities", 3),
                "plain"));
        ALL.add(new Flavour("it", 22, l("IT"), w(1), l("CH"), 0.7,
                l("Aurora, Brera, Dolomiti, Ponte, Arno, Vesuvio, Laguna, Sforza, Tiepolo, Ligure, Navigli, Monviso"),
                l("Consulting, Digitale, Sistemi, Soluzioni, Progetti"),
                sfx("IT", "S.r.l.|S.p.A."),
                boost("Manufacturing", 6, "Retail", 2),
                "it"));
        ALL.add(new Flavour("nordics", 40, l("SE, NO, DK, FI"), w(35, 22, 22, 21), l("SE, NO, DK, FI"), 0.95,
                l("Fjord, Nordlys, Havn, Lumo, Skog, Vinter, Isfjell, Kvarn, Björk, Tall, Saga, Polar, Midnatt, "
                        + "Revontuli, Aalto, Kaski, Vind, Sjö, Lyng"),
                l("Digital, Consulting, Partners, Systems, Rådgivning, Solutions, Insight"),
                sfx("SE", "AB", "NO", "AS", "DK", "ApS|A/S", "FI", "Oy"),
                boost("Energy & Utilities", 6, "Public Sector", 3, "Manufacturing", 2),
                "plain"));
        ALL.add(new Flavour("benelux", 40, l("NL, BE, LU"), w(60, 35, 5), l("NL, BE, LU"), 0.95,
                l("Polder, Delta, Schelde, Maas, Dijk, Tulp, Zeeland, Kempen, Ardennes, Veluwe, Waal, Molen, "
                        + "Meander, Duinen, Brabant"),
                l("Consultancy, Digital, Partners, Solutions, Groep, Projectmanagement, Advies"),
                sfx("NL", "B.V.", "BE", "NV|BV|SRL", "LU", "S.à r.l."),
                boost("Logistics", 6, "Financial Services", 2, "Public Sector", 2),
                "plain"));
        ALL.add(new Flavour("cee", 15, l("PL, CZ"), w(65, 35), l("PL, CZ"), 0.9,
                l("Tatra, Mazury, Warta, Odra, Vltava, Morava, Beskidy, Karkonosze, Pilica"),
                l("Consulting, Systems, Digital, Solutions"),
                sfx("PL", "Sp. z o.o.", "CZ", "s.r.o."),
                boost("Manufacturing", 5, "Automotive", 3, "Logistics", 2),
                "plain"));
        ALL.add(new Flavour("gulf", 12, l("AE, SA"), w(60, 40), l("AE, SA"), 0.95,
                l("Falcon, Oasis, Sadeem, Noor, Mirage, Najm, Rimal, Dunes, Sidra, Marjan"),
                l("Technologies, Consulting, Solutions, Digital"),
                sfx("AE", "LLC|FZ-LLC", "SA", "Co.|Ltd."),
                boost("Energy & Utilities", 6, "Construction", 5, "Public Sector", 4),
                "plain"));
        ALL.add(new Flavour("za", 6, l("ZA"), w(1), l("ZA"), 1.0,
                l("Protea, Karoo, Baobab, Highveld, Table Bay, Drakensberg, Fynbos"),
                l("Technologies, Consulting, Solutions, Digital"),
                sfx("ZA", "(Pty) Ltd"),
                boost("Energy & Utilities", 4, "Financial Services", 3, "Public Sector", 2),
                "plain"));
        ALL.add(new Flavour("latam", 45, l("MX, AR, CL, CO, PE"), w(30, 12, 10, 9, 4), l("MX, AR, CL, CO, PE"), 0.6,
                l("Cordillera, Andes, Pampa, Mirador, Quetzal, Cenote, Nopal, Aconcagua, Patagonia, Pacífico, Cóndor, "
                        + "Orinoco, Magdalena, Araucaria, Tepeyac, Sierra Madre"),
                l("Consultores, Soluciones, Digital, Tecnología, Proyectos"),
                sfx("MX", "S.A. de C.V.", "AR", "S.A.", "CL", "SpA", "CO", "S.A.S.", "PE", "S.A.C."),
                boost("Retail", 3, "Financial Services", 3, "Energy & Utilities", 3, "Logistics", 2),
                "plain"));
        ALL.add(new Flavour("brazil", 25, l("BR"), w(1), l("AR, CL, CO"), 0.6,
                l("Ipê, Jacarandá, Horizonte, Paraná, Cerrado, Guanabara, Tucano, Jequitibá, Capibaribe, Itaúna"),
                l("Consultoria, Tecnologia, Soluções, Digital, Projetos"),
                sfx("BR", "Ltda.|S.A."),
                boost("Retail", 3, "Financial Services", 3, "Manufacturing", 2, "Logistics", 2),
                "plain"));
        ALL.add(new Flavour("jp", 38, l("JP"), w(1), l("JP"), 0.55,
                l("Kaito, Sakura, Fuji, Kumo, Hikari, Midori, Tsubasa, Hoshi, Kaze, Aozora, Hinode, Minato, Soyokaze, "
                        + "Tsuki, Shinsei, Akebono"),
                l("Systems, Solutions, Consulting, Digital, Technologies, Works"),
                sfx("JP", "KK|Co., Ltd.|G.K."),
                boost("Manufacturing", 9, "Automotive", 7, "Technology", 2),
                "plain"));
        ALL.add(new Flavour("kr", 10, l("KR"), w(1), l("KR"), 0.6,
                l("Hanbit, Mirae, Saebit, Nuri, Haneul, Baram, Gaon"),
                l("Systems, Solutions, Consulting, Digital"),
                sfx("KR", "Co., Ltd.|Inc."),
                boost("Manufacturing", 5, "Technology", 5),
                "plain"));
        ALL.add(new Flavour("in", 30, l("IN"), w(1), l("SG"), 1.0,
                l("Lotus, Indus, Saffron, Banyan, Monsoon, Deccan, Ganga, Kaveri, Peacock, Himalaya, Konark, Narmada"),
                l("Technologies, Infotech, Consulting, Solutions, Digital, Systems"),
                sfx("IN", "Pvt. Ltd.|Private Limited"),
                boost("Technology", 7, "Financial Services", 3, "Manufacturing", 2),
                "plain"));
        ALL.add(new Flavour("sea", 25, l("SG, MY, ID, PH, HK"), w(40, 18, 15, 12, 15), l("SG, MY, ID, PH, HK"), 1.0,
                l("Merlion, Orchid, Batik, Rafflesia, Komodo, Lantern, Straits, Monsoon Bay, Kampong, Junkbay, Peak"),
                l("Digital, Consulting, Solutions, Technologies"),
                sfx("SG", "Pte. Ltd.", "MY", "Sdn. Bhd.", "ID", "", "PH", "Inc.", "HK", "Limited"),
                boost("Financial Services", 4, "Logistics", 4, "Retail", 2),
                "sea"));
        ALL.add(new Flavour("anz", 45, l("AU, NZ"), w(75, 25), l("AU, NZ"), 1.0,
                l("Southern Cross, Kauri, Coral, Tasman, Wattle, Harbourside, Kowhai, Banksia, Ironbark, Jacaranda, "
                        + "Kookaburra, Pohutukawa, Murray, Karri, Nullarbor"),
                l("Consulting, Digital, Solutions, Partners, Group, Advisory"),
                sfx("AU", "Pty Ltd", "NZ", "Ltd|Limited"),
                boost("Public Sector", 4, "Construction", 4, "Energy & Utilities", 3, "Education", 2),
                "anglo"));
        GLOBAL = new Flavour("global", 0, l("US, GB, FR, DE, IN, JP"), w(40, 20, 12, 10, 12, 6),
                l("US, CA, GB, IE, DE, FR, ES, IT, NL, SE, CH, PL, AE, IN, SG, JP, AU, BR, MX"), 1.0,
                l("Atlas, Vantage, Quantis, Meridian, Halcyon, Solstice, Paragon, Sentinel, Axiom, Crescent, Helix, "
                        + "Lattice, Stratus, Zenith, Vertex, Continuum, Nexora, Tessellate, Polaris, Archway, Aurelian, "
                        + "Beaconhill, Kinetiq, Corvus"),
                l("Global Consulting, Worldwide Partners, Global Services, Consulting Group, Digital Group, International"),
                sfx("US", "Inc.|", "GB", "plc|", "FR", "SA", "DE", "AG", "IN", "Ltd.", "JP", "KK"),
                boost(), "global");
    }
}
