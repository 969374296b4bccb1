package org.corridor.actor.internal;

import org.corridor.actor.Industries;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bundled industry taxonomy as a bean.
 */
@Configuration(proxyBeanMethods = false)
class ActorConfiguration {

	@Bean
	Industries industries() {
		return Industries.bundled();
	}

}
