package dev.peftu.maven.report;

import dev.peftu.maven.gate.GateVerdict;
import dev.peftu.results.RunResults;
import dev.peftu.io.AtomicFiles;
import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders a run's HTML report: {@code index.html} (leaderboard, gates, run metadata) and one
 * {@code benchmark-<name>.html} per benchmark, from the FreeMarker templates under
 * {@code /dev/peftu/reports/} of the {@code peftu-reports-templates} jar. Templates are
 * {@code .ftlh}, so every value is HTML-escaped. Each page is written to a temporary file and moved
 * into place atomically.
 */
public final class ReportRenderer {

    /** The page every report starts from. */
    public static final String INDEX = "index.html";
    /** How each benchmark's page name starts; it ends in {@code .html}. */
    private static final String PAGE_PREFIX = "benchmark-";
    private static final String PAGE_SUFFIX = ".html";

    private final Configuration freemarker;

    /** A renderer reading the templates from the class path. */
    public ReportRenderer() {
        freemarker = new Configuration(Configuration.VERSION_2_3_33);
        freemarker.setTemplateLoader(new ClassTemplateLoader(ReportRenderer.class, "/dev/peftu/reports"));
        freemarker.setDefaultEncoding(StandardCharsets.UTF_8.name());
        freemarker.setOutputEncoding(StandardCharsets.UTF_8.name());
        freemarker.setLocale(Locale.ROOT);
        freemarker.setTimeZone(TimeZone.getTimeZone("UTC"));
        freemarker.setNumberFormat("computer");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
    }

    /**
     * Renders the report into a directory (created if missing) and returns the written files,
     * index first. The pages of benchmarks an earlier report had and this one has not are removed.
     *
     * @param verdicts the build's rule and regression outcomes; empty when none were applied
     */
    public List<Path> render(RunResults results, List<GateVerdict> verdicts, Path outputDirectory) throws IOException {
        ReportModel model = ReportModel.of(results, verdicts);
        Files.createDirectories(outputDirectory);
        List<Path> written = new ArrayList<>();
        written.add(write(outputDirectory.resolve(INDEX), renderIndex(model)));
        for (BenchmarkPage page : model.pages()) {
            written.add(write(outputDirectory.resolve(page.file()), renderPage(model, page)));
        }
        deletePagesExcept(outputDirectory, written.stream().map(p -> p.getFileName().toString()).toList());
        return written;
    }

    /**
     * Removes an earlier report's pages from a directory: {@code index.html} and every
     * {@code benchmark-*.html}; other files are left alone.
     *
     * @return the removed files
     */
    public static List<Path> deletePages(Path directory) throws IOException {
        return deletePagesExcept(directory, List.of());
    }

    private static List<Path> deletePagesExcept(Path directory, Collection<String> kept) throws IOException {
        return AtomicFiles.deleteFiles(directory, name -> isPage(name) && !kept.contains(name));
    }

    private static boolean isPage(String fileName) {
        return fileName.equals(INDEX) || fileName.startsWith(PAGE_PREFIX) && fileName.endsWith(PAGE_SUFFIX);
    }

    /** The page file name of a benchmark whose name reads {@code slug} in a file name. */
    static String pageName(String slug) {
        return PAGE_PREFIX + slug + PAGE_SUFFIX;
    }

    /** The HTML of {@code index.html}. */
    public String renderIndex(ReportModel model) throws IOException {
        return render("index.ftlh", Map.of("report", model));
    }

    /** The HTML of one benchmark's page. */
    public String renderPage(ReportModel model, BenchmarkPage page) throws IOException {
        return render("benchmark.ftlh", Map.of("report", model, "page", page));
    }

    private String render(String templateName, Map<String, Object> data) throws IOException {
        Template template = freemarker.getTemplate(templateName);
        StringWriter out = new StringWriter();
        try {
            template.process(data, out);
        } catch (TemplateException e) {
            throw new IOException("cannot render report template " + templateName + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static Path write(Path file, String html) throws IOException {
        AtomicFiles.writeString(file, html);
        return file;
    }
}
