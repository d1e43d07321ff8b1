package org.frontdoor.intake.indicator;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The indicator catalogue exactly as the service's application.yml configures it. */
public final class DefaultIndicatorCatalogue {

    private DefaultIndicatorCatalogue() {
    }

    public static IndicatorCatalogue load() {
        try {
            var sources = new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
            return new Binder(ConfigurationPropertySources.from(sources))
                    .bind("frontdoor.indicator-catalogue", IndicatorCatalogue.class)
                    .get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
