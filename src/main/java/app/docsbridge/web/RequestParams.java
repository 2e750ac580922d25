package app.docsbridge.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.OptionalLong;

/** Parsing of ids from query parameters and JSON bodies: bad input is absent input. */
final class RequestParams {

    private RequestParams() {
    }

    static OptionalLong positiveLong(HttpServletRequest request, String name) {
        return positiveLong(request.getParameter(name));
    }

    static OptionalLong positiveLong(String value) {
        // ASCII digits only (Character.isDigit also admits e.g. Arabic-Indic digits, which parseLong accepts).
        if (value == null || value.isEmpty() || value.length() > 19
                || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long parsed;
        try {
            parsed = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return OptionalLong.empty(); // 19 digits above Long.MAX_VALUE
        }
        return parsed > 0 ? OptionalLong.of(parsed) : OptionalLong.empty();
    }
}
