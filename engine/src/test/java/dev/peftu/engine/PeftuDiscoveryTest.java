package dev.peftu.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import dev.peftu.engine.specs.BrokenMethodsBenchmark;
import dev.peftu.engine.specs.MajorityBenchmark;
import dev.peftu.engine.specs.TwoDatasetsBenchmark;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

class PeftuDiscoveryTest {

    private static final String SPECS = "dev.peftu.engine.specs";

    @Test
    void classSelectorBuildsBenchmarkWithMethodsUsersAndGatesLast() {
        TestDescriptor benchmark = onlyChild(discover(request().selectors(selectClass(MajorityBenchmark.class))));

        assertThat(benchmark.getDisplayName()).isEqualTo("majority-benchmark");
        assertThat(benchmark.isContainer()).isTrue();
        assertThat(names(benchmark.getChildren()))
                .containsExactly("majority", "majorityIsBetterThanPerfect", "majorityRanToCompletion");
        TestDescriptor method = benchmark.getChildren().iterator().next();
        assertThat(method.isContainer()).isTrue();
        assertThat(method.getChildren()).hasSize(3).allSatisfy(user -> {
            assertThat(user.isTest()).isTrue();
            assertThat(user.getUniqueId().getLastSegment().getType()).isEqualTo("user");
            assertThat(user.getDisplayName()).isEqualTo(user.getUniqueId().getLastSegment().getValue());
        });
        assertThat(benchmark.getChildren()).filteredOn(TestDescriptor::isTest)
                .allSatisfy(gate -> assertThat(gate.getSource()).get().isInstanceOf(MethodSource.class));
    }

    @Test
    void packageSelectorFindsConcreteBenchmarksOnly() {
        TestDescriptor engine = discover(request().selectors(selectPackage(SPECS)));

        assertThat(specClasses(engine)).containsExactlyInAnyOrder(
                SPECS + ".BrokenMethodsBenchmark", SPECS + ".ConfiguredSettingsBenchmark",
                SPECS + ".DataRequiringBenchmark", SPECS + ".GenerativeBoardBenchmark",
                SPECS + ".MajorityBenchmark", SPECS + ".TwoDatasetsBenchmark", SPECS + ".UnconfiguredDataBenchmark");
    }

    @Test
    void classNameFilterLimitsPackageAndClassSelectors() {
        TestDescriptor engine = discover(request().selectors(selectPackage(SPECS), selectClass(TwoDatasetsBenchmark.class))
                .filters(ClassNameFilter.includeClassNamePatterns(".*Majority.*")));

        assertThat(specClasses(engine)).containsExactly(SPECS + ".MajorityBenchmark");
    }

    @Test
    void benchmarksParameterLimitsTheRunToTheNamedBenchmarks() {
        TestDescriptor engine = discover(request().selectors(selectPackage(SPECS))
                .configurationParameter(Constants.BENCHMARKS, "broken-methods, majority-benchmark"));

        assertThat(specClasses(engine)).containsExactlyInAnyOrder(
                BrokenMethodsBenchmark.class.getName(), MajorityBenchmark.class.getName());
    }

    @Test
    void classpathRootSelectorFindsBenchmarksBelowTheRoot() throws Exception {
        Path testClasses = Path.of(MajorityBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        TestDescriptor engine = discover(request().selectors(selectClasspathRoots(Set.of(testClasses)).get(0))
                .filters(ClassNameFilter.includeClassNamePatterns(".*BrokenMethods.*")));

        assertThat(specClasses(engine)).containsExactly(BrokenMethodsBenchmark.class.getName());
    }

    @Test
    void gateMethodSelectorBringsTheMethodsTheGateReads() {
        TestDescriptor benchmark = onlyChild(discover(request().selectors(selectMethod(MajorityBenchmark.class, "majorityRanToCompletion",
                        "dev.peftu.api.Leaderboard"))));

        assertThat(names(benchmark.getChildren())).containsExactly("majorityRanToCompletion", "majority");
        TestDescriptor method = benchmark.getChildren().stream().filter(TestDescriptor::isContainer)
                .findFirst().orElseThrow();
        assertThat(method.getChildren()).hasSize(3);
    }

    @Test
    void uniqueIdSelectorOfUserSelectsThatUserOnly() {
        TestDescriptor whole = onlyChild(discover(request().selectors(selectClass(MajorityBenchmark.class))));
        TestDescriptor secondUser = List.copyOf(whole.getChildren().iterator().next().getChildren()).get(1);

        TestDescriptor benchmark = onlyChild(discover(request().selectors(selectUniqueId(secondUser.getUniqueId()))));

        TestDescriptor method = onlyChild(benchmark);
        assertThat(onlyChild(method).getUniqueId()).isEqualTo(secondUser.getUniqueId());
    }

    @Test
    void uniqueIdsSurviveTheirStringForm() {
        TestDescriptor benchmark = onlyChild(discover(request().selectors(selectClass(MajorityBenchmark.class))));
        TestDescriptor user = benchmark.getChildren().iterator().next().getChildren().iterator().next();

        assertThat(UniqueId.parse(user.getUniqueId().toString())).isEqualTo(user.getUniqueId());
    }

    @Test
    void invalidSpecIsKeptWithoutChildrenSoItCanFail() {
        TestDescriptor benchmark = onlyChild(discover(request().selectors(selectClass(TwoDatasetsBenchmark.class))));

        assertThat(benchmark.getChildren()).isEmpty();
    }

    private static TestDescriptor discover(LauncherDiscoveryRequestBuilder request) {
        return new PeftuTestEngine().discover(request.configurationParameter(Constants.PROGRESS, "false").build(),
                UniqueId.forEngine(Constants.ENGINE_ID));
    }

    private static TestDescriptor onlyChild(TestDescriptor parent) {
        assertThat(parent.getChildren()).hasSize(1);
        return parent.getChildren().iterator().next();
    }

    private static List<String> names(Set<? extends TestDescriptor> descriptors) {
        return descriptors.stream().map(TestDescriptor::getDisplayName).toList();
    }

    private static Set<String> specClasses(TestDescriptor engine) {
        return engine.getChildren().stream().map(child -> child.getUniqueId().getLastSegment().getValue())
                .collect(Collectors.toSet());
    }
}
