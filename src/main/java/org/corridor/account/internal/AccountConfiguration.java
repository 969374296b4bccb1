package org.corridor.account.internal;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing: Argon2id (the first choice of the OWASP password storage cheat
 * sheet), behind a delegating encoder so the stored hash names its algorithm and a later
 * change of parameters does not lock anyone out.
 */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

}
