package org.edubrain.app.collection;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The settings of data collection ({@code edubrain.collection.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CollectionLimits.class)
class CollectionConfiguration {
}
