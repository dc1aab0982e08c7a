package com.consort.demodata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Countries, languages and regions of the demo ecosystem: the one place that defines which countries
 * a region contains (written into the suite header as {@code regionCountries}).
 */
final class Geo {

    /** A country: ISO 3166 alpha-2 code, English name, a native or short form seen in messy CRM exports (or the name). */
    record Country(String iso, String name, String variant, String currency, List<String> languages,
                   List<String> cities, String tld, String adjective) {
    }

    /** A language: ISO 639-1 code, English name, native name. */
    record Language(String iso, String name, String nativeName) {
    }

    /** A region code, the form partners write in the CSV, and the phrase a seller uses. */
    record Region(String code, String written, String phrase, List<String> countries) {
    }

    static final Map<String, Country> COUNTRIES = new LinkedHashMap<>();
    static final Map<String, Language> LANGUAGES = new LinkedHashMap<>();
    static final Map<String, Region> REGIONS = new LinkedHashMap<>();

    private static void country(String iso, String name, String variant, String currency, String languages,
                                String cities, String tld, String adjective) {
        COUNTRIES.put(iso, new Country(iso, name, variant, currency, List.of(languages.split(",")),
                List.of(cities.split(",")), tld, adjective));
    }

    private static void language(String iso, String name, String nativeName) {
        LANGUAGES.put(iso, new Language(iso, name, nativeName));
    }

    private static void region(String code, String written, String phrase, String countries) {
        REGIONS.put(code, new Region(code, written, phrase, List.of(countries.split(","))));
    }

    static {
        country("US", "United States", "USA", "USD", "en", "Chicago,Austin,Denver,Atlanta,Boston,Seattle,Columbus,Charlotte,San Diego,Minneapolis", "com", "American");
        country("CA", "Canada", "Canada", "CAD", "en,fr", "Toronto,Montreal,Vancouver,Calgary,Ottawa", "ca", "Canadian");
        country("MX", "Mexico", "México", "MXN", "es", "Mexico City,Monterrey,Guadalajara", "com.mx", "Mexican");
        country("BR", "Brazil", "Brasil", "BRL", "pt", "São Paulo,Rio de Janeiro,Curitiba,Belo Horizonte", "com.br", "Brazilian");
        country("AR", "Argentina", "Argentina", "ARS", "es", "Buenos Aires,Córdoba,Rosario", "com.ar", "Argentine");
        country("CL", "Chile", "Chile", "CLP", "es", "Santiago,Valparaíso", "cl", "Chilean");
        country("CO", "Colombia", "Colombia", "COP", "es", "Bogotá,Medellín", "com.co", "Colombian");
        country("PE", "Peru", "Perú", "PEN", "es", "Lima,Arequipa", "pe", "Peruvian");
        country("DE", "Germany", "Deutschland", "EUR", "de", "Munich,Stuttgart,Hamburg,Berlin,Frankfurt,Cologne,Düsseldorf,Leipzig,Nuremberg,Hanover", "de", "German");
        country("AT", "Austria", "Österreich", "EUR", "de", "Vienna,Graz,Linz,Salzburg", "at", "Austrian");
        country("CH", "Switzerland", "Schweiz", "CHF", "de,fr,it", "Zurich,Basel,Bern,Geneva,Lausanne", "ch", "Swiss");
        country("GB", "United Kingdom", "UK", "GBP", "en", "London,Manchester,Leeds,Bristol,Edinburgh,Birmingham,Glasgow,Reading", "co.uk", "British");
        country("IE", "Ireland", "Ireland", "EUR", "en", "Dublin,Cork,Galway", "ie", "Irish");
        country("FR", "France", "France", "EUR", "fr", "Paris,Lyon,Toulouse,Nantes,Lille,Bordeaux", "fr", "French");
        country("ES", "Spain", "España", "EUR", "es", "Madrid,Barcelona,Valencia,Bilbao,Seville", "es", "Spanish");
        country("PT", "Portugal", "Portugal", "EUR", "pt", "Lisbon,Porto", "pt", "Portuguese");
        country("IT", "Italy", "Italia", "EUR", "it", "Milan,Turin,Bologna,Rome,Padua", "it", "Italian");
        country("NL", "Netherlands", "Nederland", "EUR", "nl", "Amsterdam,Rotterdam,Utrecht,Eindhoven,The Hague", "nl", "Dutch");
        country("BE", "Belgium", "België", "EUR", "nl,fr", "Brussels,Antwerp,Ghent,Leuven", "be", "Belgian");
        country("LU", "Luxembourg", "Luxembourg", "EUR", "fr,de", "Luxembourg City", "lu", "Luxembourgish");
        country("SE", "Sweden", "Sverige", "SEK", "sv", "Stockholm,Gothenburg,Malmö,Uppsala", "se", "Swedish");
        country("NO", "Norway", "Norge", "NOK", "no", "Oslo,Bergen,Trondheim,Stavanger", "no", "Norwegian");
        country("DK", "Denmark", "Danmark", "DKK", "da", "Copenhagen,Aarhus,Odense", "dk", "Danish");
        country("FI", "Finland", "Suomi", "EUR", "fi", "Helsinki,Tampere,Espoo,Oulu", "fi", "Finnish");
        country("IS", "Iceland", "Ísland", "ISK", "is", "Reykjavík", "is", "Icelandic");
        country("PL", "Poland", "Polska", "PLN", "pl", "Warsaw,Kraków,Wrocław,Gdańsk", "pl", "Polish");
        country("CZ", "Czechia", "Česko", "CZK", "cs", "Prague,Brno", "cz", "Czech");
        country("AE", "United Arab Emirates", "UAE", "AED", "ar", "Dubai,Abu Dhabi", "ae", "Emirati");
        country("SA", "Saudi Arabia", "Saudi Arabia", "SAR", "ar", "Riyadh,Jeddah", "sa", "Saudi");
        country("ZA", "South Africa", "South Africa", "ZAR", "en", "Johannesburg,Cape Town,Durban", "co.za", "South African");
        country("JP", "Japan", "日本", "JPY", "ja", "Tokyo,Osaka,Nagoya,Yokohama,Fukuoka", "co.jp", "Japanese");
        country("KR", "South Korea", "Republic of Korea", "KRW", "ko", "Seoul,Busan,Incheon", "co.kr", "Korean");
        country("IN", "India", "India", "INR", "en,hi", "Bengaluru,Pune,Hyderabad,Mumbai,Chennai,Gurugram", "in", "Indian");
        country("SG", "Singapore", "Singapore", "SGD", "en,zh", "Singapore", "com.sg", "Singaporean");
        country("MY", "Malaysia", "Malaysia", "MYR", "en,ms", "Kuala Lumpur,Penang", "com.my", "Malaysian");
        country("ID", "Indonesia", "Indonesia", "IDR", "id,en", "Jakarta,Surabaya", "co.id", "Indonesian");
        country("PH", "Philippines", "Philippines", "PHP", "en", "Manila,Cebu", "com.ph", "Filipino");
        country("HK", "Hong Kong", "香港", "HKD", "zh,en", "Hong Kong", "com.hk", "Hong Kong");
        country("AU", "Australia", "Australia", "AUD", "en", "Sydney,Melbourne,Brisbane,Perth,Adelaide,Canberra", "com.au", "Australian");
        country("NZ", "New Zealand", "New Zealand", "NZD", "en", "Auckland,Wellington,Christchurch", "co.nz", "New Zealand");

        language("en", "English", "English");
        language("de", "German", "Deutsch");
        language("fr", "French", "Français");
        language("es", "Spanish", "Español");
        language("pt", "Portuguese", "Português");
        language("it", "Italian", "Italiano");
        language("nl", "Dutch", "Nederlands");
        language("sv", "Swedish", "Svenska");
        language("no", "Norwegian", "Norsk");
        language("da", "Danish", "Dansk");
        language("fi", "Finnish", "Suomi");
        language("is", "Icelandic", "Íslenska");
        language("pl", "Polish", "Polski");
        language("cs", "Czech", "Čeština");
        language("ar", "Arabic", "العربية");
        language("ja", "Japanese", "日本語");
        language("ko", "Korean", "한국어");
        language("hi", "Hindi", "हिन्दी");
        language("zh", "Chinese", "中文");
        language("ms", "Malay", "Bahasa Melayu");
        language("id", "Indonesian", "Bahasa Indonesia");

        region("NA", "NA", "North America", "US,CA");
        region("LATAM", "LATAM", "Latin America", "MX,BR,AR,CL,CO,PE");
        region("EMEA", "EMEA", "EMEA", "DE,AT,CH,GB,IE,FR,ES,PT,IT,NL,BE,LU,SE,NO,DK,FI,IS,PL,CZ,AE,SA,ZA");
        region("APAC", "APAC", "APAC", "JP,KR,IN,SG,MY,ID,PH,HK,AU,NZ");
        region("DACH", "DACH", "DACH", "DE,AT,CH");
        region("UKI", "UK&I", "the UK and Ireland", "GB,IE");
        region("NORDICS", "Nordics", "the Nordics", "SE,NO,DK,FI,IS");
        region("BENELUX", "Benelux", "Benelux", "NL,BE,LU");
        region("ANZ", "ANZ", "Australia and New Zealand", "AU,NZ");
    }

