package org.corridor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random loopback port, on the shared embedded PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1",
				"corridor.admin.password=" + CorridorIntegrationTest.ADMIN_PASSWORD })
@ContextConfiguration(initializers = TestStore.Initializer.class)
public @interface CorridorIntegrationTest {

	/** The password of the first administrator, admin@corridor.local, in tests. */
	String ADMIN_PASSWORD = "test-admin-password-1";

}
