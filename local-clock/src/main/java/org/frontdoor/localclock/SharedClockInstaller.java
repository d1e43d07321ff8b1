package org.frontdoor.localclock;

import java.time.Clock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/** Replaces each {@link Clock} bean of the service with a {@link SharedClock} around it. */
class SharedClockInstaller implements BeanPostProcessor {

    private static final Log log = LogFactory.getLog(SharedClockInstaller.class);

    private final ClockOffsetFile offsetFile;

    SharedClockInstaller(ClockOffsetFile offsetFile) {
        this.offsetFile = offsetFile;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof Clock clock && !(bean instanceof SharedClock)) {
            log.info("Clock bean '" + beanName + "' follows the local stack's shared clock (offset file "
                    + offsetFile.path() + ", offset now " + offsetFile.offset() + ")");
            return new SharedClock(clock, offsetFile);
        }
        return bean;
    }
}