    private Geo() {
    }

    static Country country(String iso) {
        Country c = COUNTRIES.get(iso);
        if (c == null) {
            throw new IllegalArgumentException("unknown country " + iso);
        }
        return c;
    }

    static Language language(String iso) {
        Language l = LANGUAGES.get(iso);
        if (l == null) {
            throw new IllegalArgumentException("unknown language " + iso);
        }
        return l;
    }

    static Region region(String code) {
        Region r = REGIONS.get(code);
        if (r == null) {
            throw new IllegalArgumentException("unknown region " + code);
        }
        return r;
    }

    /** The top-level region (NA, LATAM, EMEA, APAC) a country belongs to. */
    static String topRegion(String iso) {
        for (String top : List.of("NA", "LATAM", "EMEA", "APAC")) {
            if (REGIONS.get(top).countries().contains(iso)) {
                return top;
            }
        }
        throw new IllegalArgumentException("country in no region: " + iso);
    }

    /** The sub-region (DACH, UKI, NORDICS, BENELUX, ANZ) a country belongs to, or null. */
    static String subRegion(String iso) {
        for (String sub : List.of("DACH", "UKI", "NORDICS", "BENELUX", "ANZ")) {
            if (REGIONS.get(sub).countries().contains(iso)) {
                return sub;
            }
        }
        return null;
    }

    /** Every region (top and sub) containing the country. */
    static List<String> regionsOf(String iso) {
        List<String> out = new ArrayList<>();
        for (Region r : REGIONS.values()) {
            if (r.countries().contains(iso)) {
                out.add(r.code());
            }
        }
        return out;
    }

    /** "Germany, Austria and Switzerland". */
    static String countryList(List<String> isos) {
        List<String> names = new ArrayList<>();
        for (String iso : isos) {
            String n = country(iso).name();
            names.add(n.startsWith("United") || n.startsWith("Nether") || n.startsWith("Philipp") ? "the " + n : n);
        }
        return Text.joinAnd(names);
    }

    /** Display name with the definite article where English uses one: "the United Kingdom". */
    static String countryPhrase(String iso) {
        return countryList(List.of(iso));
    }
}
