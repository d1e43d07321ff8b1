package org.frontdoor.security;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.DispatcherType;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontdoor.events.AccessAudited;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.kafka.TopicLayout;
import org.frontdoor.events.serde.AvroSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The security every Front Door API shares. A service declares only its {@link EndpointAccess};
 * tokens, roles, refusals, limits, headers and the audit trail are the same everywhere, so a
 * reviewer reads them once.
 */
@AutoConfiguration
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class ServiceSecurityConfiguration {

    /** Records waiting for the broker: minutes of traffic for a front door, bounded so an outage cannot exhaust memory. */
    private static final int AUDIT_QUEUE_CAPACITY = 10_000;

    /** The route of a request the firewall refused, in its audit record. */
    static final String FIREWALL_ROUTE = "(refused by the firewall)";

    @Bean
    SecurityFilterChain frontDoorApi(HttpSecurity http, List<EndpointAccess> serviceAccess, SecurityProperties properties,
                                     RefusalAudit refusalAudit, ObjectProvider<Clock> clock, MeterRegistry meters)
            throws Exception {
        ProblemRefusals refusals = new ProblemRefusals(refusalAudit);
        RateLimiter rateLimiter = new RateLimiter(properties.rateLimit(), clock.getIfAvailable(Clock::systemUTC), meters,
                refusalAudit);
        JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
        tokens.setJwtGrantedAuthoritiesConverter(new TokenRoles());
        http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(endpoints -> {
                    endpoints.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    endpoints.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
                    endpoints.requestMatchers("/actuator/**").hasRole(FrontDoorRole.MONITORING.name());
                    // The API description holds no data, and partners need it to integrate.
                    endpoints.requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll();
                    serviceAccess.forEach(access -> access.grant(endpoints));
                    endpoints.anyRequest().denyAll();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny()))
                // By address before the token is read, so that invalid tokens are limited too; then by client.
                .addFilterBefore(rateLimiter.beforeTokens(), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(rateLimiter.afterTokens(), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new RequestSizeLimit(properties.maxRequestSize().toBytes(), meters, refusalAudit),
                        AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    JwtDecoder trustedTokens(SecurityProperties properties) {
        return TrustedTokens.decoder(properties.token());
    }

    /**
     * Spring Security's firewall refuses paths with encoded separators, semicolons and the like
     * before any controller runs; without this they would be answered by the generic error page,
     * which echoes the path. The audit record does not keep the path either: what the firewall
     * refused may be anything, a child's name included.
     */
    @Bean
    RequestRejectedHandler malformedRequests(RefusalAudit refusalAudit, TraceIds traceIds) {
        return (request, response, rejected) -> {
            refusalAudit.refused(Access.of(request, Refusal.MALFORMED_REQUEST.status().value(), traceIds.current())
                    .withRoute(FIREWALL_ROUTE));
            Refusal.MALFORMED_REQUEST.send(response);
        };
    }

    @Bean
    static RoleHierarchy frontDoorRoleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(FrontDoorRole.MANAGER.name()).implies(FrontDoorRole.FRONT_DOOR.name())
                .build();
    }

    @Bean
    AuditTrail auditTrail(@Value("${spring.application.name}") String service, KafkaProperties kafka,
                          ObjectProvider<Clock> clock, MeterRegistry meters) {
        Map<String, Object> producer = new HashMap<>(kafka.buildProducerProperties());
        producer.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.put(ProducerConfig.CLIENT_ID_CONFIG, service + "-audit");
        // The sender thread, not a request, waits on an unreachable broker; it should give up on a
        // record within seconds so the loss is counted while the outage is still news.
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        producer.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000);
        producer.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30000);
        DefaultKafkaProducerFactory<String, AccessAudited> factory =
                new DefaultKafkaProducerFactory<>(producer, new StringSerializer(), new AvroSerializer<>());
        // Boot binds the client meters of the producers it makes; this one is made here.
        factory.setBeanName("auditProducerFactory");
        factory.addListener(new MicrometerProducerListener<>(meters));
        return new AuditTrail(service, Topics.auditTrailOf(service), new KafkaTemplate<>(factory),
                clock.getIfAvailable(Clock::systemUTC), meters, AUDIT_QUEUE_CAPACITY);
    }

    @Bean
    NewTopic auditTrailTopic(@Value("${spring.application.name}") String service, TopicLayout topics) {
        return topics.topic(Topics.auditTrailOf(service));
    }

    @Bean
    TraceIds auditTraceIds(ObjectProvider<Tracer> tracer) {
        return new TraceIds(tracer.getIfAvailable(() -> Tracer.NOOP));
    }

    @Bean
    RefusalAudit refusalAudit(AuditTrail auditTrail, TraceIds traceIds, SecurityProperties properties,
                              ObjectProvider<Clock> clock, MeterRegistry meters) {
        return new RefusalAudit(auditTrail, traceIds, properties.audit(), clock.getIfAvailable(Clock::systemUTC), meters);
    }

    @Bean
    WebMvcConfigurer accessAudit(AuditTrail auditTrail, TraceIds traceIds,
                                 @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> routes) {
        // The routes are looked up when a request is answered: they are built after this configurer is used.
        CreatedIds createdIds = new CreatedIds(() -> routes.getObject().getHandlerMethods());
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new AccessAudit(auditTrail, traceIds, createdIds)).addPathPatterns("/api/**");
            }
        };
    }
}
