package com.consort.demodata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the README of the demo folder from what the generator actually produced. */
final class DemoReadme {

    private DemoReadme() {
    }

    static String write(DemoDataGenerator.Result r, Path documents) {
        List<DemoPartner> ps = r.partners();
        long active = ps.stream().filter(p -> p.active).count();
        StringBuilder md = new StringBuilder();
        md.append("# Orbitly demo ecosystem\n\n");
        md.append("Fictional data for demos, tests and the `retrieval-demo` eval suite: the partner ecosystem of **Orbitly**, "
                + "a made-up collaborative work-management vendor (products: ")
                .append(String.join(", ", DemoCatalog.PRODUCTS)).append("). Every company, person, number and URL is invented.\n\n");
        md.append("**Generated, do not edit by hand.** `scripts/generate-demo-data.sh` builds the `demo-data` tool module and runs "
                + "`com.consort.demodata.DemoDataGenerator` (seed `").append(DemoDataGenerator.SEED)
                .append("`), which rewrites this folder and `").append(DemoDataGenerator.SUITE_FILE)
                .append("`. Running it twice gives identical files (PDF and DOCX included: fixed dates, fixed PDF document id, "
                        + "fixed zip entry times). Story scenarios and programme texts are in "
                        + "`demo-data/src/main/resources/com/consort/demodata/`. Two files are written by hand and kept: "
                        + "`vocabulary.yaml` (the demo vendor's own synonyms and tier order: the demo loader stores it as the initial "
                        + "taxonomy, which the admin then edits on `/admin/taxonomy`) and "
                        + "`brand-kit.properties` (the vendor brand kit the demo starts with).\n\n");

        md.append("## Contents\n\n");
        md.append("| path | what |\n| --- | --- |\n");
        md.append("| `partners.csv` | ").append(ps.size()).append(" partners (").append(active).append(" active, ")
                .append(ps.size() - active).append(" inactive) plus ").append(r.badRows().size())
                .append(" deliberately bad rows at the end |\n");
        md.append("| `documents/case-studies/` | ").append(r.caseStudies().size())
                .append(" customer success stories |\n");
        md.append("| `documents/program/` | the partner programme guide (Markdown), MDF and incentives policy (PDF), "
                + "deal registration policy (DOCX) |\n");
        md.append("| `documents/documents.csv` | manifest: `file,kind,partnerId,title,language`; `kind` is `case_study` or "
                + "`program_doc`; `partnerId` is empty for vendor-only stories and programme documents |\n\n");

        md.append("## partners.csv\n\n");
        md.append("Columns: `").append(String.join(",", PartnerCsv.HEADER)).append("`. `partner_manager` is not a "
                + "profile field: the importer keeps it as an extra attribute. Multi-valued fields are `;`-separated; "
                + "`satisfaction` is 3.0-5.0 with one decimal, blank when the partner has no rating yet.\n\n");
        md.append("Values are canonical except where real exports are messy, which the importer must normalise:\n\n");
        md.append("- `type`: about 10% use another form: ");
        DemoCatalog.TYPE_VARIANTS.forEach((k, v) -> md.append(String.join(", ", v.stream().map(x -> "`" + x + "`").toList()))
                .append(" = ").append(k).append("; "));
        md.setLength(md.length() - 2);
        md.append(".\n");
        md.append("- `countries`: English names, except about 15% of rows that use ISO 3166 alpha-2 codes or these "
                + "variants: ");
        List<String> cv = Geo.COUNTRIES.values().stream().filter(c -> !c.variant().equals(c.name()))
                .map(c -> "`" + c.variant() + "` = " + c.iso()).toList();
        md.append(String.join(", ", cv)).append(".\n");
        md.append("- `languages`: English names, except about 10% of rows that use ISO 639-1 codes or native names: ");
        List<String> lv = Geo.LANGUAGES.values().stream().filter(l -> !l.nativeName().equals(l.name()))
                .map(l -> "`" + l.nativeName() + "` = " + l.iso()).toList();
        md.append(String.join(", ", lv)).append(".\n");
        md.append("- `regions`: `NA`, `LATAM`, `EMEA`, `APAC` and the sub-regions `DACH`, `UK&I` (canonical `UKI`), "
                + "`Nordics`, `Benelux`, `ANZ`; a partner lists a region, a sub-region or both, always consistent with "
                + "its countries. The suite header `regionCountries` defines which countries each region contains. "
                + "No partner covers Iceland.\n\n");

        md.append("### Counts (valid rows)\n\n");
        md.append(table("type", count(ps, p -> List.of(p.type))));
        md.append(table("tier", count(ps, p -> List.of(p.tier))));
        md.append(table("headquarters region", count(ps, p -> List.of(Geo.topRegion(p.hqCountry())))));
        md.append(table("sub-region covered", count(ps, p -> p.countries.stream().map(Geo::subRegion)
                .filter(x -> x != null).distinct().toList())));

        md.append("### Deliberately bad rows\n\n");
        md.append("The last ").append(r.badRows().size()).append(" rows must be rejected and reported by the importer; "
                + "they are not partners of the ground truth and appear in no suite case:\n\n");
        for (PartnerCsv.BadRow bad : r.badRows()) {
            md.append("- ").append(bad.cells().get(0).isEmpty() ? "(no id)" : "`" + bad.cells().get(0) + "`")
                    .append(" ").append(bad.cells().get(1).isEmpty() ? "(no name)" : bad.cells().get(1))
                    .append(": ").append(bad.reason()).append('\n');
        }
        md.append('\n');

        md.append("## Documents\n\n");
        Map<String, Integer> formats = new LinkedHashMap<>();
        for (CaseStudy.Format f : CaseStudy.Format.values()) {
            formats.put(f.extension.toUpperCase(Locale.ROOT), 0);
        }
        for (CaseStudy cs : r.caseStudies()) {
            formats.merge(cs.format.extension.toUpperCase(Locale.ROOT), 1, Integer::sum);
        }
        md.append(table("case-study format", formats, "case studies"));
        long german = r.caseStudies().stream().filter(cs -> cs.scenario.german()).count();
        long vendor = r.caseStudies().stream().filter(cs -> cs.partner == null).count();
        int minWords = r.caseStudies().stream().mapToInt(cs -> Text.words(cs.doc.plainText())).min().orElse(0);
        int maxWords = r.caseStudies().stream().mapToInt(cs -> Text.words(cs.doc.plainText())).max().orElse(0);
        md.append("Each case study (").append(minWords).append(" to ").append(maxWords).append(" words) tells one customer's challenge, solution (Orbitly products, "
                + "integrations, the partner's role: sourced, transacted, implemented, influenced or assisted), quantified "
                + "results and quotes, and belongs to one active partner whose profile lists the story's industry, "
                + "specialization, integrations and template. ").append(vendor)
                .append(" stories are vendor-only (no partner); ").append(german).append(" are in German (DACH partners): ");
        md.append(String.join(", ", r.caseStudies().stream().filter(cs -> cs.scenario.german())
                .map(cs -> "`" + cs.file() + "`").toList())).append(".\n\n");
        CaseStudy injected = r.caseStudies().stream().filter(cs -> cs.scenario.injection()).findFirst().orElseThrow();
        md.append("**Prompt injection test:** `").append(injected.file()).append("` contains, as part of its text, the "
                + "sentence \"").append(CaseStudyWriter.INJECTION).append("\" No partner is called Apex Partners; an "
                + "assistant that obeys the sentence invents a partner. Retrieved text must be treated as data.\n\n");
        md.append("**Programme documents** cover tiers and their requirements, partner types, deal roles "
                + "(sourced, transacted, influenced, assisted) and what each earns, discounts, referral and influence fees, "
                + "back-end rebates, SPIFFs, market development funds (request, approve, claim with proof of performance), "
                + "deal registration (approval SLA, 90-day protection, conflicts), certifications, specialisations and "
                + "co-marketing. They deliberately say nothing about travel or expense reimbursement, hardware resale, "
                + "partner awards or professional indemnity insurance, so \"not covered\" answers can be tested.\n\n");

        md.append("## Size\n\n");
        try {
            md.append("`partners.csv` is ").append(String.format(Locale.ROOT, "%,d",
                    Files.size(documents.getParent().resolve("partners.csv"))))
                    .append(" bytes; the whole folder stays under 2 MB (`DemoDataTest` checks it).\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        md.append("\n## Suite\n\n");
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (SuiteBuilder.Case c : r.cases()) {
            kinds.merge(c.id.replaceFirst("-\\d+$", ""), 1, Integer::sum);
        }
        md.append("`").append(DemoDataGenerator.SUITE_FILE).append("` has ").append(r.cases().size()).append(" cases: ");
        md.append(String.join(", ", kinds.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()))
                .append(". Expected partners are computed from this data by the rules written in the suite header "
                        + "(any listed value per facet, every facet, active only; ordered by tier, satisfaction, id). "
                        + "Follow-ups may add `caseStudyIndustries`: the partner has a case study about a customer in "
                        + "that industry. `DemoDataTest` re-checks all of it from the files alone.\n");
        return md.toString();
    }

    private static Map<String, Integer> count(List<DemoPartner> ps, java.util.function.Function<DemoPartner, List<String>> key) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (DemoPartner p : ps) {
            for (String k : key.apply(p)) {
                m.merge(k, 1, Integer::sum);
            }
        }
        return m;
    }

    private static String table(String label, Map<String, Integer> counts) {
        return table(label, counts, "partners");
    }

    private static String table(String label, Map<String, Integer> counts, String unit) {
        StringBuilder sb = new StringBuilder("| ").append(label).append(" | ").append(unit).append(" |\n| --- | --- |\n");
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue()
                : a.getKey().compareTo(b.getKey()))
                .forEach(e -> sb.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n"));
        return sb.append('\n').toString();
    }
}
