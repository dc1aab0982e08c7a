package com.consort.demodata;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes partners.csv the way a real CRM export looks: mostly canonical values, but some types, countries and
 * languages written in other common forms, plus four deliberately broken rows at the end.
 */
final class PartnerCsv {

    static final List<String> HEADER = List.of("id", "name", "type", "tier", "regions", "countries", "languages",
            "industries", "specializations", "certifications", "integrations", "templates", "description", "website",
            "status", "satisfaction", "partner_manager");

    /** Rows the importer must reject, with the reason (documented in the demo README). */
    record BadRow(List<String> cells, String reason) {
    }

    private final Dice dice;

    PartnerCsv(Dice dice) {
        this.dice = dice;
    }

    String write(List<DemoPartner> partners, List<BadRow> badRows) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            csv.printRecord(HEADER);
            for (DemoPartner p : partners) {
                csv.printRecord(row(p));
            }
            for (BadRow bad : badRows) {
                csv.printRecord(bad.cells());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private List<String> row(DemoPartner p) {
        List<String> cells = new ArrayList<>();
        cells.add(p.id);
        cells.add(p.name);
        cells.add(dice.chance(0.1) ? dice.pick(DemoCatalog.TYPE_VARIANTS.get(p.type)) : p.type);
        cells.add(p.tier);
        cells.add(String.join(";", p.regions.stream().map(r -> Geo.region(r).written()).toList()));
        boolean countryVariants = dice.chance(0.15);
        cells.add(String.join(";", p.countries.stream().map(c -> countryForm(c, countryVariants)).toList()));
        boolean languageVariants = dice.chance(0.1);
        cells.add(String.join(";", p.languages.stream().map(l -> languageForm(l, languageVariants)).toList()));
        cells.add(String.join(";", p.industries));
        cells.add(String.join(";", p.specializations));
        cells.add(String.join(";", p.certifications));
        cells.add(String.join(";", p.integrations));
        cells.add(String.join(";", p.templates));
        cells.add(p.description);
        cells.add(p.website);
        cells.add(p.active ? "active" : "inactive");
        cells.add(p.satisfaction == null ? "" : String.format(Locale.ROOT, "%.1f", p.satisfaction));
        cells.add(p.partnerManager);
        return cells;
    }

    private String countryForm(String iso, boolean variants) {
        if (!variants) {
            return Geo.country(iso).name();
        }
        return dice.chance(0.5) ? iso : Geo.country(iso).variant();
    }

    private String languageForm(String iso, boolean variants) {
        if (!variants) {
            return Geo.language(iso).name();
        }
        return dice.chance(0.5) ? iso : Geo.language(iso).nativeName();
    }

    /** The four broken rows appended after the valid partners. */
    static List<BadRow> badRows(int validCount) {
        String next1 = String.format(Locale.ROOT, "P%04d", validCount + 1);
        String next2 = String.format(Locale.ROOT, "P%04d", validCount + 2);
        String next3 = String.format(Locale.ROOT, "P%04d", validCount + 3);
        List<BadRow> rows = new ArrayList<>();
        rows.add(new BadRow(List.of("", "Quillon Workflow Partners GmbH", "Reseller", "Silver", "DACH", "Germany",
                "German;English", "Manufacturing", "Workflow Automation", "Orbitly Certified Consultant", "", "",
                "A reseller in Germany whose export lost its id.", "https://www.quillonworkflow.de", "active", "4.1",
                "Jonas Weber"), "empty id"));
        rows.add(new BadRow(List.of(next1, "", "System Integrator", "Gold", "NA", "United States", "English",
                "Healthcare", "Integration Services", "Orbitly Solution Architect", "Salesforce", "",
                "A systems integrator whose name is missing.", "https://www.example.com", "active", "4.4",
                "Marcus Chen"), "empty name"));
        rows.add(new BadRow(List.of(next2, "Brightwater Analytics Ltd", "Consulting Partner", "Silver", "UK&I",
                "United Kingdom", "English", "Financial Services", "Data & Analytics", "Orbitly Certified Consultant",
                "Power BI", "", "A consultancy whose satisfaction score is out of range.",
                "https://www.brightwateranalytics.co.uk", "active", "7.5", "Olivia Grant"),
                "satisfaction 7.5 is outside 0-5"));
        rows.add(new BadRow(List.of(next3, "Zephyr Cloud Partners Pty Ltd", "Reseller", "Diamond", "ANZ", "Australia",
                "English", "Retail", "Training & Adoption", "Orbitly Certified Administrator", "", "Store Opening Playbook",
                "A reseller with a tier the programme does not have.", "https://www.zephyrcloud.com.au", "active", "4.0",
                "Chloe Tan"), "unknown tier Diamond"));
        return rows;
    }
}
