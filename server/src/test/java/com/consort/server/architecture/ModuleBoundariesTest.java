package com.consort.server.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The house rules of the module graph, checked on the compiled classes of every module (server's test
 * classpath sees them all): code outside a module uses only the module's door; no module has a package
 * cycle inside it; and the diagram in docs/architecture.md is the build's module graph, not a drawing.
 */
class ModuleBoundariesTest {

    /**
     * One row per Maven module: its directory, its base package and its door, the packages other modules
     * may use (exact packages, not their sub-packages). A module no other module depends on (server, the
     * demo-data tool) has none.
     */
    static final List<Module> MODULES = List.of(
            new Module("knowledge", "com.consort.knowledge", "com.consort.knowledge", "com.consort.knowledge.testing"),
            new Module("prompts", "com.consort.prompts", "com.consort.prompts"),
            new Module("assistant", "com.consort.assistant", "com.consort.assistant"),
            new Module("content-studio", "com.consort.studio", "com.consort.studio"),
            new Module("eval", "com.consort.eval", "com.consort.eval"),
            new Module("server", "com.consort.server"),
            // a build-time tool nothing depends on: no door; the diagram test and
            // ServerRuntimeHasNoDemoGeneratorTest keep it out of every module and of the server jar
            new Module("demo-data", "com.consort.demodata"));

    /** Every module's classes, tests included, and knowledge's test fixtures. */
    static final JavaClasses ALL = new ClassFileImporter().importPackages("com.consort");

    /** Only production code, for the module graph. */
    static final JavaClasses MAIN = ALL.that(DescribedPredicate.describe("production code", type -> type.getSource()
            .map(source -> new ImportOption.DoNotIncludeTests().includes(Location.of(source.getUri()))
                    && !source.getUri().toString().contains("-tests.jar"))
            .orElse(true)));

    record Module(String name, String basePackage, List<String> door) {
        Module(String name, String basePackage, String... door) {
            this(name, basePackage, List.of(door));
        }

