// Runs only where the interop check wrote a random llama (PEFTU_INTEROP_MODEL names its directory,
// see interop/check) and once the peftu engine is in the peftu-engine jar under test.
def model = System.getenv('PEFTU_INTEROP_MODEL')
if (model == null || !new File(model, 'config.json').isFile()) {
    return false
}
def jar = new File(localRepositoryPath, "dev/peftu/peftu-engine/${projectVersion}/peftu-engine-${projectVersion}.jar")
return jar.isFile() && new java.util.zip.ZipFile(jar).withCloseable { it.getEntry('META-INF/services/org.junit.platform.engine.TestEngine') != null }
