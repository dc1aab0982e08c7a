package com.consort.knowledge.search;

import com.consort.knowledge.partner.Facet;
import com.consort.knowledge.partner.PartnerImporter;
import com.consort.knowledge.partner.Vocabulary;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Dev probe: prints how each Corvane question is read next to the suite's constraints. */
class CorvaneReadingProbe {

    @Test
    @SuppressWarnings("unchecked")
    void probe() throws Exception {
        Vocabulary vocabulary = System.getProperty("vendor") == null ? Vocabulary.standard() : Vocabulary.withVendorResource(System.getProperty("vendor"));
        PartnerImporter.Parsed parsed;
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("partners", "../eval/datasets/corvane/partners.csv")))) {
            parsed = new PartnerImporter(vocabulary).parse(in, PartnerImporter.Format.CSV, Map.of());
        }
        Map<Facet, Set<String>> known = new EnumMap<>(Facet.class);
        parsed.partners().forEach(p -> {
            for (Facet f : Facet.values()) {
                if (!p.values(f).isEmpty()) known.computeIfAbsent(f, k -> new TreeSet<>()).addAll(p.values(f));
            }
        });
        System.setProperty("consort.semantic.debug", "true");
        QueryUnderstanding u = new QueryUnderstanding(vocabulary, () -> known,
                new SemanticReading(new com.consort.knowledge.embedding.OnnxEmbedder(2), Double.parseDouble(System.getProperty("threshold", "0.8"))));
        Map<String, Object> suite = new Yaml().load(Files.readString(Path.of(System.getProperty("suite", "../eval/suites/corvane-retrieval.yaml"))));
        for (Map<String, Object> c : (List<Map<String, Object>>) suite.get("cases")) {
            List<String> turns = c.containsKey("turns") ? (List<String>) c.get("turns") : List.of((String) c.get("question"));
            StringBuilder read = new StringBuilder();
            System.out.println("CASE " + c.get("id"));
            for (String t : turns) {
                Constraints k = u.understand(t);
                read.append(k.mentions()).append(" | ");
            }
            System.out.flush();
            System.out.println("CASE " + c.get("id") + "\n  Q " + turns + "\n  want " + c.get("constraints") + "\n  read " + read);
        }
    }
}
