// Runs only once the peftu engine (its TestEngine service) is in the peftu-engine jar under test.
def jar = new File(localRepositoryPath, "dev/peftu/peftu-engine/${projectVersion}/peftu-engine-${projectVersion}.jar")
return jar.isFile() && new java.util.zip.ZipFile(jar).withCloseable { it.getEntry('META-INF/services/org.junit.platform.engine.TestEngine') != null }
