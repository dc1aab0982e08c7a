package com.consort.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The suites the server knows: those packaged with it (eval/suites/ of the source tree, on the
 * classpath) and, when configured, the files of a folder, which replace packaged suites of the same name.
 */
public final class SuiteCatalog {

    private final Map<String, SuiteFile> byName;

    private SuiteCatalog(Map<String, SuiteFile> byName) {
        this.byName = byName;
    }

    public static SuiteCatalog load(Path folder) {
        Map<String, SuiteFile> suites = new TreeMap<>();
        try {
            var resolver = new PathMatchingResourcePatternResolver(SuiteCatalog.class.getClassLoader());
            for (Resource r : resolver.getResources("classpath*:eval/suites/*.yaml")) {
                try (InputStream in = r.getInputStream()) {
                    SuiteFile f = SuiteFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:eval/suites/" + r.getFilename());
                    suites.put(f.name(), f);
                }
            }
            if (folder != null && Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path p : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList()) {
                        SuiteFile f = SuiteFile.read(p);
                        suites.put(f.name(), f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SuiteCatalog(suites);
    }

    public List<SuiteFile> all() {
        return List.copyOf(byName.values());
    }

    public Optional<SuiteFile> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The packaged baseline of the demo suites (eval/baselines/demo.yaml), if any. */
    public static Optional<String> packagedBaseline() {
        try (InputStream in = SuiteCatalog.class.getClassLoader().getResourceAsStream("eval/baselines/demo.yaml")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
