package org.frontdoor.tracing;

import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.ProcessorWrapper;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.WrappedFixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.WrappedProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Makes the trace a record carries current while each processor of the topology handles it, in a
 * span named after the processor, so that every line logged meanwhile names the contact's trace
 * as the other services' lines do (decision 0011). A record without a traceparent is handled as
 * before. The headers themselves pass through untouched: forwarded records keep their input's
 * traceparent, so everything that follows from a record stays in its trace.
 *
 * <p>Kafka Streams creates this class from {@code processor.wrapper.class} and hands it the
 * streams configuration, which is how it receives the service's tracer and propagator.
 */
public final class TracedProcessors implements ProcessorWrapper {

    private static final String TRACER = "frontdoor.tracing.tracer";
    private static final String PROPAGATOR = "frontdoor.tracing.propagator";
    /** Only the traceparent is read: it is all of a trace that the topology's state keeps. */
    private static final Propagator.Getter<Headers> HEADERS =
            (headers, name) -> TraceParent.HEADER.equals(name) ? TraceParent.of(headers) : null;

    private Tracer tracer;
    private Propagator propagator;

    /** Has every processor built from this streams configuration wrapped. */
    public static void wrapAll(Map<String, Object> streamsConfiguration, Tracer tracer, Propagator propagator) {
        streamsConfiguration.put(StreamsConfig.PROCESSOR_WRAPPER_CLASS_CONFIG, TracedProcessors.class);
        streamsConfiguration.put(TRACER, tracer);
        streamsConfiguration.put(PROPAGATOR, propagator);
    }

    @Override
    public void configure(Map<String, ?> configs) {
        this.tracer = (Tracer) configs.get(TRACER);
        this.propagator = (Propagator) configs.get(PROPAGATOR);
    }

    @Override
    public <KIn, VIn, KOut, VOut> WrappedProcessorSupplier<KIn, VIn, KOut, VOut> wrapProcessorSupplier(
            String processorName, ProcessorSupplier<KIn, VIn, KOut, VOut> supplier) {
        return new WrappedProcessorSupplier<>() {
            @Override
            public Processor<KIn, VIn, KOut, VOut> get() {
                Processor<KIn, VIn, KOut, VOut> processor = supplier.get();
                return new Processor<>() {
                    @Override
                    public void init(ProcessorContext<KOut, VOut> context) {
                        processor.init(context);
                    }

                    @Override
                    public void process(Record<KIn, VIn> record) {
                        within(processorName, record.headers(), () -> processor.process(record));
                    }

                    @Override
                    public void close() {
                        processor.close();
                    }
                };
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return supplier.stores();
            }
        };
    }

    @Override
    public <KIn, VIn, VOut> WrappedFixedKeyProcessorSupplier<KIn, VIn, VOut> wrapFixedKeyProcessorSupplier(
            String processorName, FixedKeyProcessorSupplier<KIn, VIn, VOut> supplier) {
        return new WrappedFixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<KIn, VIn, VOut> get() {
                FixedKeyProcessor<KIn, VIn, VOut> processor = supplier.get();
                return new FixedKeyProcessor<>() {
                    @Override
                    public void init(FixedKeyProcessorContext<KIn, VOut> context) {
                        processor.init(context);
                    }

                    @Override
                    public void process(FixedKeyRecord<KIn, VIn> record) {
                        within(processorName, record.headers(), () -> processor.process(record));
                    }

                    @Override
                    public void close() {
                        processor.close();
                    }
                };
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return supplier.stores();
            }
        };
    }

    private void within(String processorName, Headers headers, Runnable step) {
        if (TraceParent.of(headers) == null) {
            step.run();
            return;
        }
        Span span = propagator.extract(headers, HEADERS).name(processorName).start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            step.run();
        } catch (RuntimeException failure) {
            span.error(failure);
            throw failure;
        } finally {
            span.end();
        }
    }
}
