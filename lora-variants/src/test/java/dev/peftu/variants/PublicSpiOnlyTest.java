package dev.peftu.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The variants are written as a third party writes a method: the only peftu types their code names
 * are those of the public SPI (peft-runtime's javadoc overview lists them), never an internal or
 * architecture-specific one such as {@code BertConfig}.
 */
class PublicSpiOnlyTest {

    private static final Set<String> PUBLIC_MODEL_TYPES = Set.of("dev.peftu.model.Architecture",
            "dev.peftu.model.LinearSite", "dev.peftu.model.FrozenWeights", "dev.peftu.model.Injection",
            "dev.peftu.model.Scalars", "dev.peftu.model.HostTensor");

    @Test
    void theVariantsNameOnlyPublicSpiTypes() throws IOException {
        List<String> imports;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            imports = sources.filter(path -> path.toString().endsWith(".java")).flatMap(PublicSpiOnlyTest::lines)
                    .filter(line -> line.startsWith("import dev.peftu."))
                    .map(line -> line.substring("import ".length(), line.length() - 1)).distinct().toList();
        }
        assertThat(imports).isNotEmpty().allSatisfy(type -> assertThat(type.startsWith("dev.peftu.peft.")
                || type.startsWith("dev.peftu.eval.") || PUBLIC_MODEL_TYPES.contains(type))
                .as("%s is not part of the public SPI", type).isTrue());
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
