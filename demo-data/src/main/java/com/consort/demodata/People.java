package com.consort.demodata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Fictional person names, customer-name stems and money formats, by the customer's country. */
final class People {

    private record Pool(List<String> first, List<String> last, List<String> stems) {
    }

    private static final Map<String, Pool> POOLS = new LinkedHashMap<>();

    private static void pool(String group, String first, String last, String stems) {
        POOLS.put(group, new Pool(List.of(first.split(", ")), List.of(last.split(", ")), List.of(stems.split(", "))));
    }

    static {
        pool("en", "Emma, James, Olivia, Daniel, Sarah, Michael, Laura, David, Rachel, Thomas, Hannah, Chris, Megan, "
                        + "Andrew, Grace, Ryan, Natalie, Ben, Karen, Victor",
                "Carter, Mitchell, Hughes, Bennett, Foster, Reid, Palmer, Hayes, Lawson, Brooks, Ellis, Grant, Turner, "
                        + "Walsh, Quinn, Barker, Doyle, Sutton",
                "Harlow, Kingsford, Whitby, Ashford, Bramley, Crestview, Fairhaven, Glenmore, Hollis, Linton, Marston, "
                        + "Norwood, Oakham, Penrose, Redfield, Stanmore, Thornbury, Wexley, Alder, Brookfield, Eastgate, "
                        + "Silverbrook, Hartwell, Westmoor");
        pool("de", "Anna, Julia, Katrin, Stefan, Markus, Tobias, Sabine, Lukas, Christian, Miriam, Jan, Claudia",
                "Schneider, Fischer, Becker, Wolf, Neumann, Zimmermann, Krause, Lehmann, Schmitt, Hofmann",
                "Falkenried, Lindenau, Auerbach, Rosenthal, Eichwald, Hagenbach, Sonnenberg, Birkenfeld, Steinhausen, "
                        + "Waldeck, Mühlental, Ostermark");
        pool("fr", "Camille, Julien, Claire, Nicolas, Élodie, Antoine, Mathilde, Pierre",
                "Martin, Bernard, Dubois, Moreau, Laurent, Fontaine, Rousseau, Girard",
                "Valmont, Beauregard, Montclair, Rochefort, Chantelle, Villeneuve, Clairefont, Sainte-Croix");
        pool("es", "Lucía, Javier, Carmen, Diego, Elena, Pablo, Marta, Andrés",
                "Fernández, García, Morales, Navarro, Romero, Ortega, Castillo, Vega",
                "Sotomayor, Alcántara, Villaverde, Castellano, Monteverde, Arroyo, Valdecañas, Peñalba");
        pool("pt", "Ana, João, Mariana, Pedro, Beatriz, Rafael",
                "Silva, Santos, Oliveira, Costa, Pereira, Almeida",
                "Boa Vista, Serra Azul, Vale Verde, Porto Alegre, Ribeirão, Itapuã");
        pool("it", "Giulia, Marco, Francesca, Luca, Chiara, Matteo",
                "Rossi, Bianchi, Romano, Colombo, Ricci, Marino",
                "Valtellina, Montebello, Castelli, Rinaldi, Belfiore, Pontevecchio");
        pool("nl", "Sanne, Daan, Lotte, Bram, Femke, Joost",
                "de Vries, Jansen, Bakker, Visser, Smit, Mulder",
                "Hoogeveen, Oosterhout, Waalwijk, Zuidland, Meerburg, Bergeijk");
        pool("nordic", "Ingrid, Erik, Astrid, Mikkel, Sofia, Henrik, Freja, Anders",
                "Lindberg, Johansen, Nielsen, Virtanen, Berg, Hansen, Korhonen, Dahl",
                "Norrvik, Solberg, Havland, Bergstrand, Ekdal, Lindholm, Skovby, Järvelä");
        pool("ja", "Yuki, Haruto, Aiko, Takeshi, Emi, Kenta",
                "Sato, Suzuki, Tanaka, Ito, Nakamura, Kobayashi",
                "Takara, Hoshino, Aoyama, Morikawa, Kawaguchi, Shirakawa");
        pool("ko", "Ji-woo, Min-jun, Seo-yeon, Do-hyun",
                "Kim, Lee, Park, Choi",
                "Daehan, Seorin, Hanul, Gwangmyeong");
        pool("cee", "Katarzyna, Piotr, Tomasz, Petra, Jakub, Ewa",
                "Nowak, Kowalski, Zielinski, Novak, Svoboda, Dvorak",
                "Lesna, Bialka, Zlatna, Horska, Vysoka");
        pool("ar", "Layla, Omar, Fatima, Khalid, Yousef, Noura",
                "Al-Mansouri, Haddad, Al-Rashid, Nasser, Al-Farsi, Saleh",
                "Al Noor, Rawdah, Jumeira, Al Waha, Najd, Sahara");
        pool("in", "Ananya, Rahul, Priya, Arjun, Kavya, Vikram",
                "Sharma, Iyer, Reddy, Mehta, Nair, Kapoor",
                "Shivaji, Godavari, Aravali, Malabar, Vindhya, Sahyadri");
        pool("sea", "Wei Ling, Jun Hao, Mei, Kai, Putri, Budi, Maria, Jose",
                "Tan, Lim, Wong, Chen, Santoso, Wijaya, Reyes, Cruz",
                "Bukit, Seri, Harbourfront, Mutiara, Cahaya, Lantau");
    }

