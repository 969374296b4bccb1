package org.corridor.indicator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class UnitsTests {

	@Test
	void convertsToBaseUnits() {
		assertThat(Units.toBase(2192.19, "亿元")).satisfies((q) -> {
			assertThat(q.value()).isCloseTo(2.19219e11, within(1.0));
			assertThat(q.unit()).isEqualTo("CNY");
		});
		assertThat(Units.toBase(1.81, "trillion yuan").value()).isCloseTo(1.81e12, within(1.0));
		assertThat(Units.toBase(1.81, "万亿元").value()).isCloseTo(1.81e12, within(1.0));
		assertThat(Units.toBase(977.7, "万人")).isEqualTo(new Units.Quantity(9_777_000, "persons"));
		assertThat(Units.toBase(3, "%")).isEqualTo(new Units.Quantity(3, "percent"));
		assertThat(Units.toBase(20000, "家").unit()).isEqualTo("count");
	}

	@Test
	void namesTheUnitsItAccepts() {
		assertThatIllegalArgumentException().isThrownBy(() -> Units.toBase(1, "furlongs"))
			.withMessageContaining("\"furlongs\"")
			.withMessageContaining("亿元");
	}

}
