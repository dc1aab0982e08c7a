package com.consort.server.accounts;

import com.consort.server.web.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page on which a logged-in person changes their own password (linked from the account menu). */
@WebPage
class PasswordPage {

    private final PasswordController passwords;

    PasswordPage(PasswordController passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/account/password")
    String page(Authentication authentication, Model model) {
        PasswordController.userId(authentication);
        return "accounts/password";
    }

    @PostMapping("/account/password")
    String changeOnPage(@RequestParam(required = false) String currentPassword, @RequestParam(required = false) String newPassword,
            @RequestParam(required = false) String repeatPassword, Authentication authentication, Model model,
            HttpServletRequest request) {
        String userId = PasswordController.userId(authentication);
        try {
            if (newPassword == null || !newPassword.equals(repeatPassword)) {
                throw new IllegalArgumentException("The new password and its repetition differ");
            }
            passwords.change(userId, currentPassword, newPassword);
        } catch (IllegalArgumentException refused) {
            model.addAttribute("error", refused.getMessage());
            return "accounts/password";
        }
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/login?passwordChanged";
    }

}
