package org.corridor.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The pages speak Chinese, English or German: {@code ?lang=zh|en|de} on any page chooses
 * and remembers the language (a cookie); without a choice the browser's preferred
 * language among the three decides, and English when it prefers none of them.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	/** The cookie that remembers the chosen language. */
	static final String COOKIE = "corridor-lang";

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.CHINESE, Locale.GERMAN);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(LocaleConfiguration::preferred);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageChoice()).excludePathPatterns("/api/**");
	}

	static Locale preferred(HttpServletRequest request) {
		var preferred = request.getLocales();
		while (preferred.hasMoreElements()) {
			String language = preferred.nextElement().getLanguage();
			for (Locale supported : SUPPORTED) {
				if (supported.getLanguage().equals(language)) {
					return supported;
				}
			}
		}
		return Locale.ENGLISH;
	}

	/**
	 * Takes {@code ?lang=} when it names one of the three languages; ignores it
	 * otherwise.
	 */
	static final class LanguageChoice implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String lang = request.getParameter("lang");
			if (lang == null) {
				return true;
			}
			SUPPORTED.stream()
				.filter((l) -> l.getLanguage().equals(lang))
				.findFirst()
				.ifPresent((l) -> RequestContextUtils.getLocaleResolver(request).setLocale(request, response, l));
			return true;
		}

	}

}
