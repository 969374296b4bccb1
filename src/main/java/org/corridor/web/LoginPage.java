package org.corridor.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page in the reader's language; Spring Security takes the form's POST. */
@Controller
@WebPage
class LoginPage {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			@RequestParam(required = false) String expired, @RequestParam(required = false) String wait, Model model) {
		Integer seconds = (wait != null && wait.matches("\\d{1,5}")) ? Integer.valueOf(wait) : null;
		model.addAttribute("failed", error != null && seconds == null);
		model.addAttribute("waitSeconds", seconds);
		model.addAttribute("signedOut", logout != null);
		model.addAttribute("expired", expired != null);
		return "login";
	}

}
