/**
 * Runs the peftu test engine for the plugin: {@link dev.peftu.maven.launch.EngineRun} builds an
 * isolated class loader from the project's test class path plus the JUnit Platform launcher, and
 * inside it {@link dev.peftu.maven.launch.IsolatedLauncher} discovers the project's benchmark specs
 * with only the {@code peftu} engine, runs them, writes JUnit XML and reports back a summary in
 * JDK types only, so no class crosses between the plugin's and the project's loaders.
 */
package dev.peftu.maven.launch;