        boolean owns(JavaClass type) {
            return type.getPackageName().equals(basePackage) || type.getPackageName().startsWith(basePackage + ".");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Module> withDoor() {
        return MODULES.stream().filter(m -> !m.door().isEmpty());
    }

    /**
     * The other library modules' own tests and benchmarks, which server's classpath does not hold: read from the
     * reactor's build output (each module's tests are compiled before server's run).
     */
    static final JavaClasses OTHER_TESTS = new ClassFileImporter().importPaths(
            Stream.of("prompts", "assistant", "content-studio", "eval")
                    .map(module -> root().resolve(module).resolve("target/test-classes")).toList());

    @ParameterizedTest(name = "{0}")
    @MethodSource("withDoor")
    void outsideAModuleOnlyItsDoorIsUsed(Module module) {
        doorRule(module).check(ALL.that(not(DescribedPredicate.describe("the rule's own canary",
                type -> type.isEquivalentTo(DoorBypass.class)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withDoor")
    void otherModulesTestsUseOnlyTheDoorToo(Module module) {
        assertThat(OTHER_TESTS.stream().map(JavaClass::getPackageName))
                .as("the other modules' compiled tests are there to check").contains("com.consort.assistant", "com.consort.eval.bench");
        doorRule(module).check(OTHER_TESTS);
    }

    /** Code that reaches behind knowledge's door, which the rule must catch, or it could pass by checking nothing. */
    static final class DoorBypass {
        com.consort.knowledge.internal.storage.PgKeywordIndex keywords;
    }

    @Test
    void theDoorRuleFailsWhenADoorIsBypassed() {
        Module knowledge = MODULES.get(0);
        assertThatThrownBy(() -> doorRule(knowledge).check(new ClassFileImporter().importClasses(DoorBypass.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PgKeywordIndex");
    }

    static com.tngtech.archunit.lang.ArchRule doorRule(Module module) {
        return noClasses().that().resideOutsideOfPackage(module.basePackage() + "..")
                .should().dependOnClassesThat(resideInAPackage(module.basePackage() + "..")
                        .and(not(resideInAnyPackage(module.door().toArray(String[]::new)))))
                .as("code outside " + module.name() + " uses only its door " + module.door());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void noPackageCycleInsideAModule(Module module) {
        checkNoCycle(module, MAIN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void aDoorDoesNotUseWhatIsBehindIt(Module module) {
        doorStandsAloneRule(module).check(MAIN);
    }

    /**
     * The module's packages as slices: its base package (the door) is one, each feature package under it another,
     * and each feature package under its internal package another; no two of them may use each other in a circle.
     */
    static void checkNoCycle(Module module, JavaClasses classes) {
        slices().assignedFrom(packagesOf(module)).should().beFreeOfCycles()
                .as(module.name() + "'s packages, its door among them, have no cycle").allowEmptyShould(true).check(classes);
    }

    /** "com.consort.knowledge" for the door, "...server.accounts" for a feature package, "...knowledge.internal.search" behind it. */
    static SliceAssignment packagesOf(Module module) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                if (!module.owns(type)) {
                    return SliceIdentifier.ignore();
                }
                String base = module.basePackage();
                String rest = type.getPackageName().substring(base.length());
                List<String> parts = rest.isEmpty() ? List.of() : List.of(rest.substring(1).split("\\."));
                int depth = !parts.isEmpty() && parts.get(0).equals("internal") ? 2 : 1;
                List<String> slice = parts.subList(0, Math.min(depth, parts.size()));
                return SliceIdentifier.of(slice.isEmpty() ? base : base + "." + String.join(".", slice));
            }

            @Override
            public String getDescription() {
                return module.name() + "'s door, feature packages and internal feature packages";
            }
        };
    }

    /** The door may not use the module's internals: they implement and use the door, never the other way round. */
    static com.tngtech.archunit.lang.ArchRule doorStandsAloneRule(Module module) {
        return noClasses().that().resideInAPackage(module.basePackage())
                .should().dependOnClassesThat().resideInAPackage(module.basePackage() + ".internal..")
                .as(module.name() + "'s door " + module.basePackage() + " does not use its internal packages")
                .allowEmptyShould(true);
    }

    /** A test-only module whose door and internals use each other (canary/), which the two rules above must catch. */
    static final Module CANARY = new Module("canary", "com.consort.server.architecture.canary",
            "com.consort.server.architecture.canary");

    static final JavaClasses CANARY_CLASSES = new ClassFileImporter().importPackages(CANARY.basePackage());

    @Test
    void theCycleRuleFailsWhenADoorAndItsInternalsUseEachOther() {
        assertThat(CANARY_CLASSES.stream().map(JavaClass::getSimpleName)).contains("CanaryDoor", "CanaryWorker", "CanaryHelper");
        assertThatThrownBy(() -> checkNoCycle(CANARY, CANARY_CLASSES)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Slice com.consort.server.architecture.canary -> ")
                .hasMessageContaining("Slice com.consort.server.architecture.canary.internal.work -> ")
                .hasMessageContaining("Slice com.consort.server.architecture.canary.internal.help -> ");
    }

    @Test
    void theDoorRuleFailsWhenADoorUsesItsInternals() {
        assertThatThrownBy(() -> doorStandsAloneRule(CANARY).check(CANARY_CLASSES)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("CanaryDoor").hasMessageContaining("CanaryWorker");
    }

    static Stream<Module> modules() {
        return MODULES.stream();
    }

    @Test
    void everyModuleOfTheBuildHasARow() throws IOException {
        Set<String> rows = new TreeSet<>(MODULES.stream().map(Module::name).toList());
        assertThat(rows).isEqualTo(new TreeSet<>(buildGraph().modules()));
    }

    @Test
    void theArchitectureDiagramIsTheBuildsModuleGraph() throws IOException {
        Set<String> drawn = diagramEdges(Files.readString(root().resolve("docs/architecture.md")));
        assertThat(drawn).as("the mermaid diagram of docs/architecture.md").isEqualTo(buildGraph().edges());
    }

    @Test
    void theCodeUsesOnlyEdgesOfTheBuild() throws IOException {
        Set<String> used = new TreeSet<>();
        for (JavaClass type : MAIN) {
            Optional<Module> from = moduleOf(type);
            if (from.isEmpty()) {
                continue;
            }
            type.getDirectDependenciesFromSelf().forEach(d -> moduleOf(d.getTargetClass())
                    .filter(to -> to != from.get())
                    .ifPresent(to -> used.add(from.get().name() + " --> " + to.name())));
        }
        assertThat(used).isNotEmpty();
        assertThat(buildGraph().edges()).containsAll(used);
    }

    static Optional<Module> moduleOf(JavaClass type) {
        return MODULES.stream().filter(m -> m.owns(type)).findFirst();
    }

    /** "a --> b" for each compile-scope dependency of one Consort module on another, from the poms. */
    record Graph(Set<String> modules, Set<String> edges) {
    }

    static Graph buildGraph() throws IOException {
        Set<String> modules = new TreeSet<>();
        Set<String> edges = new TreeSet<>();
        Matcher listed = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(root().resolve("pom.xml")));
        while (listed.find()) {
            String module = listed.group(1);
            modules.add(module);
            Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL)
                    .matcher(Files.readString(root().resolve(module).resolve("pom.xml")));
            while (dependency.find()) {
                String body = dependency.group(1);
                Matcher artifact = Pattern.compile("<artifactId>consort-([^<]+)</artifactId>").matcher(body);
                if (artifact.find() && !body.contains("<scope>test</scope>")) {
                    edges.add(module + " --> " + artifact.group(1));
                }
            }
        }
        return new Graph(modules, edges);
    }

    /** The edges of the mermaid block, with node ids written as the module names ("content_studio" is content-studio). */
    static Set<String> diagramEdges(String markdown) {
        Matcher block = Pattern.compile("```mermaid\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        assertThat(block.find()).as("a mermaid block in docs/architecture.md").isTrue();
        Set<String> edges = new TreeSet<>();
        Matcher edge = Pattern.compile("(\\w+)(?:\\[[^\\]]*])?\\s*-->\\s*(\\w+)").matcher(block.group(1));
        while (edge.find()) {
            edges.add(edge.group(1).replace('_', '-') + " --> " + edge.group(2).replace('_', '-'));
        }
        return edges;
    }

    static Path root() {
        return Path.of("..").toAbsolutePath().normalize();
    }
}
