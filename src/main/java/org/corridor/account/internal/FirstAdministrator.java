package org.corridor.account.internal;

import java.security.SecureRandom;

import org.corridor.account.Accounts;
import org.corridor.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when the store has none: with the password of
 * {@code corridor.admin.password} ({@code CORRIDOR_ADMIN_PASSWORD}) if set, otherwise
 * with a random one-time password printed once on the console. There is no built-in
 * default password.
 */
@Component
@ConditionalOnWebApplication
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final Accounts accounts;

	private final String email;

	private final String password;

	FirstAdministrator(Accounts accounts, @Value("${corridor.admin.email:admin@corridor.local}") String email,
			@Value("${corridor.admin.password:}") String password) {
		this.accounts = accounts;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.hasAdministrator()) {
			return;
		}
		boolean generated = this.password.isBlank();
		String secret = generated ? oneTimePassword() : this.password;
		this.accounts.create(new Accounts.NewAccount(this.email, "Administrator", secret, Role.ADMIN, null, null));
		if (generated) {
			System.out.println("Corridor: first administrator " + this.email + " created with the one-time password "
					+ secret + " — it is shown only now; sign in and change it (POST /api/v1/accounts/me/password)");
		}
		else {
			log.info("First administrator {} created with the password of corridor.admin.password", this.email);
		}
	}

	private static String oneTimePassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
