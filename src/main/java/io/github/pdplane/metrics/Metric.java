package io.github.pdplane.metrics;

/**
 * A metric object: immutable and thread-safe, scratch memory comes from each call. The
 * {@link io.github.pdplane.registry.MetricRegistry} describes every metric and builds it.
 */
public interface Metric
{}
