/**
 * The plugin's own reading of parameter values where Maven's conversion would be lenient: a
 * boolean parameter is declared as a string and parsed here, so that a typo such as
 * {@code <significant>ture</significant>} fails the build naming the parameter instead of
 * silently meaning {@code false}.
 */
package dev.peftu.maven.parameter;