    private People() {
    }

    static String group(String countryIso) {
        return switch (countryIso) {
            case "DE", "AT", "CH" -> "de";
            case "FR", "BE", "LU" -> "fr";
            case "ES", "MX", "AR", "CL", "CO", "PE" -> "es";
            case "PT", "BR" -> "pt";
            case "IT" -> "it";
            case "NL" -> "nl";
            case "SE", "NO", "DK", "FI", "IS" -> "nordic";
            case "JP" -> "ja";
            case "KR" -> "ko";
            case "PL", "CZ" -> "cee";
            case "AE", "SA" -> "ar";
            case "IN" -> "in";
            case "SG", "MY", "ID", "PH", "HK" -> "sea";
            default -> "en";
        };
    }

    static String person(Dice dice, String countryIso) {
        Pool p = POOLS.get(group(countryIso));
        return dice.pick(p.first()) + " " + dice.pick(p.last());
    }

    static String customerStem(Dice dice, String countryIso) {
        return dice.pick(POOLS.get(group(countryIso)).stems());
    }

    private static final Map<String, Object[]> CURRENCY = new LinkedHashMap<>();

    private static void cur(String code, String prefix, double perUsd) {
        CURRENCY.put(code, new Object[] {prefix, perUsd});
    }

    static {
        cur("USD", "$", 1);
        cur("EUR", "€", 0.92);
        cur("GBP", "£", 0.79);
        cur("CHF", "CHF ", 0.88);
        cur("SEK", "SEK ", 10.5);
        cur("NOK", "NOK ", 10.7);
        cur("DKK", "DKK ", 6.9);
        cur("PLN", "PLN ", 4.0);
        cur("CZK", "CZK ", 23);
        cur("CAD", "C$", 1.36);
        cur("MXN", "MXN ", 17);
        cur("BRL", "R$", 5);
        cur("ARS", "US$", 1);
        cur("CLP", "CLP ", 900);
        cur("COP", "COP ", 4000);
        cur("PEN", "PEN ", 3.7);
        cur("JPY", "¥", 150);
        cur("KRW", "KRW ", 1350);
        cur("INR", "INR ", 83);
        cur("SGD", "S$", 1.35);
        cur("MYR", "RM", 4.7);
        cur("IDR", "IDR ", 15600);
        cur("PHP", "PHP ", 56);
        cur("HKD", "HK$", 7.8);
        cur("AUD", "A$", 1.5);
        cur("NZD", "NZ$", 1.65);
        cur("AED", "AED ", 3.67);
        cur("SAR", "SAR ", 3.75);
        cur("ZAR", "R", 18.5);
    }

    /** An amount given in thousands of US dollars, written in the country's currency: "€410,000", "¥62 million". */
    static String money(double thousandsUsd, String countryIso, boolean german) {
        String code = Geo.country(countryIso).currency();
        Object[] c = CURRENCY.get(code);
        double amount = thousandsUsd * 1000 * (double) c[1];
        String prefix = (String) c[0];
        if (german) {
            String sym = code.equals("EUR") ? "€" : code;
            if (amount >= 1_000_000) {
                return String.format(Locale.GERMANY, "%.1f Mio. %s", amount / 1_000_000, sym).replace(",0 ", " ");
            }
            return String.format(Locale.GERMANY, "%,d %s", Math.round(amount / 10_000) * 10_000, sym);
        }
        if (amount >= 1_000_000_000) {
            return prefix + String.format(Locale.ROOT, "%.1f billion", amount / 1_000_000_000).replace(".0 ", " ");
        }
        if (amount >= 1_000_000) {
            return prefix + String.format(Locale.ROOT, "%.1f million", amount / 1_000_000).replace(".0 ", " ");
        }
        return prefix + String.format(Locale.US, "%,d", Math.round(amount / 10_000) * 10_000);
    }
}
