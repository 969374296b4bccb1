package org.corridor.geo.internal;

import org.corridor.geo.Gazetteer;
import org.corridor.geo.RegionResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The in-memory reference geography and the resolver built on it.
 */
@Configuration(proxyBeanMethods = false)
class GeoConfiguration {

	@Bean
	Gazetteer gazetteer() {
		return Gazetteer.bundled();
	}

	@Bean
	RegionResolver regionResolver(Gazetteer gazetteer) {
		return new RegionResolver(gazetteer);
	}

}
