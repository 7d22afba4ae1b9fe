/**
 * Sweeps: a base experiment plus a space of overrides (grid, random search, explicit sets), expanded into
 * points with stable names; a manifest of each point's state that survives interrupted sweeps; local parallel
 * child JVMs or a Slurm array job to run the points; results and a report with a plot.
 */
package org.jaywalk.framework.sweep;
